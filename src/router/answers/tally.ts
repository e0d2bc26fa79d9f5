import { type Answer, emptyAnswer } from '../../answer.ts';
import type { Knowledge, Vote } from '../../knowledge/model.ts';
import { cite, primarySources } from '../cite.ts';
import { mainVotes, outcomeSentence, statedTally, tallyShort, voteName } from '../describe.ts';

/** Extra context a tally needs: an early wrong count, a single-source number. */
function tallyNotes(k: Knowledge, v: Vote): { text: string; sources: string[] }[] {
  const notes: { text: string; sources: string[] }[] = [];
  if (v.id === 'ga_es11_8') {
    const f18 = k.facts.find((f) => f.id === 'f18');
    if (f18) notes.push({ text: f18.statement, sources: f18.sources });
  }
  if (v.kind !== 'resolution' && v.tally) notes.push({ text: `How sure: ${v.confidence}`, sources: [] });
  return notes;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function tallyAnswer(k: Knowledge, ids: string[] | null): Answer {
  const votes = ids && ids.length > 0 ? ids.map((id) => k.voteById.get(id)!).filter(Boolean) : mainVotes(k);
  const a = emptyAnswer('answer', 'tally', '');
  const sources: string[][] = [];
  for (const v of votes) {
    a.blocks.push({ type: 'fields', fields: [{ label: voteName(v), value: outcomeSentence(v) }] });
    if (v.tally && v.tally.yes !== null) a.tallies.push(statedTally(v));
    sources.push(primarySources(v.sources));
    for (const n of tallyNotes(k, v)) {
      a.blocks.push({ type: 'note', text: n.text });
      sources.push(n.sources);
    }
  }
  const one = votes.length === 1 ? votes[0] : undefined;
  a.summary =
    one && tallyShort(one)
      ? `${one.kind === 'amendment' ? capitalize(voteName(one)) : one.symbol} was ${one.adopted ? 'adopted' : 'not adopted'}, ${tallyShort(one)}.`
      : one
        ? `${capitalize(voteName(one))}: ${one.outcome}.`
        : 'The results of the votes of 24 February 2025:';
  a.citations = cite(k, ...sources);
  a.suggestions = ['Who voted against ES-11/7?', 'Who abstained on resolution 2774?'];
  a.confidence = 0.9;
  return a;
}
