/**
 * `/votes map [vote]`: the world map of a vote, for everyone in the channel.
 *
 * Decision: asking with `/votes map` is asking to show the picture, so the answer goes to the channel (text
 * through the response_url, labelled "Shared by <name>", then the picture through files.uploadV2). A plain
 * `/votes show the map of …` stays private like every other question, says that pictures cannot be private,
 * and posts the picture when the user presses Share. Slack has no ephemeral files, so there is no third way.
 */
import { hasImages } from './commands.ts';
import type { Subcommand } from './subcommands.ts';

/** The question `/votes map <args>` asks: "map of ES-11/7", or "map" (every vote) with no argument. */
export function mapQuestion(args: string): string {
  const vote = args.trim().replace(/^of\s+/i, '');
  return vote === '' ? 'map' : `map of ${vote}`;
}

export const mapSubcommand: Subcommand = async (ctx) => {
  const question = mapQuestion(ctx.args);
  const reply = await ctx.ask(question);
  if (reply.type === 'silent') return;
  if (reply.type === 'limited') return ctx.reply(reply.answer);
  const { answer } = reply;
  // No picture (a clarifying question, say): answer privately like any question, without asking again.
  if (!hasImages(answer)) return ctx.reply(answer, { share: { question } });
  ctx.log.debug({ images: answer.images.length }, 'posting a map to the channel');
  if (await ctx.replyInChannel(answer, { sharedBy: ctx.userName })) await ctx.uploadToChannel(answer.images);
};
