import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createAnswerService } from '../../../src/ops/answer-service.ts';
import { createMetrics } from '../../../src/ops/metrics.ts';
import { createRateLimiter } from '../../../src/ops/rate-limit.ts';
import { createRouter } from '../../../src/router/router.ts';

const key = (userId: string, channelId = 'C1', workspaceId = 'T1') => ({
  platform: 'slack',
  workspaceId,
  channelId,
  userId,
});

describe('rate limits', () => {
  it('given a user over the limit, it notifies once, then stays silent until the bucket refills', () => {
    let t = 0;
    const limiter = createRateLimiter({ perUserPerMinute: 3, perChannelPerMinute: 100, now: () => t });
    const verdicts = Array.from({ length: 6 }, () => limiter.check(key('U1')).verdict);
    expect(verdicts).toEqual(['ok', 'ok', 'ok', 'notify', 'silent', 'silent']);
    t += 20_000; // one token back at 3 per minute
    expect(limiter.check(key('U1')).verdict).toBe('ok');
    expect(limiter.check(key('U1')).verdict).toBe('notify');
  });

  it('given one busy channel, other channels and other workspaces are not affected', () => {
    const limiter = createRateLimiter({ perUserPerMinute: 100, perChannelPerMinute: 2, now: () => 0 });
    expect([1, 2, 3].map((i) => limiter.check(key(`U${i}`, 'C1')).verdict)).toEqual(['ok', 'ok', 'notify']);
    expect(limiter.check(key('U9', 'C2')).verdict).toBe('ok');
    expect(limiter.check(key('U1', 'C1', 'T2')).verdict).toBe('ok');
  });

  it('keeps at most maxBuckets buckets', () => {
    const limiter = createRateLimiter({
      perUserPerMinute: 5,
      perChannelPerMinute: 5,
      maxBuckets: 100,
      now: () => 0,
    });
    for (let i = 0; i < 1000; i++) limiter.check(key(`U${i}`, `C${i}`));
    expect(limiter.size).toBeLessThanOrEqual(100);
  });
});

describe('answer service', () => {
  it('answers, counts the question by intent, and sends one polite notice when over the limit', async () => {
    const metrics = createMetrics();
    const service = createAnswerService({
      router: createRouter(loadKnowledge()),
      limiter: createRateLimiter({ perUserPerMinute: 1, perChannelPerMinute: 10, now: () => 0 }),
      metrics,
    });
    const req = { ...key('U1'), platform: 'slack' as const, text: 'how did France vote?' };
    const first = service.ask(req);
    expect(first.type).toBe('answer');
    const second = service.ask(req);
    expect(second.type).toBe('limited');
    if (second.type === 'limited') expect(second.answer.positions).toEqual([]);
    expect(service.ask(req).type).toBe('silent');
    const text = await metrics.registry.metrics();
    expect(text).toContain('plenary_questions_total{platform="slack",intent="country_vote"} 1');
    expect(text).toContain('plenary_rate_limited_total{platform="slack",scope="user"} 2');
  });
});
