/** Votes and times other than the day's: "the Sudan resolution", "how did France vote in 2019". */
import type { Answer } from '../../answer.ts';
import { otherVote, outOfScope } from '../answers/scope.ts';
import { EARLIER_TOPICS } from '../cues.ts';
import { isoDay, longDate } from '../dates.ts';
import { VOTE_CUE } from '../lexicon.ts';
import { datedVotes } from '../moments.ts';
import { asksOtherVote } from '../readings.ts';
import { relativeRange } from '../relative-time.ts';
import { facets } from './facets.ts';
import { heldInRecord } from './held.ts';
import { historyName } from './history-votes.ts';
import type { Intent, Reading } from './intent.ts';
import { namedInBase } from './retrieved.ts';
import { eventAsked } from './timeline.ts';

export const otherSubjectIntent: Intent = {
  id: 'other_subject',
  ceiling: 89,
  // "How did the Korea vote?" asks which Korea; "the Korea resolution" is another vote.
  match: (r) =>
    asksOtherVote(r.p) &&
    !heldInRecord(r) &&
    !namedInBase(r) &&
    !(r.p.ambiguous.length > 0 && !/\b(resolutions?|texts?|drafts?)\b/.test(r.t))
      ? 89
      : null,
  answer: () => outOfScope('that vote'),
};

/** The topic that answers a question about an earlier time (the 2023 comparison, the first votes, the date). */
function earlierTopic(r: Reading) {
  const { topic } = facets(r);
  const earlier =
    EARLIER_TOPICS.has(topic?.id ?? '') || (topic?.id === 'compare_2023' && r.p.votes.body !== 'SC');
  return topic && earlier ? topic : null;
}

function applies(r: Reading): boolean {
  const { p, t } = r;
  const { otherWhen, topic } = facets(r);
  if (!(p.votes.otherSymbol || otherWhen) || p.votes.bySymbol) return false;
  if (earlierTopic(r) || p.votes.otherSymbol) return true;
  return VOTE_CUE.test(t) || /\bresolution/.test(t) || topic?.id === 'overview';
}

export const otherTimeIntent: Intent = {
  id: 'other_time',
  ceiling: 88,
  match: (r) => (applies(r) && !heldInRecord(r) && !eventAsked(r) ? 88 : null),
  answer: (r) => {
    const earlier = earlierTopic(r);
    if (earlier) return earlier.build(r.k, { text: r.t, countries: r.p.countries, voteIds: r.p.votes.ids });
    const symbol = r.p.votes.otherSymbol;
    if (symbol)
      return laterUnconfirmed(r, otherVote(symbol.startsWith('resolution ') ? symbol : symbol.toUpperCase()));
    return withDaysOnRecord(r, otherVote(`UN votes ${facets(r).otherWhen}`));
  },
};

export const otherTimeIntents: Intent[] = [otherSubjectIntent, otherTimeIntent];

/**
 * "ES-11/9": a symbol after the day's two that no source confirms. The later Assembly votes held whose symbol is
 * not confirmed are said, since one of them may be the vote meant.
 */
function laterUnconfirmed(r: Reading, a: Answer): Answer {
  const n = /\bes[- ]?11[/ -]?(\d+)\b/.exec(r.p.votes.otherSymbol ?? '')?.[1];
  if (n === undefined || Number(n) < 9) return a;
  const later = r.k.history.filter((v) => !v.symbolConfirmed && v.body === 'GA' && v.date > '2025-02-24');
  for (const v of later)
    a.blocks.push({ type: 'note', text: `Held without a confirmed symbol: ${historyName(v)}.` });
  return a;
}

/** "Yesterday" is 6 December 2026 here: said, with the nearest days on record before and after it. */
function withDaysOnRecord(r: Reading, a: Answer): Answer {
  const range = relativeRange(r.t, isoDay(r.now));
  if (!range) return a;
  const days = [...new Set(datedVotes(r.k).map((v) => v.date))].sort();
  const before = days.filter((d) => d < range.from).at(-1);
  const after = days.find((d) => d > range.to);
  const when =
    range.from === range.to ? longDate(range.from) : `${longDate(range.from)} to ${longDate(range.to)}`;
  const nearest = [
    before ? `the last vote I hold before it was on ${longDate(before)}` : null,
    after ? `the next after it on ${longDate(after)}` : null,
  ].filter(Boolean);
  a.blocks.unshift({
    type: 'paragraph',
    text: `“${range.phrase}” is ${when}: no UN vote on Ukraine that I hold was taken then${nearest.length > 0 ? `; ${nearest.join(', and ')}` : ''}.`,
  });
  return a;
}
