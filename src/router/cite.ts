import type { Answer, Citation } from '../answer.ts';
import type { Knowledge } from '../knowledge/model.ts';

/** Citations for the given source ids, in order, without repeats; unknown ids are skipped (knowledge:check forbids them). */
export function cite(k: Knowledge, ...groups: (readonly string[])[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const id of groups.flat()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const s = k.sources.get(id);
    if (s) out.push({ id: s.id, title: s.title, publisher: s.publisher, url: s.url });
  }
  return out;
}

/**
 * The first few sources of a vote: the UN record first, then the best independent cross-checks. The scrape through
 * which the UN records were read is cited only where nothing else is.
 */
export const primarySources = (sources: readonly string[], n = 2): string[] => {
  const preferred = sources.filter((id) => id !== 'scrape_hzloto');
  return (preferred.length > 0 ? preferred : [...sources]).slice(0, n);
};

/** Adds the citations for these source ids that the answer does not already carry. */
export function addCitations(k: Knowledge, a: Answer, ...groups: (readonly string[])[]): void {
  a.citations.push(...cite(k, ...groups).filter((c) => !a.citations.some((x) => x.id === c.id)));
}

/** Text that names a source by its id ("article_a says …"), with the publication's name in its place. */
export function nameSources(k: Knowledge, text: string): string {
  return text.replace(/\b[a-z][a-z0-9]*_[a-z0-9_]+\b/g, (id) => {
    const s = k.sources.get(id);
    if (!s) return id;
    // The seed articles have no known publisher: they are named by their headline.
    return /unknown/i.test(s.publisher) ? `the article “${s.title}”` : `a report in ${s.publisher}`;
  });
}
