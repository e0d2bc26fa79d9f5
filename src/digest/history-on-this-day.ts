/**
 * "On this day" from the history records: on 2 March the record of ES-11/1, on 12 October ES-11/4, on 24
 * February the 2026 vote, and so on for every Assembly vote held. Each joins the timeline event of its date
 * when there is one (the same day told once), or stands as an item of its own.
 */
import { POSITION_LABEL } from '../answer.ts';
import type { Knowledge } from '../knowledge/model.ts';
import type { HistoryVote } from '../knowledge/model-v2.ts';
import { citedSources, US } from './recap.ts';
import type { DigestItem } from './types.ts';

/** "The record: 141-5-35 (yes-no-abstain), 12 not voting; against: …; the United States: in favour." */
export function historyRecordText(v: HistoryVote): string {
  const t = v.tally;
  const parts: string[] = [];
  if (t && t.yes !== null && t.no !== null && t.abstain !== null)
    parts.push(
      `${t.yes}-${t.no}-${t.abstain} (yes-no-abstain)${t.absent !== null ? `, ${t.absent} not voting` : ''}`,
    );
  const against = [...v.positions].filter(([, p]) => p === 'no').map(([c]) => c);
  if (v.listComplete.no && against.length > 0) parts.push(`against: ${against.sort().join(', ')}`);
  const us = v.positions.get(US);
  if (us) parts.push(`the United States: ${POSITION_LABEL[us]}`);
  const name = v.symbolConfirmed
    ? `${v.symbol} (“${v.title}”)`
    : `the resolution “${v.title}” (document symbol not confirmed)`;
  return `The record of ${name}: ${parts.join('; ')}.`;
}

/** Adds the history records of this month and day (earlier years, or the date itself) to the timeline items. */
export function withHistoryRecords(k: Knowledge, date: string, items: DigestItem[]): DigestItem[] {
  const monthDay = date.slice(5);
  const out = items.map((i) => ({ ...i, sources: [...i.sources] }));
  for (const v of k.history) {
    if (v.date.slice(5) !== monthDay || v.date > date) continue;
    const sources = citedSources(v.sources);
    const event = out.find(
      (i) => i.ref && k.timeline.find((e) => e.id === i.ref)?.date === v.date && /\badopted\b/.test(i.text),
    );
    if (event) {
      event.text = `${event.text} ${historyRecordText(v)}`;
      event.sources = [...new Set([...event.sources, ...sources])];
    } else
      out.push({
        kind: 'on_this_day',
        text: `${v.date.slice(0, 4)}: ${historyRecordText(v)}`,
        sources,
        ref: v.id,
      });
  }
  return out;
}
