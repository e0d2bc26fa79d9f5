/**
 * The languages Plenary reads and answers in: the UN's six official languages plus German and Ukrainian.
 * Codes are BCP 47 primary subtags, as `Intl` takes them.
 */
export const ANSWER_LANGS = ['en', 'ar', 'zh', 'fr', 'ru', 'es', 'de', 'uk'] as const;
export type Lang = (typeof ANSWER_LANGS)[number];
/** The languages the pre-pass maps onto English cue words (English itself needs none). */
export type ForeignLang = Exclude<Lang, 'en'>;
export const FOREIGN_LANGS: readonly ForeignLang[] = ['ar', 'zh', 'fr', 'ru', 'es', 'de', 'uk'];

export const isLang = (s: string): s is Lang => (ANSWER_LANGS as readonly string[]).includes(s);

/** A language's name in English, for the notes English answers carry ("this looks like Italian"). */
const languageNames = new Map<string, Intl.DisplayNames>();

export function languageName(code: string, inLang = 'en'): string {
  try {
    let names = languageNames.get(inLang);
    if (!names) {
      names = new Intl.DisplayNames([inLang], { type: 'language' });
      languageNames.set(inLang, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** What detection found: one language, a mix of two, or a language Plenary does not answer in. */
export type Detected =
  | { kind: 'one'; lang: Lang }
  | { kind: 'mixed'; langs: [string, string]; read: ForeignLang | null }
  | { kind: 'unsupported'; lang: string };

/**
 * The answer language of a platform locale ("fr", "es-ES", "zh-TW", Discord's `interaction.locale`), or
 * undefined for a locale Plenary does not answer in (English is the default anyway).
 */
export function langOfLocale(locale: string | null | undefined): Lang | undefined {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return isLang(primary) ? primary : undefined;
}
