import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, REFERENCE } from '../../../src/i18n/catalogue/index.ts';
import { ANSWER_LANGS } from '../../../src/i18n/lang.ts';
import { LEXICONS } from '../../../src/i18n/lexicon/index.ts';

/** The argument names and plural selectors of an ICU template ("{yes}", "{abstain, plural, one {…} other {…}}"). */
function argumentsOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)(?:,|\})/g)].map((m) => m[1] ?? '').sort();
}

function pluralSelectors(template: string): string[] {
  return [...template.matchAll(/(?:^|[\s}])(zero|one|two|few|many|other|=\d+)\s*\{/g)].map((m) => m[1] ?? '');
}

describe('the answer catalogues', () => {
  const keys = Object.keys(REFERENCE).sort();

  it.each(
    ANSWER_LANGS.map((l) => [l]),
  )('given the %s catalogue, it has every key of the reference and no other', (lang) => {
    const own = Object.keys(CATALOGUES[lang]).sort();
    expect(
      keys.filter((key) => !own.includes(key)),
      'missing keys',
    ).toEqual([]);
    expect(
      own.filter((key) => !keys.includes(key)),
      'unknown keys',
    ).toEqual([]);
  });

  it.each(
    ANSWER_LANGS.map((l) => [l]),
  )('given the %s catalogue, every template parses and takes the English arguments', (lang) => {
    for (const key of keys) {
      const template = CATALOGUES[lang][key as keyof typeof REFERENCE] ?? '';
      expect(() => new IntlMessageFormat(template, lang), `${lang} ${key}`).not.toThrow();
      const english = new Set(argumentsOf(REFERENCE[key as keyof typeof REFERENCE]));
      for (const arg of argumentsOf(template)) expect(english.has(arg), `${lang} ${key} {${arg}}`).toBe(true);
    }
  });

  it.each(
    ANSWER_LANGS.map((l) => [l]),
  )('given a plural in the %s catalogue, its forms are that language’s and include other', (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
    for (const [key, template] of Object.entries(CATALOGUES[lang])) {
      const forms = pluralSelectors(template ?? '');
      if (forms.length === 0) continue;
      expect(forms, `${lang} ${key}`).toContain('other');
      for (const f of forms) if (!f.startsWith('=')) expect(categories, `${lang} ${key} ${f}`).toContain(f);
    }
  });

  it('given a Russian count, the plural form follows Intl.PluralRules (1, 3, 5, 21 abstentions)', () => {
    const f = new IntlMessageFormat(CATALOGUES.ru['tally.counts'] ?? '', 'ru');
    const text = (n: number) => String(f.format({ yes: 1, no: 0, abstain: n }));
    expect(text(1)).toContain('1 воздержался');
    expect(text(3)).toContain('3 воздержались');
    expect(text(21)).toContain('21 воздержался');
  });

  it('given the catalogues and lexicons, no template states a vote figure (facts come from the record)', () => {
    for (const lang of ANSWER_LANGS)
      for (const [key, template] of Object.entries(CATALOGUES[lang]))
        expect(/\b\d{2,}\b/.test(template ?? ''), `${lang} ${key}`).toBe(false);
    for (const lex of Object.values(LEXICONS))
      for (const [, en] of lex.phrases) expect(/\b\d{2,}\b/.test(en), en).toBe(false);
  });
});
