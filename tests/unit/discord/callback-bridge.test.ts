/**
 * The HTTP interactions bridge (interactions-http.ts): the first callback of an interaction that came over HTTP
 * becomes the HTTP response, taken at the REST client's `post`; every other call goes on to Discord. The whole
 * path runs in tests/e2e/discord-interactions-http.e2e.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { createCallbackBridge } from '../../../adapters/discord/interactions-http.ts';

const route = (id: string) => `/interactions/${id}/token-${id}/callback`;

function bridged() {
  const bridge = createCallbackBridge();
  const network = vi.fn(async () => 'from Discord');
  const rest: { post: (r: string, o?: { body?: unknown; files?: unknown[] }) => Promise<unknown> } = {
    post: network,
  };
  bridge.attach(rest);
  return { bridge, rest, network };
}

describe('the first callback of an interaction received over HTTP', () => {
  it('given a reply without files, it is the HTTP response, serialised as the REST client would, and nothing is sent', async () => {
    const { bridge, rest, network } = bridged();
    const first = bridge.firstResponse('11', true);
    const body = { type: 4, data: { content: 'Hello “world”', flags: 64 } };
    expect(await rest.post(route('11'), { body })).toBeInstanceOf(ArrayBuffer);
    expect(await first).toBe(JSON.stringify(body));
    expect(network).not.toHaveBeenCalled();
  });

  it('given a second callback, another interaction, a reply with files or another route, it goes to Discord', async () => {
    const { bridge, rest, network } = bridged();
    void bridge.firstResponse('12', true);
    await rest.post(route('12'), { body: { type: 4 } });
    await rest.post(route('12'), { body: { type: 4 } });
    await rest.post(route('99'), { body: { type: 4 } });
    void bridge.firstResponse('13', true);
    await rest.post(route('13'), { body: { type: 4 }, files: [{}] });
    await rest.post('/webhooks/1/token-12', { body: { content: 'more' } });
    expect(network).toHaveBeenCalledTimes(4);
  });
});
