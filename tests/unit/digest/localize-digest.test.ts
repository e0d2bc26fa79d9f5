import { afterEach, describe, expect, it } from 'vitest';
import { buildDigest, digestToAnswer } from '../../../src/digest/index.ts';
import { digestToJson } from '../../../src/digest/types.ts';
import { CATALOGUES } from '../../../src/i18n/catalogue/index.ts';
import { ANSWER_LANGS, FOREIGN_LANGS } from '../../../src/i18n/lang.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';

const k = loadKnowledge();
/** The anniversary (recap, quotes, on this day, fact), a monthly day, a 100th day and a date before the votes. */
const DATES = ['2026-02-24', '2025-12-24', '2025-06-04', '2025-02-20'];

describe('digests in other languages', () => {
  it('given French, the anniversary digest has a French title, milestone, headings and recap of the three votes', () => {
    const d = buildDigest(k, '2026-02-24', undefined, 'fr');
    expect(d.lang).toBe('fr');
    expect(d.title).toBe('Jour 365 depuis les votes de l’ONU du 24 février 2025\u00a0: 1 an');
    expect(d.text).toContain('Les trois votes\u00a0:');
    expect(d.text).toContain('À pareille date\u00a0:');
    expect(d.text).toContain('Le fait du jour\u00a0:');
    expect(d.text).toContain(
      'la résolution présentée par l’Ukraine et des pays européens à l’Assemblée générale\u00a0: adoptée, 93 voix pour, 18 voix contre, 65 abstentions',
    );
    expect(d.text).toContain('États-Unis\u00a0: Contre.');
    expect(d.text).not.toContain('The three votes');
    expect(d.text).not.toContain('Fact of the day');
    expect(digestToAnswer(d).lang).toBe('fr');
  });

  it.each(
    FOREIGN_LANGS.map((l) => [l]),
  )('given %s, every date keeps the English digest’s citations, tallies, positions and verbatim quotes', (lang) => {
    for (const date of DATES) {
      const en = buildDigest(k, date);
      const local = buildDigest(k, date, undefined, lang);
      expect(local.citations, date).toEqual(en.citations);
      expect(local.tallies, date).toEqual(en.tallies);
      expect(local.positions, date).toEqual(en.positions);
      expect(local.quotes, date).toEqual(en.quotes);
      expect(local.nextState, date).toEqual(en.nextState);
      for (const q of en.quotes) expect(local.text, date).toContain(q.text);
      expect(local.title, date).not.toBe(en.title);
    }
  });

  it('names the language the quotes were spoken in, and says which parts stayed in English', () => {
    const d = buildDigest(k, '2026-02-24', undefined, 'de');
    expect(d.notes).toContain('Die Zitate sind wörtlich wiedergegeben, auf Englisch, und nicht übersetzt.');
    expect(d.notes.at(-1)).toBe(
      'Einige Teile dieses Tagesüberblicks sind auf Englisch, weil es für sie noch keine Übersetzung gibt.',
    );
    // A timeline event has no catalogue sentence: it stays as the fact base states it, never a guess.
    const event = k.timeline.find((e) => e.date === '2022-02-24')!;
    expect(d.text).toContain(event.statement);
  });

  it('given a date before the votes, the note is in the language and states no fact', () => {
    const d = buildDigest(k, '2025-02-20', undefined, 'es');
    expect(d.text).toContain(
      'El 20 de febrero de 2025 es 4 días antes de las votaciones de la ONU del 24 de febrero de 2025',
    );
    expect(d.citations).toEqual([]);
    expect(d.notes).toEqual([]);
  });

  it('given English, the digest is the one English subscribers always got (no notes, no lang in the JSON)', () => {
    for (const date of DATES) {
      const d = buildDigest(k, date, undefined, 'en');
      expect(d).toEqual(buildDigest(k, date));
      expect(d.notes).toEqual([]);
      expect(Object.keys(digestToJson(d))).toEqual(['date', 'title', 'text', 'items', 'citations']);
      expect(digestToAnswer(d).lang).toBeUndefined();
    }
    expect(Object.keys(digestToJson(buildDigest(k, DATES[0]!, undefined, 'ru')))).toEqual([
      'date',
      'lang',
      'title',
      'text',
      'items',
      'citations',
    ]);
  });

  describe('a sentence with no catalogue entry', () => {
    const saved = CATALOGUES.fr['digest.title.day'] ?? '';
    afterEach(() => {
      CATALOGUES.fr['digest.title.day'] = saved;
    });

    it('falls back to English for that sentence only, and the digest says part of it is in English', () => {
      delete CATALOGUES.fr['digest.title.day'];
      const d = buildDigest(k, '2025-12-24', undefined, 'fr');
      expect(d.title).toBe('Day 303 since the UN votes of 24 février 2025\u00a0: 10 mois');
      expect(d.text).toContain('10 mois depuis les votes de l’ONU');
      expect(d.notes).toContain(
        'Certaines parties de ce résumé sont en anglais\u00a0: elles ne sont pas encore traduites.',
      );
    });
  });

  it('has a title in every language for every kind of day', () => {
    for (const lang of ANSWER_LANGS)
      for (const date of DATES) expect(buildDigest(k, date, undefined, lang).title.length).toBeGreaterThan(5);
  });
});
