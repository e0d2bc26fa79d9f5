/**
 * Members' names in a language, from a maintained source: ICU's region names (`Intl.DisplayNames`, long and
 * short), the reference names in knowledge/countries.json (`otherLanguages`, `aliases`), and the lexicon's few
 * short names ICU lacks. Each becomes a phrase whose English is the member's UN name.
 */
import type { Knowledge } from '../knowledge/model.ts';
import type { ForeignLang } from './lang.ts';
import { LEXICONS } from './lexicon/index.ts';
import { compilePhrase, type Phrase } from './phrase-matcher.ts';

function icuNames(lang: ForeignLang, iso2: string): string[] {
  const out: string[] = [];
  for (const style of ['long', 'short'] as const) {
    const name = new Intl.DisplayNames([lang], { type: 'region', style }).of(iso2);
    if (name && name !== iso2) out.push(name);
  }
  return out;
}

/** Parentheses and commas stay out of a name as typed: "Congo (Kinshasa)" is read as "Congo". */
const plain = (name: string) =>
  name
    .replace(/\(.*?\)/g, ' ')
    .replace(/[,]/g, ' ')
    .trim();

export function countryPhrases(k: Knowledge, lang: ForeignLang): Phrase[] {
  const aliases = LEXICONS[lang].countryAliases ?? {};
  const out: Phrase[] = [];
  for (const m of k.members) {
    const names = new Set([...icuNames(lang, m.iso2), ...m.otherLanguages, ...(aliases[m.iso2] ?? [])]);
    for (const name of names) {
      const p = plain(name);
      if (p.length > 1) out.push(compilePhrase(lang, tokenText(lang, p), m.name, true));
    }
  }
  return out;
}

/** A name split as the question is: hyphens and apostrophes are word breaks ("États-Unis", "Côte d'Ivoire"). */
function tokenText(lang: ForeignLang, name: string): string {
  if (lang === 'zh') return name;
  const apostrophe = lang === 'uk' || lang === 'ru' ? /[-–.]/g : /[-–.'’ʼ]/g;
  return name.replace(apostrophe, ' ').replace(/['’ʼ]/g, '');
}
