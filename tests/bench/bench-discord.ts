/**
 * `npm run bench:discord`: latency from INTERACTION_CREATE dispatch to the interaction callback received by the
 * fake Discord, through the real discord.js Client and the Discord adapter, on loopback.
 * Usage: npm run bench:discord -- [total=2000] [concurrency=50]
 */
import { Writable } from 'node:stream';
import { createDiscordAdapter } from '../../adapters/discord/discord-adapter.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLogger } from '../../src/logger.ts';
import { createRouter } from '../../src/router/router.ts';
import { startFakeDiscord } from '../e2e/fakes/fake-discord.ts';

const TOTAL = Number(process.argv[2] ?? 2_000);
const CONCURRENCY = Number(process.argv[3] ?? 50);
const WARM_UP = 100;

const QUESTIONS: [string, Record<string, string>][] = [
  ['country', { name: 'germny' }],
  ['country', { name: 'usa' }],
  ['resolution', { which: 'ga_es11_8' }],
  ['quote', { speaker: 'Dorothy Shea' }],
  ['ask', { question: 'who voted against Ukraine’s resolution?' }],
  ['help', {}],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function run(): Promise<void> {
  const fake = await startFakeDiscord(41_250);
  const silent = new Writable({ write: (_c, _e, done) => done() });
  const adapter = createDiscordAdapter({
    token: 'bench-token',
    apiUrl: fake.apiUrl,
    router: createRouter(loadKnowledge()),
    log: createLogger({ level: 'warn', destination: silent }),
  });
  await adapter.start();

  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let sent = 0;
  let done = 0;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const total = TOTAL + WARM_UP;
  const sendOne = () => {
    const [sub, options] = QUESTIONS[sent % QUESTIONS.length]!;
    sent++;
    const started = performance.now();
    const { id } = fake.slashCommand(sub, options);
    sentAt.set(id, started);
  };
  fake.onRequestRecorded((r) => {
    const m = /^\/interactions\/(\d+)\//.exec(r.path);
    const started = m ? sentAt.get(m[1]!) : undefined;
    if (started === undefined) return;
    done++;
    if (done > WARM_UP) latencies.push(r.at - started);
    if (sent < total) sendOne();
    if (done === total) finish();
  });
  const wall = performance.now();
  for (let i = 0; i < Math.min(CONCURRENCY, total); i++) sendOne();
  await finished;
  const seconds = (performance.now() - wall) / 1000;
  await adapter.stop();
  await fake.close();

  latencies.sort((a, b) => a - b);
  const fmt = (n: number) => `${n.toFixed(2)} ms`;
  console.log(
    `Discord interactions: ${TOTAL} measured (+${WARM_UP} warm-up), ${CONCURRENCY} concurrent, loopback`,
  );
  console.log(`  p50 ${fmt(percentile(latencies, 50))}   p90 ${fmt(percentile(latencies, 90))}`);
  console.log(`  p99 ${fmt(percentile(latencies, 99))}   max ${fmt(latencies.at(-1) ?? Number.NaN)}`);
  console.log(`  throughput ${(total / seconds).toFixed(0)} interactions/s`);
  console.log(`  target p99 < 30 ms: ${percentile(latencies, 99) < 30 ? 'met' : 'NOT met'}`);
}

run().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
