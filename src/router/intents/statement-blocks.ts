/**
 * One statement as answer blocks: who spoke, in what role, at which meeting and when; our paraphrase, labelled
 * as such and never in quotation marks; then each verbatim fragment as a quote with its source.
 */
import type { Answer } from '../../answer.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import type { Fragment, Statement } from '../../knowledge/schema-v2.ts';
import { addCitations } from '../cite.ts';
import { foldText } from '../normalize.ts';

/** "Security Council, 9866th meeting (afternoon)": the meeting's name up to its first explanation. */
export function meetingName(k: Knowledge, s: Statement): string {
  const m = k.meetings.get(s.meeting);
  if (!m) return s.meeting;
  const name = m.meeting.split(/[:;]/)[0]?.trim() ?? m.meeting;
  return m.body === 'Not a UN meeting' ? name : `${m.body}, ${name}`;
}

export const speakerOf = (s: Statement): string => s.speaker ?? s.role.split(' (')[0] ?? s.role;

/**
 * Per knowledge base: speaker -> folded quote text -> the first quote's id. Built on first use, since folding
 * every quote on every answer was most of a statement answer's time (0.9 ms of `what did Dorothy Shea say?`).
 */
const quoteIndexes = new WeakMap<Knowledge, Map<string | undefined, Map<string, string>>>();

function quoteIndex(k: Knowledge): Map<string | undefined, Map<string, string>> {
  let index = quoteIndexes.get(k);
  if (index) return index;
  index = new Map();
  for (const q of k.quotes) {
    let bySpeaker = index.get(q.speaker);
    if (!bySpeaker) {
      bySpeaker = new Map();
      index.set(q.speaker, bySpeaker);
    }
    const folded = foldText(q.text);
    if (!bySpeaker.has(folded)) bySpeaker.set(folded, q.id);
  }
  quoteIndexes.set(k, index);
  return index;
}

const foldedFragments = new WeakMap<Fragment, string>();

/** The id of the same words in the quote base, so a fragment and a quote are one quote in `--json`. */
function quoteIdFor(k: Knowledge, s: Statement, f: Fragment, i: number): string {
  let folded = foldedFragments.get(f);
  if (folded === undefined) {
    folded = foldText(f.text);
    foldedFragments.set(f, folded);
  }
  return (
    quoteIndex(k)
      .get(s.speaker ?? undefined)
      ?.get(folded) ?? `${s.id}#${i + 1}`
  );
}

function fragmentNote(f: Fragment): string | null {
  const parts: string[] = [];
  if (f.language) parts.push(`in the original ${f.language}, as said; not translated here`);
  if (f.asQuotedBy) parts.push(`as quoted by ${f.asQuotedBy} (the press rendering of the words)`);
  if (/^[a-z]/.test(f.text)) parts.push('a fragment of a longer sentence');
  return parts.length > 0 ? `The quote above: ${parts.join('; ')}.` : null;
}

/**
 * Adds the statement to the answer: heading, paraphrase, fragments (quotes), cautions, and its citations. With
 * `only`, just the fragments whose words are in it ("who said …": the words asked about), the rest counted.
 */
export function addStatement(k: Knowledge, a: Answer, s: Statement, only?: ReadonlySet<string>): void {
  const who = speakerOf(s);
  const role = s.speaker ? ` (${s.role})` : '';
  a.blocks.push({
    type: 'fields',
    fields: [
      { label: 'Speaker', value: `${who}${role}` },
      { label: 'Where', value: meetingName(k, s) },
      { label: 'When', value: s.timing },
    ],
  });
  a.blocks.push({ type: 'paragraph', text: `Paraphrase (our words, not a quotation): ${s.paraphrase.text}` });
  const forum = meetingName(k, s);
  const quoteRole = s.speaker ? s.role : 'speaker not named in the sources';
  s.fragments.forEach((f, i) => {
    if (only && !only.has(f.text)) return;
    const source = f.sources[0] ?? s.sources[0] ?? '';
    a.blocks.push({ type: 'quote', text: f.text, speaker: who, role: quoteRole, forum, sourceId: source });
    a.quotes.push({ id: quoteIdFor(k, s, f, i), speaker: who, role: quoteRole, text: f.text, source, forum });
    const note = fragmentNote(f);
    if (note) a.blocks.push({ type: 'note', text: note });
    addCitations(k, a, f.sources.slice(0, 2));
  });
  const others = only ? s.fragments.filter((f) => !only.has(f.text)).length : 0;
  if (others > 0)
    a.blocks.push({
      type: 'note',
      text: `${others} more ${others === 1 ? 'quote' : 'quotes'} of this statement held: ask what ${who} said.`,
    });
  if (s.fragments.length === 0)
    a.blocks.push({
      type: 'note',
      text: 'No words of this statement are held verbatim; only the paraphrase above.',
    });
  if (/^(low|medium)/.test(s.confidence))
    a.blocks.push({ type: 'note', text: `Confidence: ${s.confidence}.` });
  addCitations(k, a, s.sources.slice(0, 2));
}
