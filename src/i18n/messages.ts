/**
 * Sentences from a language's catalogue, formatted with ICU MessageFormat (intl-messageformat; plural rules from
 * Intl.PluralRules). A key the language lacks falls back to the English template, and the `Messages` remembers
 * it so the answer can say that part of it is in English.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES, type MessageKey, REFERENCE } from './catalogue/index.ts';
import type { Lang } from './lang.ts';

/** Figures in Latin digits in every language, as the symbols they stand beside. */
const LOCALE: Partial<Record<Lang, string>> = { ar: 'ar-u-nu-latn' };
const compiled = new Map<string, IntlMessageFormat>();
/** Intl objects are costly to build: one of each per language, kept. */
const intlCache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let v = intlCache.get(key) as T | undefined;
  if (v === undefined) {
    v = make();
    intlCache.set(key, v);
  }
  return v;
}

function format(
  lang: Lang,
  key: MessageKey,
  template: string,
  vars: Record<string, string | number>,
): string {
  const id = `${lang}\u0000${key}`;
  let f = compiled.get(id);
  if (!f) {
    f = new IntlMessageFormat(template, LOCALE[lang] ?? lang);
    compiled.set(id, f);
  }
  return String(f.format(vars));
}

export class Messages {
  /** True once any sentence fell back to English. */
  fellBack = false;

  constructor(readonly lang: Lang) {}

  t(key: MessageKey, vars: Record<string, string | number> = {}): string {
    const own = CATALOGUES[this.lang][key];
    if (own !== undefined) return format(this.lang, key, own, vars);
    this.fellBack = true;
    return format('en', key, REFERENCE[key], vars);
  }

  has(key: string): key is MessageKey {
    return key in REFERENCE;
  }

  /** A member's name in this language (ICU), or its UN name when ICU has none. */
  country(name: string, iso2: string | undefined): string {
    if (!iso2) return name;
    const names = cached(`region:${this.lang}`, () => new Intl.DisplayNames([this.lang], { type: 'region' }));
    return names.of(iso2) ?? name;
  }

  /** A date of the record ("2025-02-24") as this language writes it. */
  date(iso: string): string {
    const dates = cached(
      `date:${this.lang}`,
      () => new Intl.DateTimeFormat(LOCALE[this.lang] ?? this.lang, { dateStyle: 'long', timeZone: 'UTC' }),
    );
    return dates.format(new Date(`${iso}T00:00:00Z`));
  }

  list(items: string[]): string {
    return cached(`list:${this.lang}`, () => new Intl.ListFormat(this.lang, { type: 'conjunction' })).format(
      items,
    );
  }

  /** Sorts names as this language does. */
  collator(): Intl.Collator {
    return cached(`collator:${this.lang}`, () => new Intl.Collator(this.lang));
  }
}
