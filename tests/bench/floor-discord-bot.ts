/**
 * The least a Discord bot can do per interaction, for `npm run bench:discord -- --floor`: one WebSocket to the
 * gateway (`ws`, as discord.js uses), IDENTIFY and heartbeats, and for each INTERACTION_CREATE one POST of a
 * fixed reply of typical size to the interaction callback over keep-alive. No discord.js, no router, no
 * rendering. Its latency under the same load is what this machine and harness allow any bot.
 */
import { Agent, request } from 'node:http';
import WebSocket from 'ws';

export interface FloorBot {
  stop(): Promise<void>;
}

export async function startFloorDiscordBot(apiUrl: string): Promise<FloorBot> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const reply = JSON.stringify({
    type: 4,
    data: { embeds: [{ description: 'x'.repeat(1500) }], allowed_mentions: { parse: [] } },
  });
  const gateway = (await (
    await fetch(`${apiUrl}/v10/gateway/bot`, { headers: { authorization: 'Bot floor' } })
  ).json()) as { url: string };
  const ws = new WebSocket(`${gateway.url}?v=10&encoding=json`);
  let seq: number | null = null;
  let heartbeat: NodeJS.Timeout | undefined;
  await new Promise<void>((resolve, reject) => {
    ws.on('error', reject);
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; t?: string; s?: number; d: unknown };
      if (typeof msg.s === 'number') seq = msg.s;
      if (msg.op === 10) {
        const { heartbeat_interval } = msg.d as { heartbeat_interval: number };
        heartbeat = setInterval(() => ws.send(JSON.stringify({ op: 1, d: seq })), heartbeat_interval);
        ws.send(JSON.stringify({ op: 2, d: { token: 'floor', intents: 0, properties: {} } }));
      } else if (msg.t === 'READY') resolve();
      else if (msg.t === 'INTERACTION_CREATE') {
        const { id, token } = msg.d as { id: string; token: string };
        request(`${apiUrl}/v10/interactions/${id}/${token}/callback`, {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(reply) },
        })
          .on('response', (r) => r.resume())
          .end(reply);
      }
    });
  });
  return {
    async stop() {
      clearInterval(heartbeat);
      ws.close(1000);
      agent.destroy();
    },
  };
}
