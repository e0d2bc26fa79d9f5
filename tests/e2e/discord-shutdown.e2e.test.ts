import { describe, expect, it } from 'vitest';
import { startDiscordHarness } from './fakes/discord-harness.ts';

describe('Discord adapter shutdown', () => {
  it('given an answer held back by a 429 when stop() is called, it lets that answer finish, then closes', async () => {
    const h = await startDiscordHarness();
    try {
      // The callback gets one 429 (wait 0.4 s), so the answer is still in flight when stop() starts.
      h.fake.rateLimitOnce((method, path) => method === 'POST' && path.startsWith('/interactions/'), 0.4);
      const { id } = h.fake.slashCommand('ask', { question: 'how did France vote?' });
      const deadline = Date.now() + 3000;
      while (!h.fake.rejected.some((r) => r.path.startsWith(`/interactions/${id}/`)) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 10));

      const t0 = performance.now();
      await h.adapter.stop();
      const stoppedAt = performance.now();

      const answered = h.fake.requests.filter(
        (r) => r.path.startsWith(`/interactions/${id}/`) && r.status < 300,
      );
      expect(answered).toHaveLength(1);
      expect(answered[0]!.at).toBeLessThan(stoppedAt);
      expect(stoppedAt - t0).toBeGreaterThan(100);
    } finally {
      await h.close();
    }
  });
});
