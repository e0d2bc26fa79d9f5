import { describe, expect, it } from 'vitest';
import {
  type ButtonRow,
  questionFromReading,
  READING_PREFIX,
  SHARE_ID,
} from '../../../adapters/discord/buttons.ts';
import { plainMessageText } from '../../../adapters/discord/components.ts';
import { renderAnswer } from '../../../adapters/discord/render.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter } from '../../../src/router/router.ts';

const router = createRouter(loadKnowledge());
const ids = (rows: readonly ButtonRow[] | undefined) =>
  (rows ?? []).flatMap((r) => r.components.map((c) => ('custom_id' in c ? c.custom_id : undefined)));

describe('Discord buttons under answers', () => {
  it('given a question with two readings, the last message has a button per reading carrying its question', () => {
    const messages = renderAnswer(router.ask('how did korea vote'));
    const buttons = ids(messages.at(-1)?.components);
    expect(buttons).toHaveLength(2);
    for (const id of buttons) expect(id!.length).toBeLessThanOrEqual(100);
    expect(buttons.map((id) => questionFromReading(id!))).toEqual([
      'How did Republic of Korea vote?',
      "How did Democratic People's Republic of Korea vote?",
    ]);
  });

  it('given share, a private answer ends with the Share button; without it, an answer has no buttons', () => {
    const answer = router.ask('how did France vote?');
    expect(ids(renderAnswer(answer, { ephemeral: true, share: true }).at(-1)?.components)).toEqual([
      SHARE_ID,
    ]);
    expect(renderAnswer(answer).some((m) => m.components !== undefined)).toBe(false);
  });

  it('reads only its own custom ids, and a message claim without mentions or emoji ids', () => {
    expect(questionFromReading(SHARE_ID)).toBeNull();
    expect(questionFromReading(READING_PREFIX)).toBeNull();
    expect(plainMessageText('<@123456789012345678> France voted no <:flag_fr:123456>')).toBe(
      'France voted no :flag_fr:',
    );
  });
});
