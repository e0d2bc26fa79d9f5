/**
 * discord.js's MessagePayload tells what it is sent to with getters that `require()` the classes on every call
 * (isWebhook, isUser, isMessage, isMessageManager, isInteraction; each payload reads several). Under tsx, as
 * Plenary runs, each such require() is resolved again through the loader's hooks, which was about 5% of the CPU
 * of a `/votes` interaction (bench:roundtrip with --cpu-prof). These getters are the same tests against the same
 * classes, taken once from discord.js's own exports (the objects its require() returns).
 */
import {
  BaseInteraction,
  GuildMember,
  InteractionWebhook,
  Message,
  MessageManager,
  MessagePayload,
  User,
  Webhook,
  WebhookClient,
} from 'discord.js';

type Target = { target: unknown };

const GETTERS: Record<string, (this: Target) => boolean> = {
  isWebhook() {
    return this.target instanceof Webhook || this.target instanceof WebhookClient;
  },
  isUser() {
    return this.target instanceof User || this.target instanceof GuildMember;
  },
  isMessage() {
    return this.target instanceof Message;
  },
  isMessageManager() {
    return this.target instanceof MessageManager;
  },
  isInteraction() {
    return this.target instanceof BaseInteraction || this.target instanceof InteractionWebhook;
  },
};

let done = false;

/** Replaces the getters on MessagePayload's prototype (once per process; they keep their names and results). */
export function resolvePayloadTargetsOnce(): void {
  if (done) return;
  done = true;
  for (const [name, get] of Object.entries(GETTERS)) {
    const own = Object.getOwnPropertyDescriptor(MessagePayload.prototype, name);
    // A discord.js whose payloads no longer have this getter keeps what it has.
    if (!own?.get) continue;
    Object.defineProperty(MessagePayload.prototype, name, { ...own, get });
  }
}
