import type { Answer, AnswerImage, Block } from '../../answer.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import { tallyAnswer } from './tally.ts';

/** What to draw: 'map' (default) or 'tally' per vote, or 'record', one chart of `highlight` across the votes. */
export interface PictureOptions {
  highlight?: string;
  kind?: 'map' | 'tally' | 'record';
  /** The language the answer is written in (set by the router, not by intents). */
  lang?: string;
}

/** Draws pictures of votes (a world map, or a tally bar when the record has no full lists, or a member's record). */
export type ImageProvider = (voteIds: string[], opts: PictureOptions) => AnswerImage[];

/** "Show the map of the Ukraine resolution": the tally as text, and the picture when one can be drawn here. */
export function mapAnswer(
  k: Knowledge,
  voteIds: string[],
  highlight: string | null,
  kind: 'map' | 'tally',
  images: ImageProvider | undefined,
): Answer {
  const a = tallyAnswer(k, voteIds);
  a.intent = 'map';
  return withPictures(a, images, voteIds, highlight ? { highlight, kind } : { kind }, () => ({
    type: 'note',
    text: 'There is no picture for this vote: the sources do not give its full record.',
  }));
}

/**
 * Adds the pictures of the votes to a text answer, or a note saying why there are none: no picture maker here, none
 * drawn (`whenNone` says why, or nothing), or a drawing that failed. The text stands either way.
 */
export function withPictures(
  a: Answer,
  images: ImageProvider | undefined,
  voteIds: string[],
  opts: PictureOptions,
  whenNone: () => Block | null,
  whenDrawn: () => Block | null = () => null,
): Answer {
  if (!images) {
    a.blocks.push({ type: 'note', text: 'Pictures are not available here; the result is above as text.' });
    return a;
  }
  try {
    const drawn = images(voteIds, opts);
    const note = drawn.length > 0 ? whenDrawn() : whenNone();
    if (drawn.length > 0) a.images = drawn;
    if (note) a.blocks.push(note);
  } catch {
    a.blocks.push({
      type: 'note',
      text: 'The picture could not be drawn just now; the result is above as text.',
    });
  }
  return a;
}
