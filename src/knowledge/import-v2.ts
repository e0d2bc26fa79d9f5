/**
 * The importer's second half: statements.json, texts.json and history.json from ../shared/reference into
 * knowledge/, keeping every source id, with their sources added to the one registry (sources.json).
 * Nothing is added that the reference lacks; fields are renamed and verification notes left behind.
 */
import { POSITIONS } from './schema.ts';

type Json = Record<string, unknown>;
export interface RefSourceRow {
  id: string;
  title: string;
  publisher: string;
  url: string;
  date?: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const arr = <T = string>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/** Sources of the three files not yet in the registry, in file order. */
export function newSources(known: Set<string>, files: Json[]): RefSourceRow[] {
  const out: RefSourceRow[] = [];
  for (const f of files)
    for (const s of arr<RefSourceRow>(f.sources)) {
      if (known.has(s.id)) continue;
      known.add(s.id);
      const row: RefSourceRow = { id: s.id, title: s.title, publisher: s.publisher, url: s.url };
      if (s.date) row.date = s.date;
      out.push(row);
    }
  return out;
}

/** "quoted in press (Spanish original)" -> "Spanish". */
const languageOf = (kind: string): string | null => /\((\w+) original\)/.exec(kind)?.[1] ?? null;
/** The second check's instruction "Present the Reuters words as 'as quoted by Reuters'". */
const asQuotedByOf = (note: string): string | null => /as 'as quoted by ([^']+)'/.exec(note)?.[1] ?? null;

/** "CHECK-2: the English fragment '…' could not be found in any archived page (…) and was DROPPED.": those words. */
function droppedOf(note: string): { text: string; note: string }[] {
  const m = /fragment '(.+?)' could not be found([^.]*?) and was DROPPED\./.exec(note);
  if (!m?.[1]) return [];
  return [
    { text: m[1], note: `could not be found${m[2]?.replace(/\s*\(.*\)\s*$/, '') ?? ''} and was dropped` },
  ];
}

export function importStatements(ref: Json): Json {
  const statements = arr<Json>(ref.statements).map((s) => {
    const summary = str(s.summary);
    const label = /^PARAPHRASE:\s*/.exec(summary);
    const asQuotedBy = asQuotedByOf(str(s.check2_note));
    return {
      id: s.id,
      meeting: s.meeting,
      country: s.country ?? null,
      speaker: s.speaker ?? null,
      role: s.role,
      timing: s.timing,
      paraphrase: {
        shownAs: label ? 'paraphrase' : 'unlabelled',
        text: summary.slice(label?.[0].length ?? 0),
      },
      fragments: arr<Json>(s.verbatim_detail).map((d) => ({
        text: d.text,
        verbatim: arr(s.verbatim).includes(str(d.text)),
        language: languageOf(str(d.kind)),
        asQuotedBy,
        kind: d.kind,
        sources: d.sources,
        verifiedBy: d.verified_by,
        note: str(d.note),
      })),
      votesExplained: s.votes_explained,
      sources: s.sources,
      confidence: s.confidence,
      notes: str(s.notes),
      dropped: droppedOf(str(s.check2_note)),
    };
  });
  const meetings = arr<Json>(ref.meetings).map((m) => ({
    id: m.id,
    body: m.body,
    meeting: m.meeting,
    date: m.date,
    sources: m.source,
  }));
  return { meetings, statements };
}

export function importTexts(ref: Json): Json {
  const documents = arr<Json>(ref.documents).map((d) => ({
    id: d.id,
    symbol: d.symbol,
    draft: d.draft,
    title: d.title,
    body: d.body,
    complete: d.complete === true,
    paragraphs: arr<Json>(d.paragraphs).map((p) => ({
      n: p.n,
      text: p.text,
      verbatim: true,
      sources: p.sources,
      verifiedBy: p.verified_by,
      disputed: p.disputed === true,
      variants: arr<Json>(p.variants).map((v) => ({ text: v.text, sources: v.sources, note: str(v.note) })),
      note: str(p.note),
    })),
    fragments: arr<Json>(d.fragments).map((f) => ({
      where: f.where,
      text: f.text,
      verbatim: true,
      sources: f.sources,
      note: str(f.note),
    })),
    missing: arr(d.missing),
    notes: str(d.notes),
  }));
  const amendments = arr<Json>(ref.amendments).map((a) => ({
    id: a.id,
    symbol: str(a.symbol).startsWith('NOT FOUND') ? null : a.symbol,
    target: a.target,
    body: a.body,
    sponsor: a.sponsor,
    change: a.text_or_change,
    verbatimFound: a.verbatim_found ?? null,
    verifiedBy: a.verified_by,
    outcome: a.outcome,
    sources: a.sources,
    note: str(a.note),
  }));
  return { documents, amendments };
}

/** `adoptedOn`: dates on which the timeline says the Assembly adopted a resolution. */
export function importHistory(ref: Json, adoptedOn: Set<string>): Json {
  const votes = arr<Json>(ref.votes).map((v) => {
    const tally = v.tally as Record<string, number>;
    const lists = v.lists as Record<string, string[]>;
    const listComplete = Object.fromEntries(
      POSITIONS.map((p) => [p, lists[p] !== undefined && lists[p].length === tally[p]]),
    );
    const symbol = typeof v.symbol === 'string' ? v.symbol : null;
    const adopted = symbol?.startsWith('A/RES/') || adoptedOn.has(str(v.date));
    return {
      id: v.id,
      symbol,
      symbolNote: v.symbol_note ?? null,
      draftSymbol: v.draft_symbol ?? null,
      date: v.date,
      title: v.title,
      meeting: str(v.meeting),
      outcome: adopted ? 'adopted' : 'not recorded',
      tally,
      lists,
      listComplete,
      complete: v.complete === true,
      unplaced: arr(v.unplaced),
      sources: v.sources,
      verified: str(v.verified),
    };
  });
  const changes = Object.entries((ref.derived_position_changes ?? {}) as Record<string, Json>).map(
    ([key, moves]) => {
      const [from, to] = key.split(' -> ');
      return { from, to, moves };
    },
  );
  return { votes, changes };
}
