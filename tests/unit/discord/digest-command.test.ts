import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type DigestInvocation,
  type DigestSetup,
  digestAnswer,
} from '../../../adapters/discord/digest-command.ts';
import { DIGEST_SYNTAX } from '../../../adapters/discord/messages.ts';
import { EPHEMERAL_FLAG, messageText, renderAnswer } from '../../../adapters/discord/render.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { openSqliteStore } from '../../../src/store/sqlite-store.ts';
import type { SubscriptionStore } from '../../../src/store/subscription-store.ts';

const knowledge = loadKnowledge();
const CHANNEL = '300000000000000001';
const MODERATOR = '100000000000000005';
let store: SubscriptionStore;
let setup: DigestSetup;
beforeEach(() => {
  store = openSqliteStore(':memory:');
  setup = { store, defaults: { time: '09:00', tz: 'UTC' }, now: () => new Date('2026-05-01T08:00:00Z') };
});
afterEach(() => store.close());

/** `/votes digest <action>` with options, by a moderator in a server channel, rendered as Discord would send it. */
async function digest(action: string, values: Record<string, string> = {}) {
  const inv: DigestInvocation = {
    action,
    options: { getString: (n: string) => values[n] ?? null },
    guildId: '100000000000000003',
    channelId: CHANNEL,
    userId: MODERATOR,
    canManageChannels: true,
  };
  const messages = renderAnswer(await digestAnswer(inv, setup, knowledge), { ephemeral: true });
  return { messages, text: messages.map(messageText).join('\n') };
}

describe('/votes digest on Discord', () => {
  it('given status, it shows who set the digest up as a mention, in an ephemeral message that pings nobody', async () => {
    await digest('subscribe', { time: '09:00', timezone: 'Europe/Kyiv' });
    const { messages, text } = await digest('status');
    expect(text).toContain(`Set up by <@${MODERATOR}>`);
    expect(text).not.toContain(`Set up by ${MODERATOR}`);
    for (const m of messages) {
      expect(m.allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(m.flags).toBe(EPHEMERAL_FLAG);
    }
  });

  it('given a creator id that is not a snowflake, it shows it as inert text, not as mention markup', async () => {
    store.subscribe(
      {
        platform: 'discord',
        channelId: CHANNEL,
        workspaceId: 'G',
        time: '09:00',
        timeZone: 'UTC',
        createdBy: '<@&42>',
      },
      new Date('2026-05-01T00:00:00Z'),
    );
    const { text } = await digest('status');
    expect(text).toContain('Set up by \\<@&42>');
  });

  it('quotes commands in Discord words: subcommands and options, never the text grammar', async () => {
    const status = (await digest('status')).text;
    expect(status).toContain(
      'Turn it on with "/votes digest subscribe [time:HH:MM] [timezone:Area/City] [language:<code>]"',
    );
    const help = (await digest('no-such-action')).text;
    expect(help).toContain(
      '/votes digest subscribe [time:HH:MM] [timezone:Area/City] [language:<code>]: post the digest',
    );
    expect(help).toContain('/votes digest subscribe time:09:00 timezone:Europe/Paris language:fr');
    expect(help).toContain('e.g. /votes digest subscribe time:09:00 timezone:Europe/Kyiv');
    expect(help).toContain('/votes digest unsubscribe: stop the daily digest');
    expect(help).toContain('/votes digest preview [date:YYYY-MM-DD] [language:<code>]');
    for (const text of [status, help]) expect(text).not.toMatch(/digest (on|off)\b/);
  });

  it('given a gone channel, status says to run the Discord subscribe command again', async () => {
    await digest('subscribe');
    const claim = (await store.claim(
      { platform: 'discord', channelId: CHANNEL },
      '2026-05-01',
      'w',
      new Date('2026-05-01T09:00:00Z'),
    ))!;
    store.markChannelGone(
      { platform: 'discord', channelId: CHANNEL },
      'unknown_channel',
      new Date('2026-05-01T09:00:01Z'),
      claim.id,
    );
    expect((await digest('status')).text).toContain('Run "/votes digest subscribe" again to resume');
  });

  it('given a French client and no language option, the subscription is in French, and status says so', async () => {
    const inv: DigestInvocation = {
      action: 'subscribe',
      options: { getString: (n: string) => ({ time: '09:00', timezone: 'Europe/Paris' })[n] ?? null },
      guildId: '100000000000000003',
      channelId: CHANNEL,
      userId: MODERATOR,
      canManageChannels: true,
      locale: 'fr',
    };
    const on = await digestAnswer(inv, setup, knowledge);
    expect(on.summary).toContain('in French (français)');
    expect((await store.get({ platform: 'discord', channelId: CHANNEL }))?.lang).toBe('fr');
    expect((await digest('status')).text).toContain(
      'every day at 09:00 (Europe/Paris), in French (français)',
    );
    expect((await digest('subscribe', { language: 'uk' })).text).toContain('in Ukrainian (українська)');
  });

  it('writes commands and usages the way the /votes digest options are registered', async () => {
    expect(DIGEST_SYNTAX.command({ action: 'on', time: '07:30' })).toBe('/votes digest subscribe time:07:30');
    expect(DIGEST_SYNTAX.command({ action: 'off' })).toBe('/votes digest unsubscribe');
    expect(DIGEST_SYNTAX.command({ action: 'preview', date: '2026-02-24' })).toBe(
      '/votes digest preview date:2026-02-24',
    );
    expect(DIGEST_SYNTAX.command({ action: 'help' })).toBe('/votes help');
    expect(DIGEST_SYNTAX.usage('status')).toBe('/votes digest status');
  });
});
