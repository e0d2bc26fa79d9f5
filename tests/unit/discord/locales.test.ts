import { describe, expect, it } from 'vitest';
import { localizeCommand } from '../../../adapters/discord/locales.ts';

const command = {
  name: 'votes',
  description: 'Cited answers',
  options: [
    {
      name: 'ask',
      description: 'Ask anything',
      options: [{ name: 'question', description: 'Your question' }],
    },
  ],
};

describe('command localisations', () => {
  it('given a catalog for another locale, names and describes each node from it, English elsewhere', () => {
    const uk = {
      votes: { description: 'Відповіді з джерелами' },
      'votes.ask': { name: 'запитати', description: 'Запитайте будь-що' },
    };
    type Localized = {
      description_localizations?: object;
      name_localizations?: object;
      options: Localized[];
    };
    const out = localizeCommand(command, ['en-GB', 'uk'], { uk }) as unknown as Localized;
    expect(out.description_localizations).toEqual({ 'en-GB': 'Cited answers', uk: 'Відповіді з джерелами' });
    const ask = out.options[0] as (typeof out.options)[0] & { name_localizations: object; options: object[] };
    expect(ask.name_localizations).toEqual({ 'en-GB': 'ask', uk: 'запитати' });
    // A node the catalog leaves out has no entry for that locale: Discord shows the default.
    expect(ask.options[0]).toMatchObject({ description_localizations: { 'en-GB': 'Your question' } });
    expect(command).not.toHaveProperty('name_localizations');
  });
});
