import type { Citation } from '../answer.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Knowledge } from '../knowledge/model.ts';
import { renderDigestText } from './digest-to-answer.ts';
import { pickFact } from './fact-rotation.ts';
import { withHistoryRecords } from './history-on-this-day.ts';
import { localizeDigest } from './localize-digest.ts';
import { DIGEST_MESSAGES as M } from './messages.ts';
import { buildRecap, citedSources, type Recap } from './recap.ts';
import { daysBetween, isIsoDate, VOTES_DATE } from './time.ts';
import {
  type Digest,
  type DigestItem,
  type DigestState,
  EMPTY_DIGEST_STATE,
  type Milestone,
} from './types.ts';

export class DigestDateError extends Error {
  override readonly name = 'DigestDateError';
}

/** The milestones of a date: the votes' day, a yearly anniversary, the 24th of a month, every 100th day. */
export function milestonesOf(date: string): Milestone[] {
  const day = daysBetween(VOTES_DATE, date);
  if (day < 0) return [];
  if (day === 0) return [{ kind: 'votes_day', count: 0 }];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const found: Milestone[] = [];
  if (m === 2 && d === 24) found.push({ kind: 'anniversary', count: y - 2025 });
  else if (d === 24) found.push({ kind: 'monthly', count: (y - 2025) * 12 + (m - 2) });
  if (day % 100 === 0) found.push({ kind: 'hundredth_day', count: day });
  return found;
}

function titleOf(day: number, milestones: Milestone[]): string {
  if (day < 0) return M.titleBefore;
  if (day === 0) return M.titleVotesDay;
  const labels = milestones.map((ms) => M.milestoneLabel(ms.kind, ms.count));
  return labels.length > 0 ? M.titleWithMilestone(M.titleDay(day), labels.join(', ')) : M.titleDay(day);
}

function milestoneItems(milestones: Milestone[]): DigestItem[] {
  return milestones.map((ms) => {
    const text =
      ms.kind === 'votes_day' || ms.kind === 'anniversary'
        ? M.anniversary(ms.count)
        : ms.kind === 'monthly'
          ? M.monthly(ms.count)
          : M.hundredth(ms.count);
    return { kind: 'milestone', text, sources: [] };
  });
}

/** Timeline events of earlier years (or of this very date) that share the date's month and day. */
function onThisDay(k: Knowledge, date: string): DigestItem[] {
  const monthDay = date.slice(5);
  return k.timeline
    .filter((e) => e.date.slice(5) === monthDay && e.date <= date)
    .map((e) => ({
      kind: 'on_this_day',
      text: `${e.date.slice(0, 4)}: ${e.statement}`,
      sources: citedSources(e.sources),
      ref: e.id,
    }));
}

/** Source ids in first-seen order, resolved through knowledge.sources (the only place URLs live). */
export function citationsFor(k: Knowledge, items: DigestItem[]): Citation[] {
  const ids = [...new Set(items.flatMap((i) => i.sources))];
  return ids.flatMap((id) => {
    const s = k.sources.get(id);
    return s ? [{ id: s.id, title: s.title, publisher: s.publisher, url: s.url }] : [];
  });
}

const NO_RECAP: Recap = { items: [], tallies: [], positions: [], quotes: [] };

/**
 * The digest for `date` (YYYY-MM-DD) in a channel with `state`, written in `lang`. Pure: every statement comes
 * from `knowledge` with its source ids. Throws DigestDateError when `date` is not a calendar date.
 */
export function buildDigest(
  knowledge: Knowledge,
  date: string,
  state: DigestState = EMPTY_DIGEST_STATE,
  lang: Lang = 'en',
): Digest {
  const d = englishDigest(knowledge, date, state);
  if (lang === 'en') return { ...d, text: renderDigestText(d) };
  const local = localizeDigest(knowledge, d, lang);
  return { ...local, text: renderDigestText(local) };
}

function englishDigest(knowledge: Knowledge, date: string, state: DigestState): Omit<Digest, 'text'> {
  if (!isIsoDate(date)) throw new DigestDateError(M.unknownDate(date));
  const day = daysBetween(VOTES_DATE, date);
  const milestones = milestonesOf(date);
  const base = { date, lang: 'en' as const, title: titleOf(day, milestones), day, milestones, notes: [] };
  if (day < 0) {
    const items: DigestItem[] = [{ kind: 'notice', text: M.before(date, -day), sources: [] }];
    return {
      ...base,
      items,
      citations: [],
      factId: null,
      nextState: state,
      tallies: [],
      positions: [],
      quotes: [],
    };
  }
  const recap = milestones.some((ms) => ms.kind === 'anniversary' || ms.kind === 'votes_day')
    ? buildRecap(knowledge)
    : NO_RECAP;
  const pick = pickFact(knowledge.facts, state, day);
  const items: DigestItem[] = [
    ...milestoneItems(milestones),
    ...recap.items,
    ...withHistoryRecords(knowledge, date, onThisDay(knowledge, date)),
  ];
  if (pick.fact)
    items.push({
      kind: 'fact',
      text: pick.fact.statement,
      sources: citedSources(pick.fact.sources),
      ref: pick.fact.id,
    });
  return {
    ...base,
    items,
    citations: citationsFor(knowledge, items),
    factId: pick.fact?.id ?? null,
    nextState: pick.nextState,
    tallies: recap.tallies,
    positions: recap.positions,
    quotes: recap.quotes,
  };
}
