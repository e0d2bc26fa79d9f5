/**
 * `/votes <subcommand> …` dispatch. Text whose first word is not a key here is a question for the router.
 *
 * To add a subcommand (`digest` with the digest work, `map` with the charts work): write a handler that takes a
 * CommandContext and replies through `ctx.reply` (ephemeral to the caller) or `ctx.replyInChannel`, then add
 * it to SUBCOMMANDS below. Keep platform-neutral logic in src/; a handler only translates.
 */
import type { Answer } from '../../src/answer.ts';
import type { Logger } from '../../src/logger.ts';
import type { Router } from '../../src/router/router.ts';
import type { RenderOptions } from './render.ts';

export interface CommandContext {
  /** Text after the subcommand's name ("daily 09:00" for `/votes digest daily 09:00`). */
  args: string;
  userId: string;
  channelId: string;
  teamId: string | undefined;
  router: Router;
  log: Logger;
  /** Renders and sends an answer only the caller sees. */
  reply(answer: Answer, opts?: RenderOptions): Promise<void>;
  /** Renders and sends an answer to the whole channel. */
  replyInChannel(answer: Answer): Promise<void>;
}

export type Subcommand = (ctx: CommandContext) => Promise<void>;

const help: Subcommand = (ctx) => ctx.reply(ctx.router.ask('help', { platform: 'slack' }));

/** Subcommand name -> handler. `digest` and `map` are added here by their own work. */
export const SUBCOMMANDS: ReadonlyMap<string, Subcommand> = new Map<string, Subcommand>([
  ['help', help],
  ['?', help],
]);

/** What `/votes` with no text does. */
export const EMPTY_COMMAND: Subcommand = help;
