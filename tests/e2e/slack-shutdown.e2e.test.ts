import { describe, expect, it } from 'vitest';
import { startSlackHarness } from './fakes/slack-harness.ts';
import { eventCallback, mention, send } from './fakes/slack-requests.ts';

describe('Slack adapter shutdown', () => {
  it('given an answer still being posted when stop() is called, it lets that answer finish, then takes no new work', async () => {
    const h = await startSlackHarness({ apiTimeoutMs: 300 });
    try {
      // The first post hangs until the client's 300 ms timeout; the retry succeeds.
      h.fake.failNext('chat.postMessage', { hang: true }, 1);
      const ev = mention('how did France vote?', { channel: 'C0STOP', ts: '1740400999.000001' });
      expect((await send(h.eventsUrl, eventCallback(ev, 'Ev0STOP1'))).status).toBe(200);
      await h.fake.waitFor((c) => c.method === 'chat.postMessage' && c.status === 0);

      const t0 = performance.now();
      await h.adapter.stop();
      const stoppedAfter = performance.now() - t0;

      const delivered = h.fake.calls.filter(
        (c) => c.method === 'chat.postMessage' && c.status === 200 && c.body.channel === 'C0STOP',
      );
      expect(delivered).toHaveLength(1);
      expect(delivered[0]!.at).toBeLessThan(t0 + stoppedAfter);
      expect(stoppedAfter).toBeGreaterThan(100);

      // After stop, the events endpoint is closed: nothing new is answered.
      const before = h.fake.sends().length;
      await send(
        h.eventsUrl,
        eventCallback(mention('how did Spain vote?', { channel: 'C0STOP2' }), 'Ev0STOP2'),
      ).catch(() => undefined);
      expect(h.fake.sends().length).toBe(before);
    } finally {
      await h.close();
    }
  });
});
