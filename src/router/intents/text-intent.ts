/**
 * "What does ES-11/7 say about territorial integrity?", "does 2774 name Russia as the aggressor?", "what's in OP1
 * of the US draft?", "what did the amendments add?": the texts voted (knowledge/texts.json), paragraph by
 * paragraph, verbatim and cited, with what is not held said plainly.
 */
import { type Answer, emptyAnswer } from '../../answer.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import type { TextAmendment } from '../../knowledge/schema-v2.ts';
import { addCitations } from '../cite.ts';
import { CLAIM_SAYS, RUSSIA_S_AMENDMENT, RUSSIAN_AMENDMENT } from '../cues.ts';
import { joinNames, outcomeSentence, statedTally } from '../describe.ts';
import { foldText } from '../normalize.ts';
import type { Intent, Reading } from './intent.ts';
import { speakersNamed } from './statement-select.ts';
import { addDocument } from './text-blocks.ts';
import { asksTextComparison, compareTexts } from './text-compare.ts';
import { documentsNamed, paragraphAsked, type Subject, subjectOf } from './text-search.ts';

const TEXT_CUE =
  /\b(say|says|said|mention|mentions|mentioned|name|names|contain|contains|wording|worded|paragraphs?|op ?\d|pp ?\d|(?<!co[- ])operative|preambular|refer|refers|call|calls|called|describe|describes|demand|demands|talks? about|whats in|what is in|what s in|include|includes|quote)\b|\brecall\w*|\bcites?\b|\breferences?\b|\b(full|whole|exact)( adopted| final)? (text|wording)\b|\btext of\b|\b(?:the|which|what) (word|words|phrase|term)s?\b/;
/** "The full adopted text of ES-11/8": the words, though "adopted" is a vote word. */
export const WHOLE_TEXT =
  /\b(full|whole|exact|complete|entire)( adopted| final)? (text|wording)\b|\bword for word\b|\bverbatim\b|\b(paste|copy)\b.*\b(full|whole|entire|complete|text|draft)\b|\b(paste|give me|show me) the (full |whole |adopted |final )?(us |american |ukrainian )?(text|draft)\b/;
/** A question about votes, tallies or claims is not a question about the words of a text. */
const NOT_ABOUT_WORDS =
  /\bvot(e|ed|es|ing)\b|\btally\b|\bpass(ed)?\b|\badopted\b(?! (?:text|version|resolution|wording|es|a\/res|2774|us|american|ukrainian|council|assembly))|\b(article|report|claim)s?\b|\babst\w*|\bnon-?voters?\b|\bbacked\b|\bsupport(ed|s)?\b|\boppos\w*|\bconfirm\w*|\bhow many (?!paragraphs|words|operative|preambular)|\bclose\b|\bunanim\w*|\bnumbers?\b|\byes vs\b/;
const AMENDMENT_TEXT =
  /\bamendments?\b.*\b(add|added|adds|change|changed|insert|inserted|say|says|said|replace|replaced|wording)\b|\b(wording|words|text) of\b.*\bamendments?\b/;
/** "What wording did Russia want added to the US draft?": an amendment asked for by what it tried to change. */
const WANTED_CHANGE =
  /\b(?:try|tried|trying|want\w*|sought|propos\w*|push\w*|attempt\w*)\b.*\b(?:get|put|insert|add|include|slip)\b.*\b(?:into|in) (?:the |their |its )?(?:\w+ )?(?:text|draft|resolution)\b|\b(wording|words|language|phrase|text)\b.*\b(want\w*|tried|sought|propos\w*)\b.*\b(add\w*|insert\w*|chang\w*|put in|replac\w*)\b|\b(wording|words|language|phrases?)\b.*\b(europeans?|eu|e5|russia\w*)\b.*\b(swap\w*|add\w*|insert\w*|chang\w*|put in|replac\w*|got in)\b/;

/** Words naming the texts themselves, left out of the subject ("what does 2774 say about …"). */
const DOC_WORDS =
  /\b(?:a\/res\/)?es[- ]?11[/ -]?[78]\b|\bs\/res\/2774\b|\b2774(?: 2025)?\b|\b(?:a\/es-?11\/)?l\.?1[01]\b|\b(?:the )?(?:us|american|ukraine|ukrainian|european|ukraines|amended|original) (?:draft|text|resolution)\b/g;
const AS_TABLED = /\b(draft|original|as tabled|l ?\.?11|before the amendments|unamended)\b/;
function amendmentsAsked(r: Reading): TextAmendment[] {
  const body = r.p.votes.body;
  const sponsor =
    RUSSIAN_AMENDMENT.test(r.t) ||
    RUSSIA_S_AMENDMENT.test(r.t) ||
    /\brussia\w* (want|tried|sought|propos)/.test(r.t)
      ? 'Russian'
      : /\beuropeans?\b|\be5\b|\beu\b|\bfrench\b/.test(r.t)
        ? 'E'
        : null;
  return r.k.textAmendments.filter(
    (a) =>
      (!body || a.body === (body === 'SC' ? 'Security Council' : 'General Assembly')) &&
      (!sponsor ||
        (sponsor === 'Russian' ? a.sponsor.startsWith('Russian') : !a.sponsor.startsWith('Russian'))),
  );
}

function amendmentsAnswer(k: Knowledge, list: TextAmendment[]): Answer {
  const a = emptyAnswer(
    'answer',
    'text_amendments',
    'What the amendments would change, as the sources describe it:',
  );
  for (const am of list) {
    const symbol = am.symbol ? ` (${am.symbol})` : '';
    const words = am.verbatimFound
      ? `Words quoted verbatim: ${am.verbatimFound}.`
      : 'No source quotes its wording; the change above is a description.';
    a.blocks.push({
      type: 'fields',
      fields: [
        {
          label: `${am.body}: ${am.sponsor}${symbol}, to ${am.target} (${am.outcome})`,
          value: `${am.change} ${words}`,
        },
      ],
    });
    if (/translat/i.test(am.note)) a.blocks.push({ type: 'note', text: am.note });
    addCitations(k, a, am.sources.slice(0, 2));
    // How its own vote went, where the amendment was put to a vote of its own (knowledge/amendments.json).
    const vote = k.voteById.get(am.id);
    if (vote?.tally) {
      a.blocks.push({ type: 'paragraph', text: `Its vote: ${outcomeSentence(vote)}.` });
      a.tallies.push(statedTally(vote));
      addCitations(k, a, vote.sources.slice(0, 2));
    }
  }
  const adopted = k.textById.get('ga_es11_8');
  if (adopted && list.some((am) => am.body === 'General Assembly'))
    addDocument(k, a, adopted, { subject: null, paragraph: null });
  a.confidence = 0.85;
  return a;
}

/** The subject as the asker typed it ("DPRK", not "dprk"), word by word where a typed word folds to it. */
function withCase(subject: Subject | null, display: string): Subject | null {
  if (!subject) return null;
  const typed = new Map(
    display
      .split(/[\s?!.,;:]+/)
      .map((w) => w.replace(/^["'“”‘’`]+|["'“”‘’`]+$/g, ''))
      .map((w) => [foldText(w), w] as const),
  );
  const words = Object.fromEntries(Object.entries(subject.words).map(([t, w]) => [t, typed.get(w) ?? w]));
  const phrase = subject.phrase
    .split(' ')
    .map((w) => typed.get(w) ?? w)
    .join(' ');
  return { ...subject, phrase, words };
}

function match(r: Reading): number | null {
  // "Why is 2774 a big deal? someone said …": a why asks for reasons, not for words, unless a paragraph is named.
  if (/^(?:so |and |but )?why\b|\bhow come\b/.test(r.t) && !paragraphAsked(r.t)) return null;
  // "In the US text does OP1 say …": a paragraph named is the text's, whoever else is named.
  if (speakersNamed(r).length > 0 && !paragraphAsked(r.t)) return null;
  if (NOT_ABOUT_WORDS.test(r.t) && !WHOLE_TEXT.test(r.t)) return null;
  // "Our story says Japan backed the Ukraine text: confirm?": a member's vote, whatever says it.
  if ((r.p.countries.length > 0 || r.p.group) && r.p.positions.length > 0 && !paragraphAsked(r.t))
    return null;
  if ((r.p.votes.amendment && AMENDMENT_TEXT.test(r.t)) || WANTED_CHANGE.test(r.t)) return 78;
  const compare = r.p.countries.length === 0 && asksTextComparison(r.t);
  // "Everyone says they all sided with Russia": people saying something is a claim, not the text's words.
  const cue = r.t.replace(CLAIM_SAYS, ' ');
  if (!TEXT_CUE.test(cue) && !paragraphAsked(r.t) && !compare && !WHOLE_TEXT.test(r.t)) return null;
  // "What did China say about ES-11/7?": a country that speaks, not a text.
  const firstVote = Math.min(...r.p.votes.masked, r.p.q.words.length);
  if ([...r.p.countryAt.values()].some((i) => i < firstVote) && /\b(say|said)\b/.test(r.t)) return null;
  const docs = documentsNamed(r.k, r.p.votes.ids, AS_TABLED.test(r.t));
  // "Is 2774 word for word the same as L.11?": two texts compared.
  if (docs.length >= 2 && compare) return 82;
  if (docs.length > 0)
    return paragraphAsked(r.t) || WHOLE_TEXT.test(r.t) || subjectOf(r.t, DOC_WORDS) ? 82 : 74;
  // "Does the resolution mention territorial integrity?": the day's texts, when none is named.
  if (
    /\b(resolutions?|texts?)\b/.test(r.t) &&
    /\b(mention|mentions|say|says|contain|contains|refer)\b/.test(r.t)
  )
    // A subject asked of the texts outweighs the topic of what each text is about (77).
    return subjectOf(r.t, DOC_WORDS) ? 78 : null;
  return null;
}

function answer(r: Reading): Answer {
  if ((r.p.votes.amendment && AMENDMENT_TEXT.test(r.t)) || WANTED_CHANGE.test(r.t))
    return amendmentsAnswer(r.k, amendmentsAsked(r));
  const named = documentsNamed(r.k, r.p.votes.ids, AS_TABLED.test(r.t));
  if (named.length >= 2 && r.p.countries.length === 0 && asksTextComparison(r.t))
    return compareTexts(r.k, named.slice(0, 2));
  const docs = named.length > 0 ? named : r.k.texts;
  const subject = withCase(subjectOf(r.t, DOC_WORDS), r.p.q.display);
  const paragraph = paragraphAsked(r.t);
  const a = emptyAnswer('answer', 'text', '');
  const found = docs.filter((d) => addDocument(r.k, a, d, { subject, paragraph }) === 'all');
  const symbols = joinNames(docs.map((d) => d.symbol));
  a.summary = subject
    ? found.length > 0
      ? `Where ${joinNames(found.map((d) => d.symbol))} ${found.length > 1 ? 'speak' : 'speaks'} of “${subject.phrase}” (verbatim, as far as the texts are held):`
      : docs.every((d) => d.complete)
        ? `No: ${symbols}, held in full, ${docs.length > 1 ? 'do' : 'does'} not mention “${subject.phrase}”.`
        : `None of the held paragraphs of ${symbols} ${docs.length > 1 ? 'mention' : 'mentions'} “${subject.phrase}”; the text is not held in full, so it may appear in what is not held (below).`
    : `The text of ${symbols}, as far as it is held (verbatim):`;
  // "How many paragraphs in the US draft?": counted from a text held in full, never guessed for a partial one.
  if (/\bhow many (paragraphs|paras)\b|\bhow (long|short) is\b/.test(r.t))
    a.summary = `${paragraphCounts(docs)} ${a.summary}`;
  a.suggestions = ['What did the amendments add?', 'Does 2774 name Russia as the aggressor?'];
  a.confidence = 0.85;
  return a;
}

function paragraphCounts(docs: { symbol: string; complete: boolean; paragraphs: { n: string }[] }[]): string {
  return docs
    .map((d) => {
      const pp = d.paragraphs.filter((p) => p.n.startsWith('PP')).length;
      const op = d.paragraphs.filter((p) => p.n.startsWith('OP')).length;
      return d.complete
        ? `${d.symbol} has ${inWords(pp + op)} paragraphs under its heading: ${inWords(pp)} preambular and ${inWords(op)} operative.`
        : `How many paragraphs ${d.symbol} has is not held (the text is held only in part).`;
    })
    .join(' ');
}

/** Small counts in words, as prose writes them ("three paragraphs"); larger ones in figures. */
const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const inWords = (n: number): string => SMALL[n] ?? String(n);

export const textIntent: Intent = { id: 'text', ceiling: 82, match, answer };
