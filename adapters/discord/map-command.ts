/**
 * `/votes map which:<vote> [country:<member>]`: the world map of a vote (or its tally chart when the record has
 * no per-country list), posted for the channel with the picture attached to the embed. Drawing a picture the
 * first time takes a few hundred milliseconds, so the reply is deferred before the question is asked.
 */
import type { Knowledge } from '../../src/knowledge/model.ts';
import { countryChoices, resolveCountry, voteChoices } from './autocomplete.ts';
import type { OptionReader, VotesSubcommand } from './commands.ts';
import { CHOICES_MAX } from './limits.ts';
import { slowDownAnswer } from './messages.ts';

/** The question `/votes map` asks: "show the map of A/RES/ES-11/7 for Brazil". */
export function mapQuestion(o: OptionReader, k: Knowledge): string {
  const which = o.getString('which') ?? '';
  const vote = k.voteById.get(which);
  const typed = o.getString('country')?.trim();
  const country = typed ? (resolveCountry(k, typed) ?? typed) : null;
  return `show the map of ${vote?.symbol ?? which}${country ? ` for ${country}` : ''}`;
}

export const mapSubcommand: VotesSubcommand = {
  name: 'map',
  define: (s, k) =>
    s
      .setName('map')
      .setDescription('A world map of how every member voted, for the channel')
      .addStringOption((o) => {
        o.setName('which').setDescription('The vote').setRequired(true);
        const choices = voteChoices(k);
        return choices.length <= CHOICES_MAX ? o.addChoices(...choices) : o.setAutocomplete(true);
      })
      .addStringOption((o) =>
        o.setName('country').setDescription('A UN member to outline, e.g. Brazil').setAutocomplete(true),
      ),
  toQuestion: mapQuestion,
  autocomplete: (option, typed, k) => {
    if (option === 'country') return countryChoices(k, typed);
    const t = typed.toLowerCase();
    return voteChoices(k)
      .filter((c) => c.name.toLowerCase().includes(t))
      .slice(0, CHOICES_MAX);
  },
  async handle(i, ctx) {
    await i.deferReply();
    const reply = await ctx.ask(i, mapQuestion(i.options, ctx.knowledge));
    if (reply.type === 'answer') return ctx.reply(i, reply.answer);
    // Over the rate limit: the public "thinking…" goes away; the notice (in full the first time, then one line)
    // only for the asker.
    await i.deleteReply();
    const notice = reply.type === 'limited' ? reply.answer : slowDownAnswer(reply.retryAfterMs);
    await ctx.reply(i, notice, { ephemeral: true, followUp: true });
  },
};
