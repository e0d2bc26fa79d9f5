import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type DigestCommandContext,
  type DigestSyntax,
  handleDigestCommand,
  runDigestCommand,
  suggestTimeZones,
  textDigestSyntax,
} from '../../../src/digest/commands.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { answerToText } from '../../../src/render-text.ts';
import { openSqliteStore } from '../../../src/store/sqlite-store.ts';
import type { SubscriptionStore } from '../../../src/store/subscription-store.ts';

const knowledge = loadKnowledge();
let store: SubscriptionStore;
beforeEach(() => {
  store = openSqliteStore(':memory:');
});
afterEach(() => store.close());

const key = { platform: 'slack', channelId: 'C1' };
function run(args: string, now = '2026-05-01T12:00:00Z', syntax: DigestSyntax = textDigestSyntax()) {
  const ctx: DigestCommandContext = {
    ...key,
    workspaceId: 'T1',
    userId: 'U42',
    args,
    defaults: { time: '09:00', tz: 'UTC' },
    now: new Date(now),
    syntax,
  };
  return handleDigestCommand(store, knowledge, ctx);
}

/** A platform whose users type `!plenary <action> with <args>`, to see every reply take its words. */
const bangSyntax: DigestSyntax = {
  command: (c) => {
    const args = c.action === 'on' ? [c.time, c.timeZone] : c.action === 'preview' ? [c.date] : [];
    const given = args.filter((a) => a !== undefined);
    return `!plenary ${c.action}${given.length > 0 ? ` with ${given.join(',')}` : ''}`;
  },
  usage: (action) => `!plenary ${action} [options]`,
};

describe('digest commands', () => {
  it('"on" with no arguments subscribes with the default time and zone', async () => {
    const a = await run('on');
    expect(a.kind).toBe('answer');
    expect(a.summary).toContain('09:00 (UTC)');
    expect(await store.get(key)).toMatchObject({
      time: '09:00',
      timeZone: 'UTC',
      createdBy: 'U42',
      workspaceId: 'T1',
    });
  });

  it('"on 7:30 europe/kyiv" subscribes at 07:30 Europe/Kyiv, and again updates it', async () => {
    expect((await run('on 7:30 europe/kyiv')).summary).toContain('07:30 (Europe/Kyiv)');
    expect(await store.get(key)).toMatchObject({ time: '07:30', timeZone: 'Europe/Kyiv' });
    expect((await run('on America/New_York 18:00')).summary).toContain('updated');
    expect(await store.get(key)).toMatchObject({ time: '18:00', timeZone: 'America/New_York' });
  });

  it('given a bad time, it explains with an example and changes nothing', async () => {
    await run('on 08:00 Europe/Kyiv');
    const a = await run('on 25:00 Europe/Paris');
    expect(a.kind).toBe('no_answer');
    expect(a.summary).toContain('"25:00" is not a time of day');
    expect(a.summary).toContain('digest on 09:00 Europe/Kyiv');
    expect(await store.get(key)).toMatchObject({ time: '08:00', timeZone: 'Europe/Kyiv' });
  });

  it('given an unknown time zone, it explains with an example and changes nothing', async () => {
    const a = await run('on 10:00 Mars/Olympus');
    expect(a.summary).toContain('"Mars/Olympus" is not a time zone');
    expect(a.summary).toContain('Nothing was changed');
    expect(await store.get(key)).toBeNull();
    expect((await run('on 09:00 Kyiv')).summary).toContain('Did you mean Europe/Kyiv?');
    expect(await store.get(key)).toBeNull();
  });

  it('"off" unsubscribes, and says so when there was nothing to stop', async () => {
    await run('on');
    expect((await run('off')).summary).toContain('off');
    expect(await store.get(key)).toBeNull();
    expect((await run('off')).summary).toContain('no daily digest');
  });

  it('"status" shows time, zone, next and last digest, and a gone channel with its reason', async () => {
    expect((await run('status')).summary).toContain('no daily digest');
    await run('on 09:00 UTC', '2026-05-01T08:00:00Z');
    const text = answerToText(await run('status', '2026-05-01T08:00:00Z'));
    expect(text).toContain('every day at 09:00 (UTC)');
    expect(text).toContain('Next digest: 2026-05-01 at 09:00');
    expect(text).toContain('No digest delivered yet');
    const claim = (await store.claim(key, '2026-05-01', 'w', new Date('2026-05-01T09:00:00Z')))!;
    await store.markChannelGone(key, 'not_in_channel', new Date('2026-05-01T09:00:01Z'), claim.id);
    const gone = answerToText(await run('status'));
    expect(gone).toContain('paused');
    expect(gone).toContain('not_in_channel');
    expect(gone).toContain('Last digest: 2026-05-01 (gone)');
  });

  it('"preview" shows the digest for a date without subscribing, and rejects a bad date', async () => {
    const a = await run('preview 2026-02-24');
    expect(a.intent).toBe('digest_preview');
    expect(a.summary).toContain('Day 365');
    expect(a.tallies).toHaveLength(3);
    expect(await store.get(key)).toBeNull();
    expect((await run('preview')).summary).toContain('Day 431');
    expect((await run('preview 2026-02-30')).summary).toContain('not a date');
  });

  it('"help" and an empty command list the commands; an unknown one says what exists', async () => {
    expect(answerToText(await run('help'))).toContain('digest preview [YYYY-MM-DD]');
    expect((await run('')).intent).toBe('digest_help');
    expect((await run('sometimes')).summary).toContain('don\'t know the digest command "sometimes"');
  });

  it('"status" names who set the digest up as a user block, not as text, so adapters can mention them', async () => {
    await run('on 09:00 UTC');
    const status = await run('status');
    expect(status.blocks).toContainEqual({ type: 'user', label: 'Set up by', userId: 'U42' });
    const paragraphs = status.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(paragraphs.join('\n')).not.toContain('U42');
    expect(answerToText(status)).toContain('Set up by U42');
  });

  it('given a platform syntax, every reply that quotes a command uses it and never the text grammar', async () => {
    const bang = async (args: string) => answerToText(await run(args, undefined, bangSyntax));
    const replies = [
      await bang('help'),
      await bang('on 25:00'),
      await bang('on 09:00 Mars/Olympus'),
      await bang('on 09:00 10:00'),
      await bang('preview 2026-13-45'),
      await bang('sometimes'),
    ];
    await run('off');
    replies.push(await bang('status'));
    expect(replies[0]).toContain('!plenary on [options]: post the digest');
    expect(replies[0]).toContain('e.g. !plenary on with 09:00,Europe/Kyiv');
    expect(replies[1]).toContain('for example "!plenary on with 09:00,Europe/Kyiv"');
    expect(replies[2]).toContain('for example "!plenary on with 09:00,Europe/Kyiv"');
    expect(replies[3]).toContain('Example: "!plenary on with 09:00,Europe/Kyiv"');
    expect(replies[4]).toContain('for example "!plenary preview with 2026-02-24"');
    expect(replies[5]).toContain(
      'Try "!plenary on", "!plenary off", "!plenary status", "!plenary preview" or "!plenary help"',
    );
    expect(replies[6]).toContain('Turn it on with "!plenary on [options]"');
    for (const reply of replies) expect(reply).not.toMatch(/(^|[^!\w])digest (on|off|status|preview|help)/);
  });

  it('given a gone channel, status says how to resume in the platform syntax', async () => {
    await run('on 09:00 UTC', '2026-05-01T08:00:00Z');
    const claim = (await store.claim(key, '2026-05-01', 'w', new Date('2026-05-01T09:00:00Z')))!;
    await store.markChannelGone(key, 'not_in_channel', new Date('2026-05-01T09:00:01Z'), claim.id);
    const ctx = {
      ...key,
      workspaceId: 'T1',
      userId: 'U42',
      defaults: { time: '09:00', tz: 'UTC' },
      now: new Date('2026-05-02T12:00:00Z'),
      syntax: bangSyntax,
    };
    expect((await runDigestCommand(store, knowledge, ctx, { action: 'status' })).summary).toContain(
      'Run "!plenary on" again to resume',
    );
  });

  it('the text syntax writes commands and usages as parseDigestCommand reads them, after a prefix', async () => {
    const slack = textDigestSyntax('/votes ');
    expect(slack.command({ action: 'on', time: '09:00', timeZone: 'Europe/Kyiv' })).toBe(
      '/votes digest on 09:00 Europe/Kyiv',
    );
    expect(slack.command({ action: 'on' })).toBe('/votes digest on');
    expect(slack.command({ action: 'preview', date: '2026-02-24' })).toBe('/votes digest preview 2026-02-24');
    expect(slack.command({ action: 'on', time: '09:00', timeZone: 'Europe/Paris', lang: 'fr' })).toBe(
      '/votes digest on 09:00 Europe/Paris fr',
    );
    expect(slack.usage('on')).toBe('/votes digest on [HH:MM] [Area/City] [language]');
    expect(slack.usage('preview')).toBe('/votes digest preview [YYYY-MM-DD] [language]');
    expect(textDigestSyntax().usage('off')).toBe('digest off');
  });

  it('"on 09:00 Europe/Paris fr" subscribes in French, and status names the language', async () => {
    const on = answerToText(await run('on 09:00 Europe/Paris fr'));
    expect(on).toContain('every day at 09:00 (Europe/Paris), in French (français)');
    expect(await store.get(key)).toMatchObject({ time: '09:00', timeZone: 'Europe/Paris', lang: 'fr' });
    expect(answerToText(await run('status'))).toContain('in French (français)');
  });

  it('takes the language anywhere after "on", by code, locale or name in English or in itself', async () => {
    const cases: [string, string][] = [
      ['on fr-FR', 'fr'],
      ['on Deutsch 07:00', 'de'],
      ['on ukrainian Europe/Kyiv', 'uk'],
      ['on 中文', 'zh'],
      ['on العربية', 'ar'],
      ['on Español', 'es'],
      ['on русский', 'ru'],
      ['on EN', 'en'],
    ];
    for (const [args, lang] of cases) {
      await run(args);
      expect((await store.get(key))?.lang, args).toBe(lang);
    }
  });

  it('given no language, a subscription is in English, and subscribing again without one sets English back', async () => {
    await run('on 09:00 Europe/Paris fr');
    expect(answerToText(await run('on 10:00'))).toContain('in English');
    expect((await store.get(key))?.lang).toBe('en');
  });

  it('given an unknown language, it lists the languages and changes nothing', async () => {
    await run('on 08:00 Europe/Kyiv uk');
    for (const args of [
      'on 09:00 Europe/Paris it',
      'on 09:00 Europe/Paris pt-BR',
      'on 09:00 Europe/Rome italiano',
    ]) {
      const answer = await run(args);
      expect(answer.kind, args).toBe('no_answer');
      const text = answerToText(answer);
      expect(text).toContain('is not a language I write digests in');
      for (const code of ['ar', 'zh', 'en', 'fr', 'ru', 'es', 'de', 'uk'])
        expect(text).toContain(`${code} (`);
      expect(text).toContain('Nothing was changed');
    }
    expect(await store.get(key)).toMatchObject({ time: '08:00', timeZone: 'Europe/Kyiv', lang: 'uk' });
    expect(answerToText(await run('on 09:00 Europe/Paris fr de'))).toContain('I did not understand "de"');
  });

  it('"preview" is written in the language asked, else the channel’s', async () => {
    const fr = await run('preview 2026-02-24 fr');
    expect(fr.lang).toBe('fr');
    expect(fr.summary).toContain('depuis les votes de l’ONU');
    await run('on 09:00 Europe/Kyiv uk');
    expect((await run('preview 2026-02-24')).summary).toContain('після голосувань');
    expect((await run('preview en 2026-02-24')).summary).toBe(
      'Day 365 since the UN votes of 24 February 2025: first anniversary',
    );
  });

  it('"help" shows how to name a language', async () => {
    const text = answerToText(await run('help'));
    expect(text).toContain('digest on [HH:MM] [Area/City] [language]');
    expect(text).toContain('digest on 09:00 Europe/Paris fr');
  });

  it('suggests at most 25 time zones for Discord autocomplete', async () => {
    expect(suggestTimeZones('America/').length).toBeLessThanOrEqual(25);
    expect(suggestTimeZones('Europe/Ky')).toEqual(['Europe/Kyiv']);
  });
});
