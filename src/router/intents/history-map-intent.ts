/**
 * "Map of ES-11/1", "show the 2026 vote on a map": the world map of an earlier or later Assembly vote. A partial
 * record is drawn too, with the members it does not place shown as not known (never as absent).
 */
import type { Answer } from '../../answer.ts';
import { withPictures } from '../answers/map.ts';
import { overviewAnswer } from './history-intent.ts';
import { historyVotesNamed } from './history-votes.ts';
import type { Intent, Reading } from './intent.ts';
import { asksRecordPicture } from './member-record-cues.ts';

const PICTURE = /\b(map|maps|picture|image|chart|graph|draw|plot|visuali[sz]e|visuali[sz]ation)\b/;

export const historyMapIntent: Intent = {
  id: 'history_map',
  ceiling: 82,
  match(r: Reading): number | null {
    // "A chart of Kenya's votes since 2022" is the member's record chart (member-record-intent.ts).
    if (!PICTURE.test(r.t) || asksRecordPicture(r)) return null;
    return historyVotesNamed(r.k, r.t).length > 0 ? 82 : null;
  },
  answer(r: Reading): Answer {
    const votes = historyVotesNamed(r.k, r.t);
    const a = overviewAnswer(r.k, votes);
    a.intent = 'history_map';
    const highlight = r.p.countries[0];
    const opts = highlight ? { highlight, kind: 'map' as const } : { kind: 'map' as const };
    return withPictures(
      a,
      r.images,
      votes.map((v) => v.id),
      opts,
      () => null,
      () =>
        votes.some((v) => !v.listsComplete)
          ? {
              type: 'note',
              text: 'On a partial record the map shows the members the sources place; the others are marked “not known”, not absent.',
            }
          : null,
    );
  },
};
