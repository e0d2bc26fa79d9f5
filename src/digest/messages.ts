/**
 * Every user-visible sentence of the digest feature in English, in one place. A digest in another language is
 * rebuilt from its structured data with that language's catalogue (localize-digest.ts); the command replies
 * below stay in English and name the digest's language.
 */
import type { Lang } from '../i18n/lang.ts';
import { languageChoices, languageLabel } from '../i18n/parse-lang.ts';
import type { DigestSyntax } from './syntax.ts';

export const DIGEST_MESSAGES = {
  titleDay: (day: number) => `Day ${day} since the UN votes of 24 February 2025`,
  titleWithMilestone: (title: string, label: string) => `${title}: ${label}`,
  milestoneLabel: (kind: string, count: number) =>
    kind === 'anniversary'
      ? `${ordinal(count).toLowerCase()} anniversary`
      : kind === 'monthly'
        ? `${count} month${count === 1 ? '' : 's'}`
        : 'a 100-day milestone',
  titleVotesDay: 'Today: the UN votes of 24 February 2025',
  titleBefore: 'Before the UN votes of 24 February 2025',
  before: (date: string, days: number) =>
    `${date} is ${days} day${days === 1 ? '' : 's'} before the UN votes of 24 February 2025, so there is no digest yet. Try a date from 24 February 2025 on.`,
  anniversary: (years: number) =>
    years === 0
      ? 'The votes are today: the General Assembly and the Security Council vote on the war in Ukraine.'
      : `${ordinal(years)} anniversary of the UN votes of 24 February 2025.`,
  monthly: (months: number) =>
    `${months} month${months === 1 ? '' : 's'} since the UN votes of 24 February 2025.`,
  hundredth: (day: number) => `Milestone: day ${day} since the votes.`,
  recapHeading: 'The three votes',
  usPosition: (position: string) => `United States: ${position}`,
  quotesHeading: 'In their words',
  onThisDayHeading: 'On this day',
  factHeading: 'Fact of the day',
  unknownDate: (input: string) => `"${input}" is not a date. Write it as YYYY-MM-DD, for example 2026-02-24.`,
} as const;

/**
 * The replies of the digest commands. They quote commands in the words of the platform's users (`syntax`), so
 * Slack says "/votes digest on 09:00 Europe/Kyiv" and Discord "/votes digest subscribe time:09:00 …".
 */
export function commandMessages(syntax: DigestSyntax) {
  const subscribe = syntax.command({ action: 'on', time: '09:00', timeZone: 'Europe/Kyiv' });
  const inFrench = syntax.command({ action: 'on', time: '09:00', timeZone: 'Europe/Paris', lang: 'fr' });
  const inLang = (lang: Lang) => `, in ${languageLabel(lang)}`;
  const example = `"${subscribe}"`;
  const turnOn = `"${syntax.command({ action: 'on' })}"`;
  return {
    helpTitle: 'Daily digest: a short, cited post each day about the UN votes of 24 February 2025.',
    help: [
      `${syntax.usage('on')}: post the digest in this channel every day (e.g. ${subscribe}); name a language to have it written in it (e.g. ${inFrench}; ${languageChoices()}; default English)`,
      `${syntax.usage('off')}: stop the daily digest in this channel`,
      `${syntax.usage('status')}: this channel’s time, time zone, language, next and last digest`,
      `${syntax.usage('preview')}: show the digest for a date without subscribing`,
    ],
    badTime: (input: string) =>
      `"${input}" is not a time of day. Use 24-hour HH:MM, for example ${example}. Nothing was changed.`,
    badZone: (input: string, suggestions: string[] = []) =>
      `"${input}" is not a time zone I know.${suggestions.length > 0 ? ` Did you mean ${suggestions.join(' or ')}?` : ''} Use an IANA name (Area/City), for example ${example} or "America/New_York". Nothing was changed.`,
    extraArgs: (input: string) =>
      `I did not understand "${input}". Example: ${example}. Nothing was changed.`,
    badDate: (input: string) =>
      `"${input}" is not a date. Use YYYY-MM-DD, for example "${syntax.command({ action: 'preview', date: '2026-02-24' })}".`,
    unknownCommand: (input: string) => {
      const known = (['on', 'off', 'status', 'preview'] as const).map(
        (action) => `"${syntax.command({ action })}"`,
      );
      return `I don't know the digest command "${input}". Try ${known.join(', ')} or "${syntax.command({ action: 'help' })}".`;
    },
    unknownLanguage: (input: string) =>
      `"${input}" is not a language I write digests in. Use one of ${languageChoices()}, for example "${inFrench}". Nothing was changed.`,
    subscribed: (time: string, tz: string, lang: Lang) =>
      `Daily digest on: this channel gets it every day at ${time} (${tz})${inLang(lang)}.`,
    updated: (time: string, tz: string, lang: Lang) =>
      `Daily digest updated: every day at ${time} (${tz})${inLang(lang)}.`,
    unsubscribed: 'Daily digest off for this channel.',
    notSubscribed: `This channel has no daily digest. Turn it on with "${syntax.usage('on')}".`,
    statusActive: (time: string, tz: string, lang: Lang) =>
      `Daily digest on: every day at ${time} (${tz})${inLang(lang)}.`,
    writtenIn: (lang: Lang) => `Language: ${languageLabel(lang)}.`,
    statusGone: (reason: string) =>
      `Daily digest paused: the last delivery failed because the channel could not be reached (${reason}). Run ${turnOn} again to resume.`,
    lastDelivery: (date: string, state: string) => `Last digest: ${date} (${state}).`,
    nextDelivery: (date: string, time: string, tz: string) => `Next digest: ${date} at ${time} (${tz}).`,
    noDeliveryYet: 'No digest delivered yet.',
    /** Followed by the person, as a `user` block (a mention on the platforms). */
    createdBy: 'Set up by',
  } as const;
}

export type CommandMessages = ReturnType<typeof commandMessages>;

function ordinal(n: number): string {
  const words = [
    'First',
    'Second',
    'Third',
    'Fourth',
    'Fifth',
    'Sixth',
    'Seventh',
    'Eighth',
    'Ninth',
    'Tenth',
  ];
  const word = words[n - 1];
  if (word) return word;
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}
