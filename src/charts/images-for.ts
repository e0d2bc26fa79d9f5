import type { AnswerImage } from '../answer.ts';
import type { Knowledge, Vote } from '../knowledge/model.ts';
import { POSITIONS } from '../knowledge/schema.ts';
import type { ChartCache, ChartKind } from './chart-cache.ts';
import { POSITION_LEGEND, positionPhrase } from './palette.ts';
import {
  bodyLabel,
  displaySymbol,
  isHistory,
  type KnownTally,
  knownTally,
  longDate,
  shortTitle,
} from './vote-facts.ts';

export interface ImagesOptions {
  /** UN name of a member to outline on maps. */
  highlight?: string;
  /** 'map' (default) falls back to the tally bar when the record lacks per-country positions. */
  kind?: ChartKind;
}

function tallyText(tally: KnownTally): string {
  return POSITIONS.filter((p) => tally[p] !== null)
    .map((p) => `${tally[p]} ${POSITION_LEGEND[p].toLowerCase()}`)
    .join(', ');
}

/** "In favour: Algeria, China; abstained: Denmark" for a vote with few voters (the Council). */
function rollText(vote: Vote): string {
  return POSITIONS.map(
    (p) => [p, [...vote.positions].filter(([, q]) => q === p).map(([name]) => name)] as const,
  )
    .filter(([, names]) => names.length > 0)
    .map(([p, names]) => `${positionPhrase(p, vote.body)}: ${names.join(', ')}`)
    .join('; ');
}

/** Alt text that says what the picture shows, tally included, for readers who cannot see it. */
export function altText(knowledge: Knowledge, vote: Vote, kind: ChartKind, highlight?: string): string {
  const tally = knownTally(vote);
  const what = kind === 'map' ? 'World map of the vote on' : 'Bar chart of the vote on';
  const head = `${what} ${displaySymbol(vote)} "${shortTitle(vote)}", ${bodyLabel(vote)}, ${longDate(vote.date)}`;
  const parts = [head, tally ? `${vote.adopted ? 'adopted' : 'rejected'}: ${tallyText(tally)}` : ''];
  if (kind === 'map' && vote.body === 'SC') {
    parts.push(`the ${vote.positions.size} Council members coloured by position (${rollText(vote)})`);
    parts.push('all other countries in light grey');
  } else if (kind === 'map' && !vote.listsComplete) {
    const unknown = knowledge.members.length - vote.positions.size;
    parts.push(`the ${vote.positions.size} members the sources place coloured by position`);
    parts.push(
      `${unknown} members whose position is not known shown hatched as not known, non-members in light grey`,
    );
  } else if (kind === 'map') {
    parts.push('every UN member coloured by position, non-members in light grey');
    parts.push('small states marked with circles');
  }
  if (kind === 'map' && highlight && knowledge.memberByName.has(highlight))
    parts.push(
      `${highlight} outlined (${positionPhrase(vote.positions.get(highlight) ?? (isHistory(vote) ? 'unknown' : 'no_seat'), vote.body)})`,
    );
  return `${parts.filter(Boolean).join('; ')}.`;
}

function kindFor(vote: Vote, wanted: ChartKind): ChartKind | null {
  // An earlier Assembly vote is mapped even when partial: members it does not place are drawn as not known.
  if (wanted === 'map' && (vote.listsComplete || isHistory(vote))) return 'map';
  return knownTally(vote) ? 'tally' : null;
}

/**
 * Pictures to attach to an answer about `voteIds`: a map per vote when every position is on record,
 * otherwise a tally bar when the tally is known; votes with neither (and unknown ids) are skipped.
 */
export function imagesFor(
  knowledge: Knowledge,
  cache: ChartCache,
  voteIds: readonly string[],
  options: ImagesOptions = {},
): AnswerImage[] {
  const images: AnswerImage[] = [];
  for (const id of new Set(voteIds)) {
    const vote = knowledge.voteById.get(id) ?? knowledge.historyByKey.get(id);
    if (!vote) continue;
    const kind = kindFor(vote, options.kind ?? 'map');
    if (!kind) continue;
    const highlight =
      kind === 'map' && options.highlight && knowledge.memberByName.has(options.highlight)
        ? options.highlight
        : undefined;
    const path = cache.pathFor(knowledge, id, highlight ? { kind, highlight } : { kind });
    images.push({ vote: vote.symbol, path, alt: altText(knowledge, vote, kind, highlight) });
  }
  return images;
}
