/**
 * Follow-ups of `/votes` answered over HTTP (follow-up.ts): posted with node:http to the interaction webhook as
 * discord.js posts them, and sent again through discord.js's REST client when Discord refuses them or the
 * connection fails.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFollowUpPoster } from '../../../adapters/discord/follow-up.ts';

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server | undefined;
afterEach(async () => {
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = undefined;
});

async function discordAnswering(status: number): Promise<{ api: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString();
    });
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      res.writeHead(status, { 'content-type': 'application/json' }).end('{"id":"1"}');
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return { api: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, seen };
}

const target = { applicationId: '42', token: 'tok-en' };
const body = { tts: false, embeds: [{ description: 'Hello “world”' }], allowed_mentions: { parse: [] } };

describe('a follow-up of an interaction answered over HTTP', () => {
  it('given Discord accepts it, it is one POST to the webhook with wait=true, JSON and the REST client’s User-Agent', async () => {
    const { api, seen } = await discordAnswering(200);
    const viaRest = vi.fn(async () => undefined);
    await createFollowUpPoster({ api, version: '10', userAgent: 'DiscordBot (x, 1)', viaRest })(target, body);
    expect(viaRest).not.toHaveBeenCalled();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/v10/webhooks/42/tok-en?wait=true' });
    expect(seen[0]!.headers['content-type']).toBe('application/json');
    expect(seen[0]!.headers['user-agent']).toBe('DiscordBot (x, 1)');
    expect(seen[0]!.headers.authorization).toBeUndefined();
    expect(JSON.parse(seen[0]!.body)).toEqual(body);
  });

  it('given a 429 or a 500, it is sent again through the REST client, whose error is the result', async () => {
    for (const status of [429, 500]) {
      const { api } = await discordAnswering(status);
      const viaRest = vi.fn(async () => {
        throw new Error(`rest says ${status}`);
      });
      const post = createFollowUpPoster({ api, version: '10', userAgent: 'ua', viaRest });
      await expect(post(target, body)).rejects.toThrow(`rest says ${status}`);
      expect(viaRest).toHaveBeenCalledWith(target, body);
      await new Promise((r) => server!.close(r));
      server = undefined;
    }
  });

  it('given nothing listening, it is sent through the REST client', async () => {
    const viaRest = vi.fn(async () => 'sent');
    const post = createFollowUpPoster({
      api: 'http://127.0.0.1:1/api',
      version: '10',
      userAgent: 'ua',
      viaRest,
    });
    await post(target, body);
    expect(viaRest).toHaveBeenCalledTimes(1);
  });
});
