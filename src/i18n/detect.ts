/**
 * Which language a question is in, from its script and cue words: Han is Chinese, Arabic script Arabic,
 * Cyrillic Ukrainian when it has Ukrainian letters or words and Russian otherwise, Latin French, Spanish,
 * German or English by the words that mark them. Names in another script do not make a question mixed; cue
 * words of two languages do.
 */
import { foldWord } from './fold.ts';
import type { Detected, ForeignLang } from './lang.ts';
import { LEXICONS } from './lexicon/index.ts';

const ENGLISH_CUES = new Set(
  'how did does do what who which whom voted on the of against abstained abstain was were is are and countries tally say said help why show for with did not country there support supported tally quote'.split(
    ' ',
  ),
);
/** English words around a name in another script: the cues, and the words of a question about a vote. */
const ENGLISH_WORDS = new Set([
  ...ENGLISH_CUES,
  ...'vote votes support supported position resolution text draft amended tally result list quote quotes'.split(
    ' ',
  ),
]);
/** Latin-script languages Plenary does not answer in, by a few words of their own. */
const OTHER_LATIN: Record<string, Set<string>> = {
  it: new Set('come ha votato chi contro della sulla risoluzione paesi perche'.split(' ')),
  pt: new Set('votou quem resolucao sobre paises voce qual foram'.split(' ')),
  nl: new Set('hoe heeft gestemd wie tegen landen resolutie het'.split(' ')),
  pl: new Set('jak glosowala glosowal kto przeciw rezolucji kraje'.split(' ')),
  tr: new Set('nasil oy verdi kim karsi ulkeler karar'.split(' ')),
};
/** Every English word the lexicons produce: a French "vote" or German "resolution" marks no language. */
const ENGLISH_VOCAB = new Set(
  Object.values(LEXICONS).flatMap((lex) => lex.phrases.flatMap(([, en]) => en.split(' '))),
);
/** A language's cue words, with the whole words of its lexicon that no other language's lexicon has. */
const OWN_WORDS: Record<string, string[]> = Object.fromEntries(
  Object.entries(LEXICONS).map(([l, lex]) => [
    l,
    lex.phrases
      .flatMap(([p]) => p.split(' '))
      .filter((w) => w.length >= 4 && !w.endsWith('*') && !ENGLISH_VOCAB.has(foldWord('fr', w))),
  ]),
);
const CUES: Record<ForeignLang, Set<string>> = Object.fromEntries(
  Object.entries(LEXICONS).map(([l, lex]) => {
    const others = new Set(Object.entries(OWN_WORDS).flatMap(([o, ws]) => (o === l ? [] : ws)));
    const own = (OWN_WORDS[l] ?? []).filter((w) => !others.has(w));
    return [l, new Set([...lex.cues, ...own].map((c) => foldWord(l as ForeignLang, c)))];
  }),
) as Record<ForeignLang, Set<string>>;
/** Members' UN names written with marks in English too ("Türkiye", "Côte d'Ivoire"): no sign of a language. */
const NAMES_WITH_MARKS = /t[üu]rkiye|c[ôo]te d.ivoire|s[ãa]o tom[ée]|pr[íi]ncipe/giu;
const lettersOf = (raw: string) => raw.replace(NAMES_WITH_MARKS, ' ');
/** Letters only one of the Latin-script languages uses. */
const OWN_LETTERS: Record<string, RegExp> = { es: /[ñ¿¡]/g, de: /[äöüß]/g, fr: /[èêçàùœëî]/g };

const SCRIPTS: [string, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['han', /\p{Script=Han}/u],
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['ko', /\p{Script=Hangul}/u],
  ['el', /\p{Script=Greek}/u],
  ['he', /\p{Script=Hebrew}/u],
  ['hi', /\p{Script=Devanagari}/u],
  ['th', /\p{Script=Thai}/u],
];

function scriptCounts(s: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of s) {
    const hit = SCRIPTS.find(([, re]) => re.test(ch));
    if (hit) counts.set(hit[0], (counts.get(hit[0]) ?? 0) + 1);
  }
  return counts;
}

/** Latin words, symbols left out: "A/ES-11/L.10" says nothing about a language. */
const latinWords = (s: string) =>
  (s.replace(/\S*\d\S*/g, ' ').match(/\p{Script=Latin}+/gu) ?? []).map((w) => foldWord('fr', w));

const hits = (words: string[], cues: Set<string>) => words.filter((w) => cues.has(w)).length;

/** The Latin-script language with most cue words and its score, with English's score beside it. */
function latinLanguage(words: string[], raw: string): { lang: string; score: number; english: number } {
  const english = hits(words, ENGLISH_CUES);
  let best = { lang: 'en', score: 0, english };
  const candidates: [string, Set<string>][] = [
    ['fr', CUES.fr],
    ['es', CUES.es],
    ['de', CUES.de],
    ...Object.entries(OTHER_LATIN),
  ];
  for (const [lang, cues] of candidates) {
    const score = hits(words, cues) + (lettersOf(raw).match(OWN_LETTERS[lang] ?? /(?!)/g)?.length ?? 0);
    if (score > best.score) best = { lang, score, english };
  }
  return best;
}

function nonLatinLanguage(script: string, s: string): string {
  if (script === 'han') return 'zh';
  if (script === 'arabic') return /[پچژگٹڈڑںے]/.test(s) ? 'fa' : 'ar';
  if (script === 'cyrillic') {
    if (/[іїєґʼ]/i.test(s)) return 'uk';
    const words = (s.match(/\p{Script=Cyrillic}+/gu) ?? []).map((w) => foldWord('ru', w));
    return hits(words, CUES.uk) > hits(words, CUES.ru) ? 'uk' : 'ru';
  }
  return script;
}

const isForeign = (l: string): l is ForeignLang => l in CUES;

export function detectLanguage(question: string): Detected {
  const counts = scriptCounts(question);
  // Japanese writes with kanji beside kana: the Han letters are Japanese there, not Chinese.
  if (counts.has('ja')) {
    counts.set('ja', (counts.get('ja') ?? 0) + (counts.get('han') ?? 0));
    counts.delete('han');
  }
  const scripts = [...counts.entries()].filter(([s]) => s !== 'latin').sort((a, b) => b[1] - a[1]);
  const words = latinWords(question);
  const latin = latinLanguage(words, question.toLowerCase());
  const [first, second] = scripts;
  if (!first) {
    if (latin.score <= latin.english && latin.english > 0) return { kind: 'one', lang: 'en' };
    if (latin.score === 0) return { kind: 'one', lang: 'en' };
    if (latin.english >= 2 && latin.score >= 2)
      return { kind: 'mixed', langs: [latin.lang, 'en'], read: isForeign(latin.lang) ? latin.lang : null };
    if (!isForeign(latin.lang)) return { kind: 'unsupported', lang: latin.lang };
    return { kind: 'one', lang: latin.lang };
  }
  const script = nonLatinLanguage(first[0], question);
  if (second && second[1] >= 2)
    return {
      kind: 'mixed',
      langs: [script, nonLatinLanguage(second[0], question)],
      read: isForeign(script) ? script : null,
    };
  // A name in another script inside an English question ("how did Франция vote", "Ελληνική Δημοκρατία on
  // 2774?") is still English: no word of the other language stands around the name.
  const english = hits(words, ENGLISH_WORDS);
  const own = isForeign(script) ? ownCueHits(script, question) : 0;
  if (english >= 1 && own === 0) return { kind: 'one', lang: 'en' };
  if (!isForeign(script)) return { kind: 'unsupported', lang: script };
  if (english >= 2) return { kind: 'mixed', langs: [script, 'en'], read: script };
  return { kind: 'one', lang: script };
}

/** Chinese phrases of the lexicon, looked for inside the question (Chinese has no spaces between words). */
const ZH_PHRASES = LEXICONS.zh.phrases.map(([p]) => p);

function ownCueHits(lang: ForeignLang, s: string): number {
  if (lang === 'zh') return ZH_PHRASES.filter((p) => s.includes(p)).length;
  return scriptCueHits(lang, s);
}

function scriptCueHits(lang: ForeignLang, s: string): number {
  const words = (s.match(/[\p{L}\p{M}]+/gu) ?? []).map((w) => foldWord(lang, w));
  return hits(words, CUES[lang]);
}
