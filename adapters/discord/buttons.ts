/**
 * Buttons under answers (pure): Share on a private answer (posts it for everyone in the channel), and one button
 * per reading of a question that has several ("Did you mean the Republic of Korea or the DPRK?"), each carrying
 * its question in the custom id so that a click answers it in place.
 */
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import type { Answer } from '../../src/answer.ts';
import { DISCORD_MESSAGES as M } from './messages.ts';

export const SHARE_ID = 'plenary_share';
export const READING_PREFIX = 'plenary_reading:';
/** Discord's limits: custom_id length, buttons in a row, label length. */
const CUSTOM_ID_MAX = 100;
const BUTTONS_PER_ROW = 5;
const LABEL_MAX = 80;

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

const button = (
  custom_id: string,
  label: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
): APIButtonComponent => ({
  type: ComponentType.Button,
  custom_id,
  label:
    Array.from(label).length > LABEL_MAX
      ? `${Array.from(label)
          .slice(0, LABEL_MAX - 1)
          .join('')}…`
      : label,
  style,
});

export function shareRow(): ButtonRow {
  return {
    type: ComponentType.ActionRow,
    components: [button(SHARE_ID, M.shareButton, ButtonStyle.Primary)],
  };
}

/** The readings of a clarify answer as buttons (those whose question fits a custom id); none otherwise. */
export function readingsRow(answer: Answer): ButtonRow[] {
  if (answer.kind !== 'clarify') return [];
  const buttons = answer.suggestions
    .filter((q) => READING_PREFIX.length + q.length <= CUSTOM_ID_MAX)
    .slice(0, BUTTONS_PER_ROW)
    .map((q) => button(`${READING_PREFIX}${q}`, q, ButtonStyle.Secondary));
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

/** The question a reading button carries, or null for any other custom id. */
export function questionFromReading(customId: string): string | null {
  return customId.startsWith(READING_PREFIX) ? customId.slice(READING_PREFIX.length) || null : null;
}
