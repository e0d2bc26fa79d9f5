/**
 * Arithmetic on the recorded tallies: "the margin between yes and no on ES-11/7", "total votes cast",
 * "how does the 2025 yes count compare with ES-11/1?", "how many more voted for ES-11/7 than ES-11/8?". Every
 * figure is worked out from the tallies in the knowledge; none is written here.
 */
import { type Answer, emptyAnswer } from '../../answer.ts';
import type { Vote } from '../../knowledge/model.ts';
import { addCitations, primarySources } from '../cite.ts';
import { outcomeSentence, statedTally, voteName } from '../describe.ts';
import { voteOfYear } from '../sets.ts';
import { evaluateTyped } from '../tally-expression.ts';
import { capital } from './history-lines.ts';
import { historyVotesNamed, shortName } from './history-votes.ts';
import type { Intent, Reading } from './intent.ts';

const MATH =
  /\bmargin\b|\bdifference in (the )?(yes|votes?|support|tall(y|ies)|numbers|counts?)\b|\b(vote|yes|tally) difference\b|\bhow many more\b|\bby how (much|many)\b|\b(total )?votes cast\b|\bcast (a |their )?votes?\b|\bcast (in )?total\b|\bturnout\b|\bpercent(age)?\b|\bshare\b|\bproportion\b|\b(yes|support|in favou?r) (count|number|total)s?\b|\bmore (yes |no )?votes\b|\bmore (abstentions|support|against|yes|no)\b|\bfewer\b|\bmore support\b|\bless support\b|\bcompare\w*\b.*\b(yes|support|in favou?r|count|tally|tallies|results?|outcomes?|numbers)\b|\b(results?|outcomes?|numbers|tally|tallies)\b.*\bcompare\w*\b|\byes\s?\+\s?no\b|\bminus\b|\bplus\b|\btook part\b|\bparticipat\w*|\bcombined\b|\badded up\b|\bsum\b|\bdecisive\b|\bwent (?:up|down)\b|\b(?:rose|fell|increased|decreased|dropped|grew)\b|\bunanim\w*|\bto spare\b|\bhow close\b|\benough votes\b|\b(?:drop|decline|fall|loss) (?:in|of|from)\b|\bdropped\b|\bdeclined\b|\bhow many (?:\w+ ){0,8}(?:less|lost|lose|fewer)\b|\bless (?:yes|votes|support)\b|\b(?:above|over|beyond) the (?:\w+[- ])?(?:vote )?(?:minimum|threshold)\b|\btotal (?:abstentions|no votes|yes votes|votes against|votes in favou?r|non-?voting|absent\w*)\b|\bacross (?:both|all)\b|\baltogether\b|\bratio\b|\bmajority of (?:all|the)\b|\bhalf of (?:all|the)\b/;

/** The count a comparison is about: "more abstentions", "non-voting went up", "more yes votes" (the default). */
const QUANTITY: [RegExp, Quantity][] = [
  [
    /\bnon-?voting\b|\bnon-?voters?\b|\bnot vot\w*|\bdid ?n ?t vote\b|\bdid not vote\b|\babsen\w*|\bno-?shows?\b|\bskipp?\w*/,
    'absent',
  ],
  [/\babstain\w*|\babstention\w*/, 'abstain'],
  [/\bagainst\b|\bno votes?\b|\bopposed\b|\bnos\b/, 'no'],
];
type Quantity = 'yes' | 'no' | 'abstain' | 'absent';
const QUANTITY_NAME: Record<Quantity, string> = {
  yes: 'votes in favour',
  no: 'votes against',
  abstain: 'abstentions',
  absent: 'members not voting',
};
/** "yes - no", "abstain + absent": a sum typed with signs, which the folded question no longer has. */
const TYPED_SUM =
  /\b(?:yes|no|abstain\w*|abstentions?|absent|against)(?:\s+-\s+|\s*\+\s*)\(?\s*(?:yes|no|abstain\w*|abstentions?|absent|against)\b/i;
const UNANIMOUS = /\bunanim\w*/;
/** How many votes a text needed: said with the Council's rule, from the glossary. */
const NEEDED =
  /\bto spare\b|\bhow close\b|\benough votes\b|\bneed(?:ed|s)?\b|\brequired?\b|\bthreshold\b|\bminimum\b/;
/** One count over several votes: "total abstentions across both GA texts", "sum of the no votes". */
const COMBINED = /\bcombined\b|\btotal\b|\bsum\b|\bacross\b|\baltogether\b|\badded up\b|\bin all\b/;
/** The count vote by vote: "the margin for each GA text", "non-voting for each resolution". */
const EACH = /\beach\b|\bevery\b|\bper (?:vote|text|resolution)\b|\bboth\b/;
/** Members asked for, not a number: "which countries …", "who …". */
const MEMBERS_ASKED =
  /\b(?:which|what) (?:countries|members|states|nations|ones)\b|\bwho\b|\blist\b|\bname them\b/;
/** Two votes set side by side: "2023 vote vs 2025 vote", "lower in 2025 than 2022", "more no in 2014 or in 2025". */
const SIDE_BY_SIDE =
  /\bvs\.?\b|\bversus\b|\bcompar\w*|\bdifferen\w*|\blower\b|\bhigher\b|\bthan\b|\beach\b|\b(?:more|bigger|larger|smaller|wider|narrower)\b.*\bor\b/;
/** …about the counts, not the wording: "the no votes", "how many yes", "support", "the vote". */
const COUNTS =
  /\b(?:yes|no|votes?|support\w*|popular\w*|back\w*|numbers?|tall(?:y|ies)|counts?|results?|outcomes?|abst\w*|against|in favou?r|how many|margin|majority|non-?voters?|countries|members|states|nations)\b/;
/** A percentage asked: typed as "%", which the folded question drops. */
const PERCENT = /%/;

interface Counted {
  vote: Vote;
  yes: number;
  no: number;
  abstain: number;
  absent: number | null;
}

const counted = (v: Vote): Counted | null => {
  const t = v.tally;
  if (!t || t.yes === null || t.no === null || t.abstain === null) return null;
  return { vote: v, yes: t.yes, no: t.no, abstain: t.abstain, absent: t.absent };
};

/** "Each GA text", "all three votes": the day's votes a question names as a set, when it names none by name. */
function dayVotesAsked(r: Reading): string[] {
  if (r.p.votes.ids.length > 0) return r.p.votes.ids;
  if (/\b(?:all )?(?:three|3) (?:votes|resolutions|texts)\b|\bevery vote\b/.test(r.t))
    return ['ga_es11_7', 'ga_es11_8', 'sc_2774'];
  const assembly = r.p.votes.body === 'GA' || /\b(?:ga|unga|assembly|general assembly)\b/.test(r.t);
  if (assembly && /\b(?:each|both|every|two)\b/.test(r.t)) return ['ga_es11_7', 'ga_es11_8'];
  return [];
}

function votesAsked(r: Reading): Counted[] {
  const day = dayVotesAsked(r)
    .map((id) => r.k.voteById.get(id))
    .filter((v): v is Vote => v !== undefined);
  // "The 2025 Ukraine text": the day's vote that year stands for, when no vote of the day is named otherwise.
  const ofYear = day.length === 0 && /\b2025\b/.test(r.t) ? voteOfYear(r.k, '2025', r.t) : null;
  // A vote named by its symbol is the one meant, not every vote of its month ("ES-11/1 in March 2022").
  const history = historyVotesNamed(r.k, r.t);
  const bySymbol = history.filter((v) => r.t.includes(v.symbol.toLowerCase().replace(/^a\/res\//, '')));
  // "In 2022 the first resolution": a year alone stands for its defining vote, not every vote of that year.
  const named = new Set(historyVotesNamed(r.k, r.t.replace(/\b20\d\d\b/g, ' ')).map((v) => v.id));
  const years = [...new Set(history.filter((v) => !named.has(v.id)).map((v) => v.date.slice(0, 4)))];
  const ofYears = years.map((y) => voteOfYear(r.k, y, r.t)).filter((v): v is Vote => v !== null);
  const held = bySymbol.length > 0 ? bySymbol : [...history.filter((v) => named.has(v.id)), ...ofYears];
  const votes: Vote[] = [...day, ...(ofYear ? [ofYear] : []), ...held];
  const seen = new Set<string>();
  return votes
    .filter((v) => !seen.has(v.id) && seen.add(v.id))
    .map(counted)
    .filter((c): c is Counted => c !== null);
}

const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

function lines(c: Counted, members: number): string[] {
  const cast = c.yes + c.no + c.abstain;
  const margin = c.yes - c.no;
  return [
    `${voteName(c.vote)}: ${outcomeSentence(c.vote)}.`,
    `Margin of in favour over against: ${c.yes} − ${c.no} = ${margin}.`,
    `In favour and against together: ${c.yes} + ${c.no} = ${c.yes + c.no}; in favour were ${pct(c.yes, c.yes + c.no)} of them.`,
    ...(c.no > 0 ? [`In favour to against: ${c.yes} / ${c.no} = ${(c.yes / c.no).toFixed(1)} to 1.`] : []),
    ...(c.vote.body === 'GA'
      ? [
          `In favour of all ${members} members: ${c.yes} of ${members}, ${c.yes > members / 2 ? 'more' : 'less'} than half (a majority of all members would be ${Math.floor(members / 2) + 1}).`,
        ]
      : []),
    `Votes cast (in favour, against, abstaining): ${c.yes} + ${c.no} + ${c.abstain} = ${cast}; in favour were ${pct(c.yes, cast)} of them${c.vote.body === 'GA' ? ` and ${pct(c.yes, members)} of the ${members} members` : ''}.`,
  ];
}

function answer(r: Reading): Answer {
  const asked = votesAsked(r);
  const a = emptyAnswer('answer', 'tally_math', '');
  for (const c of asked) {
    a.blocks.push({ type: 'bullets', items: lines(c, r.k.members.length) });
    a.tallies.push(statedTally(c.vote));
    addCitations(r.k, a, primarySources(c.vote.sources));
  }
  const [x, y] = asked;
  // The count named ("abstentions", "non-voting"), else the one position the question reads ("voted no").
  const [only, ...more] = r.p.positions;
  const quantity = QUANTITY.find(([re]) => re.test(r.t))?.[1] ?? (only && more.length === 0 ? only : 'yes');
  const sum = x ? evaluateTyped(r.p.q.display, x) : null;
  if (x && y && (COMBINED.test(r.t) || EACH.test(r.t)))
    a.summary = overVotes(asked, quantity, r.t, r.p.q.display);
  else if (x && sum) a.summary = `${shortName(x.vote)}: ${sum.words} = ${sum.figures} = ${sum.value}.`;
  else if (x && y) a.summary = compared(x, y, quantity, r.t);
  else if (x && UNANIMOUS.test(r.t)) {
    const unanimous = x.no === 0 && x.abstain === 0;
    a.summary = unanimous
      ? `Yes: ${shortName(x.vote)} had no votes against and no abstentions: ${x.yes} in favour.`
      : `No: ${shortName(x.vote)} was not unanimous: ${x.yes} in favour, ${x.no} against, ${x.abstain} ${x.abstain === 1 ? 'abstention' : 'abstentions'}.`;
  } else if (x) {
    a.summary = `${shortName(x.vote)}: ${x.yes} in favour, ${x.no} against: a margin of ${x.yes - x.no}; ${x.yes + x.no + x.abstain} votes cast.`;
  }
  // "Passed with how many votes to spare?": what a Council text needs, as the glossary says it.
  const rule = r.k.glossary.find((g) => g.id === 'g_council_pass');
  if (NEEDED.test(r.t) && asked.some((c) => c.vote.body === 'SC') && rule?.plain) {
    a.blocks.unshift({ type: 'paragraph', text: rule.plain });
    addCitations(r.k, a, rule.sources);
  }
  a.confidence = 0.9;
  return a;
}

const countOf = (c: Counted, q: Quantity): number | null => (q === 'absent' ? c.absent : c[q]);

/**
 * A count vote by vote, and added up when asked: "Members not voting: A/RES/ES-11/7 17, A/RES/ES-11/8 19;
 * together 17 + 19 = 36." The margin, when it is the margin that is asked for each.
 */
function overVotes(asked: Counted[], q: Quantity, t: string, typed: string): string {
  // "Yes minus no for each": the sum typed, worked out vote by vote.
  const sums = asked.map((c) => ({ c, sum: evaluateTyped(typed, c) }));
  if (/\bmargin/.test(t) || sums.every(({ sum }) => sum !== null)) {
    const label =
      /\bmargin/.test(t) || sums[0]?.sum?.words === 'in favour − against'
        ? 'Margins (in favour − against)'
        : sums[0]!.sum!.words;
    return `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${sums
      .map(
        ({ c, sum }) =>
          `${shortName(c.vote)} ${sum ? `${sum.figures} = ${sum.value}` : `${c.yes} − ${c.no} = ${c.yes - c.no}`}`,
      )
      .join('; ')}.`;
  }
  const counts = asked.map((c) => ({ c, n: countOf(c, q) }));
  const each = counts.map(({ c, n }) => `${shortName(c.vote)} ${n ?? 'not held'}`).join(', ');
  const name = QUANTITY_NAME[q];
  const head = `${name.charAt(0).toUpperCase()}${name.slice(1)}: ${each}`;
  if (!COMBINED.test(t) || counts.some(({ n }) => n === null)) return `${head}.`;
  const figures = counts.map(({ n }) => n as number);
  return `${head}; together ${figures.join(' + ')} = ${figures.reduce((x, y) => x + y, 0)}.`;
}

/** Two votes compared on the count asked about: "ES-11/8 had 2 more members not voting than ES-11/7: 19 and 17". */
function compared(x: Counted, y: Counted, q: Quantity, t: string): string {
  // The later vote against the earlier one; on the same day, the one named first ("more abstentions on A than B"),
  // unless the question goes from one to the other ("rose from the first GA vote to the second").
  const onward =
    /\bfrom\b.*\bto\b|\bbetween\b|\bwent (?:up|down)\b|\brose\b|\bfell\b|\bincreas\w*|\bdecreas\w*/.test(t);
  const [later, earlier] =
    x.vote.date > y.vote.date || (x.vote.date === y.vote.date && !onward) ? [x, y] : [y, x];
  const [l, e] = [countOf(later, q), countOf(earlier, q)];
  const same = later.vote.date === earlier.vote.date;
  // The year beside a symbol; a vote named by its date has it already.
  const name = (c: Counted) =>
    same || shortName(c.vote) !== c.vote.symbol
      ? shortName(c.vote)
      : `${c.vote.symbol} (${c.vote.date.slice(0, 4)})`;
  const what = QUANTITY_NAME[q];
  if (l === null || e === null)
    return `The number of ${what} is not held for ${l === null ? name(later) : name(earlier)}.`;
  const d = l - e;
  return capital(
    d === 0
      ? `${name(later)} and ${name(earlier)} had the same number of ${what}: ${l}.`
      : `${name(later)} had ${Math.abs(d)} ${d > 0 ? 'more' : 'fewer'} ${what} than ${name(earlier)}: ${l}${same ? ` and ${e}` : `, ${d > 0 ? 'up' : 'down'} from ${e}`} (${pct(Math.abs(d), e)} ${d > 0 ? 'more' : 'fewer'}).`,
  );
}

export const tallyMathIntent: Intent = {
  id: 'tally_math',
  ceiling: 84,
  // Above a list (83) and a plain tally: arithmetic asked on one or two votes with full tallies.
  // Not "compare the US and the UK across all three votes" (members named), nor "absent on ES-11/7 but cast a vote
  // on ES-11/8: which countries?" (members asked for).
  match: (r) => {
    // "The total number of members who cast a vote" asks for a number, not for the members.
    const membersAsked = MEMBERS_ASKED.test(r.t) && !/\b(?:how many|number of)\b/.test(r.t);
    if (r.p.countries.length > 0 || membersAsked) return null;
    const asked = MATH.test(r.t) || TYPED_SUM.test(r.p.q.display) || PERCENT.test(r.p.q.display);
    // Not "the 3 amendment tallies": amendments are counted by their own intent.
    const sideBySide = SIDE_BY_SIDE.test(r.t) && COUNTS.test(r.t) && !/\bamendments?\b/.test(r.t);
    const n = asked || sideBySide ? votesAsked(r).length : 0;
    // Set side by side, two votes at least; arithmetic, one.
    return n >= (asked ? 1 : 2) ? 84 : null;
  },
  answer,
};
