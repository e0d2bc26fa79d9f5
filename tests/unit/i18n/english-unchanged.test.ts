import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/i18n/detect.ts';
import { readCases } from '../../eval/eval-lib.ts';

/**
 * English questions never go through the pre-pass or the catalogues, so the English answers stay as they were:
 * every question of the English evaluation sets is read as English, except those written in other languages (the
 * seventh session's sets 19-23 have eight: French, German, Spanish, Portuguese, and one Italian-English mix).
 */
const fixtures = join(import.meta.dirname, '../../fixtures');
const NOT_ENGLISH = new Set([
  'Wie hat Deutschland über die Ukraine-Resolution ES-11/7 abgestimmt?',
  'Франція',
  'comment a voté la France',
  'italia come ha votato? how did italy vote',
  "nombre de voix pour la résolution ukrainienne à l'AG ?",
  'wie ging die Abstimmung im Sicherheitsrat über 2774 aus?',
  'Como votou o Brasil na resolução dos EUA na Assembleia Geral?',
  'Comment la France a-t-elle voté au Conseil de sécurité le 24 février ?',
  '¿Cómo votó México en la resolución ES-11/8?',
  'Wie hat Österreich über ES-11/7 abgestimmt?',
  '¿Qué dijo el canciller de Panamá sobre la abstención de su país?',
]);

describe('English questions', () => {
  it('given every question of the English evaluation sets, it is read as English', () => {
    const files = readdirSync(fixtures).filter((f) => f.startsWith('eval-') && !f.includes('multilingual'));
    const misread = files.flatMap((f) =>
      readCases(join(fixtures, f))
        .filter((c) => !NOT_ENGLISH.has(c.question))
        .map((c) => ({ q: c.question, d: detectLanguage(c.question) }))
        .filter(({ d }) => !(d.kind === 'one' && d.lang === 'en'))
        .map(({ q, d }) => `${f}: ${q} -> ${JSON.stringify(d)}`),
    );
    expect(misread).toEqual([]);
  });

  it.each([
    'How did Ελληνική Δημοκρατία vote on 2774?',
    'did Република Северна Македонија support ES-11/7',
    'what was the position of 中华人民共和国 on 2774',
    'did República de El Salvador support A/RES/ES-11/8',
  ])('given a member named in its own language inside an English question (%s), it is English', (q) => {
    expect(detectLanguage(q)).toEqual({ kind: 'one', lang: 'en' });
  });
});
