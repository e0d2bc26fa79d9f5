/**
 * `/votes digest on [HH:MM] [Area/City] [language] | off | status | preview [YYYY-MM-DD] [language] | help`: a thin translation to the
 * core's handleDigestCommand, whose replies quote commands in DIGEST_SYNTAX. Every reply is ephemeral (which is
 * also why status may show who set the digest up as a mention); a bad time or an unknown zone changes nothing.
 * Anyone who can use /votes in a channel can manage its digest (Slack has no per-command permission), so turning
 * it on is announced in the channel, by the bot: that post also proves the bot can post there. When it cannot
 * (not invited, archived), the subscription is taken back and the user is told how to fix it.
 */
import { type Answer, emptyAnswer } from '../../src/answer.ts';
import { handleDigestCommand } from '../../src/digest/index.ts';
import { languageLabel } from '../../src/i18n/parse-lang.ts';
import type { Subscription } from '../../src/store/subscription-store.ts';
import { errorSummary } from './deliver.ts';
import { DIGEST_SYNTAX, MESSAGES } from './messages.ts';
import { GONE_CODES } from './publisher.ts';
import type { CommandContext, Subcommand } from './subcommands.ts';

export const digestSubcommand: Subcommand = async (ctx) => {
  const setup = ctx.services.digest;
  if (!setup) return ctx.reply(emptyAnswer('no_answer', 'digest_unavailable', MESSAGES.digestUnavailable));
  let answer: Answer;
  try {
    answer = await handleDigestCommand(setup.store, ctx.services.router.knowledge, {
      platform: 'slack',
      channelId: ctx.channelId,
      workspaceId: ctx.teamId ?? null,
      userId: ctx.userId,
      args: ctx.args,
      defaults: setup.defaults,
      now: setup.now(),
      syntax: DIGEST_SYNTAX,
    });
  } catch (err) {
    // The store failed (locked, disk full): nothing was changed, and the user hears so.
    ctx.log.error({ error: errorSummary(err), args: ctx.args }, 'digest command failed in the store');
    answer = emptyAnswer('no_answer', 'digest_failed', MESSAGES.digestStoreFailed);
  }
  if (answer.intent === 'digest_on' && answer.kind === 'answer') answer = await announce(ctx, answer);
  ctx.log.debug({ intent: answer.intent, kind: answer.kind }, 'answering /votes digest');
  return ctx.reply(answer);
};

/** Posts "<name> set the daily digest…" in the channel; undoes the subscription when the bot cannot post there. */
async function announce(ctx: CommandContext, confirmation: Answer): Promise<Answer> {
  const key = { platform: 'slack', channelId: ctx.channelId };
  let sub: Subscription | null = null;
  try {
    sub = (await ctx.services.digest?.store.get(key)) ?? null;
  } catch (err) {
    ctx.log.warn({ error: errorSummary(err) }, 'could not read back the digest to announce it');
  }
  if (!sub) return confirmation;
  const text = MESSAGES.digestAnnounced(ctx.userName, sub.time, sub.timeZone, languageLabel(sub.lang));
  const code = await ctx.postToChannel(emptyAnswer('answer', 'digest_announce', text));
  if (code === null || !GONE_CODES.has(code)) return confirmation;
  try {
    await ctx.services.digest?.store.unsubscribe(key);
  } catch (err) {
    ctx.log.error({ error: errorSummary(err) }, 'could not take back a digest the bot cannot post');
  }
  return emptyAnswer('no_answer', 'digest_invalid', MESSAGES.digestNeedsInvite);
}
