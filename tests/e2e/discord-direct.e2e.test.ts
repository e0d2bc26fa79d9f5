/**
 * `/votes` answered without discord.js on the Interactions Endpoint URL (direct-command.ts) against the
 * discord.js path it replaces: two instances on one fake Discord, alike but for the `direct` hook, each with a
 * router of its own, are sent the same commands in the same order (so their conversations and caches agree), and
 * must give the same HTTP response, byte for byte, and the same follow-ups (method, route, query, body).
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../adapters/discord/discord-adapter.ts';
import {
  createCallbackBridge,
  discordPublicKey,
  INTERACTIONS_PATH,
  startInteractionsServer,
} from '../../adapters/discord/interactions-http.ts';
import { createChartCache, imagesFor } from '../../src/charts/index.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLogger } from '../../src/logger.ts';
import { createRouter } from '../../src/router/router.ts';
import {
  type FakeDiscord,
  type InvokerOptions,
  type RecordedRequest,
  startFakeDiscord,
} from './fakes/fake-discord.ts';

let fake: FakeDiscord;
let privateKey: KeyObject;
interface Instance {
  adapter: DiscordAdapter;
  port: number;
  close(): Promise<void>;
}
let direct: Instance;
let viaDiscordJs: Instance;
/** How many interactions the direct path took. */
let taken = 0;

async function instance(publicHex: string, withDirect: boolean): Promise<Instance> {
  const knowledge = loadKnowledge();
  const charts = createChartCache(join(tmpdir(), 'plenary-e2e-charts-discord-direct'));
  const router = createRouter(knowledge, { images: (ids, o) => imagesFor(knowledge, charts, ids, o) });
  const bridge = createCallbackBridge();
  const log = createLogger({ level: 'silent' });
  const adapter = createDiscordAdapter({
    token: 'fake-bot-token',
    apiUrl: fake.apiUrl,
    router,
    log,
    gateway: false,
    makeRequest: bridge.makeRequest,
  });
  bridge.attach(adapter.client.rest);
  await adapter.start();
  const server = await startInteractionsServer({
    port: 0,
    host: '127.0.0.1',
    publicKey: discordPublicKey(publicHex),
    bridge,
    ...(withDirect
      ? {
          direct: (raw: unknown, respond: (body: string) => boolean) => {
            const took = adapter.direct(raw, respond);
            if (took) taken++;
            return took;
          },
        }
      : {}),
    handle: (raw) => adapter.handleInteraction(raw),
    log,
  });
  return { adapter, port: server.port, close: server.close };
}

beforeAll(async () => {
  fake = await startFakeDiscord(1_000);
  const pair = generateKeyPairSync('ed25519');
  privateKey = pair.privateKey;
  const publicHex = pair.publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
  direct = await instance(publicHex, true);
  viaDiscordJs = await instance(publicHex, false);
}, 30_000);
afterAll(async () => {
  for (const i of [direct, viaDiscordJs]) {
    await i?.close();
    await i?.adapter.stop();
  }
  await fake?.close();
});

function post(port: number, body: string, headers: Record<string, string> = {}) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  return new Promise<{ code: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: INTERACTIONS_PATH,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-signature-ed25519': signature,
          'x-signature-timestamp': timestamp,
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
        });
        res.on('end', () => resolve({ code: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

type Option = { type: number; name: string; value: unknown };
const s = (name: string, value: string): Option => ({ type: 3, name, value });
const b = (name: string, value: boolean): Option => ({ type: 5, name, value });

/** Waits until the fake has seen nothing new for a while (follow-ups and edits are sent after the response). */
async function settled(): Promise<void> {
  let count = -1;
  while (count !== fake.requests.length) {
    count = fake.requests.length;
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** What an interaction made Discord receive besides the HTTP response, its token made neutral. */
const sentFor = (token: string) =>
  fake.requests
    .filter((r: RecordedRequest) => r.path.includes(token))
    .map((r) => ({
      method: r.method,
      path: r.path.replace(token, 'TOKEN'),
      query: r.query.toString(),
      body: r.body,
      files: r.files.map((f) => f.filename),
    }));

/** Sends the same command to both instances; returns what each answered and sent. */
async function both(sub: string, options: Option[] = [], invoker: InvokerOptions = {}) {
  const data = { options: [{ type: 1, name: sub, options }] };
  const out = [];
  for (const target of [direct, viaDiscordJs]) {
    const i = fake.interaction(data, 2, invoker);
    const res = await post(target.port, JSON.stringify(i.payload));
    // A deferral ("thinking…", for a picture): the answer is edited in once drawn, which may take a while.
    if (res.code === 200 && (JSON.parse(res.body) as { type: number }).type === 5)
      await fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(i.token), 15_000);
    await settled();
    out.push({ code: res.code, body: res.body, sent: sentFor(i.token) });
  }
  return { direct: out[0]!, discordJs: out[1]! };
}

describe('/votes answered without discord.js, against the discord.js path', () => {
  const commands: [string, Option[], InvokerOptions?][] = [
    ['country', [s('name', 'germny')]],
    ['country', [s('name', 'usa')]],
    ['resolution', [s('which', 'ga_es11_8')]],
    ['quote', [s('speaker', 'Dorothy Shea')]],
    ['ask', [s('question', 'who voted against Ukraine’s resolution?')]],
    ['help', []],
    ['help', []],
    ['country', [s('name', 'germny')]],
    ['ask', [s('question', 'how did korea vote?')]],
    ['ask', [s('question', 'and France?')]],
    ['ask', [s('question', 'how did Brazil vote on A/RES/ES-11/7?'), b('public', true)]],
    ['ask', [s('question', 'how did Brazil vote on A/RES/ES-11/7?'), b('public', false)]],
    ['ask', [s('question', 'list every country that voted yes on ES-11/7')]],
    ['ask', [s('question', 'list every country that voted yes on ES-11/7')]],
    ['ask', [s('question', 'who said *bold* <@123> @everyone')]],
    ['country', [s('name', 'France')], { locale: 'fr' }],
    ['country', [s('name', 'France')], { dm: true }],
    ['country', [s('name', 'France')], { userInstall: true, dm: true }],
    ['quote', [s('speaker', 'Dorothy Shea')], { locale: 'de' }],
    ['ask', [s('question', 'show me a map of the vote on ES-11/7')]],
    ['ask', []],
    ['nonexistent', []],
    ['country', [{ type: 4, name: 'name', value: 3 }]],
  ];

  /** Subcommands the direct path leaves to discord.js (unknown ones, and options of another type). */
  const left = new Set(['nonexistent']);
  for (const [sub, options, invoker] of commands)
    it(`given /votes ${sub} ${JSON.stringify(options.map((o) => o.value))} ${JSON.stringify(invoker ?? {})}, both answer alike`, async () => {
      const before = taken;
      const { direct: d, discordJs: j } = await both(sub, options, invoker);
      expect(d.code).toBe(j.code);
      expect(d.body).toBe(j.body);
      expect(d.sent).toEqual(j.sent);
      expect(taken - before).toBe(left.has(sub) || options.some((o) => o.type === 4) ? 0 : 1);
    }, 20_000);

  it('given a long answer, the follow-ups go to the interaction webhook with wait=true, as from discord.js', async () => {
    const { direct: d, discordJs: j } = await both('quote', [s('speaker', 'Dorothy Shea')], {
      channelId: '4242',
    });
    expect(d.sent).toEqual(j.sent);
    expect(d.sent.length).toBeGreaterThan(0);
    expect(d.sent.every((r) => r.method === 'POST' && r.query === 'wait=true')).toBe(true);
    expect(JSON.parse(d.body).type).toBe(4);
  });
});

describe('the endpoint with the direct path keeps its checks', () => {
  it('refuses a bad signature with 401, a body over 256 kB (413 or the connection closed), and answers PING with PONG', async () => {
    const before = taken;
    const body = JSON.stringify(fake.interaction({ options: [{ type: 1, name: 'help' }] }).payload);
    expect((await post(direct.port, body, { 'x-signature-ed25519': 'ab'.repeat(64) })).code).toBe(401);
    expect(
      (await post(direct.port, `${body}${' '.repeat(300 * 1024)}`).catch(() => ({ code: 413 }))).code,
    ).toBe(413);
    expect(await post(direct.port, '{"type":1}')).toEqual({ code: 200, body: '{"type":1}' });
    expect(taken).toBe(before);
  });

  it('pings nobody: every reply allows no mentions', async () => {
    const { direct: d } = await both('ask', [s('question', 'how did France vote?')]);
    expect(JSON.parse(d.body).data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});
