/**
 * Discord's Interactions Endpoint URL: two instances (real discord.js adapters without a gateway session, each
 * with its own endpoint on 127.0.0.1) answer `/votes` over HTTP, Ed25519 signatures checked with node:crypto.
 * The first response is the HTTP response; edits and follow-ups go to the fake Discord's webhook routes.
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../adapters/discord/discord-adapter.ts';
import {
  createCallbackBridge,
  discordPublicKey,
  INTERACTIONS_PATH,
  startInteractionsServer,
} from '../../adapters/discord/interactions-http.ts';
import { createLogger } from '../../src/logger.ts';
import { discordRouter } from './fakes/discord-harness.ts';
import { type FakeDiscord, startFakeDiscord } from './fakes/fake-discord.ts';

let fake: FakeDiscord;
let privateKey: KeyObject;
let publicHex: string;
const replicas: { adapter: DiscordAdapter; port: number; close(): Promise<void> }[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord(1_000);
  const pair = generateKeyPairSync('ed25519');
  privateKey = pair.privateKey;
  publicHex = pair.publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
  for (let n = 0; n < 2; n++) {
    const bridge = createCallbackBridge();
    const log = createLogger({ level: 'silent' });
    const adapter = createDiscordAdapter({
      token: 'fake-bot-token',
      apiUrl: fake.apiUrl,
      router: discordRouter(),
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
      handle: (raw) => adapter.handleInteraction(raw),
      log,
    });
    replicas.push({ adapter, port: server.port, close: server.close });
  }
});
afterAll(async () => {
  for (const r of replicas) {
    await r.close();
    await r.adapter.stop();
  }
  await fake?.close();
});

function post(port: number, body: string, signWith: KeyObject = privateKey) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), signWith).toString('hex');
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

const command = (sub: string, options: Record<string, string>) =>
  fake.interaction({
    options: [
      {
        type: 1,
        name: sub,
        options: Object.entries(options).map(([name, value]) => ({ type: 3, name, value })),
      },
    ],
  }).payload;

describe('/votes over the Interactions Endpoint URL, on every instance', () => {
  it('answers PING with PONG and refuses a bad signature with 401', async () => {
    expect(await post(replicas[0]!.port, '{"type":1}')).toEqual({ code: 200, body: '{"type":1}' });
    const stranger = generateKeyPairSync('ed25519').privateKey;
    expect((await post(replicas[0]!.port, '{"type":1}', stranger)).code).toBe(401);
  });

  it('given the same question on either instance, each answers it in its HTTP response, with sources', async () => {
    for (const replica of replicas) {
      const res = await post(replica.port, JSON.stringify(command('country', { name: 'France' })));
      expect(res.code).toBe(200);
      const reply = JSON.parse(res.body) as { type: number; data: { embeds: unknown[] } };
      expect(reply.type).toBe(4);
      expect(JSON.stringify(reply.data.embeds)).toContain('France');
    }
    // Nothing went to the gateway-only callback route.
    expect(fake.requests.filter((r) => r.path.endsWith('/callback'))).toEqual([]);
  });

  it('given a map, it answers "thinking…" at once and edits the picture in through the webhook route', async () => {
    const payload = command('map', { which: 'ES-11/7' });
    const res = await post(replicas[1]!.port, JSON.stringify(payload));
    expect(JSON.parse(res.body)).toMatchObject({ type: 5 });
    const edit = await fake.waitFor(
      (r) => r.method === 'PATCH' && r.path.includes(String(payload.token)) && r.files.length > 0,
      10_000,
    );
    expect(edit.files[0]?.filename).toMatch(/\.png$/);
    expect(edit.files[0]?.head.subarray(1, 4).toString()).toBe('PNG');
  });
});
