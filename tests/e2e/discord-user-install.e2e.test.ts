/**
 * Plenary installed to a user's account and its buttons, through the real discord.js Client against the fake
 * Discord: /votes in a DM with a friend (a user-install interaction: authorizing_integration_owners names only
 * the user, context 2) gets a private answer with Share, and Share posts it; digests there get a clear reply;
 * public:true answers in the open; the "Fact-check with Plenary" message command answers privately; a question
 * with two readings gets a button for each, and a click answers the chosen one in place.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordMessage } from '../../adapters/discord/render.ts';
import { type DiscordHarness, startDiscordHarness } from './fakes/discord-harness.ts';
import { FRIEND_DM_ID, type RecordedRequest, USER_ID } from './fakes/fake-discord.ts';
import { sentMessage } from './fakes/fake-discord-payloads.ts';

let h: DiscordHarness;

beforeAll(async () => {
  h = await startDiscordHarness();
});

afterAll(async () => {
  await h?.close();
});

type Button = { custom_id: string; label: string };
type Data = Omit<DiscordMessage, 'components'> & { components?: { components: Button[] }[] };
type Callback = RecordedRequest & { body: { type: number; data: Data } };
const callbackFor = (id: string) =>
  h.fake.waitFor(
    (r) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`),
    15_000,
  ) as Promise<Callback>;
const buttonsOf = (d: Data) => (d.components ?? []).flatMap((row) => row.components);
const text = (d: Data) => JSON.stringify(d.embeds);
const ephemeral = (d: Data) => ((d.flags ?? 0) & 64) === 64;
const userInstallDm = { userInstall: true, dm: true };

const ask = (question: string, invoker = {}, extra: object[] = []) => {
  const options = [
    { type: 1, name: 'ask', options: [{ type: 3, name: 'question', value: question }, ...extra] },
  ];
  const i = h.fake.interaction({ options }, 2, invoker);
  h.fake.dispatch('INTERACTION_CREATE', i.payload);
  return i;
};

describe('Discord installed to a user account', () => {
  it('given /votes in a DM with a friend, it answers privately with Share, and Share posts the answer', async () => {
    const { id } = ask('how did France vote?', userInstallDm);
    const cb = await callbackFor(id);
    expect(cb.body.type).toBe(4);
    expect(ephemeral(cb.body.data)).toBe(true);
    expect(text(cb.body.data)).toContain('France');
    expect(buttonsOf(cb.body.data).map((b) => b.custom_id)).toEqual(['plenary_share']);

    const shown = {
      ...sentMessage(FRIEND_DM_ID, { ...cb.body.data, flags: 64 }),
      components: cb.body.data.components,
    };
    const click = h.fake.clickButton('plenary_share', shown, userInstallDm);
    const shared = await callbackFor(click.id);
    expect(shared.body.type).toBe(4);
    expect(ephemeral(shared.body.data)).toBe(false);
    expect(shared.body.data.content).toBe(`Shared by <@${USER_ID}>`);
    expect(text(shared.body.data)).toBe(text(cb.body.data));
    expect(shared.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('given /votes in a group DM, it answers privately with Share too', async () => {
    const { id } = ask('what was the tally on ES-11/8?', { ...userInstallDm, groupDm: true });
    const cb = await callbackFor(id);
    expect(ephemeral(cb.body.data)).toBe(true);
    expect(text(cb.body.data)).toContain('93');
    expect(buttonsOf(cb.body.data).map((b) => b.custom_id)).toEqual(['plenary_share']);
  });

  it('given /votes digest under a user install, it says digests need the app in the server', async () => {
    const { id } = h.fake.groupCommand('digest', 'status', {}, { userInstall: true });
    const cb = await callbackFor(id);
    expect(ephemeral(cb.body.data)).toBe(true);
    expect(text(cb.body.data)).toContain('Daily digests need Plenary added to the server');
  });

  it('given public:true, it answers in the open without a Share button', async () => {
    const { id } = ask('how did France vote?', {}, [{ type: 5, name: 'public', value: true }]);
    const cb = await callbackFor(id);
    expect(ephemeral(cb.body.data)).toBe(false);
    expect(buttonsOf(cb.body.data)).toEqual([]);
  });
});

describe('Discord message command and reading buttons', () => {
  it('given Fact-check with Plenary on a message, the claim-check answer is private, with Share', async () => {
    const { id } = h.fake.messageCommand(
      'Fact-check with Plenary',
      'France voted against ES-11/7 <@123456789012345678>!',
      userInstallDm,
    );
    const cb = await callbackFor(id);
    expect(ephemeral(cb.body.data)).toBe(true);
    expect(text(cb.body.data)).toContain('France voted in favour of A/RES/ES-11/7');
    expect(buttonsOf(cb.body.data).map((b) => b.custom_id)).toEqual(['plenary_share']);
  });

  it('given a question with two readings, each is a button and a click answers that reading in place', async () => {
    const { id } = ask('how did korea vote');
    const cb = await callbackFor(id);
    const readings = buttonsOf(cb.body.data).filter((b) => b.custom_id.startsWith('plenary_reading:'));
    expect(readings.map((b) => b.label)).toEqual([
      'How did Republic of Korea vote?',
      "How did Democratic People's Republic of Korea vote?",
    ]);
    const shown = {
      ...sentMessage('100000000000000003', { ...cb.body.data, flags: 64 }),
      components: cb.body.data.components,
    };
    const click = h.fake.clickButton(readings[1]!.custom_id, shown);
    const updated = await callbackFor(click.id);
    expect(updated.body.type).toBe(7);
    expect(text(updated.body.data)).toContain('North Korea (DPRK)');
    expect(buttonsOf(updated.body.data).map((b) => b.custom_id)).toEqual(['plenary_share']);
  });
});
