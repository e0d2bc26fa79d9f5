/**
 * Refusals of other votes, bodies and times step aside for the votes the record holds beyond the day's: "how did
 * China vote in 2022" is ES-11/1, and "the Human Rights Council vote in 2022" is the Assembly's ES-11/3.
 */
import { historyChangesIntent } from './history-changes-intent.ts';
import { historyGroupIntent } from './history-group.ts';
import { historyIntent } from './history-intent.ts';
import { historyMapIntent } from './history-map-intent.ts';
import type { Reading } from './intent.ts';
import { memberRecordIntent } from './member-record-intent.ts';

const RECORD_INTENTS = [
  historyIntent,
  historyGroupIntent,
  historyChangesIntent,
  historyMapIntent,
  memberRecordIntent,
];

/** Does an intent over the earlier and later votes on record take the question? */
export const heldInRecord = (r: Reading): boolean => RECORD_INTENTS.some((i) => i.match(r) !== null);
