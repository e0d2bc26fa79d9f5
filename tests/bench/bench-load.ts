/**
 * `npm run bench:load` (issue 7): the real adapters driven through the local fakes on loopback.
 *  1. Slack: 5,000 signed /votes slash commands, 50 in flight, timed until the answer reaches the fake response_url.
 *  2. Discord: 5,000 interactions, 50 in flight, through the real discord.js client (bench-discord.ts in a child
 *     process, so its fake runs on its own thread as Discord would).
 *  3. Memory: RSS before and after 100,000 questions through the answer service and both renderers (the path
 *     every message takes), after a warm-up. Targets: no errors, p99 under 100 ms, RSS growth under 10%.
 * The memory phase uses 5,003 users in 1,009 channels of 50 workspaces (rate-limit buckets are bounded).
 * Usage: npm run bench:load -- [slack=5000] [discord=5000] [questions=100000]
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { renderAnswer as renderDiscord } from '../../adapters/discord/render.ts';
import { renderAnswer as renderSlack } from '../../adapters/slack/render.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerService } from '../../src/ops/answer-service.ts';
import { createMetrics } from '../../src/ops/metrics.ts';
import { createRateLimiter } from '../../src/ops/rate-limit.ts';
import { createRouter } from '../../src/router/router.ts';
import { runSlackLoad } from './slack-load.ts';

const [slackN = 5_000, discordN = 5_000, questionsN = 100_000] = process.argv.slice(2).map(Number);
const CONCURRENCY = 50;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;

function rss(): number {
  gc?.();
  return process.memoryUsage().rss;
}

/** Runs bench-discord.ts in a child; resolves with its exit code and the first (50-concurrent) p99 it printed. */
function runDiscord(n: number): Promise<{ code: number | null; p99Ms: number | undefined }> {
  let printed = '';
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'bench-discord.ts'), String(n), String(CONCURRENCY)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child.stdout.on('data', (d) => {
      printed += String(d);
      process.stdout.write(`    ${String(d).trimEnd().split('\n').join('\n    ')}\n`);
    });
    child.on('close', (code) => {
      const p99 = /p99 ([\d.]+) ms/.exec(printed)?.[1];
      resolve({ code, p99Ms: p99 === undefined ? undefined : Number(p99) });
    });
  });
}

async function memory(n: number): Promise<void> {
  const k = loadKnowledge();
  const service = createAnswerService({
    router: createRouter(k),
    // Limits no one reaches: every question is answered and rendered, and every bucket is still kept.
    limiter: createRateLimiter({ perUserPerMinute: 1e9, perChannelPerMinute: 1e9 }),
    metrics: createMetrics(),
  });
  const questions = [
    'how did France vote?',
    'who voted against ES-11/7?',
    'what did Dorothy Shea say?',
    'is this binding?',
    'how did germny vote on the ukrane resolution',
    'which european countries abstained on ES-11/8',
    'help',
    'What is the capital of France?',
    '<!channel> how did Hungary vote?',
    'Which amendments did Russia veto?',
  ];
  let i = 0;
  const ask = async () => {
    // A fixed population: each user asks in one channel, each channel is in one workspace on one platform.
    const user = i % 5003;
    const channel = user % 1009;
    const r = await service.ask({
      platform: channel % 2 ? 'slack' : 'discord',
      workspaceId: `T${channel % 50}`,
      channelId: `C${channel}`,
      userId: `U${user}`,
      text: questions[i % questions.length]!,
    });
    if (r.type !== 'silent') {
      renderSlack(r.answer);
      renderDiscord(r.answer);
    }
    i++;
  };
  // Warm-up reaches every user, channel and workspace once, so later growth is what questions leave behind.
  for (let w = 0; w < 10_000; w++) await ask();
  const before = rss();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  while (i < 10_000 + n) await ask();
  const seconds = (performance.now() - t0) / 1000;
  const after = rss();
  const heapAfter = process.memoryUsage().heapUsed;
  const growth = (100 * (after - before)) / before;
  console.log(`  ${n} questions through the answer service and both renderers in ${seconds.toFixed(1)} s`);
  console.log(
    `  RSS before ${mb(before)}, after ${mb(after)}: growth ${growth.toFixed(1)}%  (target < 10%: ${growth < 10 ? 'met' : 'NOT met'})`,
  );
  // RSS also falls as the earlier phases' memory is returned to the system; the live heap is the steadier signal.
  console.log(
    `  live heap after GC: before ${mb(heapBefore)}, after ${mb(heapAfter)} (${(heapAfter - heapBefore >= 0 ? '+' : '') + mb(heapAfter - heapBefore)})`,
  );
  if (!gc) console.log('  (run with node --expose-gc for steadier numbers: npm run bench:load does)');
}

async function main(): Promise<void> {
  console.log(`Plenary load benchmark (${CONCURRENCY} concurrent, loopback fakes)`);
  const rss0 = rss();
  console.log(`\n1. Slack: ${slackN} slash commands`);
  const s = await runSlackLoad(slackN, CONCURRENCY);
  console.log(
    `  errors ${s.errors}   p50 ${s.p50Ms.toFixed(1)} ms   p99 ${s.p99Ms.toFixed(1)} ms   max ${s.maxMs.toFixed(1)} ms   ${(s.requests / s.seconds).toFixed(0)} req/s`,
  );
  console.log(
    `  target (issue 7): no errors, p99 < 100 ms: ${s.errors === 0 && s.p99Ms < 100 ? 'met' : 'NOT met'}   (RSS ${mb(rss0)} -> ${mb(rss())})`,
  );
  console.log(`\n2. Discord: ${discordN} interactions`);
  const d = await runDiscord(discordN);
  if (d.code !== 0) console.log(`  bench-discord exited ${d.code}`);
  if (d.p99Ms !== undefined)
    console.log(
      `  target (issue 7): p99 < 100 ms at ${CONCURRENCY} concurrent: ${d.p99Ms < 100 ? 'met' : 'NOT met'}`,
    );
  console.log(`\n3. Memory over ${questionsN} questions`);
  await memory(questionsN);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`bench:load failed: ${(err as Error).stack ?? err}`);
    process.exit(1);
  },
);
