/**
 * The pieces `npm run bench:roundtrip` drives: the bots as child processes (Plenary's `adapters/main.ts`, or a
 * floor bot), a lean Slack sink on loopback (auth.test and response_url posts, nothing parsed or kept), and the
 * signed requests, built before a round starts so that signing costs the load generator nothing while it is
 * timed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeDiscord } from '../e2e/fakes/fake-discord.ts';
import { BOT_ID, BOT_USER_ID, TEAM_ID } from '../e2e/fakes/fake-slack.ts';
import { SIGNING_SECRET, sign as slackSign, slashCommand } from '../e2e/fakes/slack-requests.ts';
import type { QuestionAt } from './roundtrip-questions.ts';

/** A request as the load generator sends it: everything but the socket is decided beforehand. */
export interface PreparedRequest {
  /** What the round trip waits for besides the HTTP answer (a response_url path), if anything. */
  awaits?: string;
  headers: Record<string, string>;
  body: string;
}

export interface Bot {
  name: string;
  child: ChildProcess;
  port: number;
  path: string;
  url: string;
  stop(): Promise<void>;
}

/** A port free on 127.0.0.1 just now (for a bot's HEALTH_PORT). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Plenary's answer-cache counts from its /metrics (plenary_answer_cache_total), summed over platforms. */
export async function answerCacheCounts(healthPort: number): Promise<{ hit: number; miss: number }> {
  const text = await (await fetch(`http://127.0.0.1:${healthPort}/metrics`)).text();
  const counts = { hit: 0, miss: 0 };
  for (const m of text.matchAll(/^plenary_answer_cache_total\{[^}]*result="(hit|miss)"[^}]*\} (\d+)/gm))
    counts[m[1] as 'hit' | 'miss'] += Number(m[2]);
  return counts;
}

/** CPU seconds (user + system) a process has used, from /proc; undefined where there is no /proc. */
export function cpuSeconds(pid: number): number | undefined {
  const t = cpuTimes(pid);
  return t && t.user + t.system;
}

/** CPU seconds a process has used in user space and in the kernel, from /proc; undefined where there is none. */
export function cpuTimes(pid: number): { user: number; system: number } | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 };
  } catch {
    return undefined;
  }
}

/** Starts `script` under tsx (a `.js` script on plain node) with `env`; resolves once it logs the port it listens on for `path`. */
export function startBot(
  name: string,
  script: string,
  path: string,
  env: Record<string, string>,
): Promise<Bot> {
  // BENCH_BOT_ARGS passes node flags to the bots, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = process.env.BENCH_BOT_ARGS?.split(' ').filter(Boolean) ?? [];
  // A compiled script (BENCH_PLENARY_SCRIPT=….js, see bench-roundtrip.ts) runs on plain node, without tsx.
  const loader = script.endsWith('.js') ? [] : ['--import', 'tsx'];
  const child = spawn(process.execPath, [...nodeArgs, ...loader, script], {
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: '',
      SLACK_SIGNING_SECRET: '',
      SLACK_APP_TOKEN: '',
      DISCORD_TOKEN: '',
      DATABASE_URL: '',
      HEALTH_PORT: '',
      LOG_LEVEL: 'info',
      // One simulated user asks everything: the bench measures answers, not the rate limiter's refusals.
      RATE_USER_PER_MINUTE: '100000000',
      RATE_CHANNEL_PER_MINUTE: '100000000',
      DATABASE_PATH: join(tmpdir(), `plenary-bench-roundtrip-${process.pid}`, `${name}.db`),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const portLine = new RegExp(`"port":(\\d+),"path":"${path.replaceAll('/', '\\/')}"`);
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const match = portLine.exec(buffered);
      if (!match) return;
      child.stderr!.off('data', onData);
      child.stderr!.resume();
      resolve({
        name,
        child,
        port: Number(match[1]),
        path,
        url: `http://127.0.0.1:${match[1]}${path}`,
        stop: async () => {
          child.kill('SIGTERM');
          if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
        },
      });
    };
    child.stderr!.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`${name} exited (${code}) before listening:\n${buffered}`)),
    );
  });
}

/** A Slack Web API that answers auth.test to any call, and response_url posts; `onAnswer` gets each post's path. */
export interface SlackSink {
  apiUrl: string;
  responseUrl(id: string): string;
  onAnswer: (path: string, bytes: number) => void;
  /** response_url posts received so far. */
  posts: number;
  close(): Promise<void>;
}

export async function startSlackSink(): Promise<SlackSink> {
  const authTest = JSON.stringify({
    ok: true,
    url: 'https://fake.slack.test/',
    team: 'Fake',
    user: 'plenary',
    team_id: TEAM_ID,
    user_id: BOT_USER_ID,
    bot_id: BOT_ID,
  });
  const sink: SlackSink = {
    apiUrl: '',
    responseUrl: () => '',
    onAnswer: () => undefined,
    posts: 0,
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    let bytes = 0;
    req.on('data', (c: Buffer) => {
      bytes += c.length;
    });
    req.on('end', () => {
      const path = req.url ?? '';
      res.writeHead(200, { 'content-type': 'application/json' });
      if (path.startsWith('/api/')) {
        res.end(authTest);
        return;
      }
      res.end('{"ok":true}');
      sink.posts++;
      sink.onAnswer(path, bytes);
    });
  });
  // Above 1 s so that Node clients keep connections alive.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sink.apiUrl = `${base}/api/`;
  sink.responseUrl = (id) => `${base}/response/${id}`;
  sink.close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return sink;
}

/**
 * Signed `/votes` slash commands, one user and channel, questions `from`..`from + count - 1` of the bench's mix;
 * each awaits its response_url.
 */
export function slackRequests(
  sink: SlackSink,
  tag: string,
  from: number,
  count: number,
  questionAt: QuestionAt,
): PreparedRequest[] {
  const timestamp = Math.floor(Date.now() / 1000);
  return Array.from({ length: count }, (_, k) => {
    const n = from + k;
    const id = `${tag}-${n}`;
    const req = slashCommand(questionAt(n), sink.responseUrl(id), {
      trigger_id: `t.${id}`,
    });
    return {
      awaits: `/response/${id}`,
      body: req.body,
      headers: {
        'content-type': req.contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': slackSign(SIGNING_SECRET, timestamp, req.body),
      },
    };
  });
}

/** The Discord questions `bench:discord` asks, as `/votes` subcommands and options. */
export const DISCORD_QUESTIONS: [string, Record<string, string>][] = [
  ['country', { name: 'germny' }],
  ['country', { name: 'usa' }],
  ['resolution', { which: 'ga_es11_8' }],
  ['quote', { speaker: 'Dorothy Shea' }],
  ['ask', { question: 'who voted against Ukraine’s resolution?' }],
  ['help', {}],
];

/** The application's Ed25519 key pair: the public half as the Developer Portal shows it (64 hex). */
export function discordKeys(): { privateKey: KeyObject; publicHex: string } {
  const pair = generateKeyPairSync('ed25519');
  const publicHex = pair.publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
  return { privateKey: pair.privateKey, publicHex };
}

/**
 * Signed `/votes` interactions as Discord POSTs them to the Interactions Endpoint URL; the answer is the HTTP body.
 * Without `questionAt`, the subcommands of DISCORD_QUESTIONS in turn; with it, `/votes ask` with its questions.
 */
export function discordRequests(
  fake: FakeDiscord,
  key: KeyObject,
  from: number,
  count: number,
  questionAt?: QuestionAt,
): PreparedRequest[] {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return Array.from({ length: count }, (_, k) => {
    const [sub, options]: [string, Record<string, string>] = questionAt
      ? ['ask', { question: questionAt(from + k) }]
      : DISCORD_QUESTIONS[(from + k) % DISCORD_QUESTIONS.length]!;
    const data = {
      options: [
        {
          type: 1,
          name: sub,
          options: Object.entries(options).map(([name, value]) => ({ type: 3, name, value })),
        },
      ],
    };
    const body = JSON.stringify(fake.interaction(data).payload);
    return {
      body,
      headers: {
        'content-type': 'application/json',
        'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), key).toString('hex'),
        'x-signature-timestamp': timestamp,
      },
    };
  });
}
