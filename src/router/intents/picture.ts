/** "Show the map of ES-11/7", "a chart of the Council vote": the picture of a vote. */
import { mapAnswer } from '../answers/map.ts';
import { namedVotes, otherYear } from '../readings.ts';
import type { Intent } from './intent.ts';
import { asksRecordPicture } from './member-record-cues.ts';

export const PICTURE =
  /\b(map|maps|picture|pictures|image|chart|charts|graph|graphic|visuali[sz]e|visuali[sz]ation|draw|plot|diagram)\b/;

/** A picture the asker is making, not asking for: "need it for a chart caption", "for our map". */
const THEIR_PICTURE =
  /\bfor (?:a|an|my|our|the|this|their) (?:\w+ )?(?:map|chart|graph|graphic|visuali[sz]ation|plot|diagram)s?\b(?: (?:caption|title|label|headline|axis))?|\b(?:chart|graph|graphic|map) (?:caption|title|label|headline|axis)\b/g;

export const pictureIntent: Intent = {
  id: 'picture',
  ceiling: 90,
  match: (r) => {
    const { p, t } = r;
    if (!PICTURE.test(t.replace(THEIR_PICTURE, ' ')) || otherYear(t) || p.votes.otherSymbol) return null;
    // "Brazil's record over the years as a chart" is the member's record chart (member-record-intent.ts).
    return asksRecordPicture(r) && !namedVotes(p) ? null : 90;
  },
  answer: ({ k, p, t, images }) => {
    const ids = namedVotes(p) ?? ['ga_es11_7', 'ga_es11_8', 'sc_2774'];
    const kind = /\b(chart|graph|bar|tally)\b/.test(t) && !/\bmap\b/.test(t) ? 'tally' : 'map';
    return mapAnswer(k, ids, p.countries[0] ?? null, kind, images);
  },
};
