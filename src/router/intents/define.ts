/**
 * Definitions: "what does abstain mean", "whats an amendment", "define veto", "what's the P5", "what does a Council
 * resolution need to pass". The answer leads with the glossary's plain sentence, then gives the cited detail.
 * "Explain simply what happened" gets the short story of the day, in order (the `story` topic in topics.json).
 */
import type { Answer } from '../../answer.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import type { GlossaryEntry } from '../../knowledge/schema.ts';
import { compose } from '../answers/compose.ts';
import { topicsOf } from '../answers/explain.ts';
import { foldText, normalizeQuestion } from '../normalize.ts';
import type { Intent, Reading } from './intent.ts';

/** Scores: a definition asked for in so many words; a question naming a vote too; a term typed alone. */
export const DEFINE_SCORE = { asked: 85, withVote: 50, bare: 40 } as const;

interface Definable {
  entry: GlossaryEntry & { plain: string };
  terms: string[];
  cues: RegExp[];
}

const LEAD = `^(?:so |and |ok |okay |but |hey |please |pls |can you |could you |simply |briefly |explain (?:it )?(?:like|as if) (?:i m|im|i am|i was|to) (?:a )?\\w+ (?:year old )?|eli5 |\\w+ student q(?:uestion)? |quick q(?:uestion)? |q )*`;
const ARTICLE = `(?:(?:a|an|the) )?`;
/** "… explain simply", "… for my class", "… pls": how to say it, not what to define. */
const MANNER = `(?: (?:explain|say it|put it)? ?(?:simply|briefly|in simple terms|in plain (?:english|words|terms|language)|for (?:my |a )?(?:class|students|kids|beginners?)|please|pls|eli5|thanks))*(?: (?:like|such as|e g|eg|for example|for instance|as in|as with) .{1,80})?`;
const TAIL = `(?: (?:vs|versus|compared (?:to|with)|as opposed to) .{1,60})?(?: lol| lmao| haha| tho| though| btw| exactly| again| here| in this context| at the un| in (?:an? |the )?(?:un|united nations|security council|general assembly|council|assembly)(?: votes?| resolutions?)?| in (?:the |a )?(?:un )?(?:voting )?(?:records?|results?|tally|tallies|roll call|list))*${MANNER}$`;
/** Words people put in a definition question that are not the term: "what does abstain actually mean". */
const FILLER = /\b(actually|really|exactly|even|precisely|basically|technically|officially)\b ?/g;
/**
 * Where the asked-about words sit in each phrasing (the first capture group). `exact`: they must be a term and
 * nothing else; otherwise a term among at most three other words ("what does it mean when a country is absent").
 */
const ASKING: { re: RegExp; exact: boolean }[] = [
  // "what is a veto", "whats an amendment", "what's the P5" (folded to "what the p5"), "what is meant by absent"
  {
    re: new RegExp(`${LEAD}(?:whats|what(?: is| are| s)?)(?: meant by)? ${ARTICLE}(.+?)${TAIL}`),
    exact: true,
  },
  // "what does abstain mean", "what does the word veto mean", "what does P5 stand for"
  {
    re: new RegExp(
      `${LEAD}what (?:does|do|did) (?:the (?:word|term) )?${ARTICLE}(.+?) (?:mean|means|stand for|stands for)${TAIL}`,
    ),
    exact: true,
  },
  { re: new RegExp(`${LEAD}what (?:does|do) it mean (?:to|if|when|that) (.+?)${TAIL}`), exact: false },
  // "define veto", "meaning of abstention", "explain what a veto is", "explain the term amendment"
  {
    re: new RegExp(
      `${LEAD}(?:define|definition of|meaning of|(?:explain|tell me)(?: simply| briefly| in simple terms)? what|explain(?: the (?:term|word|idea of))?)(?: is| are)? ${ARTICLE}(.+?)(?: is| are| means)?${TAIL}`,
    ),
    exact: true,
  },
  // "abstain meaning", "veto definition"
  { re: new RegExp(`^${ARTICLE}(.+?) (?:meaning|definition|defined|means what)$`), exact: true },
];
/** Where one part of a message ends: "…tmrw: what does…", "…mean lol, is it like…", "… - …". */
const PART_BREAK = /[:;?!,.()]+|\s[-–—]\s/;
/** "Difference between X and Y", "X vs Y": two things compared, each read as one of the bodies if it names one. */
const DIFFERENCE =
  /\bdifferen\w* (?:between )?(?:the )?(un ?ga|ga|unga|general assembly|assembly|un ?sc|sc|unsc|security council|council) (?:and|vs|versus|or) (?:the )?(un ?ga|ga|unga|general assembly|assembly|un ?sc|sc|unsc|security council|council)\b/;
/** "UNGA vs UNSC", "unsc vs unga eli5": the two bodies set against each other, and nothing else asked. */
const BODIES_VERSUS =
  /^(?:the )?(un ?ga|ga|unga|general assembly|assembly|un ?sc|sc|unsc|security council|council) (?:vs|versus) (?:the )?(un ?ga|ga|unga|general assembly|assembly|un ?sc|sc|unsc|security council|council)(?: (?:eli5|explain\w*|simply|pls|please|plz))*$/;
const bodyWord = (w: string): string => (/ga|assembly/.test(w) ? 'ga' : 'sc');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const built = new WeakMap<Knowledge, Definable[]>();
function definables(k: Knowledge): Definable[] {
  let list = built.get(k);
  if (!list) {
    list = k.glossary
      .filter((g): g is GlossaryEntry & { plain: string } => g.plain !== undefined)
      .map((entry) => ({
        entry,
        terms: entry.terms.map(foldText),
        cues: (entry.cues ?? []).map((c) => new RegExp(c)),
      }));
    built.set(k, list);
  }
  return list;
}

/** The entry one of whose terms is the asked-about words (or is among them, unless `exact`), longest term first. */
function byTerm(list: Definable[], subject: string, exact: boolean): Definable | null {
  let best: { d: Definable; length: number } | null = null;
  const words = subject.split(' ').length;
  for (const d of list)
    for (const term of d.terms) {
      const fits = exact
        ? subject === term
        : new RegExp(`(?:^| )${escapeRe(term)}(?: |$)`).test(subject) && words <= term.split(' ').length + 3;
      if (fits && (!best || term.length > best.length)) best = { d, length: term.length };
    }
  return best?.d ?? null;
}

interface Found {
  d: Definable | null;
  score: number;
}

function find(r: Reading): Found | null {
  if (r.p.countries.length > 0) return null;
  const list = definables(r.k);
  // "What are the amendments?" asks for the day's amendments rather than what an amendment is; a vote named
  // ("what is L.10") is about that vote.
  const theDays = /^(?:\w+ )?what are the /.test(r.t) || r.p.votes.bySymbol;
  const asked = theDays ? DEFINE_SCORE.withVote : DEFINE_SCORE.asked;
  for (const d of list) if (d.cues.some((re) => re.test(r.t))) return { d, score: asked };
  for (const { re, exact } of ASKING) {
    const subject = re.exec(r.t.replace(FILLER, '').trim())?.[1];
    const d = subject ? byTerm(list, subject, exact) : null;
    if (d) return { d, score: asked };
  }
  // "What's the difference GA vs UNSC": the two bodies, however each is named.
  const versus = DIFFERENCE.exec(r.t) ?? BODIES_VERSUS.exec(r.t);
  if (versus) {
    // Either order: "SC vs GA" is the same pair as "GA vs SC".
    const pair = [bodyWord(versus[1]!), bodyWord(versus[2]!)].sort();
    const d = byTerm(list, pair.join(' vs '), true);
    if (d) return { d, score: asked };
  }
  // "Teaching a class tmrw: what does it mean when a country abstains?", "what does abstain even mean lol, is it
  // like voting no?": a definition asked in one part of a longer message.
  const parts = r.p.q.display.split(PART_BREAK).map((x) => normalizeQuestion(x).text);
  if (parts.length > 1)
    for (const part of parts)
      for (const { re, exact } of ASKING) {
        const subject = re.exec(part.replace(FILLER, '').trim())?.[1];
        const d = subject ? byTerm(list, subject, exact) : null;
        if (d) return { d, score: asked };
      }
  const story = topicsOf(r.k).find((t) => t.id === 'story');
  const ctx = { text: r.t, countries: r.p.countries, voteIds: r.p.votes.ids };
  if (story?.cues.some((re) => re.test(r.t)) && (!story.requires || story.requires(ctx)))
    return { d: null, score: DEFINE_SCORE.asked };
  const bare = byTerm(list, r.t.replace(/^(?:the|a|an) /, ''), true);
  if (bare) return { d: bare, score: DEFINE_SCORE.bare };
  return null;
}

/** The definition in one plain sentence, then its cited detail; or the story of the day. */
function answer(r: Reading): Answer {
  const found = find(r);
  if (!found?.d) {
    const story = topicsOf(r.k).find((t) => t.id === 'story')!;
    return story.build(r.k, { text: r.t, countries: r.p.countries, voteIds: r.p.votes.ids });
  }
  const { entry } = found.d;
  const a = compose(r.k, 'define', entry.plain, {
    glossary: [entry.id, ...(entry.see?.glossary ?? [])],
    facts: entry.see?.facts,
    events: entry.see?.events,
  });
  a.confidence = found.score >= DEFINE_SCORE.asked ? 0.85 : 0.6;
  a.suggestions = definables(r.k)
    .filter((d) => d.entry.id !== entry.id)
    .slice(0, 3)
    .map((d) => `What does “${d.entry.terms[0]}” mean?`);
  return a;
}

export const defineIntent: Intent = {
  id: 'define',
  ceiling: DEFINE_SCORE.asked,
  match: (r) => find(r)?.score ?? null,
  answer,
};
