/**
 * The least a Discord app does per interaction on the Interactions Endpoint URL, for `npm run bench:roundtrip`:
 * node:http, read the body, verify its Ed25519 signature with node:crypto (401 otherwise), parse the JSON, answer
 * PING with PONG and anything else with a fixed private reply of typical size (type 4, an embed, ephemeral) as
 * the HTTP response. No discord.js, no router, no rendering.
 * Started as a child process with DISCORD_PUBLIC_KEY set; logs `{"port":N,"path":"/discord/interactions"}`.
 */
import { createPublicKey, verify } from 'node:crypto';
import { createServer } from 'node:http';

const key = createPublicKey({
  key: Buffer.concat([
    Buffer.from('302a300506032b6570032100', 'hex'),
    Buffer.from(process.env.DISCORD_PUBLIC_KEY ?? '', 'hex'),
  ]),
  format: 'der',
  type: 'spki',
});
// About the size of Plenary's answer to the bench's questions (FLOOR_REPLY_CHARS, measured by the bench).
const reply = JSON.stringify({
  type: 4,
  data: {
    flags: 64,
    embeds: [{ description: 'x'.repeat(Number(process.env.FLOOR_REPLY_CHARS ?? 1500)) }],
    allowed_mentions: { parse: [] },
  },
});

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const raw = Buffer.concat(chunks);
    const signature = String(req.headers['x-signature-ed25519'] ?? '');
    const timestamp = String(req.headers['x-signature-timestamp'] ?? '');
    const message = Buffer.concat([Buffer.from(timestamp), raw]);
    if (!verify(null, message, key, Buffer.from(signature, 'hex'))) {
      res.writeHead(401).end();
      return;
    }
    const interaction = JSON.parse(raw.toString('utf8')) as { type?: number };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(interaction.type === 1 ? '{"type":1}' : reply);
  });
});
server.keepAliveTimeout = 5_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stderr.write(`${JSON.stringify({ port, path: '/discord/interactions' })}\n`);
});
process.on('SIGTERM', () => process.exit(0));
