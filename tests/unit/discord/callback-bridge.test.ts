/**
 * The HTTP interactions bridge (interactions-http.ts): the first callback of an interaction that came over HTTP
 * becomes the HTTP response, taken at the REST client's `post`; every other call goes on to Discord. The whole
 * path runs in tests/e2e/discord-interactions-http.e2e.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { createCallbackBridge, FIRST_RESPONSE_MS } from '../../../adapters/discord/interactions-http.ts';

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

describe('an interaction received over HTTP that gets no response in time', () => {
  it('given nothing by FIRST_RESPONSE_MS, it is deferred (privately when asked), once, and a later answer is not taken', async () => {
    vi.useFakeTimers();
    try {
      let t = 0;
      const bridge = createCallbackBridge(() => t);
      const late = bridge.firstResponse('21', true);
      const open = bridge.firstResponse('22', false);
      const answered = bridge.firstResponse('23', true);
      t = 1_000;
      expect(bridge.deliver('23', '{"type":4}')).toBe(true);
      t = FIRST_RESPONSE_MS - 1;
      await vi.advanceTimersByTimeAsync(200);
      let settled = false;
      void late.then(() => {
        settled = true;
      });
      await Promise.resolve();
      expect(settled).toBe(false);
      t = FIRST_RESPONSE_MS;
      await vi.advanceTimersByTimeAsync(100);
      expect(await late).toBe(JSON.stringify({ type: 5, data: { flags: 64 } }));
      expect(await open).toBe(JSON.stringify({ type: 5, data: {} }));
      expect(await answered).toBe('{"type":4}');
      expect(bridge.deliver('21', '{"type":4}')).toBe(false);
      // Nothing left waiting: no timer stays behind.
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
