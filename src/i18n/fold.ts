/**
 * Tokens and folding for the pre-pass: each language folds its words the same way on both sides (lexicon and
 * question), so "Résolution", "résolution" and "resolution" meet, as do "Франции" and "Франция" (by stem).
 */
import type { ForeignLang } from './lang.ts';

export interface Token {
  /** The word as typed (NFKC). */
  raw: string;
  /** The folded form matchers compare. */
  key: string;
  /** Latin letters or digits only: names, symbols ("ES-11/7") and numbers kept in any language. */
  latin: boolean;
}

const MARKS = /[\u0300-\u036f]/g;
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u0640]/g;
const HAN = /\p{Script=Han}/u;
/** A word: letters and digits, joined by apostrophes, hyphens, slashes and dots ("Кот-д’Ивуар", "ES-11/7"). */
const TOKEN =
  /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+(?:['’ʼ/.\-–](?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+)*/gu;

const foldLatin = (w: string) =>
  w
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');

/** Arabic: no short vowels or tatweel, one alef, ى as ي, ة as ه, then the attached "and", preposition and article. */
export function foldArabicWord(w: string): string {
  const s = w
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
  return s
    .replace(/^[وف](?=.{3})/, '')
    .replace(/^[بكل](?=ال.{2})/, '')
    .replace(/^لل(?=.{2})/, '')
    .replace(/^ال(?=.{2})/, '');
}

export function foldWord(lang: ForeignLang, w: string): string {
  if (lang === 'ar') return /[a-z0-9]/i.test(w) ? w.toLowerCase() : foldArabicWord(w);
  if (lang === 'zh') return w.toLowerCase();
  // Cyrillic: ё as е, й as и and ї as і (their marks dropped), the Ukrainian apostrophe dropped.
  return foldLatin(w).replace(/['’ʼ]/g, '');
}

/**
 * Splits a question into words (a Han character is a word). Symbols with digits stay whole; other words split
 * at hyphens, slashes and dots, and at apostrophes except in Russian and Ukrainian, where the apostrophe is
 * part of the word ("Мар’яна").
 */
export function tokenize(lang: ForeignLang, text: string): Token[] {
  const out: Token[] = [];
  const cyrillic = lang === 'uk' || lang === 'ru';
  for (const m of text.normalize('NFKC').matchAll(TOKEN)) {
    const word = m[0];
    const keepWhole = /\d/.test(word) || HAN.test(word);
    const parts = keepWhole ? [word] : word.split(cyrillic ? /[/.\-–]/ : /[/.\-–'’ʼ]/);
    for (const part of parts) {
      if (part.length === 0) continue;
      out.push({
        raw: part,
        key: foldWord(lang, part),
        latin: /^[\p{Script=Latin}\p{N}/.\-–'’]+$/u.test(part),
      });
    }
  }
  return out;
}

/** Russian and Ukrainian case endings: "Франции", "Францию", "Франція" all have the stem "франц". */
const CYRILLIC_ENDING =
  /(?:ией|иеи|ии|ию|ия|ие|ей|еи|ой|ои|ом|ем|ам|ям|ах|ях|ами|ями|ого|ому|ую|ая|ое|ые|ых|ый|ыи|ий|ів|іі|ію|ія|іє|ою|ої|оі|ю|я|а|о|е|и|і|ы|у|ь)$/;

export function cyrillicStem(w: string): string {
  const stem = w.replace(CYRILLIC_ENDING, '');
  return stem.length >= 4 ? stem : w;
}
