import { type Answer, emptyAnswer } from '../../answer.ts';
import type { Body, Knowledge, Vote } from '../../knowledge/model.ts';
import { cite, primarySources } from '../cite.ts';
import {
  joinNames,
  outcomeSentence,
  shortCountry,
  shortSponsor,
  statedTally,
  VOTED_ON,
  voteName,
} from '../describe.ts';

export interface AmendmentRequest {
  body: Body | null;
  topics: string[];
  /** Only those blocked by a veto. */
  vetoOnly: boolean;
  /** Sponsor filter ("Russia's amendments"). */
  sponsor: string | null;
  target: string | null;
  /** Only adopted ones (true) or only failed ones (false). */
  adopted: boolean | null;
  /** Countries the question asks about: their recorded positions lead the answer. */
  focus?: string[];
}

const TOPIC_OF: Record<string, string> = {
  ga_am_fullscale: 'fullscale',
  sc_am_fullscale: 'fullscale',
  ga_am_territorial: 'territorial',
  sc_am_territorial: 'territorial',
  ga_am_justpeace: 'justpeace',
  sc_am_justpeace: 'justpeace',
  ga_am_russia_rootcauses: 'rootcauses',
  sc_am_russia_rootcauses: 'rootcauses',
  sc_am_russia_wording: 'wording',
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const isVetoed = (v: Vote) => /veto|negative vote of a permanent member/i.test(v.outcome);
/** The members whose veto the outcomes of these amendments record. */
const vetoers = (k: Knowledge, vetoed: Vote[]) =>
  k.councilMembers.filter((c) => vetoed.some((v) => v.outcome.includes(c)));

function select(k: Knowledge, req: AmendmentRequest): Vote[] {
  return k.votes.filter(
    (v) =>
      v.kind === 'amendment' &&
      (!req.body || v.body === req.body) &&
      (req.topics.length === 0 || req.topics.includes(TOPIC_OF[v.id] ?? '')) &&
      (!req.vetoOnly || isVetoed(v)) &&
      (!req.sponsor ||
        v.sponsor.includes(req.sponsor) ||
        (req.sponsor === 'European' && /E5|European/.test(v.sponsor))) &&
      (!req.target || v.target === req.target) &&
      (req.adopted === null || v.adopted === req.adopted),
  );
}

export function amendmentsAnswer(k: Knowledge, req: AmendmentRequest): Answer {
  let amendments = select(k, req);
  if (amendments.length === 0) amendments = select(k, { ...req, sponsor: null, topics: [], adopted: null });
  const a = emptyAnswer('answer', 'amendments', '');
  const sources: string[][] = [];
  for (const body of ['GA', 'SC'] as const) {
    const group = amendments.filter((v) => v.body === body);
    if (group.length === 0) continue;
    const bodyName =
      body === 'GA'
        ? 'General Assembly (to the US draft A/ES-11/L.11)'
        : 'Security Council (to the US draft adopted as 2774)';
    a.blocks.push({ type: 'paragraph', text: `${bodyName}:` });
    a.blocks.push({
      type: 'bullets',
      items: group.map(
        (v) =>
          `${shortSponsor(v.sponsor)}: ${v.content}. ${outcomeSentence(v)}.${isVetoed(v) ? ' Vetoed by Russia.' : ''}`,
      ),
    });
    for (const v of group) {
      if (v.tally && v.tally.yes !== null) a.tallies.push(statedTally(v));
      for (const [country, position] of v.positions) a.positions.push({ vote: v.symbol, country, position });
      sources.push(primarySources(v.sources, 2));
    }
    if (body === 'GA' && group.some((v) => v.sponsor.startsWith('European'))) {
      const u = k.disputed.gaEuropeanAmendmentTalliesUnmapped;
      a.blocks.push({
        type: 'note',
        text: `One source reports the three European amendments passed by ${u.tallies.join(', ')}, without saying reliably which tally belongs to which amendment.`,
      });
      sources.push([u.source]);
    }
  }
  const vetoed = amendments.filter(isVetoed);
  const adopted = amendments.filter((v) => v.adopted);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const vetoedBy = joinNames(vetoers(k, vetoed).map(shortCountry));
  a.summary = req.vetoOnly
    ? vetoedBy
      ? `${vetoedBy} vetoed ${plural(vetoed.length, 'amendment')} in the Security Council:`
      : 'None of the amendments asked about was vetoed.'
    : `${plural(amendments.length, 'amendment')} voted on 24 February 2025: ${adopted.length} adopted, ${amendments.length - adopted.length} not adopted${vetoed.length > 0 ? ` (${vetoed.length} by a Russian veto)` : ''}.`;
  // A veto question is about the vetoes themselves, whoever it names.
  const focus = req.vetoOnly ? [] : (req.focus ?? []).filter((c) => k.memberByName.has(c));
  if (focus.length > 0) {
    const recorded = amendments.flatMap((v) =>
      focus.flatMap((c) => {
        const p = v.positions.get(c);
        return p ? [capitalize(`${shortCountry(c)} ${VOTED_ON[p]} ${voteName(v)}.`)] : [];
      }),
    );
    const who = joinNames(focus.map(shortCountry));
    a.blocks.unshift(
      recorded.length > 0
        ? { type: 'bullets', items: recorded }
        : {
            type: 'note',
            text: `The sources name no position for ${who} on ${amendments.length === 1 ? 'this amendment' : 'these amendments'}.`,
          },
    );
    if (recorded.length > 0)
      a.summary = `${recorded.length === 1 ? recorded[0] : `How ${who} voted on the amendments:`}`;
    a.positions = a.positions.filter((p) => focus.includes(p.country));
  }
  if (req.vetoOnly) {
    const f5 = k.facts.find((f) => f.id === 'f5');
    if (f5) {
      a.blocks.unshift({ type: 'paragraph', text: f5.statement });
      sources.unshift(f5.sources);
    }
  }
  a.citations = cite(k, ...sources);
  a.suggestions = [
    'Why did the US abstain on its own draft?',
    'What did Dorothy Shea say about the amendments?',
  ];
  a.confidence = 0.85;
  return a;
}
