/**
 * "How has Brazil voted over the years?", "India's record on Ukraine since 2014", "did Kenya change its vote
 * since 2022?": one member side by side across every Assembly vote on Ukraine held, and the day's three votes.
 * A vote whose record does not place the member says "not known"; it is never given a position.
 */
import { type Answer, emptyAnswer, POSITION_LABEL } from '../../answer.ts';
import type { Knowledge, Vote } from '../../knowledge/model.ts';
import { addCitations, primarySources } from '../cite.ts';
import { CHANGED } from '../cues.ts';
import { mainVotes, shortCountry } from '../describe.ts';
import { capital, disputeFor, membersAsked } from './history-lines.ts';
import { shortName } from './history-votes.ts';
import type { Intent, Reading } from './intent.ts';
import { ACROSS, acrossNamedVotes, SINCE, votesNamed } from './member-record-cues.ts';
import { recordPicture } from './member-record-picture.ts';

/** Every vote held, oldest first: the history records and the day's three votes. */
function timeline(k: Knowledge, since: string | null): Vote[] {
  const all: Vote[] = [...k.history, ...mainVotes(k)].sort(
    (a, b) => a.date.localeCompare(b.date) || a.symbol.localeCompare(b.symbol),
  );
  return since ? all.filter((v) => v.date.slice(0, 4) >= since) : all;
}

function cell(v: Vote, country: string): string {
  const p = v.positions.get(country);
  if (p) return capital(POSITION_LABEL[p]);
  if (v.body === 'SC') return 'No vote (not a Council member)';
  return 'Not known (not on the lists held)';
}

function answer(r: Reading): Answer {
  const since = SINCE.exec(r.t)?.[1] ?? null;
  const named = ACROSS.test(r.t) || since ? [] : votesNamed(r);
  const votes = named.length >= 2 ? named : timeline(r.k, since);
  const a = emptyAnswer('answer', 'member_record', '');
  const countries = membersAsked(r).slice(0, 3);
  for (const country of countries) {
    a.blocks.push({
      type: 'fields',
      fields: votes.map((v) => ({
        label: `${shortName(v)}, ${v.date}${v.body === 'SC' ? ' (Council)' : ''}`,
        value: cell(v, country),
      })),
    });
    for (const v of votes) {
      const position = v.positions.get(country);
      if (position) a.positions.push({ vote: v.symbol, country, position });
      const dispute = disputeFor(r.k, v, country);
      if (dispute) a.blocks.push({ type: 'note', text: dispute.text });
      if (dispute) addCitations(r.k, a, dispute.sources);
    }
  }
  for (const v of votes) addCitations(r.k, a, primarySources(v.sources, 1));
  const partial = votes.filter((v) => !v.listsComplete && v.body === 'GA').map(shortName);
  if (partial.length > 0)
    a.blocks.push({
      type: 'note',
      text: `Partial records (not every member is named): ${partial.join(', ')}. "Not known" there means the lists held do not name the member.`,
    });
  const which =
    named.length >= 2
      ? 'the votes asked about'
      : `every vote on Ukraine held${since ? ` since ${since}` : ''}`;
  a.summary = `${countries.map((c) => capital(shortCountry(c))).join(', ')}: ${which}, side by side:`;
  a.suggestions = ['Who changed their vote between 2022 and 2025?', 'How did Brazil vote on ES-11/1?'];
  a.confidence = 0.85;
  return recordPicture(r, a, countries, votes);
}

export const memberRecordIntent: Intent = {
  id: 'member_record',
  ceiling: 78,
  match(r: Reading): number | null {
    if (membersAsked(r).length === 0) return null;
    if (ACROSS.test(r.t)) return 78;
    if (CHANGED.test(r.t) && SINCE.test(r.t)) return 78;
    return acrossNamedVotes(r) ? 78 : null;
  },
  answer,
};
