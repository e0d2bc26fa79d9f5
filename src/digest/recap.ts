import { POSITION_LABEL, type StatedPosition, type StatedQuote, type StatedTally } from '../answer.ts';
import { type Knowledge, MAIN_VOTE_IDS, type Vote } from '../knowledge/model.ts';
import type { Quote } from '../knowledge/schema.ts';
import type { DigestItem } from './types.ts';

export const US = 'United States of America';
/** Countries whose delegates speak for Ukraine's side, in order of preference. */
const OTHER_SIDE = ['Ukraine', 'United Kingdom of Great Britain and Northern Ireland', 'France'];

export interface Recap {
  items: DigestItem[];
  tallies: StatedTally[];
  positions: StatedPosition[];
  quotes: StatedQuote[];
}

/** Sources cited per statement: enough to check it, few enough for a chat message. */
export const MAX_SOURCES_PER_ITEM = 2;
const PRIMARY = /^(undl_|un_press)/;

/** The item's sources to cite: UN records first, then the knowledge order, at most MAX_SOURCES_PER_ITEM. */
export function citedSources(ids: readonly string[]): string[] {
  const primary = ids.filter((id) => PRIMARY.test(id));
  return [...primary, ...ids.filter((id) => !PRIMARY.test(id))].slice(0, MAX_SOURCES_PER_ITEM);
}

const bodyLabel = (v: Vote) => (v.body === 'SC' ? 'Security Council' : 'General Assembly');
const shortTitle = (v: Vote) => v.title.replace(/\s*\(.*$/, '');

function tallyText(v: Vote): string {
  const t = v.tally;
  if (!t || t.yes === null || t.no === null || t.abstain === null) return v.outcome;
  return `${v.outcome.split(/[,(]/)[0]!.trim()} ${t.yes}-${t.no}-${t.abstain}`;
}

function voteItem(v: Vote): { item: DigestItem; tally: StatedTally; position: StatedPosition | null } {
  const us = v.positions.get(US) ?? null;
  const usText = us ? ` The United States: ${POSITION_LABEL[us]}.` : '';
  const text = `${v.symbol} (${bodyLabel(v)}), “${shortTitle(v)}”: ${tallyText(v)} (yes-no-abstain).${usText}`;
  const t = v.tally ?? { yes: null, no: null, abstain: null, absent: null };
  return {
    item: { kind: 'recap_vote', text, sources: citedSources(v.sources), ref: v.id },
    tally: { vote: v.symbol, ...t },
    position: us ? { vote: v.symbol, country: US, position: us } : null,
  };
}

/** A quote said in a UN meeting (not a social-media post or a press remark). */
const inUnMeeting = (q: Quote) => !/not a UN meeting/i.test(q.body);

/** One key quote from the US delegation and one from Ukraine's side, both taken from knowledge.quotes. */
export function keyQuotes(k: Knowledge): Quote[] {
  const us = k.quotes.find((q) => q.country === US && inUnMeeting(q));
  const other = OTHER_SIDE.map((c) => k.quotes.find((q) => q.country === c && inUnMeeting(q))).find(Boolean);
  return [us, other].filter((q): q is Quote => q !== undefined);
}

export function quoteSources(q: Quote): string[] {
  return [q.source, ...(q.extra_sources ?? [])].slice(0, MAX_SOURCES_PER_ITEM);
}

export function toStatedQuote(q: Quote): StatedQuote {
  return { id: q.id, speaker: q.speaker, role: q.role, text: q.text, source: q.source, forum: q.body };
}

/** The anniversary recap: the three votes of 24 February 2025 with tallies and US positions, and two quotes. */
export function buildRecap(k: Knowledge): Recap {
  const recap: Recap = { items: [], tallies: [], positions: [], quotes: [] };
  for (const id of MAIN_VOTE_IDS) {
    const vote = k.voteById.get(id);
    if (!vote) continue;
    const { item, tally, position } = voteItem(vote);
    recap.items.push(item);
    recap.tallies.push(tally);
    if (position) recap.positions.push(position);
  }
  for (const q of keyQuotes(k)) {
    recap.items.push({
      kind: 'quote',
      text: `“${q.text}” (${q.speaker}, ${q.role})`,
      sources: quoteSources(q),
      ref: q.id,
    });
    recap.quotes.push(toStatedQuote(q));
  }
  return recap;
}
