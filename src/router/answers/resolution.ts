import { type Answer, emptyAnswer } from '../../answer.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import { cite, primarySources } from '../cite.ts';
import { outcomeSentence, statedTally, voteName } from '../describe.ts';

/** What a vote was: title, body, date, draft, sponsor, outcome and tally. */
export function resolutionAnswer(k: Knowledge, ids: string[]): Answer {
  const a = emptyAnswer('answer', 'resolution_info', '');
  const sources: string[][] = [];
  for (const id of ids) {
    const v = k.voteById.get(id);
    if (!v) continue;
    const fields = [
      { label: 'Body', value: `${v.bodyName}${v.meeting ? `, ${v.meeting}` : ''}` },
      { label: 'Date', value: v.date },
      { label: v.kind === 'amendment' ? 'Content' : 'Title', value: v.title },
    ];
    if (v.draftSymbol) fields.push({ label: 'Draft', value: v.draftSymbol });
    fields.push({ label: 'Sponsor', value: v.sponsor }, { label: 'Outcome', value: outcomeSentence(v) });
    if (ids.length > 1) a.blocks.push({ type: 'paragraph', text: `${voteName(v)}:` });
    a.blocks.push({ type: 'fields', fields });
    if (v.tally && v.tally.yes !== null) a.tallies.push(statedTally(v));
    sources.push(primarySources(v.sources));
  }
  a.summary =
    ids.length === 1 ? `About ${voteName(k.voteById.get(ids[0]!)!)}:` : 'About each of these votes:';
  if (ids.length === 2 && ids.includes('ga_es11_8') && ids.includes('sc_2774'))
    a.blocks.unshift({
      type: 'note',
      text: 'The US text was voted in both bodies: as amended in the General Assembly (A/RES/ES-11/8) and unamended in the Security Council (2774). Both are shown.',
    });
  a.citations = cite(k, ...sources);
  const first = k.voteById.get(ids[0] ?? '');
  a.suggestions = first?.listsComplete
    ? [`Who voted against ${first.symbol}?`, `Show the map of ${first.symbol}`]
    : ['Which amendments did Russia veto?', 'What did Dorothy Shea say?'];
  a.confidence = 0.8;
  return a;
}
