/**
 * npm run bench:slack — latency of the slash-command round trip on loopback: a signed POST /slack/events for
 * `/votes <question>` until the answer reaches the fake response_url, with 50 requests in flight at a time.
 * Target (issue 4): p99 under 30 ms, 1% of Slack's 3-second deadline. Not part of `npm test`.
 *
 * The bot runs as in production, `adapters/main.ts` in its own process with SLACK_* set; this process is the
 * load generator and the fake Slack Web API. On a busy machine the numbers say more about the machine than the
 * bot, so the load average and the bot's CPU time per request are printed too.
 *
 * Options: --requests N (default 2000), --concurrency N (default 50), --warmup N (default 200), --floor (run
 * floor-slack-bot.ts instead of Plenary: the least any Slack app does per command, i.e. what this machine allows).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startFakeSlack } from '../e2e/fakes/fake-slack.ts';
import { SIGNING_SECRET, send, slashCommand } from '../e2e/fakes/slack-requests.ts';
import { percentile, QUESTIONS } from './slack-load.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i === -1 ? Number.NaN : Number(process.argv[i + 1]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const REQUESTS = option('requests', 2000);
const CONCURRENCY = option('concurrency', 50);
const WARMUP = option('warmup', 200);
const FLOOR = process.argv.includes('--floor');
/** CPU seconds (user + system) a process has used, from /proc; undefined where there is no /proc. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/**
 * Starts the bot (adapters/main.ts, or the floor bot) against the fake; resolves with its HTTP port from its
 * start-up log line.
 */
function startBot(apiUrl: string): Promise<{ child: ChildProcess; port: number }> {
  // BENCH_BOT_ARGS passes node flags to the bot only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = process.env.BENCH_BOT_ARGS?.split(' ').filter(Boolean) ?? [];
  const script = FLOOR ? join(import.meta.dirname, 'floor-slack-bot.ts') : 'adapters/main.ts';
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: '',
      SLACK_PORT: '0',
      SLACK_API_URL: apiUrl,
      DISCORD_TOKEN: '',
      LOG_LEVEL: 'info',
      // One simulated user asks everything: the bench measures answers, not the rate limiter's refusals.
      RATE_USER_PER_MINUTE: '100000000',
      RATE_CHANNEL_PER_MINUTE: '100000000',
      DATABASE_PATH: join(tmpdir(), `plenary-bench-slack-${process.pid}`, 'plenary.db'),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const match = /"port":(\d+),"path":"\/slack\/events"/.exec(buffered);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.on('exit', (code) => reject(new Error(`bot exited (${code}) before listening:\n${buffered}`)));
  });
}

async function main(): Promise<void> {
  const fake = await startFakeSlack();
  const { child, port } = await startBot(fake.apiUrl);
  const url = `http://127.0.0.1:${port}/slack/events`;

  const pending = new Map<string, () => void>();
  fake.subscribe((c) => {
    if (c.method === 'response_url') pending.get(c.path)?.();
  });

  let next = 0;
  /** Time to the ack (the HTTP 200 Slack's 3-second deadline is about) and to the answer at the response_url. */
  const roundTrip = async (n: number): Promise<{ ack: number; answer: number }> => {
    const path = `/response/r${n}`;
    const arrived = new Promise<void>((resolve) => pending.set(path, resolve));
    const t0 = performance.now();
    const res = await send(url, slashCommand(QUESTIONS[n % QUESTIONS.length]!, fake.responseUrl(`r${n}`)));
    if (res.status !== 200) throw new Error(`request ${n}: HTTP ${res.status}`);
    const ack = performance.now() - t0;
    await arrived;
    pending.delete(path);
    return { ack, answer: performance.now() - t0 };
  };
  const run = async (count: number): Promise<{ ack: number; answer: number }[]> => {
    const times: { ack: number; answer: number }[] = [];
    const end = next + count;
    const worker = async () => {
      while (next < end) times.push(await roundTrip(next++));
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return times;
  };

  await run(WARMUP);
  const botCpu0 = cpuSeconds(child.pid!);
  const started = performance.now();
  const measured = await run(REQUESTS);
  const times = measured.map((t) => t.answer).sort((a, b) => a - b);
  const acks = measured.map((t) => t.ack).sort((a, b) => a - b);
  const seconds = (performance.now() - started) / 1000;
  const botCpu1 = cpuSeconds(child.pid!);

  const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
  const p99 = percentile(times, 99);
  console.log(
    `Slack /votes round trip (signed POST -> response_url) on loopback, Node ${process.version}${FLOOR ? ', FLOOR bot (node:http, no Bolt, no router)' : ''}`,
  );
  console.log(
    `machine: ${availableParallelism()} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(`requests ${times.length} after ${WARMUP} warm-up, concurrency ${CONCURRENCY}`);
  console.log(
    `p50 ${fmt(percentile(times, 50))}  p90 ${fmt(percentile(times, 90))}  p99 ${fmt(p99)}  max ${fmt(times[times.length - 1]!)}`,
  );
  console.log(
    `  (ack alone: p50 ${fmt(percentile(acks, 50))}  p99 ${fmt(percentile(acks, 99))}  max ${fmt(acks[acks.length - 1]!)})`,
  );
  console.log(`throughput ${(times.length / seconds).toFixed(0)} round trips/s`);
  if (botCpu0 !== undefined && botCpu1 !== undefined)
    console.log(`bot CPU per request ${fmt(((botCpu1 - botCpu0) * 1000) / times.length)}`);
  console.log(
    p99 < 30 ? 'target (issue 4) met: p99 < 30 ms' : `target (issue 4) missed: p99 ${fmt(p99)} >= 30 ms`,
  );

  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await fake.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
