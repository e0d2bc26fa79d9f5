import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerToJson } from '../../../src/answer-json.ts';
import type { Lang } from '../../../src/i18n/lang.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter } from '../../../src/router/router.ts';
import { factErrors } from '../../eval/eval-lib.ts';

const k = loadKnowledge();
const router = createRouter(k);

type VoteId = 'ga_es11_7' | 'ga_es11_8' | 'sc_2774';
type Kind = 'country' | 'against' | 'tally';

/** One way to ask each kind of question per language, with each vote as people name it there. */
const ASK: Record<
  Lang,
  { votes: Record<VoteId, string>; ask: Record<Kind, (v: string, c: string) => string> }
> = {
  en: {
    votes: {
      ga_es11_7: 'the Ukraine resolution',
      ga_es11_8: 'the amended US text',
      sc_2774: 'resolution 2774',
    },
    ask: {
      country: (v, c) => `How did ${c} vote on ${v}?`,
      against: (v) => `Who voted against ${v}?`,
      tally: (v) => `What was the tally on ${v}?`,
    },
  },
  fr: {
    votes: {
      ga_es11_7: 'la résolution ukrainienne',
      ga_es11_8: 'le texte américain amendé',
      sc_2774: 'la résolution 2774',
    },
    ask: {
      country: (v, c) => `Comment a voté ${c} sur ${v} ?`,
      against: (v) => `Qui a voté contre ${v} ?`,
      tally: (v) => `Quel a été le résultat du vote sur ${v} ?`,
    },
  },
  es: {
    votes: {
      ga_es11_7: 'la resolución de Ucrania',
      ga_es11_8: 'el texto estadounidense enmendado',
      sc_2774: 'la resolución 2774',
    },
    ask: {
      country: (v, c) => `¿Cómo votó ${c} en ${v}?`,
      against: (v) => `¿Quién votó en contra de ${v}?`,
      tally: (v) => `¿Cuál fue el resultado de ${v}?`,
    },
  },
  de: {
    votes: {
      ga_es11_7: 'die Ukraine-Resolution',
      ga_es11_8: 'den geänderten US-Entwurf',
      sc_2774: 'Resolution 2774',
    },
    ask: {
      country: (v, c) => `Wie hat ${c} über ${v} abgestimmt?`,
      against: (v) => `Wer hat gegen ${v} gestimmt?`,
      tally: (v) => `Wie ist die Abstimmung über ${v} ausgegangen?`,
    },
  },
  ru: {
    votes: {
      ga_es11_7: 'украинской резолюции',
      ga_es11_8: 'американскому проекту с поправками',
      sc_2774: 'резолюции 2774',
    },
    ask: {
      country: (v, c) => `Как голосовала ${c} по ${v}?`,
      against: (v) => `Кто голосовал против по ${v}?`,
      tally: (v) => `Каковы итоги голосования по ${v}?`,
    },
  },
  uk: {
    votes: {
      ga_es11_7: 'української резолюції',
      ga_es11_8: 'американського проєкту з поправками',
      sc_2774: 'резолюції 2774',
    },
    ask: {
      country: (v, c) => `Як голосувала ${c} щодо ${v}?`,
      against: (v) => `Хто голосував проти щодо ${v}?`,
      tally: (v) => `Які підсумки голосування щодо ${v}?`,
    },
  },
  ar: {
    votes: { ga_es11_7: 'القرار الأوكراني', ga_es11_8: 'النص الأمريكي المعدل', sc_2774: 'القرار 2774' },
    ask: {
      country: (v, c) => `كيف صوتت ${c} على ${v}؟`,
      against: (v) => `من صوت ضد ${v}؟`,
      tally: (v) => `ما نتيجة التصويت على ${v}؟`,
    },
  },
  zh: {
    votes: { ga_es11_7: '乌克兰决议', ga_es11_8: '修正后的美国案文', sc_2774: '第2774号决议' },
    ask: {
      country: (v, c) => `${c}对${v}投了什么票？`,
      against: (v) => `谁对${v}投了反对票？`,
      tally: (v) => `${v}的表决结果是什么？`,
    },
  },
};

const LANGS = Object.keys(ASK) as Lang[];
const VOTES: VoteId[] = ['ga_es11_7', 'ga_es11_8', 'sc_2774'];
const KINDS: Kind[] = ['country', 'against', 'tally'];
/** Every member with a recorded position, named in English by its UN name and elsewhere by ICU's name. */
const MEMBERS = k.members.filter((m) => k.voteById.get('ga_es11_7')?.positions.has(m.name));

function ask(lang: Lang, kind: Kind, vote: VoteId, iso2: string) {
  const un = MEMBERS.find((m) => m.iso2 === iso2)?.name ?? iso2;
  const country = lang === 'en' ? un : (new Intl.DisplayNames([lang], { type: 'region' }).of(iso2) ?? iso2);
  const q = ASK[lang].ask[kind](ASK[lang].votes[vote], country);
  return { q, a: answerToJson(q, router.ask(q)) };
}

const facts = (a: ReturnType<typeof answerToJson>) => ({
  positions: a.positions.map((p) => `${p.vote} ${p.country} ${p.position}`).sort(),
  tallies: a.tallies.map((t) => JSON.stringify(t)).sort(),
});

describe('the same question in two languages', () => {
  it('given any member, vote, kind of question and two languages, the answers state the same positions and tallies', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGS),
        fc.constantFrom(...LANGS),
        fc.constantFrom(...KINDS),
        fc.constantFrom(...VOTES),
        fc.constantFrom(...MEMBERS.map((m) => m.iso2)),
        (l1, l2, kind, vote, iso2) => {
          const [x, y] = [ask(l1, kind, vote, iso2), ask(l2, kind, vote, iso2)];
          expect(factErrors(k, x.a)).toEqual([]);
          expect(facts(x.a), `${x.q} | ${y.q}`).toEqual(facts(y.a));
          if (kind !== 'country' || vote !== 'sc_2774')
            expect(x.a.positions.length + x.a.tallies.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: Number(process.env.I18N_RUNS ?? 300), seed: Number(process.env.I18N_SEED ?? 18) },
    );
  });
});

describe('every member in every language', () => {
  it('given each member named as ICU names it, the country question states that member’s recorded position and no other', () => {
    const wrong: string[] = [];
    for (const lang of LANGS.filter((l) => l !== 'en'))
      for (const m of MEMBERS) {
        const { q, a } = ask(lang, 'country', 'ga_es11_7', m.iso2);
        const expected = `A/RES/ES-11/7 ${m.name} ${k.voteById.get('ga_es11_7')?.positions.get(m.name)}`;
        const stated = facts(a).positions;
        if (stated.length !== 1 || stated[0] !== expected)
          wrong.push(`${q} -> ${stated.join('; ') || a.intent}`);
      }
    expect(wrong).toEqual([]);
  });
});
