/**
 * Plenary instances as a load balancer sees them: `adapters/main.ts` child processes in Slack HTTP mode, each
 * with its own bot token (so the fake Slack can tell them apart), sharing one DATABASE_URL.
 */
import { join } from 'node:path';
import { openPgStore } from '../../../src/store/pg-store.ts';
import { BOT_USER_ID } from './fake-slack.ts';
import { cleanEnv, healthPort, type Run, slackPort, spawnRun, waitFor } from './process-harness.ts';
import { eventCallback, mention, SIGNING_SECRET, send } from './slack-requests.ts';

const root = join(import.meta.dirname, '..', '..', '..');

export interface Instance {
  name: string;
  token: string;
  run: Run;
  eventsUrl: string;
  healthPort: number;
}

export interface InstanceOptions {
  name: string;
  /** The fake Slack's Web API URL, or the fake Discord's REST URL with `platform: 'discord'`. */
  apiUrl: string;
  platform?: 'slack' | 'discord';
  databaseUrl: string;
  /** Charts are cached beside DATABASE_PATH: a temp folder. */
  dataDir: string;
  env?: Record<string, string>;
}

export async function startInstance(opts: InstanceOptions): Promise<Instance> {
  const token = `xoxb-instance-${opts.name}`;
  const platform =
    opts.platform === 'discord'
      ? { DISCORD_TOKEN: `discord-token-${opts.name}`, DISCORD_API_URL: opts.apiUrl }
      : {
          SLACK_BOT_TOKEN: token,
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_API_URL: opts.apiUrl,
          SLACK_PORT: '0',
        };
  const run = spawnRun(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
    cwd: root,
    env: cleanEnv({
      LOG_LEVEL: 'info',
      DATABASE_PATH: join(opts.dataDir, opts.name, 'plenary.db'),
      DATABASE_URL: opts.databaseUrl,
      ...platform,
      HEALTH_PORT: '0',
      ...opts.env,
    }),
  });
  const early = run.exited.then((e) => {
    throw new Error(
      `instance ${opts.name} exited early (${e.code ?? e.signal}): ${run.stderr().slice(-2000)}`,
    );
  });
  const slack = opts.platform === 'discord' ? Promise.resolve(0) : waitFor(slackPort(run), 40_000);
  const ports = Promise.all([slack, waitFor(healthPort(run), 40_000)]);
  const [slackAt, health] = await Promise.race([ports, early]);
  early.catch(() => undefined);
  return {
    name: opts.name,
    token,
    run,
    eventsUrl: `http://127.0.0.1:${slackAt}/slack/events`,
    healthPort: health,
  };
}

/** A mention event with its own id and ts (ts is what the threaded answer points back to). */
export function mentionEvent(i: number, user: string, channel: string) {
  const ts = `1740401000.${String(i).padStart(6, '0')}`;
  const req = eventCallback(
    mention(`how did country ${i % 2 ? 'France' : 'Brazil'} vote?`, { user, channel, ts }),
    `EvMULTI${String(i).padStart(6, '0')}`,
  );
  return { ts, req };
}

export const sendEvent = send;
export { BOT_USER_ID };

/**
 * Subscribes `count` Slack channels (`<prefix>0000`, `<prefix>0001`, …) to the daily digest, as of yesterday at 00:00
 * UTC: every one of them is due today from midnight on, all in the same minute.
 */
export async function subscribeDueChannels(url: string, prefix: string, count: number): Promise<void> {
  const store = await openPgStore(url);
  const yesterday = new Date(Date.now() - 86_400_000);
  const ids = Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);
  const subscription = {
    platform: 'slack' as const,
    workspaceId: 'T0FAKE',
    time: '00:00',
    timeZone: 'UTC',
    createdBy: 'U1',
  };
  for (let i = 0; i < ids.length; i += 50)
    await Promise.all(
      ids.slice(i, i + 50).map((channelId) => store.subscribe({ ...subscription, channelId }, yesterday)),
    );
  await store.close();
}
