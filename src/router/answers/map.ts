import type { Answer, AnswerImage } from '../../answer.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import { tallyAnswer } from './tally.ts';

/** Draws pictures of votes (a world map, or a tally bar when the record has no full lists). */
export type ImageProvider = (
  voteIds: string[],
  opts: { highlight?: string; kind?: 'map' | 'tally' },
) => AnswerImage[];

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
  if (!images) {
    a.blocks.push({ type: 'note', text: 'Pictures are not available here; the result is above as text.' });
    return a;
  }
  try {
    const drawn = images(voteIds, highlight ? { highlight, kind } : { kind });
    if (drawn.length > 0) a.images = drawn;
    else
      a.blocks.push({
        type: 'note',
        text: 'There is no picture for this vote: the sources do not give its full record.',
      });
  } catch {
    a.blocks.push({
      type: 'note',
      text: 'The picture could not be drawn just now; the result is above as text.',
    });
  }
  return a;
}
