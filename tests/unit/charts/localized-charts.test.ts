import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnswerImage } from '../../../src/answer.ts';
import { drawnLang } from '../../../src/charts/chart-words.ts';
import {
  chartKey,
  createChartCache,
  imagesFor,
  renderRecordChart,
  renderTallyChart,
  renderVoteMap,
} from '../../../src/charts/index.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter } from '../../../src/router/router.ts';

const k = loadKnowledge();
/** The words a picture shows, XML entities read back. */
const words = (svg: string) =>
  [...svg.matchAll(/>([^<>]+)</g)]
    .map((m) => m[1]!.replace(/&apos;/g, "'").replace(/&amp;/g, '&'))
    .filter((t) => /\p{L}/u.test(t))
    .join(' | ');

const ENGLISH_LEGEND = ['In favour', 'Against', 'Abstained', 'Did not vote', 'Not a UN member'];

describe('pictures in the answer’s language', () => {
  it('given French, a map has the French title, subtitle, legend and notes and none of the English ones', () => {
    const text = words(renderVoteMap(k, 'ga_es11_7', { lang: 'fr', highlight: 'Hungary' }).svg);
    expect(text).toContain('La résolution présentée par l’Ukraine et des pays européens');
    expect(text).toContain('Assemblée générale des Nations Unies · 24 février 2025 · Adoptée, 93–18–65');
    for (const label of ['Pour', 'Contre', 'Abstention', 'Non-participation au vote', 'Non membre de l’ONU'])
      expect(text).toContain(`| ${label} |`);
    expect(text).toContain('Mis en évidence\u00a0: Hongrie (Contre)');
    expect(text).toContain('Source\u00a0: relevé des votes de l’ONU');
    for (const english of [
      ...ENGLISH_LEGEND,
      'UN General Assembly',
      'Highlighted',
      'Source: UN voting record',
    ])
      expect(text).not.toContain(english);
  });

  it('given English (or no language), the map is exactly the English map it always was', () => {
    const plain = renderVoteMap(k, 'ga_es11_7', { highlight: 'Hungary' }).svg;
    expect(renderVoteMap(k, 'ga_es11_7', { highlight: 'Hungary', lang: 'en' }).svg).toBe(plain);
    const text = words(plain);
    for (const label of ENGLISH_LEGEND) expect(text).toContain(`| ${label} |`);
    expect(text).toContain('Advancing a comprehensive, just and lasting peace in Ukraine');
    expect(text).toContain('UN General Assembly · 24 February 2025 · Adopted 93–18–65');
    expect(text).toContain('Highlighted: Hungary (against)');
    expect(text).not.toContain('Pour');
  });

  it('given a Council map in Russian, the roll names members in Russian under Russian position labels', () => {
    const text = words(renderVoteMap(k, 'sc_2774', { lang: 'ru' }).svg);
    expect(text).toContain('Совет Безопасности ООН');
    expect(text).toContain('Не член Совета');
    expect(text).toContain('Воздержание: | Дания, Франция, Греция, Словения, Великобритания');
    expect(text).not.toContain('Not on the Council');
  });

  it('given Arabic or Chinese, the map has the title and legend in that language and is drawn with its font', () => {
    expect(drawnLang('ar')).toBe('ar');
    expect(drawnLang('zh')).toBe('zh');
    const english = renderVoteMap(k, 'ga_es11_7');
    const cases = [
      {
        lang: 'ar',
        family: 'Noto Sans Arabic',
        words: [
          'نص أوكرانيا والدول الأوروبية',
          'الجمعية العامة للأمم المتحدة',
          'معارضة',
          'امتناع عن التصويت',
        ],
      },
      {
        lang: 'zh',
        family: 'Noto Sans SC',
        words: ['联合国大会上乌克兰和欧洲国家提出的案文', '联合国大会', '赞成', '反对', '弃权'],
      },
    ];
    for (const c of cases) {
      const map = renderVoteMap(k, 'ga_es11_7', { lang: c.lang });
      const text = words(map.svg);
      for (const w of c.words) expect(text).toContain(w);
      for (const label of [...ENGLISH_LEGEND, 'UN General Assembly', 'Advancing a comprehensive'])
        expect(text).not.toContain(label);
      expect(map.svg).toContain(`font-family="Inter, ${c.family}"`);
      expect(map.png.length).toBeGreaterThan(10_000);
      expect(map.png.equals(english.png)).toBe(false);
    }
    expect(english.svg).toContain('font-family="Inter"');
  });

  it('given German, the tally chart has German labels; a vote the catalogue does not name keeps its English title', () => {
    const text = words(renderTallyChart(k, 'ga_am_russia_rootcauses', { lang: 'de' }).svg);
    expect(text).toContain('Änderungsantrag');
    expect(text).toContain('Abgelehnt, 31–71–59');
    expect(text).toContain('Dafür | Dagegen | Enthaltung');
    expect(text).toContain('Die Zahl der Mitglieder ohne Stimmabgabe wurde nicht erfasst');
    expect(text).not.toContain('In favour');
  });

  it('given Spanish, the member record chart has its headings, the member, dates and positions in Spanish', () => {
    const text = words(renderRecordChart(k, 'Brazil', ['ga_es11_7', 'sc_2774'], { lang: 'es' }).svg);
    expect(text).toContain('Brasil | Votaciones de la ONU sobre Ucrania, 2025');
    expect(text).toContain('Votación | Posición');
    expect(text).toContain('24 de febrero de 2025 · Consejo de Seguridad');
    expect(text).toContain('No es miembro del Consejo');
    expect(text).not.toContain('Position');
  });

  it('keys cached pictures by drawn language, leaving English file names as they were', () => {
    const english = chartKey(k, 'ga_es11_7');
    expect(chartKey(k, 'ga_es11_7', { lang: 'en' })).toBe(english);
    expect(chartKey(k, 'ga_es11_7', { lang: 'zh' })).toMatch(/^map-ga_es11_7-zh-[0-9a-f]{16}\.png$/);
    const fr = chartKey(k, 'ga_es11_7', { lang: 'fr' });
    expect(fr).toMatch(/^map-ga_es11_7-fr-[0-9a-f]{16}\.png$/);
    expect(fr).not.toBe(chartKey(k, 'ga_es11_7', { lang: 'de' }));
  });

  describe('through the router', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plenary-charts-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('given a French question for a map, the picture is drawn in French; the same question in English, in English', () => {
      const requests: (string | undefined)[] = [];
      const cache = createChartCache(dir, {
        render: (_k, _id, request) => {
          requests.push(request.lang);
          return Buffer.from('png');
        },
      });
      const router = createRouter(k, {
        images: (ids, o): AnswerImage[] => imagesFor(k, cache, ids, o),
      });
      const fr = router.ask('montre la carte du vote sur la résolution ukrainienne');
      expect(fr.lang).toBe('fr');
      expect(fr.images?.[0]?.path).toMatch(/map-ga_es11_7-fr-/);
      const en = router.ask('show the map of the Ukraine resolution');
      expect(en.images?.[0]?.path).toMatch(/map-ga_es11_7-[0-9a-f]{16}\.png$/);
      // Discord's /votes map writes the question in English and answers in the user's locale.
      const discord = router.ask('show the map of the Ukraine resolution', {
        lang: 'de',
        langIsTheUsers: true,
      });
      expect(discord.images?.[0]?.path).toMatch(/map-ga_es11_7-de-/);
      expect(requests).toEqual(['fr', undefined, 'de']);
    });
  });
});
