/**
 * A language as a person types it in a command (`/votes digest on 09:00 Europe/Paris fr`): a code ("fr",
 * "fr-FR", "zh_CN") or the language's name in English or in itself ("French", "français", "Deutsch",
 * "українська"), from Intl.DisplayNames rather than a hand-written table.
 */
import { ANSWER_LANGS, isLang, type Lang, languageName } from './lang.ts';

/** The languages in the order the UN lists its own, then German and Ukrainian: for messages and menus. */
export const LISTED_LANGS: readonly Lang[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es', 'de', 'uk'];

/** Case and accents aside: "Français", "francais" and "FRANÇAIS" meet. */
const fold = (w: string) =>
  w
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const CODE = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i;

let byName: Map<string, Lang> | undefined;
function names(): Map<string, Lang> {
  if (!byName) {
    byName = new Map();
    for (const lang of ANSWER_LANGS)
      for (const inLang of ['en', lang]) byName.set(fold(languageName(lang, inLang)), lang);
  }
  return byName;
}

/** The answer language a word names, or undefined. */
export function parseLang(word: string): Lang | undefined {
  const w = word.trim();
  const code = CODE.exec(w)?.[1]?.toLowerCase();
  if (code !== undefined && isLang(code)) return code;
  return names().get(fold(w));
}

/**
 * Whether a word that names no answer language still looks like a language code ("it", "pt-BR"), so that it
 * is told "not a language digests are written in" rather than "not a time zone".
 */
export const looksLikeLanguage = (word: string): boolean => CODE.test(word.trim());

/** "French (français)"; English alone as "English". */
export function languageLabel(lang: Lang): string {
  const english = languageName(lang, 'en');
  return lang === 'en' ? english : `${english} (${languageName(lang, lang)})`;
}

/** "ar (Arabic), zh (Chinese), …": every language a digest can be written in, for messages. */
export function languageChoices(): string {
  return LISTED_LANGS.map((l) => `${l} (${languageName(l, 'en')})`).join(', ');
}
