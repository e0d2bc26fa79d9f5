import { describe, expect, it } from 'vitest';
import { jsonBytes } from '../../../adapters/post-json.ts';
import { responseMessage } from '../../../adapters/slack/deliver.ts';
import { renderAnswer, type SlackMessage } from '../../../adapters/slack/render.ts';
import { emptyAnswer } from '../../../src/answer.ts';
import { deepFreeze } from '../../../src/render-memo.ts';

const answer = () => emptyAnswer('answer', 'help', 'Ask me how a country voted — “France”, say.');

describe('response_url bodies of cached answers', () => {
  it('given a frozen message posted twice with the same extra, the body is the same frozen object and its JSON is made once, equal to JSON.stringify', () => {
    const [m] = renderAnswer(deepFreeze(answer())) as [SlackMessage];
    const a = responseMessage(m, { response_type: 'ephemeral' });
    const b = responseMessage(m, { response_type: 'ephemeral' });
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(jsonBytes(b)).toBe(jsonBytes(a));
    expect(jsonBytes(a).toString('utf8')).toBe(
      JSON.stringify({ response_type: 'ephemeral', text: m.text, blocks: m.blocks }),
    );
  });

  it('given another extra, it gets a body of its own', () => {
    const [m] = renderAnswer(deepFreeze(answer())) as [SlackMessage];
    const inChannel = responseMessage(m, { response_type: 'in_channel', replace_original: false });
    expect(inChannel).not.toBe(responseMessage(m, { response_type: 'ephemeral' }));
    expect(JSON.parse(jsonBytes(inChannel).toString('utf8'))).toMatchObject({
      response_type: 'in_channel',
      replace_original: false,
    });
  });

  it('given a message that is not frozen, or any other body, a new body is built and serialised each time', () => {
    const [m] = renderAnswer(answer()) as [SlackMessage];
    const a = responseMessage(m, { response_type: 'ephemeral' });
    expect(responseMessage(m, { response_type: 'ephemeral' })).not.toBe(a);
    const body = Object.freeze({ text: 'x', blocks: [{ n: 1 }] });
    const first = jsonBytes(body);
    (body.blocks[0] as { n: number }).n = 2;
    expect(jsonBytes(body).toString('utf8')).toBe('{"text":"x","blocks":[{"n":2}]}');
    expect(first.toString('utf8')).toBe('{"text":"x","blocks":[{"n":1}]}');
  });
});
