/** The groups held in knowledge/groups.json (EU, NATO, BRICS, the UN regional groups…), found by name or alias. */
import type { GroupEntry } from '../knowledge/group-schema.ts';
import type { Knowledge } from '../knowledge/model.ts';
import { longDate } from './dates.ts';
import type { Group } from './groups.ts';
import { foldText } from './normalize.ts';

/** What follows a group's name when it describes a text, not the group: "the EU text", "an EU-backed draft". */
const NOT_THE_GROUP = String.raw`(?![-a-z0-9\u00c0-\u024f\u0400-\u04ff])(?! (?:text|draft|resolution|res|amendments?|proposal|version|one|statement)s?\b)(?! (?:backed|sponsored|led|drafted) (?:text|draft|resolution|res|amendment|proposal|version|one)s?\b)`;
/** Not inside a word (folded text: Latin letters, digits, Cyrillic). Plain ranges: \p{L} regexes are slow to run. */
const WORD_START = String.raw`(?<![a-z0-9\u00c0-\u024f\u0400-\u04ff])`;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as a pattern on folded text: whole words, spaces and hyphens alike ("asia pacific" = "asia-pacific"). */
function namePattern(name: string): string {
  const folded = foldText(name);
  // "A Gulf state", "a Baltic country": a plural name read in the singular too.
  return folded
    .split(/[- ]/)
    .map(escapeRe)
    .join('[- ]?')
    .replace(/countries$/, 'countr(?:y|ies)')
    .replace(/(states|members|nations|republics|monarchies)$/, (w) =>
      w === 'monarchies' ? 'monarch(?:y|ies)' : `${w.slice(0, -1)}s?`,
    );
}

interface Matchers {
  /** The groups whose names begin with each word: most questions name none, and a word lookup settles that. */
  byFirstWord: Map<string, { entry: GroupEntry; re: RegExp }[]>;
}

const built = new WeakMap<Knowledge, Matchers>();
function matchers(k: Knowledge): Matchers {
  let m = built.get(k);
  if (!m) {
    const byFirstWord = new Map<string, { entry: GroupEntry; re: RegExp }[]>();
    for (const entry of k.groups) {
      const names = [entry.name, entry.name.replace(/\s*\(.*\)$/, ''), ...entry.aliases];
      const re = new RegExp(`${WORD_START}(?:${names.map(namePattern).join('|')})${NOT_THE_GROUP}`);
      for (const first of new Set(names.map((n) => foldText(n).split(/[- ]/)[0]!))) {
        const list = byFirstWord.get(first) ?? [];
        list.push({ entry, re });
        byFirstWord.set(first, list);
      }
    }
    m = { byFirstWord };
    built.set(k, m);
  }
  return m;
}

/** "the European Union (EU)", "BRICS (full members)", "the African Group (UN regional group)". */
export function groupLabel(entry: GroupEntry): string {
  const short = entry.aliases[0];
  const acronym = short && /^[A-Z0-9-]{2,6}$/.test(short) && !entry.name.includes(short) ? ` (${short})` : '';
  const article = /^[A-Z]{2,}/.test(entry.name) ? '' : 'the ';
  return `${article}${acronym ? entry.name.replace(/\s*\(.*\)$/, '') : entry.name}${acronym}`;
}

/** A group that is itself an observer at the UN and speaks there (the EU): what it said may be on record. */
export const speaksAtTheUn = (entry: GroupEntry): boolean =>
  entry.nonMembers.some((n) => n.startsWith(entry.name));

/** The group as said in "what G7 members said". */
export const membersLabel = (entry: GroupEntry): string => `${entry.aliases[0] ?? entry.name} members`;

export function toGroup(entry: GroupEntry): Group {
  return {
    label: groupLabel(entry),
    members: entry.members,
    basis: `its ${entry.memberCount} UN member states on ${longDate(entry.asOf)}, as listed in the sources cited`,
    entry,
  };
}

/** The held group the text names: the longest name found, then the first. */
export function findDataGroup(
  k: Knowledge,
  text: string,
): { group: Group; start: number; end: number } | null {
  const { byFirstWord } = matchers(k);
  const candidates = new Set(text.split(/[- ]/).flatMap((w) => byFirstWord.get(w) ?? []));
  let best: { entry: GroupEntry; start: number; end: number } | null = null;
  for (const { entry, re } of candidates) {
    const m = re.exec(text);
    if (!m) continue;
    const end = m.index + m[0].length;
    if (
      !best ||
      m[0].length > best.end - best.start ||
      (m[0].length === best.end - best.start && m.index < best.start)
    )
      best = { entry, start: m.index, end };
  }
  return best ? { group: toGroup(best.entry), start: best.start, end: best.end } : null;
}
