/**
 * A digest in another language, rebuilt from the English digest's structured data (its day, milestones and the
 * knowledge each item refers to) with that language's catalogue, as `localize` rebuilds answers. Titles,
 * milestones, headings and the recap of the three votes are rebuilt; quotes stay verbatim with their language
 * named; citations are untouched. An item with no catalogue sentence (a timeline event, a fact of the base)
 * stays in English, and the digest says so in its language: never a guessed translation.
 */
import { detectLanguage } from '../i18n/detect.ts';
import { type Lang, languageName } from '../i18n/lang.ts';
import { Messages } from '../i18n/messages.ts';
import { localCountry, localOutcome, localVoteName, positionLabel } from '../i18n/vote-words.ts';
import type { Knowledge } from '../knowledge/model.ts';
import { US } from './recap.ts';
import { daysBetween, VOTES_DATE } from './time.ts';
import type { Digest, DigestItem, DigestItemKind, Milestone } from './types.ts';

type Parts = Omit<Digest, 'text'>;

function label(m: Messages, ms: Milestone): string {
  if (ms.kind === 'anniversary') return m.t('digest.label.anniversary', { years: ms.count });
  if (ms.kind === 'monthly') return m.t('digest.label.monthly', { months: ms.count });
  return m.t('digest.label.hundredth');
}

function titleOf(m: Messages, d: Parts): string {
  const date = m.date(VOTES_DATE);
  if (d.day < 0) return m.t('digest.title.before', { date });
  if (d.day === 0) return m.t('digest.title.votesDay', { date });
  const title = m.t('digest.title.day', { day: d.day, date });
  const labels = d.milestones.filter((ms) => ms.kind !== 'votes_day').map((ms) => label(m, ms));
  return labels.length > 0 ? m.t('digest.title.withLabels', { title, labels: m.list(labels) }) : title;
}

function milestoneText(m: Messages, ms: Milestone): string {
  const date = m.date(VOTES_DATE);
  if (ms.kind === 'votes_day') return m.t('digest.votesDay');
  if (ms.kind === 'anniversary') return m.t('digest.anniversary', { years: ms.count, date });
  if (ms.kind === 'monthly') return m.t('digest.monthly', { months: ms.count, date });
  return m.t('digest.hundredth', { day: ms.count });
}

/** "A/RES/ES-11/7, the Ukraine/European text…: adopted, 93 in favour, … United States: Against." */
function recapText(k: Knowledge, m: Messages, item: DigestItem): string | null {
  const vote = item.ref ? k.voteById.get(item.ref) : undefined;
  if (!vote) return null;
  const line = m.t('digest.recap.vote', {
    vote: localVoteName(m, vote),
    outcome: localOutcome(m, vote, true),
  });
  const us = vote.positions.get(US);
  if (!us) return line;
  return `${line} ${m.t('digest.recap.us', { country: localCountry(k, m, US), position: positionLabel(m, us) })}`;
}

/** The item in the language, or null when it has no catalogue sentence (it then stays in English). */
function itemText(k: Knowledge, m: Messages, d: Parts, item: DigestItem, index: number): string | null {
  switch (item.kind) {
    case 'notice':
      return m.t('digest.before', {
        when: m.date(d.date),
        days: daysBetween(d.date, VOTES_DATE),
        date: m.date(VOTES_DATE),
      });
    case 'milestone': {
      const ms = d.milestones[index];
      return ms ? milestoneText(m, ms) : null;
    }
    case 'recap_vote':
      return recapText(k, m, item);
    case 'quote':
      return item.text; // verbatim; rendered from `quotes`, with the language they were spoken in named
    default:
      return null;
  }
}

/** The languages the digest's quotes were spoken in, named in `m`'s language. */
function quoteNote(m: Messages, d: Parts): string | null {
  if (d.quotes.length === 0) return null;
  const spoken = [...new Set(d.quotes.map((q) => detectLanguage(q.text)))].map((x) =>
    x.kind === 'one' ? x.lang : 'en',
  );
  const language = m.list([...new Set(spoken)].map((l) => languageName(l, m.lang)));
  return m.t('quote.language', { language });
}

/** How a digest labels its sections: "The three votes:" above a list, "Fact of the day: …" before the fact. */
export interface DigestHeadings {
  above: Partial<Record<DigestItemKind, string>>;
  fact(text: string): string;
}

/** The headings in the language, punctuation included ("Les trois votes :", "三次表决："). */
export function digestHeadings(lang: Lang): DigestHeadings {
  const m = new Messages(lang);
  return {
    above: { recap_vote: m.t('digest.heading.recap'), on_this_day: m.t('digest.heading.onThisDay') },
    fact: (fact) => m.t('digest.fact', { fact }),
  };
}

export function localizeDigest(k: Knowledge, d: Parts, lang: Lang): Parts {
  if (lang === 'en') return d;
  const m = new Messages(lang);
  let milestoneIndex = 0;
  let partlyEnglish = false;
  const items = d.items.map((item) => {
    const text = itemText(k, m, d, item, item.kind === 'milestone' ? milestoneIndex++ : 0);
    if (text === null) partlyEnglish = true;
    return text === null ? item : { ...item, text };
  });
  const title = titleOf(m, d);
  const notes = [quoteNote(m, d)].filter((s): s is string => s !== null);
  if (partlyEnglish || m.fellBack) notes.push(m.t('digest.note.partlyEnglish'));
  return { ...d, lang, title, items, notes };
}
