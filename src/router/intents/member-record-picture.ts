/**
 * The picture of a member's record: one chart per member asked, a row per vote, drawn when the question asks
 * for a picture and the router has an image provider. Without one the text table stands, with a note.
 */
import type { Answer } from '../../answer.ts';
import type { Vote } from '../../knowledge/model.ts';
import { type ImageProvider, withPictures } from '../answers/map.ts';
import { shortCountry } from '../describe.ts';
import type { Reading } from './intent.ts';
import { PICTURE } from './picture.ts';

/** One call for every member asked: each member gets a chart of its own. */
const perMember =
  (images: ImageProvider, members: readonly string[]): ImageProvider =>
  (ids, opts) =>
    members.flatMap((highlight) => images(ids, { ...opts, highlight }));

export function recordPicture(r: Reading, a: Answer, members: readonly string[], votes: Vote[]): Answer {
  if (!PICTURE.test(r.t)) {
    // Offered where a picture can be drawn, so that the reader knows it exists.
    const first = members[0];
    if (r.images && first) a.suggestions.push(`Show the record of ${shortCountry(first)} as a chart`);
    return a;
  }
  const ids = votes.map((v) => v.id);
  const images = r.images ? perMember(r.images, members) : undefined;
  return withPictures(a, images, ids, { kind: 'record' }, () => null);
}
