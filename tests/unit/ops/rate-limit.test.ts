import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createAnswerService } from '../../../src/ops/answer-service.ts';
import { createMetrics } from '../../../src/ops/metrics.ts';
import { createRateLimiter, type RateLimiter } from '../../../src/ops/rate-limit.ts';
import { createRouter } from '../../../src/router/router.ts';
import { openPgStore } from '../../../src/store/pg-store.ts';
import { freshDatabase } from '../../postgres/database.ts';

const key = (userId: string, channelId = 'C1', workspaceId = 'T1') => ({
  platform: 'slack',
  workspaceId,
  channelId,
  userId,
});

const verdicts = async (limiter: RateLimiter, n: number, k = key('U1')) => {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push((await limiter.check(k)).verdict);
  return out;
};

afterEach(() => {
  vi.useRealTimers();
});

describe('rate limits (in memory)', () => {
  it('given a user over the limit, it notifies once, then stays silent until the minute is over', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-05-01T09:00:00Z'), toFake: ['Date'] });
    const limiter = createRateLimiter({ perUserPerMinute: 3, perChannelPerMinute: 100 });
    expect(await verdicts(limiter, 6)).toEqual(['ok', 'ok', 'ok', 'notify', 'silent', 'silent']);
    const refused = await limiter.check(key('U1'));
    expect(refused.verdict === 'silent' && refused.retryAfterMs).toBeGreaterThan(59_000);
    vi.setSystemTime(Date.parse('2026-05-01T09:01:01Z'));
    expect(await verdicts(limiter, 4)).toEqual(['ok', 'ok', 'ok', 'notify']);
  });

  it('given one busy channel, other channels and other workspaces are not affected, and refused users are not charged', async () => {
    const limiter = createRateLimiter({ perUserPerMinute: 3, perChannelPerMinute: 2 });
    expect([
      (await limiter.check(key('U1', 'C1'))).verdict,
      (await limiter.check(key('U2', 'C1'))).verdict,
      (await limiter.check(key('U3', 'C1'))).verdict,
    ]).toEqual(['ok', 'ok', 'notify']);
    expect((await limiter.check(key('U9', 'C2'))).verdict).toBe('ok');
    expect((await limiter.check(key('U1', 'C1', 'T2'))).verdict).toBe('ok');
    // U3 was refused by the channel, not charged: two more questions elsewhere are within their 3.
    expect(await verdicts(limiter, 3, key('U3', 'C3'))).toEqual(['ok', 'ok', 'notify']);
  });
});

describe('rate limits shared through Postgres', () => {
  let url: string;
  const pools: pg.Pool[] = [];
  beforeAll(async () => {
    url = await freshDatabase();
    await (await openPgStore(url)).close(); // migrations create the limits' table
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
  });
  const instance = () => {
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    pools.push(pool);
    return createRateLimiter({ perUserPerMinute: 3, perChannelPerMinute: 100, pool });
  };

  it('given a user spreading questions over three instances, the limit holds across them', async () => {
    const [a, b, c] = [instance(), instance(), instance()];
    const seq = [a, b, c, a, b, c];
    const out: string[] = [];
    for (const limiter of seq) out.push((await limiter.check(key('U-shared'))).verdict);
    expect(out).toEqual(['ok', 'ok', 'ok', 'notify', 'silent', 'silent']);
    expect((await c.check(key('U-other'))).verdict).toBe('ok');
  });
});

describe('answer service', () => {
  it('answers, counts the question by intent, and sends one polite notice when over the limit', async () => {
    const metrics = createMetrics();
    const service = createAnswerService({
      router: createRouter(loadKnowledge()),
      limiter: createRateLimiter({ perUserPerMinute: 1, perChannelPerMinute: 10 }),
      metrics,
    });
    const req = { ...key('U1'), platform: 'slack' as const, text: 'how did France vote?' };
    const first = await service.ask(req);
    expect(first.type).toBe('answer');
    const second = await service.ask(req);
    expect(second.type).toBe('limited');
    if (second.type === 'limited') expect(second.answer.positions).toEqual([]);
    expect((await service.ask(req)).type).toBe('silent');
    const text = await metrics.registry.metrics();
    expect(text).toContain('plenary_questions_total{platform="slack",intent="country_vote"} 1');
    expect(text).toContain('plenary_rate_limited_total{platform="slack",scope="user"} 2');
  });
});
