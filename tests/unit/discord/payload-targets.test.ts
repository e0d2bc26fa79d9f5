import {
  BaseInteraction,
  Client,
  InteractionWebhook,
  MessagePayload,
  User,
  Webhook,
  WebhookClient,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import { resolvePayloadTargetsOnce } from '../../../adapters/discord/payload-targets.ts';

const NAMES = ['isWebhook', 'isUser', 'isMessage', 'isMessageManager', 'isInteraction'] as const;
type Flags = Record<(typeof NAMES)[number], boolean>;
const flags = (p: MessagePayload): Flags =>
  Object.fromEntries(NAMES.map((n) => [n, (p as unknown as Flags)[n]])) as Flags;

describe('MessagePayload target getters resolved once', () => {
  it('given payloads for a webhook, a webhook client, a user, an interaction webhook, an interaction and a plain object, each getter answers as discord.js its own did', () => {
    const client = new Client({ intents: [] });
    const targets = [
      new (Webhook as unknown as new (c: Client, d: object) => Webhook)(client, { id: '1', token: 't' }),
      new WebhookClient({ id: '2', token: 't' }),
      new (User as unknown as new (c: Client, d: object) => User)(client, { id: '3', username: 'u' }),
      new (InteractionWebhook as unknown as new (c: Client, id: string, t: string) => InteractionWebhook)(
        client,
        '4',
        't',
      ),
      Object.create(BaseInteraction.prototype) as BaseInteraction,
      {},
    ];
    const payloads = targets.map((t) => new MessagePayload(t as never, {}));
    const before = payloads.map(flags);
    resolvePayloadTargetsOnce();
    resolvePayloadTargetsOnce();
    expect(payloads.map(flags)).toEqual(before);
    expect(before.map((f) => NAMES.filter((n) => f[n]))).toEqual([
      ['isWebhook'],
      ['isWebhook'],
      ['isUser'],
      ['isInteraction'],
      ['isInteraction'],
      [],
    ]);
    const own = Object.getOwnPropertyDescriptor(MessagePayload.prototype, 'isWebhook');
    expect(own?.enumerable).toBe(false);
    expect(own?.set).toBeUndefined();
    (targets[1] as WebhookClient).destroy();
    void client.destroy();
  });
});
