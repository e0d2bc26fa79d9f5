/**
 * The words people use for the words the texts use ("troops" for "forces", "pull out" for "withdraw"), and
 * words near enough to show when a text has none of the words asked ("invasion": it says "conflict"). Language,
 * not facts: which paragraph says what is always read from knowledge/texts.json.
 */
import { foldText } from '../normalize.ts';

/** Each line: words that stand for one another when a text is searched. */
const EQUIVALENT = `withdraw withdrawal pull retreat leave
troops forces military army soldiers
ceasefire truce cessation
gains acquisition seize seizure grab taking taken territory land
legal illegal lawful unlawful
sovereignty sovereign`;

/** Each line: words about the same thing, shown as the nearest the text has when it has none of the words asked. */
const RELATED = `invasion war conflict aggression hostilities
ceasefire peace cessation escalation end
aggressor aggression invasion
sovereignty territorial integrity independence
killed deaths loss life
withdraw withdrawal forces territory`;

/** Words that name who the texts are about: every text is about them, so a subject does not need them found. */
export const ACTORS = new Set(
  'russia russian russians ukraine ukrainian ukrainians moscow kyiv kiev us usa america american united states'.split(
    ' ',
  ),
);

/** "aren't legal", "full text pls": words that are no part of what is asked about. */
export const FILLER = new Set(
  `arent isnt dont doesnt didnt wont cant not no nor now after before amendments amended full whole complete pls plz
  please originally really exactly actually anyway at all ever out back up its it they them their paste copy send
  quote give show have has if you your can could would operative preambular`.split(/\s+/),
);

/** Folded, stemmed as text-search stems, to lines of stems. */
function lines(table: string, stem: (w: string) => string): string[][] {
  return table.split('\n').map((line) => foldText(line).split(/\s+/).filter(Boolean).map(stem));
}

export interface TextWords {
  /** The stems a term stands for: itself and its equivalents. */
  equivalents(term: string): string[];
  /** Stems near a term, for "it says … instead". */
  related(term: string): string[];
}

export function textWords(stem: (w: string) => string): TextWords {
  const eq = lines(EQUIVALENT, stem);
  const rel = lines(RELATED, stem);
  const find = (table: string[][], t: string) => [...new Set(table.filter((l) => l.includes(t)).flat())];
  return {
    equivalents: (t) => [t, ...find(eq, t).filter((s) => s !== t)],
    related: (t) => find(rel, t).filter((s) => s !== t),
  };
}
