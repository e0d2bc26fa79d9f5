/** Explanations of the context around the votes: casualties, reactions, disputes, the bodies, texts and sponsors. */
import { addCitations, nameSources, primarySources } from '../cite.ts';
import { WHO_ASKS } from '../cues.ts';
import { mainVotes } from '../describe.ts';
import { compose, type Topic } from './compose.ts';

/** In the order they are tried after the topics about the record (explain.ts): ties go to the first. */
export const CONTEXT_TOPICS: Topic[] = [
  {
    id: 'casualties',
    cues: [
      /\bcasualt|\bcivilians?\b|\bkilled\b|\bdied\b|\bdeaths?\b|\bchildren\b|\bdead\b|\bohchr\b|\bdicarlo\b/,
    ],
    strong: /\bcasualt\w*|\bcivilians?\b|\bkilled\b|\bdied\b|\bdeaths?\b|\bdeath toll\b/,
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
    strong:
      /\bcriticis\w*|\bcriticiz\w*|\bbacklash\b|\blawmakers\b|\bcongress\b|\bsenators?\b|\brepublicans?\b|\bdemocrats?\b/,
    build: (k) =>
      compose(k, 'explain_reactions', 'Some US lawmakers, Republicans among them, criticised the US votes.', {
        facts: ['f15'],
        quotes: ['q19', 'q20', 'q21'],
      }),
  },
  {
    id: 'white_house',
    cues: [/\bmacron\b|\bstarmer\b|\bwhite house\b|\bsame day\b|\bthat week\b|\bdiplomacy\b/],
    strong: /\bmacron\b|\bstarmer\b|\bwhite house\b/,
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
    strong: /\bwashington post\b|\bjim costa\b|\biran\b.*\bwith the (us|united states|americans)\b/,
    build: (k) => {
      const a = compose(
        k,
        'explain_dispute',
        'The UN record shows Iran abstained on ES-11/7, although some reports said it voted with the US.',
        { facts: ['f16'] },
      );
      // The summary states Iran's recorded position on ES-11/7: the structured data carries it too.
      const es7 = k.voteById.get('ga_es11_7');
      const iran = 'Iran (Islamic Republic of)';
      const position = es7?.positions.get(iran);
      if (es7 && position) {
        a.positions.push({ vote: es7.symbol, country: iran, position });
        addCitations(k, a, primarySources(es7.sources));
      }
      return a;
    },
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
      /\bdiplomatic note\b|\bnote (to|circulated)\b|\blobb(y|ied|ying)\b|\bpressur(e|ed|es|ing)\b|\burged (states|countries)\b|\barm-?twist\w*/,
    ],
    strong: /\bdiplomatic note\b|\blobb(y|ied|ying)\b|\bpressur(e|ed|es|ing)\b|\barm-?twist\w*/,
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
          text: `${d.country} on ${d.vote}: the UN record shows ${d.record}; ${nameSources(k, d.other)}.`,
        });
        addCitations(k, a, d.sources);
      }
      return a;
    },
  },
  {
    id: 'bodies',
    // "Which permanent members abstained?" is a list, not a question about the bodies.
    requires: (c) =>
      (c.voteIds.length === 0 || /assembly.*council|council.*assembly/.test(c.text)) &&
      !/\b(voted|abst\w*|against|in favou?r|support\w*|oppos\w*)\b/.test(c.text),
    cues: [
      /\bdifference between\b|\bgeneral assembly (and|vs|versus) (the )?security council\b|\bwhat (is|are) the (un )?(general assembly|security council)\b|\bpermanent members?\b|\bhow many members\b|\bhow many (un )?(members|member states|countries) (are there|does the un have|are in the un)\b/,
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
      /\bdid (the )?[a-z]+ (propose|table|sponsor|introduce|write|put forward) (the|it|this|that|its|a)\b/,
    ],
    build: (k, c) => {
      const ids = c.voteIds.length > 0 ? c.voteIds : mainVotes(k).map((v) => v.id);
      const a = compose(k, 'explain_sponsors', 'Who put each text forward:', {});
      for (const id of ids) {
        const v = k.voteById.get(id);
        if (!v) continue;
        a.blocks.push({ type: 'fields', fields: [{ label: v.symbol, value: v.sponsor }] });
        addCitations(k, a, primarySources(v.sources));
      }
      return a;
    },
  },
  {
    id: 'aligned_with_russia',
    // About the United States: "did Hungary side with Russia?" is a comparison of Hungary and Russia.
    // "Who sided with Russia against ES-11/7?" asks for the list, not for this explanation.
    requires: (c) =>
      (c.countries.length === 0 || c.countries.includes('United States of America')) &&
      !WHO_ASKS.test(c.text),
    cues: [
      /\bsid(e|ed|ing) with russia\b|\balign(ed|s)? with russia\b|\bsame side as russia\b|\bvoted with russia\b|\bjoin(ed)? russia\b/,
    ],
    strong:
      /\bsid(e|ed|ing) with russia\b|\balign(ed|s)? with russia\b|\bsame side as russia\b|\bjoin(ed)? russia\b/,
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
