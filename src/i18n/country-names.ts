/**
 * Members' names in a language, from a maintained source: ICU's region names (`Intl.DisplayNames`, long and
 * short), the reference names in knowledge/countries.json (`otherLanguages`, `aliases`), and the lexicon's few
 * short names ICU lacks. Each becomes a phrase whose English is the member's UN name.
 */
import type { Knowledge } from '../knowledge/model.ts';
import type { ForeignLang } from './lang.ts';
import { LEXICONS } from './lexicon/index.ts';
import { compilePhrase, type Phrase } from './phrase-matcher.ts';

function icuNames(lang: ForeignLang, iso2s: string[]): Map<string, string[]> {
  const styles = (['long', 'short'] as const).map(
    (style) => new Intl.DisplayNames([lang], { type: 'region', style }),
  );
  return new Map(
    iso2s.map((iso2) => [iso2, styles.map((d) => d.of(iso2)).filter((n): n is string => !!n && n !== iso2)]),
  );
}

/** The script a language is typed in: names in other scripts cannot match its words. */
const SCRIPT: Record<ForeignLang, RegExp> = {
  ar: /\p{Script=Arabic}/u,
  zh: /\p{Script=Han}/u,
  ru: /\p{Script=Cyrillic}/u,
  uk: /\p{Script=Cyrillic}/u,
  fr: /^[\p{Script=Latin}\P{L}]+$/u,
  es: /^[\p{Script=Latin}\P{L}]+$/u,
  de: /^[\p{Script=Latin}\P{L}]+$/u,
};

/** Brackets and commas are not typed: "Congo (Kinshasa)" is read as "Congo Kinshasa", "刚果（金）" as "刚果金". */
const plain = (name: string) =>
  name
    .replace(/[()（）,，]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function countryPhrases(k: Knowledge, lang: ForeignLang): Phrase[] {
  const aliases = LEXICONS[lang].countryAliases ?? {};
  const out: Phrase[] = [];
  const icu = icuNames(
    lang,
    k.members.map((m) => m.iso2),
  );
  for (const m of k.members) {
    const own = new Set([...(icu.get(m.iso2) ?? []), ...(aliases[m.iso2] ?? [])]);
    for (const name of new Set([...own, ...m.otherLanguages])) {
      const p = plain(name);
      if (p.length > 1 && SCRIPT[lang].test(p))
        out.push(compilePhrase(lang, tokenText(lang, p), m.name, true, own.has(name) ? 0 : 1));
    }
  }
  return out;
}

/** A name split as the question is: dashes, dots and (outside Russian and Ukrainian) apostrophes break words. */
function tokenText(lang: ForeignLang, name: string): string {
  if (lang === 'zh') return name;
  const breaks = lang === 'uk' || lang === 'ru' ? /[^\p{L}\p{M}\p{N}'’ʼ]+/gu : /[^\p{L}\p{M}\p{N}]+/gu;
  return name.replace(breaks, ' ').replace(/['’ʼ]/g, '').trim();
}
