/**
 * Sums typed over a tally: "yes minus (no + abstain)", "abstentions plus absent", "yes - no". Read from the
 * question as typed (its + and - signs), evaluated on one vote's counts. Null when the words are no such sum.
 */

export type Count = 'yes' | 'no' | 'abstain' | 'absent';

const TOKENS =
  /\(|\)|\+|(?<=\s|^)-(?=\s)|\bminus\b|\bplus\b|\byes\b|\bno\b|\bnos\b|\babstain\w*|\babstention\w*|\babsent\w*|\bnon-?voting\b|\bagainst\b|\bin favou?r\b/g;

const COUNT_OF: [RegExp, Count][] = [
  [/^(?:yes|in favou?r)$/, 'yes'],
  [/^(?:no|nos|against)$/, 'no'],
  [/^(?:abstain\w*|abstention\w*)$/, 'abstain'],
  [/^(?:absent\w*|non-?voting)$/, 'absent'],
];
const NAME: Record<Count, string> = {
  yes: 'in favour',
  no: 'against',
  abstain: 'abstentions',
  absent: 'not voting',
};

type Token = { op: '+' | '-' | '(' | ')' } | { count: Count };

function tokens(typed: string): Token[] {
  return (typed.toLowerCase().match(TOKENS) ?? []).map((t): Token => {
    if (t === 'minus' || t === '-') return { op: '-' };
    if (t === 'plus' || t === '+') return { op: '+' };
    if (t === '(' || t === ')') return { op: t };
    return { count: COUNT_OF.find(([re]) => re.test(t))![1] };
  });
}

export interface Evaluated {
  /** "in favour − (against + abstentions)" */
  words: string;
  /** "93 − (18 + 65)" */
  figures: string;
  value: number;
}

/** The sum the question types, on these counts; null when it types none (two counts and an operator at least). */
export function evaluateTyped(typed: string, counts: Record<Count, number | null>): Evaluated | null {
  const list = tokens(typed);
  if (!list.some((t) => 'op' in t && (t.op === '+' || t.op === '-'))) return null;
  if (list.filter((t) => 'count' in t).length < 2) return null;
  let i = 0;
  const expr = (): Evaluated | null => {
    let left = term();
    while (left && i < list.length) {
      const t = list[i]!;
      if (!('op' in t) || (t.op !== '+' && t.op !== '-')) break;
      i++;
      const right = term();
      if (!right) return null;
      const sign = t.op === '+' ? '+' : '−';
      left = {
        words: `${left.words} ${sign} ${right.words}`,
        figures: `${left.figures} ${sign} ${right.figures}`,
        value: t.op === '+' ? left.value + right.value : left.value - right.value,
      };
    }
    return left;
  };
  const term = (): Evaluated | null => {
    const t = list[i++];
    if (!t) return null;
    if ('count' in t) {
      const n = counts[t.count];
      return n === null ? null : { words: NAME[t.count], figures: String(n), value: n };
    }
    if (t.op !== '(') return null;
    const inner = expr();
    if (!inner || (list[i] as { op?: string } | undefined)?.op !== ')') return null;
    i++;
    return { words: `(${inner.words})`, figures: `(${inner.figures})`, value: inner.value };
  };
  const out = expr();
  // Every word of the sum read, or it is not the sum the question types.
  return out && i === list.length ? out : null;
}
