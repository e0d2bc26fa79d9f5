/**
 * The receiver's direct path for `/votes` (direct-command.ts): which requests it takes from Bolt, and that it
 * keeps Bolt's behaviour where the answer is not reached (authorization refused, the adapter stopping). The
 * answered path is exercised through the real receiver in tests/e2e/slack*.e2e.test.ts.
 */
import { Writable } from 'node:stream';
import type { App } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import type { Services } from '../../../adapters/slack/commands.ts';
import { directVotesCommand } from '../../../adapters/slack/direct-command.ts';
import { createLogger } from '../../../src/logger.ts';
import { createInFlight } from '../../../src/ops/in-flight.ts';

const lines: string[] = [];
const log = createLogger({
  level: 'info',
  destination: new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  }),
});
const services = { log, onError: () => undefined } as unknown as Services;
const app = { webClientOptions: {}, client: {} } as unknown as App;
const command = (over: Record<string, string> = {}) => ({
  command: '/votes',
  text: 'how did France vote?',
  team_id: 'T1',
  user_id: 'U1',
  user_name: 'alice',
  channel_id: 'C1',
  response_url: 'https://hooks.slack.com/commands/1/2/3',
  ...over,
});

function pick(opts: { authorize?: () => Promise<string | undefined>; accepting?: boolean } = {}) {
  return directVotesCommand({
    app,
    services,
    authorize: opts.authorize ?? (async () => 'xoxb-1'),
    responseOpts: { allowed: new Set<string>() },
    inFlight: createInFlight(),
    accepting: () => opts.accepting ?? true,
  });
}

describe('the direct /votes path', () => {
  it('given anything but a /votes command with its team, user and channel, it leaves the request to Bolt', () => {
    const direct = pick();
    expect(direct(command())).toBeTypeOf('function');
    expect(direct(command({ command: '/other' }))).toBeUndefined();
    expect(direct(command({ is_enterprise_install: 'true' }))).toBeUndefined();
    expect(
      direct({ ...command(), team_id: undefined } as unknown as Record<string, unknown>),
    ).toBeUndefined();
    expect(direct({ type: 'event_callback', event: {} })).toBeUndefined();
  });

  it('given a workspace that is not authorized, it acks with nothing and logs the error, as Bolt does', async () => {
    const ack = vi.fn(async () => undefined);
    const refused = pick({
      authorize: async () => {
        throw new Error('no installation');
      },
    });
    await refused(command())!(ack);
    expect(ack).toHaveBeenCalledTimes(1);
    expect(ack).toHaveBeenCalledWith();
    expect(lines.join('')).toContain('Authorization of incoming event did not succeed');
  });

  it('given the adapter is stopping, it does not ack (the receiver answers 404) and starts nothing', async () => {
    const ack = vi.fn(async () => undefined);
    const authorize = vi.fn(async () => 'xoxb-1');
    await pick({ authorize, accepting: false })(command())!(ack);
    expect(ack).not.toHaveBeenCalled();
  });
});
