import Fuse from 'fuse.js';
import { type Answer, emptyAnswer } from '../../answer.ts';
import type { Body, Knowledge } from '../../knowledge/model.ts';
import type { Quote } from '../../knowledge/schema.ts';
import { cite } from '../cite.ts';
import { addQuote, joinNames, shortCountry } from '../describe.ts';
import { STOPWORDS } from '../lexicon.ts';
import { foldText } from '../normalize.ts';
import type { PersonMatch } from '../people.ts';

export interface QuoteRequest {
  people: PersonMatch;
  countries: string[];
  /** "the French ambassador": only words said at the UN by the delegation. */
  officialOnly: boolean;
  body: Body | null;
  /** Remaining words, for "who said 'war of words'". */
  topic: string;
  /** "Who said …": the words decide first, even over a person the words name ("the Trump administration…"). */
  byWords?: boolean;
}

const MAX_QUOTES = 6;
const atUn = (q: Quote) => !q.body.includes('not a UN meeting');

let fuseCache: { k: Knowledge; fuse: Fuse<Quote> } | null = null;
function quoteIndex(k: Knowledge): Fuse<Quote> {
  if (fuseCache?.k !== k)
    fuseCache = {
      k,
      fuse: new Fuse(k.quotes, {
        keys: ['text'],
        includeScore: true,
        threshold: 0.35,
        ignoreLocation: true,
        minMatchCharLength: 4,
      }),
    };
  return fuseCache.fuse;
}

/** Words of a "who said …" question that say nothing about the quote itself. */
const ASKING = new Set([
  'said',
  'say',
  'says',
  'saying',
  'quote',
  'quoted',
  'words',
  'line',
  'phrase',
  'wrote',
]);

/**
 * Quotes holding most of the question's own words ("who said no peace will be sustainable without Ukraine's
 * consent"): all the quotes with the largest share, when that share is at least 60% of two or more words.
 */
function byWords(k: Knowledge, topic: string): Quote[] {
  const words = topic.split(' ').filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !ASKING.has(w));
  if (words.length < 2) return [];
  const scored = k.quotes.map((q) => {
    const text = ` ${foldText(q.text)} `;
    return { q, hits: words.filter((w) => text.includes(` ${w} `)).length };
  });
  const best = Math.max(...scored.map((x) => x.hits));
  if (best < 2 || best / words.length < 0.6) return [];
  return scored.filter((x) => x.hits === best).map((x) => x.q);
}

function selectQuotes(k: Knowledge, req: QuoteRequest): Quote[] {
  const worded = req.byWords ? byWords(k, req.topic) : [];
  if (worded.length > 0) return worded;
  if (req.people.speakers.length > 0) return k.quotes.filter((q) => req.people.speakers.includes(q.speaker));
  if (req.countries.length > 0)
    return k.quotes.filter((q) => req.countries.includes(q.country) && (!req.officialOnly || atUn(q)));
  if (req.body)
    return k.quotes.filter(
      (q) => atUn(q) && q.body.startsWith(req.body === 'SC' ? 'Security Council' : 'General Assembly'),
    );
  if (req.topic.length >= 4) {
    const words = byWords(k, req.topic);
    if (words.length > 0) return words;
    const hits = quoteIndex(k).search(req.topic, { limit: 3 });
    return hits.filter((h) => (h.score ?? 1) < 0.3).map((h) => h.item);
  }
  return [];
}

function labelOf(q: Quote): string {
  const fragment = /^[a-z]/.test(q.text) ? 'it is a fragment of a longer sentence' : '';
  const paraphrase = /paraphrase/i.test(q.note) ? 'its words are quoted within a press summary' : '';
  return [fragment, paraphrase].filter(Boolean).join('; ');
}

export function quoteAnswer(k: Knowledge, req: QuoteRequest): Answer {
  const quotes = selectQuotes(k, req);
  if (quotes.length === 0) return noQuote(k, req);
  const shown = quotes.slice(0, MAX_QUOTES);
  const speakers = [...new Set(shown.map((q) => q.speaker))];
  const a = emptyAnswer(
    'answer',
    'quote',
    `What ${joinNames(speakers)} said on 24 February 2025 (verbatim, with sources):`,
  );
  for (const q of shown) {
    addQuote(a, q);
    const label = labelOf(q);
    if (label) a.blocks.push({ type: 'note', text: `About the quote above: ${label}.` });
  }
  if (quotes.length > shown.length)
    a.blocks.push({
      type: 'paragraph',
      text: `${quotes.length - shown.length} more ${quotes.length - shown.length === 1 ? 'quote' : 'quotes'}; ask about one speaker to see ${quotes.length - shown.length === 1 ? 'it' : 'them'}.`,
    });
  const facts = factsReporting(k, speakers);
  for (const f of facts) a.blocks.push({ type: 'paragraph', text: f.statement });
  a.citations = cite(
    k,
    ...shown.map((q) => [q.source, ...(q.extra_sources ?? [])]),
    ...facts.map((f) => f.sources),
  );
  a.suggestions = [
    'What did Barbara Woodward say?',
    'What did Vassily Nebenzia say?',
    'Who spoke for Ukraine?',
  ];
  a.confidence = 0.9;
  return a;
}

/** Facts reporting what a speaker said ("DiCarlo told the Security Council …"): said beside the quotes. */
function factsReporting(k: Knowledge, speakers: string[]) {
  // A whole word, accents included (`\b` misreads the end of "Rivière"), regex characters taken literally.
  const surnames = speakers.map((s) => {
    const name = (s.split(' ').at(-1) ?? s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'u');
  });
  return k.facts.filter(
    (f) =>
      surnames.some((re) => re.test(f.statement)) &&
      /\b(told|said|stated|criticised|criticized|warned|called)\b/.test(f.statement),
  );
}

function noQuote(k: Knowledge, req: QuoteRequest): Answer {
  const speakers = [...new Set(k.quotes.map((q) => q.speaker))];
  const who =
    req.people.unquoted?.person ??
    (req.countries.length > 0 ? joinNames(req.countries.map(shortCountry)) : 'that');
  const a = emptyAnswer('no_answer', 'quote', `I hold no verbatim quote from ${who} about these votes.`);
  const facts = (req.people.unquoted?.factIds ?? [])
    .map((id) => k.facts.find((f) => f.id === id))
    .filter((f) => f !== undefined);
  if (facts.length > 0) {
    a.kind = 'answer';
    for (const f of facts) a.blocks.push({ type: 'paragraph', text: f.statement });
    a.citations = cite(k, ...facts.map((f) => f.sources));
  }
  a.blocks.push({ type: 'paragraph', text: `I have verbatim quotes from: ${speakers.join(', ')}.` });
  a.suggestions = speakers.slice(0, 3).map((s) => `What did ${s} say?`);
  a.confidence = 0.6;
  return a;
}
