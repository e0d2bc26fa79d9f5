/**
 * `npm run bench:roundtrip`: issue 17's measured target, Plenary against the floor bot in one run, per platform.
 * Each bot runs in its own process, as in production; this process is the load generator and the fake platform.
 * The floor bot and Plenary take turns (floor, Plenary, floor, Plenary, …), so load from other work on the
 * machine falls on both alike, and the medians over the rounds are compared.
 *
 * - Slack: a signed POST /slack/events for `/votes <question>` until the answer reaches the response_url.
 *   Plenary: adapters/main.ts (SLACK_* set). Floor: floor-slack-bot.ts (HMAC check, empty ack, a 3 kB answer
 *   posted to the response_url over keep-alive).
 * - Discord: a signed POST to the Interactions Endpoint URL for `/votes <subcommand>` until the HTTP response
 *   (the path every instance of a multi-instance deployment answers). Plenary: adapters/main.ts with
 *   DISCORD_PUBLIC_KEY and DISCORD_INTERACTIONS_PORT (and a fake gateway it also connects to, idle). Floor:
 *   floor-discord-http-bot.ts (Ed25519 check, JSON parse, a fixed private reply of Plenary's average size).
 *
 * The question mix (roundtrip-questions.ts): `--mix repeat` (default) cycles six questions, so Plenary answers
 * nearly all of them from its answer cache; `--mix unique` asks questions not asked before in the run (the eval
 * sets, then the same made new), so none can come from it. Plenary's cache hits and misses per round are read
 * from its /metrics. `--no-cache` starts Plenary with ANSWER_CACHE_ENTRIES=0 (no answer cache), to compare.
 *
 * Usage: npm run bench:roundtrip -- [--platform slack|discord|both] [--mix repeat|unique] [--no-cache] [--rounds 3]
 *        [--requests 3000] [--concurrency 50] [--warmup 1000]
 * Not part of `npm test`.
 */

import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { startFakeDiscord } from '../e2e/fakes/fake-discord.ts';
import { SIGNING_SECRET } from '../e2e/fakes/slack-requests.ts';
import { type LoadResult, runLoad } from './roundtrip-load.ts';
import { type Mix, questionSource } from './roundtrip-questions.ts';
import {
  answerCacheCounts,
  type Bot,
  cpuTimes,
  discordKeys,
  discordRequests,
  freePort,
  type PreparedRequest,
  slackRequests,
  startBot,
  startSlackSink,
} from './roundtrip-targets.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i === -1 ? Number.NaN : Number(process.argv[i + 1]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}
const ROUNDS = option('rounds', 3);
const REQUESTS = option('requests', 3000);
const CONCURRENCY = option('concurrency', 50);
const WARMUP = option('warmup', 1000);
const platformArg = process.argv[process.argv.indexOf('--platform') + 1];
const MIX: Mix = process.argv[process.argv.indexOf('--mix') + 1] === 'unique' ? 'unique' : 'repeat';
const questionAt = questionSource(MIX);
const NO_CACHE = process.argv.includes('--no-cache');
/**
 * Plenary's entry point: adapters/main.ts under tsx, as `npm start` runs it; BENCH_PLENARY_SCRIPT may name a
 * compiled adapters/main.js instead (run on plain node), to measure what tsx costs.
 */
const PLENARY_SCRIPT = process.env.BENCH_PLENARY_SCRIPT ?? 'adapters/main.ts';
/** Plenary's answer cache: on as in production unless --no-cache. */
const cacheEnv = NO_CACHE ? { ANSWER_CACHE_ENTRIES: '0' } : {};
const PLATFORMS =
  process.argv.includes('--platform') && platformArg !== 'both' ? [platformArg] : ['slack', 'discord'];

interface Measured extends LoadResult {
  cpuMsPerRequest: number;
  /** The part of it spent in the kernel (system calls: sockets, timers). */
  systemMsPerRequest: number;
}

/** Runs `requests` against `bot` and reads the bot's CPU time around it. */
async function measure(
  bot: Bot,
  requests: PreparedRequest[],
  waitFor: Map<string, (bytes: number) => void>,
): Promise<Measured> {
  const cpu0 = cpuTimes(bot.child.pid!) ?? { user: Number.NaN, system: Number.NaN };
  const result = await runLoad(bot.url, requests, CONCURRENCY, waitFor);
  const cpu1 = cpuTimes(bot.child.pid!) ?? { user: Number.NaN, system: Number.NaN };
  if (bot.child.exitCode !== null || bot.child.signalCode !== null)
    throw new Error(`${bot.name} exited (${bot.child.exitCode ?? bot.child.signalCode}) during the bench`);
  const ms = (seconds: number) => (seconds * 1000) / requests.length;
  return {
    ...result,
    cpuMsPerRequest: ms(cpu1.user + cpu1.system - cpu0.user - cpu0.system),
    systemMsPerRequest: ms(cpu1.system - cpu0.system),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Warm-up for both bots, then ROUNDS rounds of floor then Plenary; prints each round and the medians. */
async function alternate(
  platform: string,
  bots: { floor: Bot; plenary: Bot & { healthPort: number } },
  build: (tag: string, count: number) => PreparedRequest[],
  waitFor: Map<string, (bytes: number) => void>,
  /** Calls the bots made to the fake platform so far (Slack: response_url posts; Discord: REST, i.e. follow-ups). */
  posts: () => number,
): Promise<void> {
  for (const bot of [bots.floor, bots.plenary]) await measure(bot, build(`w-${bot.name}`, WARMUP), waitFor);
  const results: Record<'floor' | 'plenary', Measured[]> = { floor: [], plenary: [] };
  const hitRates: number[] = [];
  for (let r = 1; r <= ROUNDS; r++)
    for (const side of ['floor', 'plenary'] as const) {
      const posts0 = posts();
      const requests = build(`${side}-${r}`, REQUESTS);
      const cache0 = side === 'plenary' ? await answerCacheCounts(bots.plenary.healthPort) : undefined;
      const m = await measure(bots[side], requests, waitFor);
      // Follow-ups sent after the last answers of the round land before they are counted.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const postsPerRequest = (posts() - posts0) / REQUESTS;
      let cached = '';
      if (cache0) {
        const cache1 = await answerCacheCounts(bots.plenary.healthPort);
        const [hit, miss] = [cache1.hit - cache0.hit, cache1.miss - cache0.miss];
        hitRates.push(hit / REQUESTS);
        cached = `  cache hits ${((100 * hit) / REQUESTS).toFixed(1)}% (${hit} hit, ${miss} miss)`;
      }
      results[side].push(m);
      console.log(
        `  round ${r} ${side.padEnd(7)} p50 ${m.p50.toFixed(1)} ms  p99 ${m.p99.toFixed(1)} ms  ${m.perSecond.toFixed(0)}/s  bot CPU ${m.cpuMsPerRequest.toFixed(3)} ms/req (sys ${m.systemMsPerRequest.toFixed(3)})  load gen CPU ${m.generatorCpuMsPerRequest.toFixed(3)} ms/req  errors ${m.errors}  answer ${m.answerBytes.toFixed(0)} B, ${postsPerRequest.toFixed(2)} posts/req${cached}  (load ${load()})`,
      );
    }
  const summary = (side: 'floor' | 'plenary') => ({
    p99: median(results[side].map((m) => m.p99)),
    perSecond: median(results[side].map((m) => m.perSecond)),
    cpu: median(results[side].map((m) => m.cpuMsPerRequest)),
  });
  const floor = summary('floor');
  const plenary = summary('plenary');
  const pairs = results.plenary.map((p, i) => ({
    tput: p.perSecond / results.floor[i]!.perSecond,
    p99: p.p99 / results.floor[i]!.p99,
  }));
  const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)}`;
  const tput = plenary.perSecond / floor.perSecond;
  const p99 = plenary.p99 / floor.p99;
  const failed = [...results.floor, ...results.plenary].reduce((n, m) => n + m.errors, 0);
  console.log(
    `${platform}: medians over ${ROUNDS} rounds${failed > 0 ? ` (WARNING: ${failed} requests failed)` : ''}`,
  );
  console.log(
    `  p99        Plenary ${plenary.p99.toFixed(1)} ms vs floor ${floor.p99.toFixed(1)} ms: ${p99.toFixed(2)}x (per round ${range(pairs.map((x) => x.p99))}); target <= 1.3x: ${p99 <= 1.3 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  throughput Plenary ${plenary.perSecond.toFixed(0)}/s vs floor ${floor.perSecond.toFixed(0)}/s: ${tput.toFixed(2)}x (per round ${range(pairs.map((x) => x.tput))}); target >= 0.7x: ${tput >= 0.7 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  bot CPU    Plenary ${plenary.cpu.toFixed(3)} ms/req vs floor ${floor.cpu.toFixed(3)} ms/req`,
  );
  console.log(
    `  mix        ${MIX}: Plenary's answer cache served ${range(hitRates.map((x) => 100 * x))}% of the questions per round`,
  );
}

/** The next question of the mix for a platform: each request of the run asks the one after the last. */
function counter(): (count: number) => number {
  let next = 0;
  return (count) => {
    const from = next;
    next += count;
    return from;
  };
}

async function benchSlack(): Promise<void> {
  const sink = await startSlackSink();
  const take = counter();
  const healthPort = await freePort();
  const waitFor = new Map<string, (bytes: number) => void>();
  sink.onAnswer = (path, bytes) => waitFor.get(path)?.(bytes);
  const env = { SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_PORT: '0', SLACK_API_URL: sink.apiUrl };
  const plenary = {
    healthPort,
    ...(await startBot('slack-plenary', PLENARY_SCRIPT, '/slack/events', {
      ...env,
      SLACK_BOT_TOKEN: 'xoxb-bench',
      ...cacheEnv,
      HEALTH_PORT: String(healthPort),
    })),
  };
  // The floor posts an answer as long as Plenary's average answer to the same questions.
  const sample = await runLoad(
    plenary.url,
    slackRequests(sink, 'sample', take(60), 60, questionAt),
    6,
    waitFor,
  );
  const floor = await startBot(
    'slack-floor',
    join(import.meta.dirname, 'floor-slack-bot.ts'),
    '/slack/events',
    {
      ...env,
      FLOOR_REPLY_CHARS: String(Math.max(0, Math.round(sample.answerBytes) - 60)),
    },
  );
  console.log(
    `Slack /votes: signed POST /slack/events -> answer at the response_url (Plenary's average ${sample.answerBytes.toFixed(0)} B)`,
  );
  try {
    await alternate(
      'Slack',
      { floor, plenary },
      (tag, n) => slackRequests(sink, tag, take(n), n, questionAt),
      waitFor,
      () => sink.posts,
    );
  } finally {
    await floor.stop();
    await plenary.stop();
    await sink.close();
  }
}

async function benchDiscord(): Promise<void> {
  const fake = await startFakeDiscord(41_250);
  const { privateKey, publicHex } = discordKeys();
  const take = counter();
  const healthPort = await freePort();
  // repeat: the six subcommands of bench:discord; unique: `/votes ask` with the mix's questions.
  const ask = MIX === 'unique' ? questionAt : undefined;
  const env = { DISCORD_PUBLIC_KEY: publicHex, DISCORD_INTERACTIONS_PORT: '0' };
  const plenary = {
    healthPort,
    ...(await startBot('discord-plenary', PLENARY_SCRIPT, '/discord/interactions', {
      ...env,
      DISCORD_TOKEN: 'bench-token',
      DISCORD_API_URL: fake.apiUrl,
      ...cacheEnv,
      HEALTH_PORT: String(healthPort),
    })),
  };
  // The floor answers with a reply as long as Plenary's average answer to the same questions.
  const sample = await runLoad(
    plenary.url,
    discordRequests(fake, privateKey, take(60), 60, ask),
    6,
    new Map(),
  );
  const floorChars = Math.max(0, Math.round(sample.answerBytes) - 120);
  const floor = await startBot(
    'discord-floor',
    join(import.meta.dirname, 'floor-discord-http-bot.ts'),
    '/discord/interactions',
    { ...env, FLOOR_REPLY_CHARS: String(floorChars) },
  );
  console.log(
    `Discord /votes: signed POST to the Interactions Endpoint URL -> answer in the HTTP response (Plenary's average ${sample.answerBytes.toFixed(0)} B)`,
  );
  try {
    await alternate(
      'Discord',
      { floor, plenary },
      (_tag, n) => discordRequests(fake, privateKey, take(n), n, ask),
      new Map(),
      () => fake.requests.length,
    );
  } finally {
    await floor.stop();
    await plenary.stop();
    await fake.close();
  }
}

async function main(): Promise<void> {
  console.log(
    `bench:roundtrip  Node ${process.version}, ${availableParallelism()} CPUs, load average ${load()}; ${ROUNDS} rounds of ${REQUESTS} requests per bot after ${WARMUP} warm-up, ${CONCURRENCY} concurrent; question mix ${MIX}${NO_CACHE ? ', Plenary without its answer cache' : ''}`,
  );
  if (PLATFORMS.includes('slack')) await benchSlack();
  if (PLATFORMS.includes('discord')) await benchDiscord();
  console.log(`load average at the end ${load()}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
