/**
 * "Which Council members voted the same way on the US text in the GA and in the Council?", "who voted
 * differently on the two Assembly texts?": members whose positions on two votes are equal (or not), by
 * position, worked out from the record.
 */
import { type Answer, emptyAnswer, POSITION_LABEL } from '../../answer.ts';
import type { Vote } from '../../knowledge/model.ts';
import type { Position } from '../../knowledge/schema.ts';
import { cite, primarySources } from '../cite.ts';
import { shortCountry, voteName } from '../describe.ts';
import { capital } from './history-lines.ts';
import type { Intent, Reading } from './intent.ts';

const SAME = /\b(the )?same way\b|\bsame (position|vote|side)\b|\bconsistent(ly)?\b|\bidentically\b/;
const DIFFERENT = /\bdifferently\b|\b(a )?different (way|position|vote|side)\b|\binconsistent(ly)?\b/;
const ASKS =
  /^(who|which|list|name)\b|\b(which|what) (countries|states|members|nations)\b|\bhow many\b|\bany\b/;

function votesOf(r: Reading): [Vote, Vote] | null {
  const votes = r.p.votes.ids
    .map((id) => r.k.voteById.get(id))
    .filter((v): v is Vote => v?.kind === 'resolution');
  return votes.length === 2 ? [votes[0]!, votes[1]!] : null;
}

function answer(r: Reading): Answer {
  const [x, y] = votesOf(r)!;
  const same = !DIFFERENT.test(r.t);
  const pool = r.p.group?.members ?? r.k.members.map((m) => m.name);
  const both = pool.filter((c) => x.positions.has(c) && y.positions.has(c));
  const chosen = both.filter((c) => (x.positions.get(c) === y.positions.get(c)) === same);
  const who = r.p.group ? ` of ${r.p.group.label}` : '';
  const a = emptyAnswer(
    'answer',
    'same_way',
    `${chosen.length} ${chosen.length === 1 ? 'member' : 'members'}${who} voted ${same ? 'the same way' : 'differently'} on ${voteName(x)} and on ${voteName(y)}${both.length < pool.length ? ` (of the ${both.length} that voted on both)` : ''}:`,
  );
  if (same) {
    for (const p of ['yes', 'no', 'abstain', 'absent'] as Position[]) {
      const names = chosen.filter((c) => x.positions.get(c) === p);
      if (names.length > 0)
        a.blocks.push({
          type: 'countries',
          label: `${capital(POSITION_LABEL[p])} on both (${names.length})`,
          countries: names.map(shortCountry),
        });
    }
  } else
    a.blocks.push({
      type: 'bullets',
      items: chosen.map(
        (c) =>
          `${shortCountry(c)}: ${POSITION_LABEL[x.positions.get(c)!]} on ${x.symbol}, ${POSITION_LABEL[y.positions.get(c)!]} on ${y.symbol}`,
      ),
    });
  for (const c of chosen)
    for (const v of [x, y]) a.positions.push({ vote: v.symbol, country: c, position: v.positions.get(c)! });
  a.citations = cite(r.k, primarySources(x.sources), primarySources(y.sources));
  a.confidence = 0.9;
  return a;
}

export const sameWayIntent: Intent = {
  id: 'same_way',
  ceiling: 85,
  match: (r) =>
    (SAME.test(r.t) || DIFFERENT.test(r.t)) && ASKS.test(r.t) && r.p.countries.length === 0 && votesOf(r)
      ? 85
      : null,
  answer,
};
