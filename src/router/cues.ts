/** The phrases the router routes on (folded text), beside the shared vocabulary in lexicon.ts. */
import { HELP_CUE, OTHER_VOTE_SUBJECTS } from './lexicon.ts';

export const ROLE =
  /\b(ambassador|envoy|representative|delegate|delegation|diplomat|mission|charge|spokes\w*|minister|permanent rep\w*|pr)\b/;
export const WHY = /\bwhy\b|\breasons?\b|\bhow come\b|\bwhat made\b/;
export const DOMAIN =
  /\b(un|united nations|vote[ds]?|voting|resolutions?|ukraine|russia|council|assembly|ga|sc|unga|unsc|amendments?|drafts?|tally|veto|abst\w*|sanctions?|war|peace|invasion|2774|es-11)\b/;
/** Words that make an unparsed question look like it is about the votes themselves. */
export const VOTE_WORDS =
  /\b(vote[ds]?|voting|resolutions?|council|assembly|ga|sc|unga|unsc|amendments?|drafts?|tally|veto\w*|abst\w*|2774|es-11|symbols?|sponsors?)\b/;
/** Requests for a judgement: Plenary reports the record, it does not opine. */
export const OPINION =
  /\b(your (opinion|view|take)|do you think|what do you (think|feel)|should (the|they|it|he|she|we|russia|ukraine|america)\b.*\b(have|be|accept(ed)?|vote[ds]?)\b|(is|was|were) (it|this|that|the (vote|votes|resolution|result|outcome)) (good|bad|right|wrong|fair|unfair|legitimate|justified)(?! (?:that|they|it|he|she|we|i)\b| \w+ (?:voted|abstained|backed)\b)|who (will|is going to) win|pretend (you are|youre|you re|to be)|role ?play|war criminal|traitors?|betray(ed|al|s)?|pro[- ]?(russian?|ukrain\w*|putin)|puppets?|shameful|disgrace(ful)?|cowardly|hypocri\w*|good guys|bad guys|will (trump|putin|zelensky\w*|russia|ukraine|the us|the war|there be)|(is|are) (ukraine|russia) winning|who is winning)\b|^(is|was|were|are) (the )?([a-z]+ ){1,3}(right|wrong|justified|correct|to blame|evil)\b(?! that\b)/;
export const LOOSE_HELP =
  /\b(what commands|which commands|list of commands|what can (you|i|this bot|the bot|this|it|plenary) (actually |really |exactly )?(do|ask)|how (do|can) i use (this|you|it|the bot|plenary)|how (does|do) (this|you|plenary) work|what (kinds?|sorts?|types?) of (questions|things) (can|could|should|do) (i|we) ask)\b|^(what (is|are) (this|you|plenary)( bot| thing)?|who are you|what (do|can) you (do|know|cover)( exactly| here| for me)?|what can you tell me( about)?|help me( please)?|help me (use|with) (this|you|it|the bot|plenary)( bot)?|how (do|does) (this|it|the bot) work|who (made|built|wrote) you|where do(es)? (you|it|this bot) get (your|its) (data|information|facts)|what are your sources|sources|can i trust (you|this))$/;
export const DIGEST_QUESTION =
  /\b(digests?|subscribe|subscription|unsubscribe|daily (update|summary|post|recap)s?)\b/;
/** Groups whose membership the fact base does not hold (knowledge/groups.json has the others): said so, not guessed. */
export const UNLISTED_GROUP =
  /\b(opec|oas|arab|western|non-aligned) (country|countries|members?|member states?|states?|nations?|governments?)\b|\bmembers of the (opec|oas|non-aligned movement)\b|\b(opec|global south|non-aligned movement|the west|(?:ukraine|ukraines|russia|russias|us|americas|the us) allies|allies of (?:ukraine|russia|the us))\b/;
export const NOT_A_NAME =
  /^(the|not|never|also|really|actually|they|it|you|we|i|he|she|everyone|everybody|countries|country|states|nations|members|people|others?|most|many|each|the world|world|europe|africa|asia|this|that|these|those|un|u\.n|the un|all|any|which|who)$/;
/** Topics that answer a "why" better than the country's positions do. */
export const SPECIFIC_TOPICS = new Set([
  'veto',
  'why_date',
  'binding',
  'postpone',
  'presided',
  'sponsors',
  'symbols',
  'diplomatic_note',
  'aligned_with_russia',
  'iran_claim',
  'early_reports',
]);
export const LIKE = /\b(like|same (way )?as|alongside|along with|in line with|with)\b/;
export const CHANGED =
  /\b(chang(e|ed|es|ing)|switch(ed|es)?|flip(ped|s)?|differ(ent|ently)?|shift(ed)?|moved)\b/;
export const BOTH =
  /\bboth\b|\ball three\b|\beach of\b|\bevery (vote|resolution)\b|\ball (the )?(votes|resolutions)\b/;
export const RELATION = new Set([
  'against',
  'with',
  'like',
  'for',
  'support',
  'supported',
  'back',
  'backed',
  'oppose',
  'opposed',
]);

/** "Who said …", "who talked about …": find the speaker from the words, even when they name a person. */
export const WHO_SAID =
  /\bwho (said|says|say|talked about|spoke about|mentioned|called it|used the (word|words|phrase))\b/;

/** Topics about the day that name earlier years themselves (the 2022 invasion, resolution 2623). */
export const EARLIER_TOPICS = new Set(['first_substantive', 'why_date', 'casualties', 'ess']);
/** "changed their vote", "voted differently": about votes, not about what the amendments changed in a text. */
export const CHANGE_OF_VOTE = /\bvot\w*|\bpositions?\b|\bstances?\b|\bsides?\b|\bminds?\b|\bbetween\b|\bflip/;
export const MOVED = /\bfrom\b.*\bto\b|\bwent\b|\bbut\b|\bthen\b/;
export const RUSSIAN_AMENDMENT =
  /\brussian amendments?\b|\brussias (own )?amendments?\b|\bamendments? (by|from|of|proposed by|tabled by) (the )?russia\b|\brussia (proposed|tabled|put forward|introduced)\b/;
/**
 * "Russia's root causes amendment", "russia's GA amendment": the Russian ones, whatever words come between,
 * but not "how did Russia vote on the amendments".
 */
export const RUSSIA_S_AMENDMENT =
  /\brussia\w*(?: (?!vot\w*\b|on\b|for\b|against\b|about\b)\w+){0,3} amendments?\b|\broot causes?\b/;
export const FOR_UKRAINE =
  /(?<!\b(?:spoke|speak|speaks|speaking|spoken|talked|talks|argued|pitched|stood up) )\b(against|for|with|support(s|ed|ing)?|back(s|ed|ing)?|oppos(e|es|ed|ing)|behind|sid(e|es|ed|ing) with|st(and|ands|ood) (with|by)) (the )?(ukraine|kyiv)\b/;

const ORGANISATION_ONLY =
  /^(g-?7|g-?20|eu|nato|brics|asean|opec|african union|arab league|non-aligned movement)$/;

/** "the Sudan resolution", "a resolution on Gaza": another UN vote. */
export const OTHER_VOTE = new RegExp(
  `\\b(the|on|about)( \\w+)?( un| unga| unsc| ga| sc)? ${OTHER_VOTE_SUBJECTS.source}( \\w+){0,2} (resolution|vote|draft|text)s?\\b|\\b(resolution|vote|draft|text)s? (on|about|regarding|concerning) (the )?${OTHER_VOTE_SUBJECTS.source}|${OTHER_VOTE_SUBJECTS.source} (civil )?(war|conflict|crisis|famine)\\b|\\b(war|conflict|crisis|famine|fighting) in (the )?${OTHER_VOTE_SUBJECTS.source}`,
);
/** Questions about what comes next: the record holds what happened, not what will. */
export const FUTURE =
  /\b(next|upcoming|future|coming|forthcoming) (un |ga |sc |security council |general assembly )?(votes?|vote on|session|sessions|resolutions?|meetings?|debates?)\b|\bwhen will (the )?(un|ga|sc|security council|general assembly|they|it) (vote|meet|decide)\b/;
/** Other times than the day: "last year", "in September". */
export const OTHER_TIME =
  /\b(last|next) (year|month|week|autumn|fall|spring|summer|winter)\b|\byesterday\b|\b(in|on|during) (january|april|june|july|august|september|october|november|december)\b|\b(january|march|april|may|june|july|august|september|october|november|december) 2025\b/;

/** The group as said in a sentence: "G7 countries", "NATO members", "Ukraine's allies", "the Global South". */
export function unlistedLabel(phrase: string): string {
  const s = phrase
    .replace(/\bcountry$/, 'countries')
    .replace(/\b(member|state|nation|government)$/, '$1s')
    .replace(/\beuropean union\b/, 'eu')
    .replace(/\b(ukraine|russia|america)s?( allies)\b/, "$1's$2")
    .replace(/\bglobal south\b/, 'the global south')
    .replace(/\b(g-?7|g-?20|eu|nato|brics|asean|opec|oas|oic|sco|us)\b/g, (x) =>
      x.toUpperCase().replace('-', ''),
    )
    .replace(
      /\b(ukraine|russia|america|arab|western|african|union|league|west|global|south|non-aligned|movement)\b/g,
      (x) => x.charAt(0).toUpperCase() + x.slice(1),
    );
  return ORGANISATION_ONLY.test(phrase) ? `${s} members` : s;
}

/** "…, is that right?", "is the article right that…": a fact to check, not a judgement asked for. */
export const CHECK_A_CLAIM =
  /\b(is|isnt|isn t) (that|this|it) (right|correct|true)(?=$| (for|about|on|in|of)\b)|^(is|was|are) (the |this |that )?(article|report|story|piece|headline|claim|source|news)s? (right|correct|accurate) (that|about|when|to say|in saying)\b/;
/** "What did the European amendments say?": an amendment is the subject of the saying, not a speaker. */
export const AMENDMENT_SAYS =
  /\bamendments?\b.*\b(say|says|said|state|states|stated|propose|proposed|call for|called for)\b/;
/** A question asking who: "who sided with…", "which countries joined…". */
export const WHO_ASKS = /^(who|which (countries|states|nations|members))\b/;

/** "Who voted against it apart from Russia?": the countries named are left out of the list. */
export const EXCEPT =
  /\b(apart from|besides|beside|other than|except( for)?|excluding|aside from|(?:who|anyone|anybody|which countries|what countries) else)\b/;

/** "Everyone says …", "my editor said …", "the wires claim …": someone else's claim, not a delegation's words. */
export const CLAIM_SAYS =
  /\b(?:everyone|everybody|people|someone|somebody|many|media|the press|reports?|wires?|twitter|my \w+|our \w+) (?:says?|said|claims?|tells?|told|keeps? saying)\b/g;

/**
 * The question without the words around a request for help: "bot what can u do", "help plz", "hi! new on the
 * desk - how do I ask you things?". Chat shorthand ("u") is read as the word it stands for.
 */
function helpWords(t: string): string {
  return t
    .replace(/\bu\b/g, 'you')
    .replace(/^(?:(?:hi|hello|hey|yo|bot|plenary|ok|okay|so|um|new (?:here|on the \w+))\s+)+/, '')
    .replace(/\s+(?:pls|plz|please|thanks|thx|ty)$/, '')
    .replace(/\bhow (?:do|can|should) i ask (?:you )?(?:things|questions|stuff)\b/, 'how do i use you')
    .replace(/^(?:commands|how do i use you(?: commands)?)$/, 'commands');
}

/** Does the question ask what the bot can do ("help", "what can u do", "/help plz")? */
export const asksForHelp = (t: string): boolean => {
  const asked = helpWords(t);
  return HELP_CUE.test(asked) || LOOSE_HELP.test(asked);
};
