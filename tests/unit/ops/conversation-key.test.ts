import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createAnswerService, type QuestionRequest } from '../../../src/ops/answer-service.ts';
import { createRouter } from '../../../src/router/router.ts';

const service = createAnswerService({ router: createRouter(loadKnowledge()) });
const ask = async (req: Partial<QuestionRequest> & { text: string }) => {
  const reply = await service.ask({
    platform: 'slack',
    workspaceId: 'T1',
    channelId: 'C1',
    userId: 'U1',
    ...req,
  });
  if (reply.type !== 'answer') throw new Error(`no answer: ${reply.type}`);
  return reply.answer;
};
const countries = (a: Awaited<ReturnType<typeof ask>>) => [...new Set(a.positions.map((p) => p.country))];

describe('conversations through the answer service', () => {
  it('given a follow-up in the same Slack thread by the same user, it keeps the vote asked about', async () => {
    await ask({ threadId: 'th-1', text: 'how did india vote on ES-11/7' });
    const a = await ask({ threadId: 'th-1', text: 'what about kenya' });
    expect(countries(a)).toEqual(['Kenya']);
    expect(a.positions.map((p) => p.vote)).toEqual(['A/RES/ES-11/7']);
  });

  it('given the same words in another thread, or from another user, it starts afresh', async () => {
    await ask({ threadId: 'th-2', text: 'how did india vote on ES-11/7' });
    const otherThread = await ask({ threadId: 'th-3', text: 'what about kenya' });
    const otherUser = await ask({ threadId: 'th-2', userId: 'U2', text: 'what about kenya' });
    for (const a of [otherThread, otherUser])
      expect(a.positions.map((p) => p.vote)).not.toEqual(['A/RES/ES-11/7']);
  });
});
