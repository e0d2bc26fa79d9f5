/**
 * Installing into many workspaces (real Bolt, HTTP mode, the real InstallProvider) against the fake Slack:
 * two workspaces install through /slack/install and /slack/oauth_redirect; each one's answers and digests go
 * out with its own token; the tokens are sealed in the SQLite file; one uninstalls and loses its rows while the
 * other still works; a wrong SLACK_TOKEN_KEY stops start-up.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import { buildDigest, EMPTY_DIGEST_STATE } from '../../src/digest/index.ts';
import { createLogger } from '../../src/logger.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { SubscriptionStore } from '../../src/store/subscription-store.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET } from './fakes/fake-slack.ts';
import { get, installWorkspace } from './fakes/oauth-install.ts';
import { routerWithPictures, type SlackHarness, startSlackHarness } from './fakes/slack-harness.ts';
import { eventCallback, mention, SIGNING_SECRET, send } from './fakes/slack-requests.ts';

const dir = mkdtempSync(join(tmpdir(), 'plenary-oauth-'));
const dbPath = join(dir, 'plenary.db');
const tokenKey = randomBytes(32);
const oauth = {
  clientId: FAKE_CLIENT_ID,
  clientSecret: FAKE_CLIENT_SECRET,
  stateSecret: 'state-secret-0123456789abcdef',
  tokenKey,
};
let store: SubscriptionStore;
let h: SlackHarness;
let base: string;

beforeAll(async () => {
  store = openSqliteStore(dbPath);
  h = await startSlackHarness({ botToken: undefined, oauth, store });
  base = h.eventsUrl.replace('/slack/events', '');
});

afterAll(async () => {
  await h?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const slack = (workspaceId: string) => ({ platform: 'slack', workspaceId });
const tokens = new Map<string, string>();

/** A mention in `team`'s channel; resolves with the answer's chat.postMessage. */
async function ask(team: string, channel: string) {
  const res = await send(
    h.eventsUrl,
    eventCallback(mention('how did France vote?', { channel }), undefined, team),
  );
  expect(res.status).toBe(200);
  return h.fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === channel, 10_000);
}

describe('Slack installed into many workspaces (OAuth)', () => {
  it('serves an Add to Slack page whose button asks Slack for the bot scopes, with a state cookie', async () => {
    const page = await get(`${base}/slack/install`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Add to Slack');
    expect(page.body).toMatch(/slack\.com\/oauth\/v2\/authorize\?[^"]*client_id=1111\.2222/);
    expect(page.body).toContain('chat%3Awrite');
    expect(page.cookies.join(';')).toContain('slack-app-oauth-state=');
  });

  it('given two workspaces that install, each answer is posted with that workspace’s own token', async () => {
    for (const team of ['T0ONE', 'T0TWO']) {
      const { done } = await installWorkspace(base, team);
      expect(done.status).toBe(200);
      expect(done.body).toContain(`Plenary is installed in Team ${team}`);
      const access = h.fake.calls.filter((c) => c.method === 'oauth.v2.access').at(-1);
      expect(access?.body.code).toBe(`code-${team}`);
    }
    for (const [team, channel] of [
      ['T0ONE', 'C0ONE'],
      ['T0TWO', 'C0TWO'],
    ] as const) {
      const post = await ask(team, channel);
      expect(post.token).toMatch(new RegExp(`^xoxb-${team}-`));
      tokens.set(team, post.token!);
    }
    expect(tokens.get('T0ONE')).not.toBe(tokens.get('T0TWO'));
  });

  it('given a redirect without the browser’s state cookie, it installs nothing and says so', async () => {
    const page = await get(`${base}/slack/oauth_redirect?code=code-T0EVIL&state=forged`);
    expect(page.status).toBe(400);
    expect(page.body).toContain('Plenary was not installed');
    expect(await store.getInstallation(slack('T0EVIL'))).toBeNull();
  });

  it('posts each workspace’s digest with its own token', async () => {
    const now = new Date('2026-02-24T08:00:00Z');
    const digest = buildDigest(routerWithPictures().knowledge, '2026-02-24', EMPTY_DIGEST_STATE);
    for (const [team, channel] of [
      ['T0ONE', 'C0DIGONE'],
      ['T0TWO', 'C0DIGTWO'],
    ] as const) {
      const sub = {
        platform: 'slack',
        channelId: channel,
        workspaceId: team,
        time: '09:00',
        timeZone: 'UTC',
      };
      const { subscription } = await store.subscribe({ ...sub, createdBy: 'U0ALICE' }, now);
      await h.adapter.publisher.publish(subscription, digest);
      const posts = h.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);
      expect(posts.length).toBeGreaterThan(0);
      for (const p of posts) expect(p.token).toBe(tokens.get(team));
    }
  });

  it('keeps no token readable in the database file', () => {
    const files = [dbPath, `${dbPath}-wal`].filter(existsSync);
    const bytes = Buffer.concat(files.map((f) => readFileSync(f)));
    expect(bytes.includes('installations')).toBe(true);
    expect(bytes.includes('xoxb-')).toBe(false);
    for (const t of tokens.values()) expect(bytes.includes(t)).toBe(false);
  });

  it('given app_uninstalled from one workspace, its installation and subscriptions are gone and the other still works', async () => {
    const uninstalled = eventCallback({ type: 'app_uninstalled' }, undefined, 'T0ONE');
    expect((await send(h.eventsUrl, uninstalled)).status).toBe(200);
    const line = await h.waitForLog(
      (l) => String(l.msg).includes('app uninstalled in workspace T0ONE'),
      10_000,
    );
    expect(line).toMatchObject({ workspaceId: 'T0ONE', installation: true, subscriptions: 1 });
    expect(await store.getInstallation(slack('T0ONE'))).toBeNull();
    expect(await store.listWorkspace(slack('T0ONE'))).toEqual([]);
    expect(await store.getInstallation(slack('T0TWO'))).not.toBeNull();
    expect(await store.listWorkspace(slack('T0TWO'))).toHaveLength(1);

    const before = h.fake.calls.length;
    const res = await send(
      h.eventsUrl,
      eventCallback(mention('how did Chad vote?', { channel: 'C0ONE2' }), undefined, 'T0ONE'),
    );
    expect(res.status).toBe(200);
    const again = await ask('T0TWO', 'C0TWO2');
    expect(again.token).toBe(tokens.get('T0TWO'));
    const sentToOne = h.fake.calls.slice(before).filter((c) => c.body.channel === 'C0ONE2');
    expect(sentToOne).toEqual([]);
  });

  it('given tokens_revoked for a workspace’s bot, it is uninstalled the same way', async () => {
    const revoked = eventCallback(
      { type: 'tokens_revoked', tokens: { bot: ['UBOTPLENARY'] } },
      undefined,
      'T0TWO',
    );
    expect((await send(h.eventsUrl, revoked)).status).toBe(200);
    await h.waitForLog((l) => String(l.msg).includes('bot token revoked in workspace T0TWO'), 10_000);
    expect(await store.getInstallation(slack('T0TWO'))).toBeNull();
    expect(await store.listWorkspace(slack('T0TWO'))).toEqual([]);
  });

  it('given another SLACK_TOKEN_KEY than the installations were sealed with, start-up fails naming the variable', async () => {
    await installWorkspace(base, 'T0THREE');
    const other = createSlackAdapter({
      router: routerWithPictures(),
      log: createLogger({ level: 'silent' }),
      oauth: { ...oauth, tokenKey: randomBytes(32) },
      store,
      signingSecret: SIGNING_SECRET,
      port: 0,
      host: '127.0.0.1',
      apiUrl: h.fake.apiUrl,
    });
    await expect(other.start()).rejects.toThrow(/SLACK_TOKEN_KEY does not open/);
  });
});
