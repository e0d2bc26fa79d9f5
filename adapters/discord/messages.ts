/** Every sentence the Discord adapter itself shows (the core's answers carry their own wording). */
import { type Answer, emptyAnswer } from '../../src/answer.ts';
import type { DigestAction, DigestSyntax } from '../../src/digest/index.ts';
import { languageChoices } from '../../src/i18n/parse-lang.ts';

/** The `/votes digest` subcommand for each of the core's actions (Discord has no `digest help`: `/votes help`). */
const DIGEST_SUBCOMMAND: Record<DigestAction, string> = {
  on: 'digest subscribe',
  off: 'digest unsubscribe',
  status: 'digest status',
  preview: 'digest preview',
  help: 'help',
};

/** What Discord users type for the digest commands: `/votes digest subscribe time:09:00 timezone:Europe/Kyiv`. */
export const DIGEST_SYNTAX: DigestSyntax = {
  command(c) {
    const options =
      c.action === 'on'
        ? [c.time && `time:${c.time}`, c.timeZone && `timezone:${c.timeZone}`, c.lang && `language:${c.lang}`]
        : c.action === 'preview'
          ? [c.date && `date:${c.date}`, c.lang && `language:${c.lang}`]
          : [];
    return [`/votes ${DIGEST_SUBCOMMAND[c.action]}`, ...options.filter(Boolean)].join(' ');
  },
  usage(action) {
    const options =
      action === 'on'
        ? ' [time:HH:MM] [timezone:Area/City] [language:<code>]'
        : action === 'preview'
          ? ' [date:YYYY-MM-DD] [language:<code>]'
          : '';
    return `/votes ${DIGEST_SUBCOMMAND[action]}${options}`;
  },
};

export const EXAMPLE_SUBSCRIBE = DIGEST_SYNTAX.command({
  action: 'on',
  time: '09:00',
  timeZone: 'Europe/Kyiv',
});
const EXAMPLE_PREVIEW = DIGEST_SYNTAX.command({ action: 'preview', date: '2026-02-24' });

export const DISCORD_MESSAGES = {
  sorry: 'Sorry, something went wrong while answering. Please try again in a moment.',
  slowDown: (seconds: number) => `Slow down, please: try again in about ${seconds} s.`,
  digestDmOnly:
    'Daily digests are posted in server channels. Run /votes digest in the channel that should get it (you need the Manage Channels permission there).',
  digestNeedsManageChannels:
    'Only members with the Manage Channels permission can manage this channel’s daily digest. Ask a moderator, or try /votes ask to read about the votes yourself.',
  digestUnavailable: 'Daily digests are not set up on this Plenary bot (it has no database).',
  digestStoreFailed:
    'Sorry, I could not save that just now (the database is busy). Nothing was changed; please try again in a moment.',
  digestBadTime: (input: string) =>
    `"${input}" is not a time of day. Use 24-hour HH:MM, for example ${EXAMPLE_SUBSCRIBE}. Nothing was changed.`,
  digestBadZone: (input: string, suggestions: string[]) =>
    `"${input}" is not a time zone I know.${suggestions.length > 0 ? ` Did you mean ${suggestions.join(' or ')}?` : ''} Pick one from the list, or use an IANA name (Area/City), for example ${EXAMPLE_SUBSCRIBE}. Nothing was changed.`,
  digestBadLanguage: (input: string) =>
    `"${input}" is not a language I write digests in. Pick one from the list: ${languageChoices()}. Nothing was changed.`,
  digestBadDate: (input: string) =>
    `"${input}" is not a date. Use YYYY-MM-DD, for example ${EXAMPLE_PREVIEW}.`,
  digestPermissionHint:
    'I post the digest as Plenary: I need View Channel, Send Messages and Embed Links in this channel.',
  userInstallNoDigest:
    'Daily digests need Plenary added to the server (it posts them in the channel every day). Installed on your account, Plenary answers /votes and Fact-check wherever you are, privately or with public:true.',
  shareButton: 'Share',
  sharedBy: (user: string) => `Shared by ${user}`,
  factCheckNoText:
    'That message has no text to check. Fact-check works on messages that state something in words.',
  helpCommandsTitle: 'Commands',
  helpCommands: [
    '/votes ask question: anything about the votes, privately with a Share button (public:true for everyone)',
    '/votes country, /votes resolution, /votes quote: pick from the list as you type',
    '/votes map which: a world map of a vote (add country: to outline one member)',
    '/votes digest subscribe | unsubscribe | status | preview: a daily digest in this channel (Manage Channels)',
    'Fact-check with Plenary (Apps menu of a message): checks what the message says, privately',
    'Mention @Plenary with a question in a channel, or send it a direct message',
  ],
} as const;

/** The short private reply to a /votes over the rate limit after its first notice (see discord-adapter.ts). */
export function slowDownAnswer(retryAfterMs: number): Answer {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return emptyAnswer('no_answer', 'rate_limited', DISCORD_MESSAGES.slowDown(seconds));
}
