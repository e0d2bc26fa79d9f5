/**
 * One rebuilder per kind of answer: from the answer's structured data to sentences in the target language.
 * A block it does not recognise is kept as it is (English) and marks the answer as partly English.
 */
import type { Answer, Block, StatedPosition } from '../answer.ts';
import { detectLanguage } from './detect.ts';
import { languageName } from './lang.ts';
import type { LocalizeContext, Rebuilt } from './localize.ts';
import { localCountry, localOutcome, localVoteName, positionLabel, voteBySymbol } from './vote-words.ts';

/** The language a quote was spoken in, by its text; quotes come from the fact base, so each is read once. */
const spoken = new Map<string, string>();
function quoteLanguage(text: string): string {
  let lang = spoken.get(text);
  if (lang === undefined) {
    const d = detectLanguage(text);
    lang = d.kind === 'one' ? d.lang : 'en';
    spoken.set(text, lang);
  }
  return lang;
}

type Rebuilder = (a: Answer, c: LocalizeContext) => Rebuilt | null;

const mainDate = (c: LocalizeContext) => c.m.date(c.k.votes[0]?.date ?? '');

function countryVote(a: Answer, c: LocalizeContext): Rebuilt | null {
  const { k, m } = c;
  const countries = new Set(a.positions.map((p) => p.country));
  const [country] = countries;
  if (countries.size !== 1 || country === undefined) return null;
  const name = localCountry(k, m, country);
  const line = (p: StatedPosition): string | null => {
    const v = voteBySymbol(k, p.vote);
    return v
      ? m.t('country.line', {
          position: positionLabel(m, p.position),
          vote: localVoteName(m, v),
          outcome: localOutcome(m, v),
        })
      : null;
  };
  let partlyEnglish = false;
  const blocks: Block[] = a.blocks.map((b, i) => {
    if (b.type !== 'bullets' || i !== a.blocks.findIndex((x) => x.type === 'bullets')) {
      partlyEnglish = true;
      return b;
    }
    const items = a.positions.map(line).filter((s): s is string => s !== null);
    for (const item of b.items.filter((s) => s.startsWith('No vote: '))) {
      const v = c.k.votes.find((x) => item.includes(x.symbol) && x.body === 'SC');
      if (v) items.push(m.t('country.noSeat', { vote: localVoteName(m, v), year: v.date.slice(0, 4) }));
      else partlyEnglish = true;
    }
    return { type: 'bullets', items };
  });
  const first = a.positions[0];
  const firstVote = first && voteBySymbol(k, first.vote);
  const summary =
    a.positions.length === 1 && first && firstVote
      ? m.t('country.one', {
          country: name,
          position: positionLabel(m, first.position),
          vote: localVoteName(m, firstVote),
        })
      : m.t('country.all', { country: name, date: mainDate(c) });
  return { answer: { ...a, summary, blocks }, partlyEnglish };
}

function list(a: Answer, c: LocalizeContext): Rebuilt | null {
  const { k, m } = c;
  if (a.positions.length === 0) return null;
  const positions = new Set(a.positions.map((p) => p.position));
  const [only] = positions;
  const summary = positions.size === 1 && only ? m.t(`list.summary.${only}`) : m.t('list.summary.mixed');
  const collator = m.collator();
  let partlyEnglish = false;
  const kept = <T>(x: T): T => {
    partlyEnglish = true;
    return x;
  };
  const blocks = a.blocks.map((b): Block => {
    if (b.type === 'countries') {
      const stated = a.positions.find((p) => p.country === b.countries[0]);
      if (!stated || !/\(\d+\)$/.test(b.label)) return kept(b);
      const names = b.countries.map((n) => localCountry(k, m, n)).sort(collator.compare);
      const label = m.t('list.label', {
        position: positionLabel(m, stated.position),
        count: b.countries.length,
      });
      return { type: 'countries', label, countries: names };
    }
    if (b.type === 'paragraph') {
      const v = a.tallies.map((t) => voteBySymbol(k, t.vote)).find((x) => x && b.text.startsWith(x.symbol));
      if (v)
        return {
          type: 'paragraph',
          text: m.t('list.heading', { vote: localVoteName(m, v), outcome: localOutcome(m, v) }),
        };
    }
    partlyEnglish = true;
    return b;
  });
  return { answer: { ...a, summary, blocks }, partlyEnglish };
}

function tally(a: Answer, c: LocalizeContext): Rebuilt | null {
  const { k, m } = c;
  const votes = a.tallies.map((t) => voteBySymbol(k, t.vote));
  if (votes.length === 0 || votes.some((v) => !v)) return null;
  const [one] = votes;
  const summary =
    votes.length === 1 && one
      ? m.t('tally.summary', { symbol: one.symbol, outcome: localOutcome(m, one) })
      : m.t('tally.many', { date: mainDate(c) });
  let partlyEnglish = false;
  const kept = <T>(x: T): T => {
    partlyEnglish = true;
    return x;
  };
  const blocks = a.blocks.map((b): Block => {
    if (b.type !== 'fields') return kept(b);
    const fields = b.fields.map((f) => {
      const v = votes.find((x) => x && f.label.startsWith(x.symbol));
      if (!v) return kept(f);
      return { label: localVoteName(m, v), value: localOutcome(m, v, true) };
    });
    return { type: 'fields', fields };
  });
  return { answer: { ...a, summary, blocks }, partlyEnglish };
}

function help(a: Answer, c: LocalizeContext): Rebuilt {
  const { m } = c;
  const languages = m.list(
    ['ar', 'zh', 'en', 'fr', 'ru', 'es', 'de', 'uk'].map((l) => languageName(l, m.lang)),
  );
  const examples = (['country', 'list', 'tally', 'quote'] as const).map((e) => m.t(`help.example.${e}`));
  const summary = m.t('help.summary', { date: mainDate(c), languages });
  return { answer: { ...a, summary, blocks: [{ type: 'bullets', items: examples }] }, partlyEnglish: false };
}

const refusal =
  (key: 'oos.summary' | 'unclear.summary'): Rebuilder =>
  (a, c) => ({
    answer: { ...a, summary: c.m.t(key, { date: mainDate(c) }) },
    partlyEnglish: a.blocks.length > 0,
  });

function quote(a: Answer, c: LocalizeContext): Rebuilt | null {
  const speakers = new Set(a.quotes.map((q) => q.speaker));
  const [speaker] = speakers;
  if (speakers.size !== 1 || speaker === undefined) return null;
  const langs = new Set(a.quotes.map((q) => quoteLanguage(q.text)));
  const language = c.m.list([...langs].map((l) => languageName(l, c.m.lang)));
  const blocks: Block[] = [...a.blocks, { type: 'note', text: c.m.t('quote.language', { language }) }];
  const partlyEnglish = a.blocks.some((b) => b.type !== 'quote');
  return { answer: { ...a, summary: c.m.t('quote.summary', { speaker }), blocks }, partlyEnglish };
}

export const REBUILDERS: Record<string, Rebuilder> = {
  country_vote: countryVote,
  list,
  tally,
  // A map answer is the tally of the votes drawn, with the pictures (drawn in the answer's language).
  map: tally,
  help,
  out_of_scope: refusal('oos.summary'),
  unclear: refusal('unclear.summary'),
  quote,
  statement: quote,
};
