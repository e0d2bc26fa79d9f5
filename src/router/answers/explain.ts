/** Explanations of the record itself (the US votes, binding force, vetoes, symbols, timing), then the context topics. */
import type { Answer } from '../../answer.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import { addCitations, primarySources } from '../cite.ts';
import { outcomeSentence, shortSponsor, voteName } from '../describe.ts';
import { compose, type ExplainContext, type Topic } from './compose.ts';
import { CONTEXT_TOPICS } from './context-topics.ts';

/** Adds how each country voted on each vote, as recorded; votes without per-country records add nothing. */
function recordedPositions(k: Knowledge, a: Answer, countries: string[], voteIds: string[]): Answer {
  for (const id of voteIds) {
    const v = k.voteById.get(id);
    for (const country of countries) {
      const p = v?.kind === 'amendment' ? undefined : v?.positions.get(country);
      if (v && p) a.positions.push({ vote: v.symbol, country, position: p });
    }
  }
  return a;
}

const usPositions = (k: Knowledge, a: Answer, voteIds: string[]): Answer =>
  recordedPositions(k, a, ['United States of America'], voteIds);

const isUs = (c: ExplainContext) => c.countries.includes('United States of America');
const WHY = /\bwhy\b|\breason|\bexplain|\bhow come\b|\bwhat made\b/;

const TOPICS: Topic[] = [
  {
    id: 'us_abstain_own_draft',
    cues: [WHY, /\babst/, /\bown\b|\bamended\b|path to peace|es-11\/8|l\.11/],
    requires: (c) => isUs(c) && /\babst/.test(c.text),
    build: (k) => {
      const a = compose(
        k,
        'explain_us_abstention',
        'The United States abstained on its own draft after the General Assembly amended it.',
        {
          facts: ['f2'],
          quotes: ['q4'],
        },
      );
      a.blocks.splice(1, 0, {
        type: 'bullets',
        items: k.votes
          .filter((v) => v.kind === 'amendment' && v.target === 'ga_es11_8' && v.adopted)
          .map((v) => `Adopted amendment (${shortSponsor(v.sponsor)}): ${v.content}`),
      });
      a.blocks.push({
        type: 'note',
        text: 'The sources record the amendments and Dorothy Shea’s objection to them before the vote; they hold no further US statement of why it abstained.',
      });
      addCitations(k, a, ['nbc_copy', 'euromaidan']);
      return usPositions(k, a, ['ga_es11_8']);
    },
  },
  {
    id: 'us_against_ukraine_text',
    cues: [
      WHY,
      /\bagainst\b|\bno\b|\boppose|\breject|\bnot support|\bcannot support/,
      /ukrain|european|es-11\/7|l\.10/,
    ],
    requires: (c) =>
      isUs(c) &&
      WHY.test(c.text) &&
      !/\babst/.test(c.text) &&
      /\bagainst\b|\bno\b|\boppose|\breject|\bnot support|ukrain|european|es-11\/7|l\.10/.test(c.text),
    build: (k) =>
      usPositions(
        k,
        compose(
          k,
          'explain_us_vote',
          'The United States voted against the Ukraine/European text and urged support for its own shorter draft instead.',
          {
            quotes: ['q2', 'q1', 'q3'],
            facts: ['f1', 'f17'],
          },
        ),
        ['ga_es11_7'],
      ),
  },
  {
    id: 'binding',
    cues: [
      /\bbinding\b|\blegal(ly)? force\b|\benforceable\b|\benforce\b|\bmandatory\b|\blegally\b|\bobligat|\blegal (effect|weight|status|consequences?)\b|\bhave (any )?teeth\b|\bcomply\b/,
      /\bbinding\b|\blegal effect\b/,
      /\bwhat(s| is)? the point\b|\b(does|did|will) (it|this|that|the [a-z ]*resolution|[a-z0-9/.-]+) (even |really )?matter\b|\b(effect|impact|consequences?)\b/,
    ],
    build: (k, c) => {
      const a = compose(
        k,
        'explain_binding',
        c.voteIds.includes('sc_2774') && !c.voteIds.some((id) => id.startsWith('ga'))
          ? 'Security Council resolutions such as 2774 are generally described as binding; General Assembly resolutions are not legally binding.'
          : 'No: General Assembly resolutions such as ES-11/7 and ES-11/8 are not legally binding; Security Council resolutions are generally described as binding.',
        { glossary: ['g_binding'] },
      );
      return a;
    },
  },
  {
    id: 'veto',
    cues: [/\bveto(e?s|ed|ing)?\b/, /\bblock(ed)?\b|\bnegative vote\b/],
    // "Did Russia veto 2774?": how the country named voted on the text named answers it too.
    build: (k, c) =>
      recordedPositions(
        k,
        compose(
          k,
          'explain_veto',
          'Russia vetoed two European amendments in the Security Council; there was no veto on resolution 2774 itself.',
          { facts: ['f5'], glossary: ['g_veto'] },
        ),
        c.countries,
        c.voteIds,
      ),
  },
  {
    id: 'compare_2023',
    requires: (c) =>
      /\b2023\b|es-11\/6|\bfirst anniversary\b|\ba year earlier\b|\bprevious (resolution|year)\b|\blast time\b|\b141\b/.test(
        c.text,
      ),
    cues: [
      /\b2023\b|es-11\/6|\bfirst anniversary\b|\ba year earlier\b|\bprevious (resolution|year)\b|\blast time\b/,
      /\bcompar|\bversus\b|\bvs\b|\bdiffer|\bchange|\bdrop|\bfewer|\bbefore\b|\bearlier\b|\b141\b/,
    ],
    build: (k) =>
      compose(
        k,
        'explain_compare_2023',
        'Support fell: the 2023 anniversary resolution passed 141-7-32; Ukraine’s 2025 text passed 93-18-65.',
        { facts: ['f9'], votes: ['ga_es11_7'] },
      ),
  },
  {
    id: 'symbols',
    cues: [
      /\bsymbols?\b|\bdocument (number|symbol)s?\b|\bdraft (number|code)s?\b|\bl\.?9\b|\bwhat (is|was|are) (a\/es-11\/)?l\.?1[015]\b|\bl\.?15\b/,
      /\b(is|was|were) (a\/es-11\/)?l\.?\d+\b|\bl\.?\d+ (is|was) the\b|^(is|was) (the )?[a-z ]*(draft|text|resolution) (a\/es-11\/)?l\.?\d+\b/,
    ],
    build: (k, c) => {
      const a = compose(
        k,
        'explain_symbols',
        `The drafts were A/ES-11/L.10 (Ukraine/European, “${k.voteById.get('ga_es11_7')?.title}”, adopted as A/RES/ES-11/7) and A/ES-11/L.11 (US, “${k.voteById.get('ga_es11_8')?.title}”, adopted as amended as A/RES/ES-11/8).`,
        { facts: ['f3'] },
      );
      // A symbol the question names that is not one of the two drafts ("L.15", an amendment): what it was, first.
      const named = c.voteIds.map((id) => k.voteById.get(id)).filter((v) => v?.kind === 'amendment');
      for (const v of named)
        if (v?.draftSymbol) {
          const symbol = v.draftSymbol.replace(/\s*\(.*\)$/, '');
          a.summary = `${symbol} was ${voteName(v)}: ${outcomeSentence(v)}.`;
          a.blocks.unshift({ type: 'paragraph', text: `Symbol as recorded: ${v.draftSymbol}.` });
          addCitations(k, a, primarySources(v.sources));
        }
      return a;
    },
  },
  {
    id: 'presided',
    cues: [/\bpresid(ed|ent|ency|ing)\b|\bchair(ed|s|ing|man|person)?\b|\bwho ran\b|\bin the chair\b/],
    build: (k) =>
      compose(
        k,
        'explain_presidency',
        'China held the Security Council presidency in February 2025; Philémon Yang was President of the General Assembly.',
        { facts: ['f10', 'f11'] },
      ),
  },
  {
    id: 'timing',
    cues: [
      /\bwhat time\b|\bmorning\b|\bafternoon\b|\bwhen (did|was|were)\b|\bwhat day\b|\bwhich day\b|\bdate\b/,
      /\b(which|what) (body|vote|one) (voted|was|came|went|met) first\b|\bin what order\b|\bwhich came first\b|\b(before|after) the (security council|general assembly|council|assembly|ga|sc|unga|unsc)\b/,
    ],
    build: (k) =>
      compose(
        k,
        'explain_timing',
        'All the votes were on Monday 24 February 2025: the General Assembly in the morning, the Security Council in the afternoon (New York).',
        { facts: ['f12'] },
      ),
  },
  {
    id: 'why_date',
    cues: [
      /\bwhy (that|this|the) (date|day)\b|\bwhy (on )?(24|twenty-fourth) february\b|\banniversary\b|\bwhy (then|that day)\b|\btimed\b/,
      /\bwhy\b.*\b(24 february|february 24|that date|this date|the date|that day|on that day|monday)\b/,
    ],
    build: (k) =>
      compose(
        k,
        'explain_date',
        'The votes were timed for the third anniversary of Russia’s full-scale invasion of Ukraine on 24 February 2022.',
        { glossary: ['g_date'] },
      ),
  },
  {
    id: 'overview',
    cues: [
      /\bwhat happened\b|\bwhat was voted\b|\boverview\b|\bsummar(y|ise|ize)\b|\brecap\b|\bwhat (were|are) the (votes|resolutions)\b|\bwhat (votes|resolutions) (were|took place)\b|\bbig picture\b|\btl ?dr\b/,
      /\bwhat did the (un|united nations|general assembly|security council|ga|sc|unga|unsc) (vote on|decide|adopt|pass)\b/,
    ],
    build: (k) =>
      compose(k, 'overview', 'On Monday 24 February 2025 the UN voted three times on the war in Ukraine:', {
        events: ['t2025_ga_votes', 't2025_sc_2774'],
        votes: ['ga_es11_7', 'ga_es11_8', 'sc_2774'],
        facts: ['f5'],
      }),
  },
  {
    id: 'first_substantive',
    cues: [
      /\bfirst (substantive|council|security council|resolution)\b|\bnon-?procedural\b|\b2623\b|\bsince 2022\b|\bhistoric\b|\bsignifican(t|ce)\b|\bimportan(t|ce)\b|\bwhy (does|did) it matter\b/,
    ],
    build: (k) =>
      compose(
        k,
        'explain_first_resolution',
        'Resolution 2774 was the Security Council’s first substantive resolution on the war since February 2022.',
        { facts: ['f6'] },
      ),
  },
  {
    id: 'postpone',
    cues: [/\bpostpone|\bdelay|\badjourn|\bprocedural\b|\brule 33\b/],
    strong: /\bpostpone|\badjourn|\brule 33\b/,
    build: (k) =>
      compose(
        k,
        'explain_postponement',
        'A motion to postpone the Council vote to 25 February failed (reported 6-3-6).',
        { facts: ['f7'], votes: ['sc_procedural_postpone'] },
      ),
  },
  ...CONTEXT_TOPICS,
];

/** The explanation topic the question is about, if any: the best-scoring topic whose requirements hold. */
export function findTopic(c: ExplainContext): { topic: Topic; score: number } | null {
  let best: Topic | null = null;
  let bestScore = 0;
  for (const t of TOPICS) {
    if (t.requires && !t.requires(c)) continue;
    const cues = t.cues.filter((re) => re.test(c.text)).length;
    // The topic's own subject counts twice: "what happened with Macron" is about Macron, not an overview.
    const score = cues > 0 && t.strong?.test(c.text) ? cues + 1 : cues;
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best ? { topic: best, score: bestScore } : null;
}
