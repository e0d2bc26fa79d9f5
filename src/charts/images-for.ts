import type { AnswerImage } from '../answer.ts';
import type { Knowledge, Vote } from '../knowledge/model.ts';
import { POSITIONS } from '../knowledge/schema.ts';
import type { ChartCache, ChartKind } from './chart-cache.ts';
import { POSITION_LEGEND, positionPhrase } from './palette.ts';
import { recordAlt, recordRows, recordTitle } from './record-rows.ts';
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
  /** UN name of a member to outline on maps; for 'record', the member the chart is about. */
  highlight?: string;
  /**
   * 'map' (default) falls back to the tally bar when the record lacks per-country positions. 'record' is one
   * picture of `highlight` across all the votes given, a row each.
   */
  kind?: ChartKind;
  /** The answer's language: pictures are drawn in it where the bundled font allows (chart-words.ts). */
  lang?: string;
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

/** One member across the votes: a single picture, or none when the member or every vote is unknown. */
function recordImages(
  knowledge: Knowledge,
  cache: ChartCache,
  voteIds: readonly string[],
  member: string | undefined,
  lang: string | undefined,
): AnswerImage[] {
  if (!member || !knowledge.memberByName.has(member)) return [];
  const rows = recordRows(knowledge, member, voteIds);
  if (rows.length === 0) return [];
  const votes = rows.map((r) => r.vote.id);
  const path = cache.pathFor(knowledge, member, { kind: 'record', votes, ...(lang ? { lang } : {}) });
  return [{ vote: recordTitle(member), path, alt: recordAlt(member, rows) }];
}

/**
 * Pictures to attach to an answer about `voteIds`: a map per vote when every position is on record,
 * otherwise a tally bar when the tally is known; votes with neither (and unknown ids) are skipped. With kind
 * 'record', one chart of the member `highlight` across all of them instead.
 */
export function imagesFor(
  knowledge: Knowledge,
  cache: ChartCache,
  voteIds: readonly string[],
  options: ImagesOptions = {},
): AnswerImage[] {
  if (options.kind === 'record')
    return recordImages(knowledge, cache, voteIds, options.highlight, options.lang);
  const inLang = options.lang ? { lang: options.lang } : {};
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
    const path = cache.pathFor(
      knowledge,
      id,
      highlight ? { kind, highlight, ...inLang } : { kind, ...inLang },
    );
    images.push({ vote: vote.symbol, path, alt: altText(knowledge, vote, kind, highlight) });
  }
  return images;
}
