/**
 * The least a Slack app can do per slash command, for `npm run bench:slack -- --floor`: node:http, check the
 * signature, parse the form, ack with an empty 200, post a fixed answer of typical size to the response_url
 * over keep-alive (tried again once after a network error). No Bolt, no router, no rendering. Its latency under
 * the same load is what this machine and harness allow any bot; the gap to Plenary's is what Plenary costs.
 * Started as a child process with SLACK_SIGNING_SECRET set; logs `{"port":N,"path":"/slack/events"}` like main.ts.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Agent, createServer, request } from 'node:http';

const secret = process.env.SLACK_SIGNING_SECRET ?? '';
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
// About the size of a rendered Plenary answer (3.0 kB on average over the bench's questions; bench:roundtrip
// measures Plenary's and passes FLOOR_REPLY_CHARS).
const answer = JSON.stringify({
  response_type: 'ephemeral',
  text: 'x'.repeat(Number(process.env.FLOOR_REPLY_CHARS ?? 3000)),
  blocks: [],
});

/** Posts the answer; a network error (a keep-alive socket the other end has just closed) is tried again. */
function post(responseUrl: string, tries: number): void {
  request(responseUrl, {
    method: 'POST',
    agent,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) },
  })
    .on('response', (r) => r.resume())
    .on('error', () => {
      if (tries > 1) post(responseUrl, tries - 1);
    })
    .end(answer);
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const raw = Buffer.concat(chunks).toString('utf8');
    const expected = Buffer.from(
      `v0=${createHmac('sha256', secret).update(`v0:${req.headers['x-slack-request-timestamp']}:${raw}`).digest('hex')}`,
    );
    const given = Buffer.from(String(req.headers['x-slack-signature'] ?? ''));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.writeHead(401).end();
      return;
    }
    res.writeHead(200).end();
    post(new URLSearchParams(raw).get('response_url') ?? '', 2);
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stderr.write(`${JSON.stringify({ port, path: '/slack/events' })}\n`);
});
process.on('SIGTERM', () => process.exit(0));
