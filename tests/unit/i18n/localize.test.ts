import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/i18n/catalogue/index.ts';
import { detectLanguage } from '../../../src/i18n/detect.ts';
import { FOREIGN_LANGS } from '../../../src/i18n/lang.ts';
import { Messages } from '../../../src/i18n/messages.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { answerToText } from '../../../src/render-text.ts';
import { createRouter } from '../../../src/router/router.ts';

const k = loadKnowledge();
const router = createRouter(k);

describe('language detection', () => {
  it.each([
    ['Qui a voté contre la résolution ukrainienne ?', 'fr'],
    ['¿Quién votó en contra de la resolución de Ucrania?', 'es'],
    ['Wer hat gegen die Ukraine-Resolution gestimmt?', 'de'],
    ['Кто голосовал против украинской резолюции?', 'ru'],
    ['Хто голосував проти української резолюції?', 'uk'],
    ['من صوت ضد القرار الأوكراني؟', 'ar'],
    ['谁对乌克兰决议投了反对票？', 'zh'],
    ['Who voted against the Ukraine resolution?', 'en'],
    ['how did Франция vote', 'en'],
    ['Vote count A/ES-11/L.10', 'en'],
  ])('given %j, it reads it as %s', (q, lang) => {
    expect(detectLanguage(q)).toEqual({ kind: 'one', lang });
  });

  it('given a language outside the eight, it says which', () => {
    expect(detectLanguage('フランスはどう投票しましたか')).toEqual({ kind: 'unsupported', lang: 'ja' });
    expect(detectLanguage('Come ha votato la Francia sulla risoluzione?')).toEqual({
      kind: 'unsupported',
      lang: 'it',
    });
  });
});

describe('answers in the question’s language', () => {
  afterEach(() => {
    CATALOGUES.fr['tally.summary'] = '{symbol} : {outcome}.';
  });

  it('given a French country question, it answers in French with the English answer’s positions and citations', () => {
    const fr = router.ask('Comment la France a-t-elle voté sur la résolution ukrainienne ?');
    const en = router.ask('How did France vote on the Ukraine resolution?');
    expect(fr.lang).toBe('fr');
    expect(fr.summary).toContain('Pour');
    expect(fr.summary).toContain('Assemblée générale');
    expect(fr.positions).toEqual(en.positions);
    expect(fr.citations).toEqual(en.citations);
    expect(answerToText(fr)).toContain('Sources :'.replace(' :', ':'));
  });

  it('given a Russian list question, member names are Russian and sorted as Russian sorts them', () => {
    const a = router.ask('Кто голосовал против украинской резолюции?');
    const block = a.blocks.find((b) => b.type === 'countries');
    expect(block?.type === 'countries' && block.label).toBe('Против (18)');
    const names = block?.type === 'countries' ? block.countries : [];
    expect(names).toContain('Венгрия');
    expect(names).toEqual([...names].sort(new Intl.Collator('ru').compare));
  });

  it('given a quote question in Ukrainian, the quotes are verbatim as spoken and labelled with their language', () => {
    const uk = router.ask('Що сказала Барбара Вудворд?');
    const en = router.ask('What did Barbara Woodward say?');
    expect(uk.quotes).toEqual(en.quotes);
    const quoteTexts = (a: typeof uk) => a.blocks.flatMap((b) => (b.type === 'quote' ? [b.text] : []));
    expect(quoteTexts(uk)).toEqual(quoteTexts(en));
    expect(uk.blocks.some((b) => b.type === 'note' && b.text.includes('англійська'))).toBe(true);
  });

  it('given a catalogue without a key, that sentence is in English and the answer says part of it is', () => {
    delete (CATALOGUES.fr as Record<string, string>)['tally.summary'];
    const a = router.ask('Décompte des voix sur ES-11/8');
    // The English template ("{symbol}: {outcome}."), not the French one ("{symbol} : {outcome}.").
    expect(a.summary).toMatch(/^A\/RES\/ES-11\/8: /);
    expect(
      a.blocks.some((b) => b.type === 'note' && b.text === new Messages('fr').t('note.partlyEnglish')),
    ).toBe(true);
  });

  it('given a kind of answer with no rebuilder, it answers in English and says so in the question’s language', () => {
    const a = router.ask('Comparez les votes de la France et de l’Allemagne');
    if (a.intent !== 'compare_countries') return;
    expect(a.blocks.at(-1)).toEqual({ type: 'note', text: new Messages('fr').t('note.english') });
  });

  it('given a question mixing Russian and English, it answers in English and says why', () => {
    const a = router.ask('how did the US vote по украинской резолюции');
    expect(a.lang).toBeUndefined();
    expect(a.positions).toEqual([
      { vote: 'A/RES/ES-11/7', country: 'United States of America', position: 'no' },
    ]);
    expect(a.blocks.at(-1)).toEqual({
      type: 'note',
      text: 'Your question mixes Russian and English, so I have answered in English.',
    });
  });

  it('given an unsupported language, it answers in English and names the language', () => {
    const a = router.ask('Come ha votato la Francia sulla risoluzione?');
    expect(a.lang).toBeUndefined();
    expect(a.blocks.at(-1)?.type === 'note' && a.blocks.at(-1)).toMatchObject({
      text: expect.stringContaining('Italian'),
    });
  });

  it.each(
    FOREIGN_LANGS.map((l) => [l]),
  )('given the %s help, each example question is understood as its kind', (lang) => {
    const m = new Messages(lang);
    const intents = (['country', 'list', 'tally', 'quote'] as const).map(
      (x) => router.ask(m.t(`help.example.${x}`)).intent,
    );
    expect(intents.slice(0, 3)).toEqual(['country_vote', 'list', 'tally']);
    expect(['quote', 'statement']).toContain(intents[3]);
    expect(router.ask(m.t('help.example.country')).lang).toBe(lang);
  });

  it('given an English question, the answer is the router’s English answer, untouched', () => {
    const a = router.ask('Who voted against ES-11/7?');
    expect(a.lang).toBeUndefined();
    expect(a.summary).toBe('Members that voted against:');
  });
});
