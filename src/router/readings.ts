/** What a parsed question refers to, beyond the entities `understand` found: helpers for the router. */
import type { Body, Knowledge } from '../knowledge/model.ts';
import { DOMAIN, NOT_A_NAME, OTHER_VOTE, RELATION } from './cues.ts';
import { mainVotes } from './describe.ts';
import { LIST_CUE, STOPWORDS, VOCABULARY } from './lexicon.ts';
import type { Parsed } from './understand.ts';

/** The words a person used for a country the router does not know ("Atlantis", "Wakanda"). */
export function unknownCountryPhrase(p: Parsed): string | null {
  const patterns = [
    /\bhow (?:did|does|do|has|have|would|will) (?:the )?([a-z][a-z .-]{1,40}?) (?:vote|voted|votes|abstain|stand)\b/,
    /\b(?:position|vote|stance) of (?:the )?([a-z][a-z .-]{1,40}?)(?: on| in|$)/,
    /\bdid (?:the )?([a-z][a-z .-]{1,40}?) (?:vote|abstain|support|oppose)\b/,
  ];
  // "Ruritania on ES-11/7? (testing you lol)": a name that is no word the router knows, put before a vote.
  const before =
    /^(?:and |so |ok |what about |how about )?([a-z][a-z-]{3,30}(?: [a-z][a-z-]{3,30})?) on (?:the |es-|a res|2774|res )/.exec(
      p.q.text,
    )?.[1];
  if (
    before &&
    p.countries.length === 0 &&
    p.positions.length === 0 &&
    p.people.speakers.length === 0 &&
    p.votes.ids.length > 0 &&
    before.split(' ').every((w) => !VOCABULARY.has(w) && !STOPWORDS.has(w) && !DOMAIN.test(w))
  )
    return before;
  for (const re of patterns) {
    const m = re.exec(p.q.text);
    const phrase = m?.[1]?.trim();
    if (
      phrase &&
      !NOT_A_NAME.test(phrase) &&
      !/^(not|never|n t) /.test(phrase) &&
      // "did any country actually vote no": a question about which countries, not a country's name.
      !/^(any|every|some|no|each|all|which|what|a|one|other)\b|\b(country|countries|nation|nations|states?|members?)\b/.test(
        phrase,
      ) &&
      !DOMAIN.test(phrase) &&
      !LIST_CUE.test(phrase)
    )
      return phrase;
  }
  return null;
}

/** The votes a question names, or the votes of the body it names; null when it names neither. */
export function namedVotes(p: Parsed): string[] | null {
  if (p.votes.ids.length > 0) return p.votes.ids;
  if (p.votes.body === 'SC') return ['sc_2774'];
  if (p.votes.body === 'GA') return ['ga_es11_7', 'ga_es11_8'];
  return null;
}

export function otherYear(text: string): string | null {
  const years = /\b(?:19[4-9]\d|20\d\d)\b/g;
  for (let m = years.exec(text); m !== null; m = years.exec(text)) if (m[0] !== '2025') return m[0];
  return null;
}

/** The body every named vote was taken in ("the amended text": the Assembly), or null. */
export function bodyOfVotes(k: Knowledge, ids: string[]): Body | null {
  const bodies = new Set(ids.map((id) => k.voteById.get(id)?.body));
  const [only] = bodies;
  return bodies.size === 1 && only ? only : null;
}

/** "Why did the UK abstain?": the votes where every country named took the one position asked about. */
export function votesTaken(k: Knowledge, p: Parsed): string[] {
  const [position] = p.positions;
  if (p.positions.length !== 1 || !position) return [];
  return mainVotes(k)
    .filter(
      (v) =>
        (!p.votes.body || v.body === p.votes.body) &&
        p.countries.every((c) => v.positions.get(c) === position),
    )
    .map((v) => v.id);
}

/** "… against Russia": the country is what the question relates someone else to. */
export const namedAsObject = (p: Parsed, country: string): boolean => RELATION.has(wordBefore(p, country));

const COMPANY = new Set(['with', 'alongside', 'like', 'joined', 'joining']);

/** "Who sided with Russia…", "who abstained alongside China…": the country is named as company, not as a text. */
export const joinedWith = (p: Parsed, country: string): boolean => COMPANY.has(wordBefore(p, country));

/** The word before the country's name, skipping "the". */
function wordBefore(p: Parsed, country: string): string {
  let i = (p.countryAt.get(country) ?? 0) - 1;
  if (p.q.words[i] === 'the') i -= 1;
  return p.q.words[i] ?? '';
}

/** "What did Ukraine's envoy say about Russia?": the countries that spoke, not the ones spoken about. */
export function speakingCountries(p: Parsed): string[] {
  const about = p.q.words.indexOf('about');
  const before = p.countries.filter((c) => about < 0 || (p.countryAt.get(c) ?? 0) < about);
  return before.length > 0 ? before : p.countries;
}

/** "… vote on Brexit": the words after "vote on" at the end of a question. */
const VOTE_ON_TAIL = /\bvot(?:e|ed|es|ing) (?:on|about|over|regarding) (?:the |a |an )?([a-z][a-z ]{1,40})$/;
/** Words for the day itself or for what was voted, which a vote on "X" may name without naming a vote. */
const DAY_OR_TEXT =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|january|april|may|june|july|august|september|october|november|december|\d+\w*|delay|postponement|measure|document|plan|same|issue|matter|thing|things|everything|anything|question|day|invasion|conflict|crisis|aggression|withdrawal|condemnation|negotiations?|ceasefire|settlement|territory)$/;

/**
 * "How did the UK vote on Brexit?": a vote on a subject the day's votes are not about, so another vote. True
 * only when no vote, body, amendment, person or country is named in those words and one of them is unknown.
 */
function votesOnOtherSubject(p: Parsed): boolean {
  const m = VOTE_ON_TAIL.exec(p.q.text);
  if (!m?.[1] || p.votes.body || p.votes.amendment || p.votes.amendmentTopics.length > 0) return false;
  if (p.people.speakers.length > 0 || p.people.unquoted || p.nonMembers.length > 0 || p.ambiguous.length > 0)
    return false;
  const tail = m[1].trim().split(' ');
  const start = p.q.words.length - tail.length;
  if ([...p.countryAt.values()].some((i) => i >= start) || DOMAIN.test(m[1])) return false;
  const known = (w: string) =>
    STOPWORDS.has(w) || VOCABULARY.has(w) || VOCABULARY.has(w.replace(/s$/, '')) || DAY_OR_TEXT.test(w);
  return tail.some((w) => !known(w));
}

/** "the Sudan resolution", "how did France vote on Brexit": another vote than the day's, when none is named. */
export const asksOtherVote = (p: Parsed): boolean =>
  p.votes.ids.length === 0 && (OTHER_VOTE.test(p.q.text) || votesOnOtherSubject(p));
