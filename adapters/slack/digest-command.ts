/**
 * `/votes digest on [HH:MM] [Area/City] | off | status | preview [YYYY-MM-DD] | help`: a thin translation to the
 * core's handleDigestCommand. Every reply is ephemeral; a bad time or an unknown zone changes nothing.
 * Anyone who can use /votes in a channel can manage its digest (Slack has no per-command permission).
 */
import { type Answer, emptyAnswer } from '../../src/answer.ts';
import { handleDigestCommand } from '../../src/digest/index.ts';
import { errorSummary } from './deliver.ts';
import { MESSAGES } from './messages.ts';
import type { Subcommand } from './subcommands.ts';

export const digestSubcommand: Subcommand = async (ctx) => {
  const setup = ctx.services.digest;
  if (!setup) return ctx.reply(emptyAnswer('no_answer', 'digest_unavailable', MESSAGES.digestUnavailable));
  let answer: Answer;
  try {
    answer = handleDigestCommand(setup.store, ctx.services.router.knowledge, {
      platform: 'slack',
      channelId: ctx.channelId,
      workspaceId: ctx.teamId ?? null,
      userId: ctx.userId,
      args: ctx.args,
      defaults: setup.defaults,
      now: setup.now(),
    });
  } catch (err) {
    // The store failed (locked, disk full): nothing was changed, and the user hears so.
    ctx.log.error({ error: errorSummary(err), args: ctx.args }, 'digest command failed in the store');
    answer = emptyAnswer('no_answer', 'digest_failed', MESSAGES.digestStoreFailed);
  }
  if (answer.intent === 'digest_on' && answer.kind === 'answer')
    answer = { ...answer, blocks: [...answer.blocks, { type: 'note', text: MESSAGES.digestInviteHint }] };
  ctx.log.debug({ intent: answer.intent, kind: answer.kind }, 'answering /votes digest');
  return ctx.reply(answer);
};
