import { type Answer, emptyAnswer } from '../../answer.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import { cite, primarySources } from '../cite.ts';
import { addQuote, mainVotes, outcomeSentence, shortSponsor, statedTally, voteName } from '../describe.ts';

export interface ExplainContext {
  text: string;
  countries: string[];
  voteIds: string[];
}

interface Topic {
  id: string;
  /** Each pattern that matches adds one to the topic's score. */
  cues: RegExp[];
  /** Cues that must all match for the topic to count at all. */
  requires?: (c: ExplainContext) => boolean;
  build: (k: Knowledge, c: ExplainContext) => Answer;
}

const fact = (k: Knowledge, id: string) => k.facts.find((f) => f.id === id);
const gloss = (k: Knowledge, id: string) => k.glossary.find((g) => g.id === id);
const quote = (k: Knowledge, id: string) => k.quotes.find((q) => q.id === id);

/** An explanation made of facts, glossary entries and quotes, each with its sources. */
function compose(
  k: Knowledge,
  intent: string,
  summary: string,
  parts: { facts?: string[]; glossary?: string[]; quotes?: string[]; votes?: string[]; events?: string[] },
): Answer {
  const a = emptyAnswer('answer', intent, summary);
  const sources: string[][] = [];
  for (const id of parts.glossary ?? []) {
    const g = gloss(k, id);
    if (!g) continue;
    a.blocks.push({ type: 'paragraph', text: g.text });
    sources.push(g.sources);
  }
  for (const id of parts.facts ?? []) {
    const f = fact(k, id);
    if (!f) continue;
    a.blocks.push({ type: 'paragraph', text: f.statement });
    sources.push(f.sources);
  }
  for (const id of parts.events ?? []) {
    const e = k.timeline.find((t) => t.id === id);
    if (!e) continue;
    a.blocks.push({ type: 'paragraph', text: `${e.date}: ${e.statement}` });
    sources.push(e.sources);
  }
  for (const id of parts.votes ?? []) {
    const v = k.voteById.get(id);
    if (!v) continue;
    a.blocks.push({ type: 'fields', fields: [{ label: voteName(v), value: outcomeSentence(v) }] });
    if (v.tally && v.tally.yes !== null) a.tallies.push(statedTally(v));
    sources.push(primarySources(v.sources));
  }
  for (const id of parts.quotes ?? []) {
    const q = quote(k, id);
    if (!q) continue;
    addQuote(a, q);
    sources.push([q.source]);
  }
  a.citations = cite(k, ...sources);
  a.confidence = 0.8;
  return a;
}

function usPositions(k: Knowledge, a: Answer, voteIds: string[]): Answer {
  for (const id of voteIds) {
    const v = k.voteById.get(id);
    const p = v?.positions.get('United States of America');
    if (v && p) a.positions.push({ vote: v.symbol, country: 'United States of America', position: p });
  }
  return a;
}

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
      a.citations = [
        ...a.citations,
        ...cite(k, ['nbc_copy', 'euromaidan']).filter((c) => !a.citations.some((x) => x.id === c.id)),
      ];
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
    requires: (c) => isUs(c) && WHY.test(c.text) && !/\babst/.test(c.text),
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
    build: (k) =>
      compose(
        k,
        'explain_veto',
        'Russia vetoed two European amendments in the Security Council; there was no veto on resolution 2774 itself.',
        { facts: ['f5'], glossary: ['g_veto'] },
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
    ],
    build: (k) =>
      compose(
        k,
        'explain_symbols',
        'The drafts were A/ES-11/L.10 (Ukraine/European, adopted as A/RES/ES-11/7) and A/ES-11/L.11 (US, adopted as amended as A/RES/ES-11/8).',
        { facts: ['f3'] },
      ),
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
    build: (k) =>
      compose(
        k,
        'explain_postponement',
        'A motion to postpone the Council vote to 25 February failed (reported 6-3-6).',
        { facts: ['f7'], votes: ['sc_procedural_postpone'] },
      ),
  },
  {
    id: 'casualties',
    cues: [/\bcasualt|\bcivilians?\b|\bkilled\b|\bdeaths?\b|\bchildren\b|\bdead\b|\bohchr\b|\bdicarlo\b/],
    build: (k) =>
      compose(
        k,
        'explain_casualties',
        'Rosemary DiCarlo told the Security Council that OHCHR had confirmed at least 12,654 civilians killed, including 673 children, since 24 February 2022.',
        { facts: ['f13'], quotes: ['q16', 'q17'] },
      ),
  },
  {
    id: 'reactions',
    cues: [
      /\breact(ion|ions|ed)?\b|\bcriticis|\bcriticiz|\bbacklash\b|\bcongress\b|\brepublicans?\b|\bdemocrats?\b|\bsenators?\b|\blawmakers\b|\bcurtis\b|\bbacon\b|\bpelosi\b|\bdomestic\b/,
    ],
    build: (k) =>
      compose(k, 'explain_reactions', 'Some US lawmakers, Republicans among them, criticised the US votes.', {
        facts: ['f15'],
        quotes: ['q19', 'q20', 'q21'],
      }),
  },
  {
    id: 'white_house',
    cues: [/\bmacron\b|\bstarmer\b|\bwhite house\b|\bsame day\b|\bthat week\b|\bdiplomacy\b/],
    build: (k) =>
      compose(
        k,
        'explain_context',
        'The same day, Emmanuel Macron met Donald Trump at the White House; Keir Starmer was due later that week.',
        { facts: ['f14'], events: ['t2025_macron', 't2025_starmer'] },
      ),
  },
  {
    id: 'iran_claim',
    cues: [
      /\biran\b.*\b(with the us|side|claim|report|really|washington post)|washington post|\bjim costa\b|\bcosta\b/,
    ],
    build: (k) =>
      compose(
        k,
        'explain_dispute',
        'The UN record shows Iran abstained on ES-11/7, although some reports said it voted with the US.',
        { facts: ['f16'] },
      ),
  },
  {
    id: 'early_reports',
    cues: [
      /\b89\b|\bearly reports?\b|\bfirst reports?\b|\bflash\b|\bukrinform\b|\bwrong (count|tally|number)\b/,
    ],
    build: (k) =>
      compose(
        k,
        'explain_dispute',
        'The official tally of A/RES/ES-11/8 is 93-8-73; an early flash report said 89-8-69.',
        { facts: ['f18'], votes: ['ga_es11_8'] },
      ),
  },
  {
    id: 'diplomatic_note',
    cues: [
      /\bdiplomatic note\b|\bnote (to|circulated)\b|\blobb(y|ied|ying)\b|\bpressure[ds]?\b|\burged (states|countries)\b/,
    ],
    build: (k) =>
      compose(
        k,
        'explain_us_lobbying',
        'Before the vote the US urged states to vote against any other resolution or amendment (paraphrase; the exact wording is not in the sources).',
        { facts: ['f17'] },
      ),
  },
  {
    id: 'disputed',
    cues: [
      /\bdisput|\bdisagree|\bcontradict|\bdiscrepanc|\berrors?\b|\bmistakes?\b|\bconflicting\b|\bwrong\b|\baccurate\b|\bfact-?check/,
    ],
    build: (k) => {
      const a = compose(
        k,
        'explain_dispute',
        'Where reports differ from the UN record, Plenary gives the record and says a report differs:',
        { facts: ['f16', 'f18'] },
      );
      for (const d of k.disputed.positions) {
        a.blocks.push({
          type: 'note',
          text: `${d.country} on ${d.vote}: the UN record shows ${d.record}; ${d.other}.`,
        });
        a.citations.push(...cite(k, d.sources).filter((c) => !a.citations.some((x) => x.id === c.id)));
      }
      return a;
    },
  },
  {
    id: 'bodies',
    requires: (c) => c.voteIds.length === 0 || /assembly.*council|council.*assembly/.test(c.text),
    cues: [
      /\bdifference between\b|\bgeneral assembly (and|vs|versus) (the )?security council\b|\bwhat is the (general assembly|security council)\b|\bpermanent members?\b|\bhow many members\b/,
    ],
    build: (k) =>
      compose(
        k,
        'explain_bodies',
        'The General Assembly has all 193 members; the Security Council has 15, five of them permanent with a veto.',
        { glossary: ['g_bodies', 'g_binding'] },
      ),
  },
  {
    id: 'ess',
    cues: [/\bemergency special session\b|\bess\b|\bes-11\b(?!\/)|\buniting for peace\b|\bspecial session\b/],
    build: (k) =>
      compose(
        k,
        'explain_session',
        'The General Assembly votes took place in its resumed 11th emergency special session.',
        { glossary: ['g_ess'] },
      ),
  },
  {
    id: 'content',
    cues: [
      /\bwhat (does|did) (it|the resolution|the text|2774|the us text|the us draft|es-11\/7|es-11\/8|they) (say|call for|demand|ask)\b|\bwhat (is|was) in\b|\bcontents?\b|\bwording\b|\bmention(s|ed)?\b|\brefer(s|red)? to\b|\bcall(s|ed)? for\b|\bdemands?\b/,
    ],
    build: (k, c) => {
      const ids = c.voteIds.length > 0 ? c.voteIds : mainVotes(k).map((v) => v.id);
      const a = compose(k, 'explain_content', 'What each text is about (titles and substance as recorded):', {
        votes: ids,
      });
      for (const id of ids) {
        const v = k.voteById.get(id);
        if (v)
          a.blocks.push({ type: 'paragraph', text: `${v.symbol}: “${v.title}”. Sponsor: ${v.sponsor}.` });
      }
      return a;
    },
  },
  {
    id: 'sponsors',
    cues: [
      /\bsponsor(s|ed|ing)?\b|\bco-?sponsor|\bwho (drafted|wrote|proposed|tabled|introduced|put forward)\b|\bauthors?\b/,
    ],
    build: (k, c) => {
      const ids = c.voteIds.length > 0 ? c.voteIds : mainVotes(k).map((v) => v.id);
      const a = compose(k, 'explain_sponsors', 'Who put each text forward:', {});
      for (const id of ids) {
        const v = k.voteById.get(id);
        if (!v) continue;
        a.blocks.push({ type: 'fields', fields: [{ label: v.symbol, value: v.sponsor }] });
        a.citations.push(
          ...cite(k, primarySources(v.sources)).filter((x) => !a.citations.some((y) => y.id === x.id)),
        );
      }
      return a;
    },
  },
  {
    id: 'aligned_with_russia',
    cues: [
      /\bsid(e|ed|ing) with russia\b|\balign(ed|s)? with russia\b|\bsame side as russia\b|\bvoted with russia\b|\bjoin(ed)? russia\b/,
    ],
    build: (k) => {
      const a = compose(
        k,
        'explain_alignment',
        'On Ukraine’s text the United States voted against, as did Russia; on resolution 2774 both voted in favour.',
        { facts: ['f1', 'f2'], quotes: ['q19'] },
      );
      for (const id of ['ga_es11_7', 'ga_es11_8', 'sc_2774']) {
        const v = k.voteById.get(id)!;
        for (const c of ['United States of America', 'Russian Federation']) {
          const p = v.positions.get(c);
          if (p) a.positions.push({ vote: v.symbol, country: c, position: p });
        }
      }
      return a;
    },
  },
];

/** The explanation topic the question is about, if any: the best-scoring topic whose requirements hold. */
export function findTopic(c: ExplainContext): { topic: Topic; score: number } | null {
  let best: Topic | null = null;
  let bestScore = 0;
  for (const t of TOPICS) {
    if (t.requires && !t.requires(c)) continue;
    const score = t.cues.filter((re) => re.test(c.text)).length;
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best ? { topic: best, score: bestScore } : null;
}
