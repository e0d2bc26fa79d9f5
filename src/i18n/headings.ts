/** The headings renderers put around an answer ("Sources", "You could ask", "Note"), in the answer's language. */
import { isLang } from './lang.ts';
import { Messages } from './messages.ts';

export interface Headings {
  sources: string;
  suggestions: string;
  note: string;
}

export function headings(lang: string | undefined): Headings {
  const m = new Messages(lang && isLang(lang) ? lang : 'en');
  return {
    sources: m.t('heading.sources'),
    suggestions: m.t('heading.suggestions'),
    note: m.t('heading.note'),
  };
}
