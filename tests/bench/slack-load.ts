/**
 * The Slack part of `npm run bench:load` (issue 7): `runSlackLoad(n, concurrency)` sends `n` signed `/votes`
 * slash commands, `concurrency` at a time, and times each until its answer reaches the fake response_url.
 *
 * Without a target it starts the real Slack adapter in this process against a fresh fake Slack, wired as main.ts
 * wires it (answer service with the default rate limits, metrics). Pass `target` to drive a bot that runs
 * elsewhere (e.g. main.ts in a child process with SLACK_API_URL set to `target.fake.apiUrl`). Users and channels vary per request (user n,
 * channel n mod 10,007), so default rate limits are not hit by 100,000 questions in a few minutes either.
 * A request with no answer within `timeoutMs` counts as an error; nothing throws.
 */
import { performance } from 'node:perf_hooks';
import { createSlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import { parseConfig } from '../../src/config.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLogger } from '../../src/logger.ts';
import { createAnswerService } from '../../src/ops/answer-service.ts';
import { createMetrics } from '../../src/ops/metrics.ts';
import { createRateLimiter } from '../../src/ops/rate-limit.ts';
import { createRouter } from '../../src/router/router.ts';
import { type FakeSlack, startFakeSlack } from '../e2e/fakes/fake-slack.ts';
import { SIGNING_SECRET, send, slashCommand } from '../e2e/fakes/slack-requests.ts';

export interface SlackLoadTarget {
  eventsUrl: string;
  fake: FakeSlack;
}

export interface SlackLoadOptions {
  target?: SlackLoadTarget;
  /** Per request (default 5 s). */
  timeoutMs?: number;
  questions?: readonly string[];
}

export interface SlackLoadResult {
  requests: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  seconds: number;
}

/** The mix of questions both Slack benchmarks ask. */
export const QUESTIONS = [
  'how did France vote?',
  'what was the tally on ES-11/8?',
  'who voted against Ukraine’s resolution?',
  'what did Dorothy Shea say?',
  'is the General Assembly resolution binding?',
  'help',
];

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

async function inProcessTarget(): Promise<SlackLoadTarget & { close(): Promise<void> }> {
  const fake = await startFakeSlack();
  const router = createRouter(loadKnowledge());
  // As main.ts wires it: every question through the answer service, with the default rate limits and metrics.
  const metrics = createMetrics();
  const defaults = parseConfig({});
  const adapter = createSlackAdapter({
    router,
    service: createAnswerService({
      router,
      limiter: createRateLimiter({
        perUserPerMinute: defaults.RATE_USER_PER_MINUTE,
        perChannelPerMinute: defaults.RATE_CHANNEL_PER_MINUTE,
      }),
      metrics,
    }),
    metrics,
    log: createLogger({ level: 'warn' }),
    botToken: 'xoxb-load',
    signingSecret: SIGNING_SECRET,
    port: 0,
    host: '127.0.0.1',
    apiUrl: fake.apiUrl,
  });
  const { port } = await adapter.start();
  return {
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    fake,
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}

export async function runSlackLoad(
  n: number,
  concurrency: number,
  opts: SlackLoadOptions = {},
): Promise<SlackLoadResult> {
  const own = opts.target ? undefined : await inProcessTarget();
  const target = opts.target ?? own!;
  const questions = opts.questions ?? QUESTIONS;
  const timeoutMs = opts.timeoutMs ?? 5000;
  const pending = new Map<string, () => void>();
  const unsubscribe = target.fake.subscribe((c) => {
    if (c.method === 'response_url') pending.get(c.path)?.();
  });
  const runId = `${process.pid}-${Date.now().toString(36)}`;
  const times: number[] = [];
  let errors = 0;
  let next = 0;

  const roundTrip = async (i: number): Promise<void> => {
    const id = `load-${runId}-${i}`;
    const arrived = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      pending.set(`/response/${id}`, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    const t0 = performance.now();
    try {
      const req = slashCommand(questions[i % questions.length]!, target.fake.responseUrl(id), {
        user_id: `U0LOAD${i}`,
        channel_id: `C0LOAD${i % 10_007}`,
      });
      const res = await send(target.eventsUrl, req);
      if (res.status !== 200 || !(await arrived)) errors++;
      else times.push(performance.now() - t0);
    } catch {
      errors++;
    } finally {
      pending.delete(`/response/${id}`);
    }
  };

  const started = performance.now();
  const worker = async () => {
    while (next < n) await roundTrip(next++);
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  const seconds = (performance.now() - started) / 1000;
  unsubscribe();
  await own?.close();
  times.sort((a, b) => a - b);
  return {
    requests: n,
    errors,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    maxMs: times[times.length - 1] ?? Number.NaN,
    seconds,
  };
}
