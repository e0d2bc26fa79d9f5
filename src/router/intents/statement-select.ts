/** Which statements of 24 February 2025 a question asks about: by speaker's name, by country, by body. */
import type { Body, Knowledge } from '../../knowledge/model.ts';
import type { Statement } from '../../knowledge/schema-v2.ts';
import { foldText } from '../normalize.ts';
import type { Reading } from './intent.ts';

/** Folded names and surnames of the speakers, per knowledge (built once). */
const speakerIndexes = new WeakMap<Knowledge, Map<string, string>>();

function speakerIndex(k: Knowledge): Map<string, string> {
  let index = speakerIndexes.get(k);
  if (index) return index;
  index = new Map();
  for (const s of k.statements) {
    if (!s.speaker) continue;
    const full = foldText(s.speaker);
    index.set(full, s.speaker);
    const surname = full.split(' ').slice(1).join(' ');
    if (surname.length >= 4) index.set(surname, s.speaker);
    const last = full.split(' ').at(-1) ?? '';
    if (last.length >= 5) index.set(last, s.speaker);
  }
  speakerIndexes.set(k, index);
  return index;
}

/** Role titles that name one office, not a kind of post: "vice president", "under secretary" (hyphens as spaces). */
const GENERIC_TITLE = new Set([
  'permanent',
  'representative',
  'minister',
  'deputy',
  'head',
  'ministry',
  'official',
]);
const roleIndexes = new WeakMap<Knowledge, Map<string, string>>();

/** The first two words of each named speaker's role, when they name an office ("Vice-President of …"). */
function roleIndex(k: Knowledge): Map<string, string> {
  let index = roleIndexes.get(k);
  if (index) return index;
  index = new Map();
  for (const s of k.statements) {
    if (!s.speaker) continue;
    const words = foldText(s.role.split('(')[0] ?? '')
      .replace(/-/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 1);
    const key = words.slice(0, 2).join(' ');
    if (words.length >= 2 && !GENERIC_TITLE.has(words[0]!) && !index.has(key)) index.set(key, s.speaker);
  }
  roleIndexes.set(k, index);
  return index;
}

/** Speakers of the statements that the question names, by name, surname or office ("the vice-president"). */
export function speakersNamed(r: Reading): string[] {
  const text = ` ${r.t} `;
  const found = new Set<string>(
    r.p.people.speakers.filter((s) => r.k.statements.some((x) => x.speaker === s)),
  );
  for (const [key, speaker] of speakerIndex(r.k)) if (text.includes(` ${key} `)) found.add(speaker);
  const unhyphened = ` ${r.t.replace(/-/g, ' ')} `;
  for (const [key, speaker] of roleIndex(r.k)) if (unhyphened.includes(` ${key} `)) found.add(speaker);
  return [...found];
}

/** Countries (or observers) the question asks to have spoken: those named before "about", if any. */
export function subjectCountries(r: Reading): string[] {
  // "Iran voted with the US and Russia against the text - why?": the member asked about is the one before "with".
  const withAt = r.p.q.words.findIndex(
    (w, i) => w === 'with' && /^(voted|sided|stood|went)$/.test(r.p.q.words[i - 1] ?? ''),
  );
  if (withAt > 0) {
    const before = r.p.countries.filter((c) => (r.p.countryAt.get(c) ?? 0) < withAt);
    if (before.length > 0) return before;
  }
  const about = r.p.q.words.indexOf('about');
  const members = r.p.countries.filter((c) => about < 0 || (r.p.countryAt.get(c) ?? 0) < about);
  // "The EU" is a non-member delegation when it speaks, whether it was read as a non-member or as the group.
  const eu =
    r.p.nonMembers.some((n) => n.name === 'European Union') || r.p.group?.entry?.id === 'eu'
      ? ['European Union (observer)']
      : [];
  return [...members, ...eu];
}

const BODY_OF_MEETING: Record<string, Body> = {};

function bodyOf(k: Knowledge, s: Statement): Body | null {
  const cached = BODY_OF_MEETING[s.meeting];
  if (cached) return cached;
  const m = k.meetings.get(s.meeting);
  const body = m?.body.startsWith('Security Council')
    ? 'SC'
    : m?.body.startsWith('General Assembly')
      ? 'GA'
      : null;
  if (body) BODY_OF_MEETING[s.meeting] = body;
  return body;
}

export interface Selection {
  statements: Statement[];
  /** The body asked about held none, so the statements are from elsewhere. */
  otherBody: boolean;
}

/** The statements by the speakers or countries named, in the body named when it holds any. */
export function selectStatements(r: Reading, speakers: string[], countries: string[]): Selection {
  const all = r.k.statements.filter(
    (s) =>
      (s.speaker !== null && speakers.includes(s.speaker)) ||
      (speakers.length === 0 && s.country !== null && countries.includes(s.country)),
  );
  const body = r.p.votes.body;
  const timed = atTheTime(r.t, all);
  if (!body) return { statements: timed, otherBody: false };
  const inBody = timed.filter((s) => bodyOf(r.k, s) === body);
  return inBody.length > 0
    ? { statements: inBody, otherBody: false }
    : { statements: timed, otherBody: timed.length > 0 };
}

/** "What did Shea say after the Council vote?": the statements whose timing is the one asked, when any is. */
function atTheTime(t: string, all: Statement[]): Statement[] {
  const when = /\b(before|after)(?: the)?(?: \w+){0,2} (?:vote|voting|adoption)\b/.exec(t)?.[1];
  if (!when) return all;
  const timed = all.filter((s) => new RegExp(`\\b${when}\\b`, 'i').test(s.timing));
  return timed.length > 0 ? timed : all;
}
