/** Every string the Slack adapter itself shows to people, in one place. Answers come from the router. */
import { type DigestSyntax, textDigestSyntax } from '../../src/digest/index.ts';

/** What Slack users type for the digest commands: `/votes digest on 09:00 Europe/Kyiv`. */
export const DIGEST_SYNTAX: DigestSyntax = textDigestSyntax('/votes ');

export const MESSAGES = {
  shareButton: 'Share to channel',
  factCheckNoText:
    'That message has no text to check. Fact-check works on messages that state something in words.',
  sharedBy: (name: string) => `Shared by ${name} with /votes`,
  shareFailed:
    'Sorry, I could not share that answer here. The channel may be private or archived; you can copy the answer instead.',
  deliveryFailed:
    'Sorry, I found an answer but could not post it here. If this is a private channel, invite me with /invite @Plenary and ask again.',
  somethingBroke: 'Sorry, something went wrong on my side while answering. Please try again in a minute.',
  suggestionsLabel: 'You could ask:',
  sourcesLabel: 'Sources',
  notePrefix: 'Note:',
  noCountries: 'none',
  pictureOnShare:
    'Slack cannot show pictures privately: press Share to channel to post the answer with its picture for everyone.',
  pictureFailed:
    'Sorry, I could not post the picture here. If this is a private channel, invite me with /invite @Plenary and ask again.',
  commandsLabel: 'Commands:',
  commands: [
    '/votes <question>: a private answer you can share to the channel',
    '/votes map <vote>: the world map of a vote, posted in the channel (e.g. /votes map ES-11/7)',
    `${DIGEST_SYNTAX.usage('on')}: a daily digest in this channel; digest off, status, preview [YYYY-MM-DD]`,
  ],
  digestUnavailable: 'Daily digests are not set up on this Plenary server (it has no database).',
  digestStoreFailed:
    'Sorry, I could not save that just now. Nothing was changed; please try again in a minute.',
  digestAnnounced: (name: string, time: string, tz: string, language: string) =>
    `${name} set the daily digest for this channel: every day at ${time} (${tz}), in ${language}. Anyone here can change or stop it with /votes digest.`,
  digestNeedsInvite: `I cannot post in this channel, so the daily digest is not on. Invite me with /invite @Plenary, then run ${DIGEST_SYNTAX.command({ action: 'on' })} again.`,
} as const;

/** Plain words for the Web API errors a waiting user can act on; everything else gets `somethingBroke`. */
export const ERROR_EXPLANATIONS: Readonly<Record<string, string>> = {
  not_in_channel: MESSAGES.deliveryFailed,
  channel_not_found: MESSAGES.deliveryFailed,
  is_archived: 'Sorry, this channel is archived, so I cannot post the answer here.',
  restricted_action: 'Sorry, this workspace does not let apps post in this channel.',
  msg_too_long: 'Sorry, that answer was too long for Slack. Try a narrower question.',
  ratelimited: 'Slack asked me to slow down. Please ask again in a minute.',
  http_429: 'Slack asked me to slow down. Please ask again in a minute.',
  timeout:
    'Sorry, Slack did not answer in time, so your answer may not arrive. Please ask again in a minute.',
  // A response_url that expired (30 minutes) or was used up (5 posts).
  http_404: 'Sorry, that answer could not be delivered in time. Please ask again.',
};
