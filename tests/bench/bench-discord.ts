/**
 * `npm run bench:discord`: latency from INTERACTION_CREATE dispatch to the interaction callback received by the
 * fake Discord, through the real discord.js Client and the Discord adapter, on loopback. The fake runs in a worker
 * thread (Discord is not in the bot's process either) and measures both ends on its own clock.
 * Usage: npm run bench:discord -- [total=2000] [concurrency=50] [--floor]
 * --floor runs floor-discord-bot.ts instead of Plenary: the least any bot does per interaction, i.e. what this
 * machine and harness allow.
 */
import { Writable } from 'node:stream';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { createDiscordAdapter } from '../../adapters/discord/discord-adapter.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLogger } from '../../src/logger.ts';
import { createRouter } from '../../src/router/router.ts';
import { startFakeDiscord } from '../e2e/fakes/fake-discord.ts';
import { startFloorDiscordBot } from './floor-discord-bot.ts';

const WARM_UP = 200;
const FLOOR = process.argv.includes('--floor');
const QUESTIONS: [string, Record<string, string>][] = [
  ['country', { name: 'germny' }],
  ['country', { name: 'usa' }],
  ['resolution', { which: 'ga_es11_8' }],
  ['quote', { speaker: 'Dorothy Shea' }],
  ['ask', { question: 'who voted against Ukraine’s resolution?' }],
  ['help', {}],
];

interface Job {
  total: number;
  concurrency: number;
}

/** Worker: the fake Discord. For each job, keeps `concurrency` interactions in flight and reports latencies. */
async function fakeSide(port: NonNullable<typeof parentPort>): Promise<void> {
  const fake = await startFakeDiscord(41_250);
  const sentAt = new Map<string, number>();
  let onCallback: (id: string, at: number) => void = () => undefined;
  fake.onRequestRecorded((r) => {
    const id = /^\/interactions\/(\d+)\//.exec(r.path)?.[1];
    if (id) onCallback(id, r.at);
  });
  port.postMessage({ type: 'listening', apiUrl: fake.apiUrl });
  port.on('message', async (job: Job | 'close') => {
    if (job === 'close') {
      await fake.close();
      port.close();
      return;
    }
    await fake.ready();
    const total = job.total + WARM_UP;
    const latencies: number[] = [];
    let sent = 0;
    let done = 0;
    const sendOne = () => {
      const [sub, options] = QUESTIONS[sent % QUESTIONS.length]!;
      sent++;
      const started = performance.now();
      sentAt.set(fake.slashCommand(sub, options).id, started);
    };
    const wall = performance.now();
    await new Promise<void>((resolve) => {
      onCallback = (id, at) => {
        const started = sentAt.get(id);
        if (started === undefined) return;
        sentAt.delete(id);
        done++;
        if (done > WARM_UP) latencies.push(at - started);
        if (sent < total) sendOne();
        if (done === total) resolve();
      };
      for (let i = 0; i < Math.min(job.concurrency, total); i++) sendOne();
    });
    port.postMessage({ type: 'done', latencies, seconds: (performance.now() - wall) / 1000, total });
  });
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/** The Discord adapter, exactly as main.ts builds it (logs at warn, to nowhere). */
async function startPlenary(apiUrl: string): Promise<{ stop(): Promise<void> }> {
  const adapter = createDiscordAdapter({
    token: 'bench-token',
    apiUrl,
    router: createRouter(loadKnowledge()),
    log: createLogger({ level: 'warn', destination: new Writable({ write: (_c, _e, done) => done() }) }),
  });
  await adapter.start();
  return adapter;
}

/** Main thread: the bot (Plenary or the floor). */
async function botSide(jobs: Job[]): Promise<void> {
  // The worker loads this same file through tsx's loader (worker threads do not inherit it).
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(boot, { eval: true });
  const next = (type: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      worker.once('error', reject);
      worker.on('message', function on(m: Record<string, unknown>) {
        if (m.type !== type) return;
        worker.off('message', on);
        resolve(m);
      });
    });
  const { apiUrl } = (await next('listening')) as { apiUrl: string };
  const adapter = FLOOR ? await startFloorDiscordBot(apiUrl) : await startPlenary(apiUrl);
  for (const job of jobs) {
    worker.postMessage(job);
    const { latencies, seconds, total } = (await next('done')) as {
      latencies: number[];
      seconds: number;
      total: number;
    };
    report(job, latencies, total / seconds);
  }
  await adapter.stop();
  worker.postMessage('close');
  await new Promise((resolve) => worker.once('exit', resolve));
}

function report(job: Job, latencies: number[], perSecond: number): void {
  latencies.sort((a, b) => a - b);
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  const p99 = percentile(latencies, 99);
  console.log(
    `Discord interactions: ${job.total} measured (+${WARM_UP} warm-up), ${job.concurrency} concurrent, loopback${FLOOR ? ', FLOOR bot (ws + node:http, no discord.js, no router)' : ''}`,
  );
  console.log(`  p50 ${ms(percentile(latencies, 50))}   p90 ${ms(percentile(latencies, 90))}`);
  console.log(`  p99 ${ms(p99)}   max ${ms(latencies.at(-1) ?? Number.NaN)}`);
  console.log(`  throughput ${perSecond.toFixed(0)} interactions/s`);
  if (job.concurrency >= 50) console.log(`  target p99 < 30 ms (issue 5): ${p99 < 30 ? 'met' : 'NOT met'}`);
}

if (isMainThread) {
  const [total = 2_000, concurrency = 50] = process.argv
    .slice(2)
    .filter((a) => a !== '--floor')
    .map(Number);
  // The asked-for load, then one at a time: the second shows the cost of one interaction without queueing.
  botSide([
    { total, concurrency },
    { total: Math.min(total, 500), concurrency: 1 },
  ]).then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
} else if (parentPort) void fakeSide(parentPort);
