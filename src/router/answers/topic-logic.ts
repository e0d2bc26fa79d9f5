/**
 * What explanation topics need beyond their data in knowledge/topics.json: conditions on the countries and votes a
 * question names, and answer parts derived from the record (positions, amendments, disputed points). No sentence
 * here states a fact: those live in knowledge/ where knowledge:check sees them.
 */
import type { Answer } from '../../answer.ts';
import type { Knowledge } from '../../knowledge/model.ts';
import type { TOPIC_CONDITIONS } from '../../knowledge/topic-schema.ts';
import { addCitations, nameSources, primarySources } from '../cite.ts';
import { WHO_ASKS } from '../cues.ts';
import { mainVotes, outcomeSentence, shortSponsor, voteName } from '../describe.ts';
import { compose, type ExplainContext } from './compose.ts';

export interface TopicLogic {
  /** Must hold for the topic to count at all (beside any `requires` cue in the data). */
  requires?: (c: ExplainContext) => boolean;
  /** Adds what the record says to the answer composed from the topic's data. */
  refine?: (k: Knowledge, a: Answer, c: ExplainContext) => void;
}

const US = 'United States of America';
const isUs = (c: ExplainContext) => c.countries.includes(US);
const WHY = /\bwhy\b|\breason|\bexplain|\bhow come\b|\bwhat made\b/;

/** Adds how each country voted on each vote, as recorded; votes without per-country records add nothing. */
function recordedPositions(k: Knowledge, a: Answer, countries: string[], voteIds: string[]): void {
  for (const id of voteIds) {
    const v = k.voteById.get(id);
    for (const country of countries) {
      const p = v?.kind === 'amendment' ? undefined : v?.positions.get(country);
      if (v && p) a.positions.push({ vote: v.symbol, country, position: p });
    }
  }
}

const votesAsked = (k: Knowledge, c: ExplainContext) =>
  c.voteIds.length > 0 ? c.voteIds : mainVotes(k).map((v) => v.id);

/** Conditions a topic's data may name for an alternative summary. */
export const CONDITIONS: Record<(typeof TOPIC_CONDITIONS)[number], (c: ExplainContext) => boolean> = {
  council_only: (c) => c.voteIds.includes('sc_2774') && !c.voteIds.some((id) => id.startsWith('ga')),
};

export const TOPIC_LOGIC: Record<string, TopicLogic> = {
  us_abstain_own_draft: {
    requires: (c) => isUs(c) && /\babst/.test(c.text),
    refine: (k, a) => {
      a.blocks.splice(1, 0, {
        type: 'bullets',
        items: k.votes
          .filter((v) => v.kind === 'amendment' && v.target === 'ga_es11_8' && v.adopted)
          .map((v) => `Adopted amendment (${shortSponsor(v.sponsor)}): ${v.content}`),
      });
      recordedPositions(k, a, [US], ['ga_es11_8']);
    },
  },
  us_against_ukraine_text: {
    requires: (c) =>
      isUs(c) &&
      WHY.test(c.text) &&
      !/\babst/.test(c.text) &&
      /\bagainst\b|\bno\b|\boppose|\breject|\bnot support|ukrain|european|es-11\/7|l\.10/.test(c.text),
    refine: (k, a) => recordedPositions(k, a, [US], ['ga_es11_7']),
  },
  // "Did Russia veto 2774?": how the country named voted on the text named answers it too.
  veto: { refine: (k, a, c) => recordedPositions(k, a, c.countries, c.voteIds) },
  symbols: {
    // A symbol the question names that is not one of the two drafts ("L.15", an amendment): what it was, first.
    refine: (k, a, c) => {
      for (const id of c.voteIds) {
        const v = k.voteById.get(id);
        if (v?.kind !== 'amendment' || !v.draftSymbol) continue;
        a.summary = `${v.draftSymbol.replace(/\s*\(.*\)$/, '')} was ${voteName(v)}: ${outcomeSentence(v)}.`;
        a.blocks.unshift({ type: 'paragraph', text: `Symbol as recorded: ${v.draftSymbol}.` });
        addCitations(k, a, primarySources(v.sources));
      }
    },
  },
  // The summary states Iran's recorded position on ES-11/7: the structured data carries it too.
  iran_claim: {
    refine: (k, a) => {
      const es7 = k.voteById.get('ga_es11_7');
      if (!es7) return;
      recordedPositions(k, a, ['Iran (Islamic Republic of)'], [es7.id]);
      addCitations(k, a, primarySources(es7.sources));
    },
  },
  disputed: {
    refine: (k, a) => {
      for (const d of k.disputed.positions) {
        a.blocks.push({
          type: 'note',
          text: `${d.country} on ${d.vote}: the UN record shows ${d.record}; ${nameSources(k, d.other)}.`,
        });
        addCitations(k, a, d.sources);
      }
    },
  },
  // "Which permanent members abstained?" is a list, not a question about the bodies.
  bodies: {
    requires: (c) =>
      (c.voteIds.length === 0 || /assembly.*council|council.*assembly/.test(c.text)) &&
      !/\b(voted|abst\w*|against|in favou?r|support\w*|oppos\w*)\b/.test(c.text),
  },
  content: {
    // The votes asked about (all three when none is named): their results first, then each title and sponsor.
    refine: (k, a, c) => {
      const ids = votesAsked(k, c);
      const results = compose(k, a.intent, a.summary, { votes: ids });
      a.blocks.push(...results.blocks);
      a.tallies.push(...results.tallies);
      addCitations(
        k,
        a,
        results.citations.map((x) => x.id),
      );
      for (const id of ids) {
        const v = k.voteById.get(id);
        if (v)
          a.blocks.push({ type: 'paragraph', text: `${v.symbol}: “${v.title}”. Sponsor: ${v.sponsor}.` });
      }
    },
  },
  sponsors: {
    refine: (k, a, c) => {
      for (const id of votesAsked(k, c)) {
        const v = k.voteById.get(id);
        if (!v) continue;
        a.blocks.push({ type: 'fields', fields: [{ label: v.symbol, value: v.sponsor }] });
        addCitations(k, a, primarySources(v.sources));
      }
    },
  },
  // About the United States: "did Hungary side with Russia?" is a comparison of Hungary and Russia.
  // "Who sided with Russia against ES-11/7?" asks for the list, not for this explanation.
  aligned_with_russia: {
    requires: (c) => (c.countries.length === 0 || c.countries.includes(US)) && !WHO_ASKS.test(c.text),
    refine: (k, a) =>
      recordedPositions(k, a, [US, 'Russian Federation'], ['ga_es11_7', 'ga_es11_8', 'sc_2774']),
  },
};
