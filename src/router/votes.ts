import type { Body } from '../knowledge/model.ts';

export interface VoteRefs {
  /** Votes the question names unambiguously, in the order named. */
  ids: string[];
  /** "the US draft": voted in both bodies; every reading is answered unless a body or "amended" settles it. */
  usDraftAmbiguous: boolean;
  body: Body | null;
  /** Mentions amendments, and which amendment topics. */
  amendment: boolean;
  amendmentTopics: string[];
  /** Names a vote that is not one of the day's (ES-11/1..6, other resolutions by number). */
  otherSymbol: string | null;
  /** Named by knowledge id ("ga_am_fullscale"), as pickers and other tools send them. */
  byId: boolean;
  /** Word indexes used by vote phrases, so "Ukraine's resolution" is not read as the country Ukraine. */
  masked: Set<number>;
  /** "its own resolution": whose depends on who the question is about (see `settleOwnDraft`). */
  ownDraft: boolean;
  /** A vote was named by its symbol ("ES-11/7", "2774", "L.10"), not by a description that fits other years too. */
  bySymbol: boolean;
}

type Rule = {
  re: RegExp;
  ids?: string[];
  usDraft?: boolean;
  ownDraft?: boolean;
  body?: Body;
  amendment?: string;
  byId?: boolean;
  bySymbol?: boolean;
  /** "GA and SC": both bodies at once. */
  bothBodies?: boolean;
};

const US = String.raw`(?:us|u\.s|usa|american|americas|united states|washington|trump administration|trumps?|the us)`;
const DOC = `(?:resolution|res|reso|text|draft|proposal|version|one|motion|document|measure|initiative)s?`;
const UA = String.raw`(?:ukraines?|ukrainian|ukraine-led|ukraine-backed|ukraine-sponsored|kyivs?|european|europes|eu|eu-backed|europe-backed|european-backed|ukraine and eu|ukraine eu|ukrainian-european|ukraine-eu|ukraine\/eu|ukraine\/europe|ukraine\/european|ukraine-europe|ukraine-european|pro-ukraine|pro-ukrainian)`;

/** "a resolution backed by …" */
const BY =
  'backed by|sponsored by|drafted by|proposed by|tabled by|put forward by|led by|written by|submitted by|from';

const RULES: Rule[] = [
  // Knowledge ids, as the Discord resolution picker and other tools send them (folded: "ga am fullscale").
  { re: /\bga am fullscale\b/, ids: ['ga_am_fullscale'], byId: true },
  { re: /\bga am territorial\b/, ids: ['ga_am_territorial'], byId: true },
  { re: /\bga am justpeace\b/, ids: ['ga_am_justpeace'], byId: true },
  { re: /\bga am russia rootcauses\b/, ids: ['ga_am_russia_rootcauses'], byId: true },
  { re: /\bsc am fullscale\b/, ids: ['sc_am_fullscale'], byId: true },
  { re: /\bsc am territorial\b/, ids: ['sc_am_territorial'], byId: true },
  { re: /\bsc am justpeace\b/, ids: ['sc_am_justpeace'], byId: true },
  { re: /\bsc am russia rootcauses\b/, ids: ['sc_am_russia_rootcauses'], byId: true },
  { re: /\bsc am russia wording\b/, ids: ['sc_am_russia_wording'], byId: true },
  { re: /\bsc procedural postpone\b/, ids: ['sc_procedural_postpone'], byId: true },
  { re: /\bga es11 7\b/, ids: ['ga_es11_7'], byId: true },
  { re: /\bga es11 8\b/, ids: ['ga_es11_8'], byId: true },
  { re: /\bsc 2774\b/, ids: ['sc_2774'], byId: true },
  {
    re: /\b(?:a\/res\/)?es[- ]?11[/ -]?7\b|\b(?:a\/es-?11\/)?l\.?10\b|(?<=\b(?:on|res|resolution|the) )11\/7\b/,
    ids: ['ga_es11_7'],
    bySymbol: true,
  },
  {
    re: /\b(?:a\/res\/)?es[- ]?11[/ -]?8\b|\b(?:a\/es-?11\/)?l\.?11\b|(?<=\b(?:on|res|resolution|the) )11\/8\b/,
    ids: ['ga_es11_8'],
    bySymbol: true,
  },
  { re: /\b(?:s\/res\/)?2774\b(?: 2025)?/, ids: ['sc_2774'], bySymbol: true },
  { re: new RegExp(String.raw`\bamended (?:${US} )?${DOC}\b|\b${DOC} as amended\b`), ids: ['ga_es11_8'] },
  { re: /\bpath to peace\b/, usDraft: true },
  // "the two resolutions": the Assembly's competing texts of the day.
  {
    re: /\b(?:the )?(?:two|both) (?:ga |general assembly |assembly |competing |rival |un )?(?:resolution|res|text|draft)s\b/,
    ids: ['ga_es11_7', 'ga_es11_8'],
  },
  // "the Ukraine vote", "the vote on Ukraine", "on the Ukrainian war", "the 2023 Ukraine vote", "support for
  // Ukraine": the day's votes, not the country Ukraine's vote (masked only).
  {
    re: /\b(?:on|in|at|for|during|about|from|of|after|before|over|regarding) the (?:ukraine|ukrainian|ukraines) (?:votes?|issue|question|war|crisis|conflict|situation|matter)\b|\b(?:votes?|resolutions?|texts?|drafts?) (?:on|about|regarding|concerning) ukraine\b|\b(?:a|an|any|another|no) (?:ukraine|ukrainian)(?:-related)? (?:votes?|resolutions?)\b|\bon ukraine\b(?!s? (?:own |first )?(?:text|resolution|draft|vote))|\b(?:(?:19|20)\d\d|what|which) (?:ukraine|ukrainian) votes?\b|\b(?:support|backing|solidarity) for ukraine\b/,
  },
  {
    re: new RegExp(
      String.raw`\b${DOC} (?:${BY}) (?:ukraine|kyiv|europe|europeans|the europeans|the eu|eu|european (?:states|countries|union))\b`,
    ),
    ids: ['ga_es11_7'],
  },
  { re: new RegExp(String.raw`\b${DOC} (?:${BY}) ${US}\b`), usDraft: true },
  // "Both GA texts", "the two assembly resolutions": the day's two Assembly votes.
  {
    re: /\bboth (?:of the )?(?:ga|unga|assembly|general assembly) (?:texts|resolutions|votes|drafts|ones)\b|\b(?:the )?two (?:ga|unga|assembly|general assembly) (?:texts|resolutions|votes|drafts|ones)\b/,
    ids: ['ga_es11_7', 'ga_es11_8'],
  },
  // "The first GA vote and the second": the day's two Assembly texts in the order they were adopted.
  { re: /\bfirst (?:ga|unga|assembly|general assembly) (?:vote|resolution|text|one)\b/, ids: ['ga_es11_7'] },
  {
    re: /\bsecond (?:ga|unga|assembly|general assembly) (?:vote|resolution|text|one)\b|\b(?:ga|unga|assembly|general assembly) (?:vote|resolution|text|one) (?:and|to|vs|versus|or|then|with) (?:the )?second\b/,
    ids: ['ga_es11_8'],
  },
  // "the Ukraine texts", "the Ukrainian resolutions": the day's texts on Ukraine, not the Ukraine-led one alone.
  { re: /\b(?:ukraine|ukraines|ukrainian) (?:resolution|text|draft|vote)s\b/ },
  {
    re: new RegExp(
      String.raw`\b(?:the )?${UA}(?: and european| and eu| backed| led| sponsored| drafted)?(?: ga| unga| un| assembly| general assembly)? ${DOC}\b(?<!\b(?:ukraine|ukraines|ukrainian) (?:resolution|text|draft)s)|\bthe european (?:vote|ballot)\b`,
    ),
    ids: ['ga_es11_7'],
  },
  {
    re: /\b(?:resolution|text|draft) (?:condemning|that condemned|which condemned|blaming|against) russias?\b|\bcondemn(?:ing|ed|s)? (?:the )?russian? (?:aggression|invasion)?\b|\badvancing a comprehensive\b/,
    ids: ['ga_es11_7'],
  },
  {
    re: new RegExp(
      String.raw`\b${US}(?:[- ](?:drafted|backed|sponsored|led|written|authored)| own)?(?: council| assembly| ga| sc| security council| general assembly)? ${DOC}\b|\b(?:washingtons|americas) own ${DOC}\b`,
    ),
    usDraft: true,
  },
  { re: new RegExp(String.raw`\b(?:its|their|his|her) own ${DOC}\b`), ownDraft: true },
  // "The US 'path to peace'", "the American peace text": the US draft, and no country.
  {
    re: /\b(?:the )?(?:us|usa|american|americans|united states|washington s?) (?:path to peace|peace (?:text|draft|resolution|plan))\b/,
    usDraft: true,
  },
  // "The Ukrainian and the US texts": both Assembly texts, and no country Ukraine.
  {
    re: /\b(?:the )?(?:ukrainian|ukraine|ukraines|european|eu) and (?:the )?(?:us|american|americans|usa) (?:texts|resolutions|drafts|ones|versions)\b|\b(?:the )?(?:us|american|usa) and (?:the )?(?:ukrainian|ukraine|ukraines|european|eu) (?:texts|resolutions|drafts|ones|versions)\b/,
    ids: ['ga_es11_7', 'ga_es11_8'],
  },
  // "The one the Europeans drafted", "the text Washington put forward": the drafter after the document.
  {
    re: new RegExp(
      String.raw`\b(?:the )?${DOC} (?:that |which )?(?:the )?(?:europeans?|eu|ukraine|ukrainians|kyiv|europe) (?:drafted|wrote|tabled|proposed|put forward|sponsored|introduced|pushed|brought|backed)\b`,
    ),
    ids: ['ga_es11_7'],
  },
  {
    re: new RegExp(
      String.raw`\b(?:the )?${DOC} (?:that |which )?(?:the )?(?:americans?|us|usa|washington|trump administration|united states) (?:drafted|wrote|tabled|proposed|put forward|sponsored|introduced|pushed|brought|backed)\b`,
    ),
    usDraft: true,
  },
  {
    re: /\b(?:security council|sc|unsc|council)s? (?:resolution|text|vote|draft|decision)s?\b/,
    ids: ['sc_2774'],
    body: 'SC',
  },
  {
    re: /\b(?:in|at|by|of|on) the (?:security )?council\b|\bsecurity council\b|\bunsc\b|\b(?:in|at|by|on) the sc\b/,
    body: 'SC',
  },
  {
    re: /\b(?:general assembly|unga)\b|\b(?:in|at|by|of) the assembly\b|\bthe ga\b|\bin ga\b|\b(?:ga|assembly) (?:votes?|resolutions?|texts?)\b/,
    body: 'GA',
  },
  // "(GA and SC)", "the GA and the Council": both bodies named together.
  {
    re: /\b(?:ga|general assembly|assembly) (?:(?:and|&|\+|or|plus) )?(?:the )?(?:sc|security council|council)\b/,
    bothBodies: true,
  },
  {
    re: /\b(?:sc|security council|council) (?:and|&|\+|or) (?:the )?(?:ga|general assembly|assembly)\b/,
    bothBodies: true,
  },
  {
    re: /\bpostpone(?:ment|d)?\b|\bdelay(?:ed|ing)? the (?:vote|meeting)\b|\badjourn|\bprocedural (?:vote|motion)\b|\brule 33\b/,
    ids: ['sc_procedural_postpone'],
  },
  { re: /\broot causes?\b/, amendment: 'rootcauses' },
  { re: /\bfull[- ]?scale\b/, amendment: 'fullscale' },
  { re: /\bterritorial integrity\b|\bsovereignty\b|\bterritorial\b/, amendment: 'territorial' },
  { re: /\bjust(?:,)? (?:and )?lasting\b|\bjust peace\b/, amendment: 'justpeace' },
  { re: /\bconflict (?:around|in) ukraine\b|\bwording\b/, amendment: 'wording' },
];

/** The rules with the global flag, compiled once (exec from lastIndex finds every match). */
const GLOBAL_RULES: Rule[] = RULES.map((r) => ({ ...r, re: new RegExp(r.re.source, 'g') }));

const OTHER_SYMBOL =
  /\b(?:a\/res\/)?es[- ]?11[/ -]?([1-69]|\d{2,})\b|\bresolution (\d{2,4}(?:\/\d+)?)\b|\b(\d{3,4}) \((?:19|20)\d\d\)|\bs\/res\/(\d{3,4})\b|\b(?:unsc|sc|security council|council)(?: resolution| res| draft)? (\d{4})\b(?! (?:vote|votes|session|meeting))/;
/** A four-digit number after "UNSC" that is a year, not a resolution ("the UNSC 2022 veto"). */
const YEARISH = /^(?:19[4-9]\d|20[0-3]\d)$/;

/** Where each word starts and ends; the text is folded, so words are separated by single spaces. */
function wordSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++)
    if (i === text.length || text[i] === ' ') {
      if (i > start) spans.push([start, i]);
      start = i + 1;
    }
  return spans;
}

/** "The US draft after the amendments": the amended text, not the amendments themselves. */
const AFTER_AMENDMENTS =
  /\b(after|with|following|including|once|plus) (the |its |all )?(three |3 |european |the european )?amendments?\b/;

export function findVotes(text: string): VoteRefs {
  const amendedText = AFTER_AMENDMENTS.test(text) && /\b(us|american|draft|text|resolution)\b/.test(text);
  const refs: VoteRefs = {
    ids: [],
    usDraftAmbiguous: false,
    body: null,
    amendment:
      !amendedText &&
      /\bamendments?\b|\bamend(ed|ing)? (it|the)\b|\b(change|changed|add|added) (to|in) the (us |american )?(text|draft|resolution)\b|\bwhat did (the )?(europeans?|eu|e5|russians?|russia) (change|add|want to change)\b|\b(change|changed|changing) (the )?(us |american )?(text|draft|resolution)\b|\b(text|draft|resolution) (was |got |been )?changed\b|\boriginal (us |american )?(text|draft|version|resolution)\b|\bdifferent about the amended\b/.test(
        text,
      ),
    amendmentTopics: [],
    otherSymbol: null,
    byId: false,
    masked: new Set(),
    ownDraft: false,
    bySymbol: false,
  };
  const spans = wordSpans(text);
  const mask = (start: number, end: number) => {
    spans.forEach(([s, e], i) => {
      if (s < end && e > start) refs.masked.add(i);
    });
  };
  let usDraft = false;
  const bodies = new Set<Body>();
  for (const rule of GLOBAL_RULES) {
    // exec with lastIndex rather than matchAll, which copies the RegExp on every call: 50 copies a question.
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      if (m[0] === '') rule.re.lastIndex++;
      if (rule.amendment) {
        if (!refs.amendmentTopics.includes(rule.amendment)) refs.amendmentTopics.push(rule.amendment);
        continue;
      }
      mask(m.index, m.index + m[0].length);
      if (rule.body && !refs.body) refs.body = rule.body;
      if (rule.body) bodies.add(rule.body);
      if (rule.bothBodies) bodies.add('GA').add('SC');
      if (rule.usDraft) usDraft = true;
      if (rule.ownDraft) refs.ownDraft = true;
      if (rule.byId) refs.byId = true;
      if (rule.byId || rule.bySymbol) refs.bySymbol = true;
      for (const id of rule.ids ?? []) if (!refs.ids.includes(id)) refs.ids.push(id);
    }
  }
  // "Both assembly votes + the council one", "its GA votes and its Council vote": the main votes of both bodies.
  const councilToo = /\b(?:the|its|their|and|plus) (?:security )?council(?: one| vote| resolution| text)\b/;
  if (councilToo.test(text) && refs.ids.length > 0 && refs.ids.every((id) => id.startsWith('ga_es11_')))
    bodies.add('GA').add('SC');
  const main = ['ga_es11_7', 'ga_es11_8', 'sc_2774'];
  if (bodies.size > 1 && refs.ids.length > 0 && refs.ids.every((id) => main.includes(id)))
    refs.ids = [...main];
  // "On everything that day (GA and SC)": both bodies named is no body in particular.
  if (bodies.size > 1) refs.body = null;
  // "The US text in the GA and in the Council": both of its votes.
  if (usDraft && bodies.size > 1)
    for (const id of ['ga_es11_8', 'sc_2774']) if (!refs.ids.includes(id)) refs.ids.push(id);
  if (usDraft && bodies.size <= 1) settleUsDraft(refs, amendedText ? `${text} amended` : text);
  const other = OTHER_SYMBOL.exec(text);
  // "The Security Council vote on resolution 2231": a number named outright outweighs a description of the day's.
  if (other && !refs.bySymbol) {
    const n = other[1] ?? other[2] ?? other[3] ?? other[4] ?? other[5] ?? '';
    const year = other[5] !== undefined && YEARISH.test(n);
    // "The Ukraine resolution 24/2": a day and month, not a session and number.
    const [day, month] = n.split('/').map(Number);
    const date = month !== undefined && day! >= 1 && day! <= 31 && month >= 1 && month <= 12;
    if (n !== '2774' && n !== '2025' && !year && !date) {
      refs.otherSymbol = other[0];
      refs.ids = [];
      refs.usDraftAmbiguous = false;
    }
  }
  return refs;
}

/** The US text was voted in both bodies: a body or "amended" settles which; otherwise both readings are kept. */
function settleUsDraft(refs: VoteRefs, text: string): void {
  const settled =
    refs.body === 'SC' ? 'sc_2774' : refs.body === 'GA' || /\bamended\b/.test(text) ? 'ga_es11_8' : null;
  if (settled) {
    if (!refs.ids.includes(settled)) refs.ids.push(settled);
  } else if (!refs.ids.includes('ga_es11_8') && !refs.ids.includes('sc_2774')) {
    refs.usDraftAmbiguous = true;
    refs.ids.push('ga_es11_8', 'sc_2774');
  }
}

/** Drafts by the country a question is about: "did Ukraine vote for its own resolution?" */
const OWN_DRAFT_OF: Record<string, string> = { Ukraine: 'ga_es11_7' };

/** "its own resolution" means the draft of the first country named: Ukraine's text, else the US one. */
export function settleOwnDraft(refs: VoteRefs, text: string, subject: string | undefined): void {
  if (!refs.ownDraft) return;
  const own = subject ? OWN_DRAFT_OF[subject] : undefined;
  if (own) {
    if (!refs.ids.includes(own)) refs.ids.push(own);
  } else settleUsDraft(refs, text);
}
