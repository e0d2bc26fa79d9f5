import type { APIApplicationCommandOption } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { countryChoices, resolveCountry, speakerChoices } from '../../../adapters/discord/autocomplete.ts';
import {
  BUILTIN_SUBCOMMANDS,
  buildCommands,
  buildVotesCommand,
  questionFromCommand,
  type VotesSubcommand,
  votesSubcommands,
} from '../../../adapters/discord/commands.ts';
import {
  CHOICE_NAME_MAX,
  CHOICE_VALUE_MAX,
  CHOICES_MAX,
  COMMAND_DESCRIPTION_MAX,
  COMMAND_NAME_MAX,
  COMMAND_NAME_PATTERN,
  COMMAND_TOTAL_MAX,
  commandSize,
  OPTIONS_MAX,
} from '../../../adapters/discord/limits.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter } from '../../../src/router/router.ts';

const k = loadKnowledge();
const options = (values: Record<string, string>) => ({ getString: (n: string) => values[n] ?? null });

type Node = { name: string; description: string; options?: APIApplicationCommandOption[] };
function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const o of node.options ?? []) walk(o as Node, visit);
}

describe('/votes registration payload', () => {
  const command = buildVotesCommand(k);

  it('has the seven subcommands with their options, digest as a group', () => {
    expect(command.name).toBe('votes');
    const subs = (command.options ?? []) as Node[];
    expect(subs.map((s) => s.name)).toEqual([
      'ask',
      'country',
      'resolution',
      'quote',
      'map',
      'digest',
      'help',
    ]);
    const digest = subs.find((s) => s.name === 'digest') as Node & { type: number };
    expect(digest.type).toBe(2);
    expect(digest.options?.map((o) => o.name)).toEqual(['subscribe', 'unsubscribe', 'status', 'preview']);
    const subscribe = digest.options?.[0] as Node;
    expect(subscribe.options).toMatchObject([
      { name: 'time', type: 3 },
      { name: 'timezone', type: 3, autocomplete: true },
      { name: 'language', type: 3 },
    ]);
    const language = (subscribe.options?.[2] ?? {}) as { choices?: { name: string; value: string }[] };
    expect(language.choices?.map((c) => c.value)).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es', 'de', 'uk']);
    expect(language.choices?.[3]?.name).toBe('French (français)');
    const map = subs.find((s) => s.name === 'map');
    expect(map?.options).toMatchObject([
      { name: 'which', required: true },
      { name: 'country', autocomplete: true },
    ]);
    const optionOf = (sub: string) => subs.find((s) => s.name === sub)?.options?.[0];
    expect(optionOf('ask')).toMatchObject({ name: 'question', required: true, type: 3 });
    expect(optionOf('country')).toMatchObject({ name: 'name', required: true, autocomplete: true });
    expect(optionOf('quote')).toMatchObject({ name: 'speaker', required: true, autocomplete: true });
    expect(optionOf('help')).toBeUndefined();
  });

  it('keeps every name, description and option within Discord limits', () => {
    walk(command as Node, (n) => {
      expect(n.name).toMatch(COMMAND_NAME_PATTERN);
      expect(n.name.length).toBeLessThanOrEqual(COMMAND_NAME_MAX);
      expect(n.description.length).toBeGreaterThan(0);
      expect(n.description.length).toBeLessThanOrEqual(COMMAND_DESCRIPTION_MAX);
      expect((n.options ?? []).length).toBeLessThanOrEqual(OPTIONS_MAX);
    });
  });

  it('stays within the 8,000 characters Discord allows for one command, choices included', () => {
    expect(commandSize(command)).toBeGreaterThan(1_000);
    expect(commandSize(command)).toBeLessThanOrEqual(COMMAND_TOTAL_MAX);
  });

  it('offers one choice for each vote and amendment, within the choice limits', () => {
    const which = ((command.options ?? []) as Node[]).find((s) => s.name === 'resolution')?.options?.[0] as {
      choices: { name: string; value: string }[];
    };
    expect(which.choices.map((c) => c.value)).toEqual(k.votes.map((v) => v.id));
    expect(which.choices.length).toBeLessThanOrEqual(CHOICES_MAX);
    for (const c of which.choices) {
      expect(c.name.length).toBeLessThanOrEqual(CHOICE_NAME_MAX);
      expect(c.value.length).toBeLessThanOrEqual(CHOICE_VALUE_MAX);
    }
    expect(which.choices[0]?.name).toContain('A/RES/ES-11/7');
  });

  it('is installable to servers and to user accounts, usable in servers, the bot’s DM and any DM or group DM', () => {
    expect(command.integration_types).toEqual([0, 1]);
    expect(command.contexts).toEqual([0, 1, 2]);
    const [votes, factCheck] = buildCommands(k);
    expect(votes).toEqual(command);
    expect(factCheck).toMatchObject({
      name: 'Fact-check with Plenary',
      type: 3,
      integration_types: [0, 1],
      contexts: [0, 1, 2],
    });
  });

  it('answers privately unless public:true, on each question subcommand', () => {
    for (const sub of ['ask', 'country', 'resolution', 'quote']) {
      const options = ((command.options ?? []) as Node[]).find((s) => s.name === sub)?.options ?? [];
      expect(options.at(-1)).toMatchObject({ name: 'public', type: 5 });
      expect((options.at(-1) as { required?: boolean }).required ?? false).toBe(false);
    }
  });

  it('names and describes every node in English for en-US and en-GB', () => {
    walk(command as Node, (n) => {
      const node = n as Node & {
        name_localizations?: Record<string, string>;
        description_localizations?: Record<string, string>;
      };
      // Other locales (command-translations.ts) come beside the English ones.
      expect(node.name_localizations).toMatchObject({ 'en-US': n.name, 'en-GB': n.name });
      expect(node.description_localizations).toMatchObject({
        'en-US': n.description,
        'en-GB': n.description,
      });
    });
    const factCheck = buildCommands(k)[1] as { name_localizations?: Record<string, string> };
    expect(factCheck.name_localizations?.['en-GB']).toBe('Fact-check with Plenary');
  });

  it('given an extra subcommand, it registers it after the built-in ones', () => {
    const extra: VotesSubcommand = {
      name: 'extra',
      define: (s) => s.setName('extra').setDescription('Something a later feature adds'),
    };
    const subs = (buildVotesCommand(k, votesSubcommands([extra])).options ?? []) as Node[];
    expect(subs.map((s) => s.name)).toEqual([...BUILTIN_SUBCOMMANDS.map((s) => s.name), 'extra']);
  });
});

describe('/votes autocomplete', () => {
  it('given the typo "germny", it offers Germany first', () => {
    expect(countryChoices(k, 'germny')[0]).toEqual({ name: 'Germany', value: 'Germany' });
  });

  it('given "usa", it offers the United States of America first', () => {
    expect(countryChoices(k, 'usa')[0]?.value).toBe('United States of America');
  });

  it('given an alias, a name in another language or no accents, it finds the member', () => {
    expect(countryChoices(k, 'Deutschland')[0]?.value).toBe('Germany');
    expect(countryChoices(k, 'cote d ivoire')[0]?.value).toBe("Côte d'Ivoire");
    expect(countryChoices(k, 'UK')[0]?.value).toBe('United Kingdom of Great Britain and Northern Ireland');
  });

  it('never offers more than 25 choices, nor a duplicate, and answers in well under a millisecond each', () => {
    const typed = ['', 'a', 'an', 'republic', 'isl', 'zzzz', 'united', 'guinea'];
    countryChoices(k, 'warm-up');
    const start = performance.now();
    for (let i = 0; i < 50; i++)
      for (const t of typed) {
        const choices = countryChoices(k, t);
        expect(choices.length).toBeLessThanOrEqual(CHOICES_MAX);
        expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
        for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(CHOICE_NAME_MAX);
      }
    const perLookup = (performance.now() - start) / (50 * typed.length);
    expect(perLookup).toBeLessThan(20);
    expect(countryChoices(k, '')).toHaveLength(25);
  });

  it('finds quote speakers by name, typo or country', () => {
    expect(speakerChoices(k, 'shea')[0]?.value).toBe('Dorothy Shea');
    expect(speakerChoices(k, 'nebenzya')[0]?.value).toBe('Vassily Nebenzia');
    expect(speakerChoices(k, 'france')[0]?.value).toBe('Nicolas de Rivière');
    expect(speakerChoices(k, '').length).toBeLessThanOrEqual(CHOICES_MAX);
  });
});

describe('/votes -> router question', () => {
  it('turns each subcommand into the question the router understands', () => {
    expect(questionFromCommand('ask', options({ question: 'who abstained?' }), k)).toBe('who abstained?');
    expect(questionFromCommand('country', options({ name: 'germny' }), k)).toBe('how did Germany vote?');
    expect(questionFromCommand('country', options({ name: 'usa' }), k)).toBe(
      'how did United States of America vote?',
    );
    expect(questionFromCommand('resolution', options({ which: 'ga_es11_8' }), k)).toBe(
      'tell me about A/RES/ES-11/8',
    );
    expect(questionFromCommand('quote', options({ speaker: 'Dorothy Shea' }), k)).toBe(
      'what did Dorothy Shea say?',
    );
    expect(questionFromCommand('help', options({}), k)).toBe('help');
    expect(questionFromCommand('map', options({ which: 'ga_es11_8', country: 'brasil' }), k)).toBe(
      'show the map of A/RES/ES-11/8 for Brazil',
    );
    expect(questionFromCommand('map', options({ which: 'sc_2774' }), k)).toBe(
      'show the map of S/RES/2774 (2025)',
    );
    expect(questionFromCommand('nope', options({}), k)).toBeNull();
  });

  it('given any vote or amendment picked in /votes resolution, the router answers about that vote', () => {
    const router = createRouter(k);
    for (const v of k.votes) {
      const answer = router.ask(questionFromCommand('resolution', options({ which: v.id }), k) ?? '');
      // The motion gets the router's explanation of the postponement; "wording" in an amendment's id reads as a
      // question about its content, which the router answers about that same amendment.
      expect(['resolution_info', 'explain_postponement', 'explain_content'], v.id).toContain(answer.intent);
      expect(answer.kind, v.id).toBe('answer');
      expect(answer.citations.length, v.id).toBeGreaterThan(0);
    }
  });

  it('given a country name autocomplete does not know, it passes the text on for the router to judge', () => {
    expect(resolveCountry(k, '   ')).toBeNull();
    expect(questionFromCommand('country', options({ name: 'qqqqxxxx' }), k)).toBe('how did qqqqxxxx vote?');
  });
});
