import { Locale } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { buildVotesCommand } from '../../../adapters/discord/commands.ts';
import { es as esCatalogue } from '../../../src/i18n/catalogue/es.ts';
import { langOfLocale } from '../../../src/i18n/lang.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createAnswerService } from '../../../src/ops/answer-service.ts';
import { createRouter } from '../../../src/router/router.ts';

const k = loadKnowledge();
const command = buildVotesCommand(k);
/** Discord's rule for command and option names (lower case where the script has case). */
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

interface Node {
  name: string;
  description?: string;
  name_localizations?: Record<string, string> | null;
  description_localizations?: Record<string, string> | null;
  options?: Node[];
}
const nodes = (n: Node): Node[] => [n, ...(n.options ?? []).flatMap(nodes)];

describe('/votes localised for Discord', () => {
  const all = nodes(command as unknown as Node);
  const locales = new Set<string>(Object.values(Locale));

  it('given the command, its name-less-than-32, lower-case localised names fit Discord’s rules', () => {
    for (const n of all)
      for (const [locale, name] of Object.entries(n.name_localizations ?? {})) {
        expect(locales.has(locale), locale).toBe(true);
        expect(name, `${n.name} ${locale}`).toMatch(NAME);
        expect(name, `${n.name} ${locale}`).toBe(name.toLowerCase());
      }
  });

  it('given the command, its localised descriptions are 1 to 100 characters, in all six languages', () => {
    const localised = all.filter((n) => n.description_localizations?.fr);
    expect(localised.map((n) => n.name)).toEqual(
      expect.arrayContaining(['votes', 'ask', 'country', 'quote', 'help']),
    );
    for (const n of localised) {
      const d = n.description_localizations ?? {};
      expect(Object.keys(d).sort(), n.name).toEqual([
        'de',
        'en-GB',
        'en-US',
        'es-419',
        'es-ES',
        'fr',
        'ru',
        'uk',
        'zh-CN',
        'zh-TW',
      ]);
      for (const text of Object.values(d)) expect(text.length >= 1 && text.length <= 100, text).toBe(true);
    }
  });

  it('given Discord locales, the answer language is the primary subtag when Plenary answers in it', () => {
    expect(langOfLocale('es-419')).toBe('es');
    expect(langOfLocale('zh-TW')).toBe('zh');
    expect(langOfLocale('uk')).toBe('uk');
    expect(langOfLocale('en-US')).toBe('en');
    expect(langOfLocale('ja')).toBeUndefined();
    expect(langOfLocale(null)).toBeUndefined();
  });
});

describe('the user’s language as the default', () => {
  const router = createRouter(k);
  const service = createAnswerService({ router });
  const req = { platform: 'discord' as const, workspaceId: 'g', channelId: 'c', userId: 'u' };

  it('given /votes country with a French locale, the answer is French though Plenary wrote the question in English', async () => {
    const r = await service.ask({ ...req, text: 'how did France vote?', lang: 'fr', langIsTheUsers: true });
    expect(r.type === 'answer' && r.answer.lang).toBe('fr');
  });

  it('given /votes ask with an English question and a French locale, the question’s language decides', async () => {
    const r = await service.ask({ ...req, text: 'how did France vote?', lang: 'fr' });
    expect(r.type === 'answer' && r.answer.lang).toBeUndefined();
  });

  it('given a question with no words of any language and a German locale, the answer is German', async () => {
    const r = await service.ask({ ...req, text: 'help', lang: 'de' });
    expect(r.type === 'answer' && r.answer.lang).toBe('de');
  });

  it('given a Spanish question and a German locale, the answer is Spanish', async () => {
    const r = await service.ask({ ...req, text: '¿Cómo votó Chile?', lang: 'de' });
    expect(r.type === 'answer' && r.answer.lang).toBe('es');
  });
});

describe('Discord answers in the user’s language', () => {
  it('given a French answer, the embed headings are French and the citations unchanged', async () => {
    const { renderAnswer } = await import('../../../adapters/discord/render.ts');
    const a = createRouter(k).ask('Qui a voté contre la résolution ukrainienne ?');
    const text = JSON.stringify(renderAnswer(a));
    expect(text).toContain('**Sources**');
    expect(text).toContain('**Vous pourriez demander**');
    for (const c of a.citations) expect(text).toContain(c.publisher.replace(/"/g, '\\"'));
  });
});

describe('Slack answers in the question’s language', () => {
  it('given a Spanish answer, the Block Kit headings are Spanish; an English answer keeps the English ones', async () => {
    const { renderAnswer } = await import('../../../adapters/slack/render.ts');
    const router = createRouter(k);
    const es = JSON.stringify(renderAnswer(router.ask('¿Quién votó en contra de la resolución de Ucrania?')));
    expect(es).toContain('*Fuentes*');
    expect(es).toContain(`*${esCatalogue['heading.suggestions']}:*`);
    const en = JSON.stringify(renderAnswer(router.ask('Who voted against the Ukraine resolution?')));
    expect(en).toContain('*Sources*');
    expect(en).toContain('*You could ask:*');
  });
});
