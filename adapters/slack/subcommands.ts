/**
 * `/votes <subcommand> …` dispatch. Text whose first word is not a key here is a question for the router.
 *
 * To add a subcommand: write a handler that takes a CommandContext and replies through `ctx.reply` (ephemeral to
 * the caller) or `ctx.replyInChannel`, then add it to SUBCOMMANDS below. Keep platform-neutral logic in src/; a
 * handler only translates.
 */
import type { Answer, AnswerImage } from '../../src/answer.ts';
import type { Logger } from '../../src/logger.ts';
import type { ServiceReply } from '../../src/ops/answer-service.ts';
import { deepFreeze } from '../../src/render-memo.ts';
import type { Services } from './commands.ts';
import { digestSubcommand } from './digest-command.ts';
import { mapSubcommand } from './map-command.ts';
import { MESSAGES } from './messages.ts';
import type { RenderOptions } from './render.ts';

export interface CommandContext {
  /** Text after the subcommand's name ("on 09:00 Europe/Kyiv" for `/votes digest on 09:00 Europe/Kyiv`). */
  args: string;
  userId: string;
  /** The caller's name as Slack sent it, shown as plain text ("Shared by …"); it pings nobody. */
  userName: string;
  channelId: string;
  teamId: string | undefined;
  services: Services;
  log: Logger;
  /** Asks a question through the AnswerService (rate limits included). */
  ask(question: string): Promise<ServiceReply>;
  /** Renders and sends an answer only the caller sees. */
  reply(answer: Answer, opts?: RenderOptions): Promise<void>;
  /** Renders and sends an answer to the whole channel; false when it could not (the user has been told). */
  replyInChannel(answer: Answer, opts?: RenderOptions): Promise<boolean>;
  /** Posts as the bot to the channel (chat.postMessage); the Slack error code on failure (logged), else null. */
  postToChannel(answer: Answer): Promise<string | null>;
  /** Uploads pictures to the channel with files.uploadV2; on failure the user is told ephemerally. */
  uploadToChannel(images: readonly AnswerImage[]): Promise<void>;
}

export type Subcommand = (ctx: CommandContext) => Promise<void>;

/** The router's help with the Slack commands after it. */
function withCommands(answer: Answer): Answer {
  const commands: Answer['blocks'] = [
    { type: 'paragraph', text: MESSAGES.commandsLabel },
    { type: 'bullets', items: [...MESSAGES.commands] },
  ];
  return { ...answer, blocks: [...answer.blocks, ...commands] };
}

/**
 * The help made from a cached (frozen) router answer, kept and frozen beside it, so that its rendered messages are
 * kept too (render.ts keeps them for frozen answers only).
 */
const helpOf = new WeakMap<Answer, Answer>();

/** The router's help, plus the Slack commands. */
const help: Subcommand = (ctx) => {
  const answer = ctx.services.router.ask('help', { platform: 'slack' });
  if (!Object.isFrozen(answer)) return ctx.reply(withCommands(answer));
  let kept = helpOf.get(answer);
  if (!kept) {
    kept = deepFreeze(withCommands(answer));
    helpOf.set(answer, kept);
  }
  return ctx.reply(kept);
};

/** Subcommand name -> handler. */
export const SUBCOMMANDS: ReadonlyMap<string, Subcommand> = new Map<string, Subcommand>([
  ['help', help],
  ['?', help],
  ['digest', digestSubcommand],
  ['map', mapSubcommand],
]);

/** What `/votes` with no text does. */
export const EMPTY_COMMAND: Subcommand = help;
