/**
 * `/votes digest subscribe [time] [timezone] [language] | unsubscribe | status | preview [date] [language]`: a
 * subcommand group that
 * translates Discord options to the core's runDigestCommand, whose replies quote commands in DIGEST_SYNTAX
 * (Discord's subcommands and options). Every reply is ephemeral and pings nobody (status shows who set the digest
 * up as a mention, kept silent by allowed_mentions). Only members with Manage Channels may use it (Discord cannot
 * restrict one subcommand at registration, so it is checked here); in a DM it explains that digests belong to
 * server channels. A bad time, zone or date changes nothing. Without `language`, a subscription is written in
 * the language of the user's Discord client (`interaction.locale`) when Plenary writes in it, else in English.
 */
import type { SlashCommandSubcommandGroupBuilder } from 'discord.js';
import { type Answer, emptyAnswer } from '../../src/answer.ts';
import {
  type DigestCommand,
  isIsoDate,
  parseTimeOfDay,
  parseTimeZone,
  runDigestCommand,
  suggestTimeZones,
} from '../../src/digest/index.ts';
import { type Lang, langOfLocale } from '../../src/i18n/lang.ts';
import { LISTED_LANGS, languageLabel, parseLang } from '../../src/i18n/parse-lang.ts';
import type { Knowledge } from '../../src/knowledge/model.ts';
import type { SubscriptionStore } from '../../src/store/subscription-store.ts';
import type { Choice } from './autocomplete.ts';
import type { OptionReader, VotesSubcommand } from './commands.ts';
import { CHOICE_NAME_MAX, CHOICES_MAX } from './limits.ts';
import { DIGEST_SYNTAX, DISCORD_MESSAGES as M } from './messages.ts';

export interface DigestSetup {
  store: SubscriptionStore;
  /** DIGEST_DEFAULT_TIME and DIGEST_DEFAULT_TZ. */
  defaults: { time: string; tz: string };
  now: () => Date;
}

/** Who runs `/votes digest …` where, as the interaction says. */
export interface DigestInvocation {
  action: string | null;
  options: OptionReader;
  guildId: string | null;
  channelId: string;
  userId: string;
  /** `interaction.memberPermissions.has(ManageChannels)`; false in DMs. */
  canManageChannels: boolean;
  /** `interaction.locale`: the language a subscription defaults to when it is one Plenary writes in. */
  locale?: string | null;
}

const refusal = (intent: string, text: string): Answer => emptyAnswer('no_answer', intent, text);

/** The `language` option (a choice, so normally a code); null when given but not one of the eight. */
function languageOption(o: OptionReader): Lang | undefined | null {
  const given = o.getString('language')?.trim();
  if (!given) return undefined;
  return parseLang(given) ?? null;
}

/** The Discord options -> the core's command, or the message saying what is wrong (nothing is stored then). */
export function digestCommandOf(inv: DigestInvocation): DigestCommand | Answer {
  const o = inv.options;
  const lang = languageOption(o);
  if (lang === null) return refusal('digest_invalid', M.digestBadLanguage(o.getString('language') ?? ''));
  switch (inv.action) {
    case 'subscribe': {
      const time = o.getString('time')?.trim();
      const zone = o.getString('timezone')?.trim();
      if (time && !parseTimeOfDay(time)) return refusal('digest_invalid', M.digestBadTime(time));
      if (zone && !parseTimeZone(zone))
        return refusal('digest_invalid', M.digestBadZone(zone, suggestTimeZones(zone, 3)));
      const chosen = lang ?? langOfLocale(inv.locale) ?? 'en';
      return { action: 'on', ...(time ? { time } : {}), ...(zone ? { timeZone: zone } : {}), lang: chosen };
    }
    case 'unsubscribe':
      return { action: 'off' };
    case 'status':
      return { action: 'status' };
    case 'preview': {
      const date = o.getString('date')?.trim();
      if (date && !isIsoDate(date)) return refusal('digest_invalid', M.digestBadDate(date));
      return { action: 'preview', ...(date ? { date } : {}), ...(lang ? { lang } : {}) };
    }
    default:
      return { action: 'help' };
  }
}

/** Runs one `/votes digest …` use and returns the (ephemeral) answer. Store failures become a polite message. */
export async function digestAnswer(
  inv: DigestInvocation,
  setup: DigestSetup | null,
  knowledge: Knowledge,
): Promise<Answer> {
  if (inv.guildId === null) return refusal('digest_dm', M.digestDmOnly);
  if (!inv.canManageChannels) return refusal('digest_forbidden', M.digestNeedsManageChannels);
  if (!setup) return refusal('digest_unavailable', M.digestUnavailable);
  const command = digestCommandOf(inv);
  if (!('action' in command)) return command;
  const ctx = {
    platform: 'discord',
    channelId: inv.channelId,
    workspaceId: inv.guildId,
    userId: inv.userId,
    defaults: setup.defaults,
    now: setup.now(),
    syntax: DIGEST_SYNTAX,
  };
  const answer = await runDigestCommand(setup.store, knowledge, ctx, command);
  if (answer.intent === 'digest_on' && answer.kind === 'answer')
    return { ...answer, blocks: [...answer.blocks, { type: 'note', text: M.digestPermissionHint }] };
  return answer;
}

export function timeZoneChoices(typed: string): Choice[] {
  return suggestTimeZones(typed, CHOICES_MAX)
    .filter((z) => z.length <= CHOICE_NAME_MAX)
    .map((z) => ({ name: z, value: z }));
}

/** The eight languages as Discord choices: "French (français)" -> "fr". */
const LANGUAGE_CHOICES = LISTED_LANGS.map((l) => ({ name: languageLabel(l), value: l }));

function defineGroup(g: SlashCommandSubcommandGroupBuilder): SlashCommandSubcommandGroupBuilder {
  return g
    .setName('digest')
    .setDescription('A daily digest about the votes in this channel (Manage Channels)')
    .addSubcommand((s) =>
      s
        .setName('subscribe')
        .setDescription('Post the digest in this channel every day')
        .addStringOption((o) =>
          o
            .setName('time')
            .setDescription('24-hour HH:MM, e.g. 09:00 (default: the bot’s default time)')
            .setMaxLength(5),
        )
        .addStringOption((o) =>
          o
            .setName('timezone')
            .setDescription('Area/City, e.g. Europe/Kyiv (default: the bot’s default zone)')
            .setAutocomplete(true)
            .setMaxLength(64),
        )
        .addStringOption((o) =>
          o
            .setName('language')
            .setDescription(
              'The language of the digest (default: your Discord language if offered, else English)',
            )
            .addChoices(...LANGUAGE_CHOICES),
        ),
    )
    .addSubcommand((s) => s.setName('unsubscribe').setDescription('Stop the daily digest in this channel'))
    .addSubcommand((s) =>
      s.setName('status').setDescription('This channel’s digest time, zone, next and last post'),
    )
    .addSubcommand((s) =>
      s
        .setName('preview')
        .setDescription('Show the digest for a date (only you see it)')
        .addStringOption((o) =>
          o.setName('date').setDescription('YYYY-MM-DD, e.g. 2026-02-24 (default: today)').setMaxLength(10),
        )
        .addStringOption((o) =>
          o
            .setName('language')
            .setDescription('The language to show it in (default: the channel’s digest language)')
            .addChoices(...LANGUAGE_CHOICES),
        ),
    );
}

export const digestSubcommand: VotesSubcommand = {
  name: 'digest',
  defineGroup,
  serverOnly: true,
  autocomplete: (option, typed) => (option === 'timezone' ? timeZoneChoices(typed) : []),
  ephemeral: true,
  async handle(i, ctx) {
    const answer = await ctx.safely(i, () =>
      digestAnswer(
        {
          action: i.options.getSubcommand(false),
          options: i.options,
          guildId: i.guildId,
          channelId: i.channelId,
          userId: i.user.id,
          canManageChannels: i.memberPermissions?.has('ManageChannels') === true,
          locale: i.locale,
        },
        ctx.digest,
        ctx.knowledge,
      ),
    );
    await ctx.reply(i, answer ?? refusal('digest_failed', M.digestStoreFailed), { ephemeral: true });
  },
};
