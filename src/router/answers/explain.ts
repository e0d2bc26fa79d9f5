/**
 * Explanation topics (the US votes, binding force, vetoes, symbols, timing, casualties, reactions, …), built from
 * knowledge/topics.json: the data holds each topic's cues and cited sentence, topic-logic.ts what cannot be data.
 */
import type { Knowledge } from '../../knowledge/model.ts';
import type { TopicEntry } from '../../knowledge/topic-schema.ts';
import { addCitations } from '../cite.ts';
import { compose, type ExplainContext, type Topic } from './compose.ts';
import { CONDITIONS, TOPIC_LOGIC } from './topic-logic.ts';

/** The summary to lead with: the first alternative whose condition holds, else the topic's own. */
function summaryFor(k: Knowledge, t: TopicEntry, c: ExplainContext): string {
  const alt = t.alternatives?.find((x) => CONDITIONS[x.when](c));
  return (alt?.summary ?? t.summary).replace(
    /\{title:([a-z0-9_]+)\}/g,
    (_, id: string) => k.voteById.get(id)?.title ?? id,
  );
}

function toTopic(t: TopicEntry): Topic {
  const logic = TOPIC_LOGIC[t.id] ?? {};
  const cue = t.requires ? new RegExp(t.requires) : null;
  const requires =
    cue || logic.requires
      ? (c: ExplainContext) => (!cue || cue.test(c.text)) && (!logic.requires || logic.requires(c))
      : undefined;
  return {
    id: t.id,
    cues: t.cues.map((s) => new RegExp(s)),
    ...(t.strong ? { strong: new RegExp(t.strong) } : {}),
    ...(requires ? { requires } : {}),
    build: (k, c) => {
      const a = compose(k, t.intent, summaryFor(k, t, c), t.cites);
      if (t.note) a.blocks.push({ type: 'note', text: t.note });
      if (t.sources) addCitations(k, a, t.sources);
      logic.refine?.(k, a, c);
      return a;
    },
  };
}

const built = new WeakMap<Knowledge, Topic[]>();

/** The topics of this knowledge, in the order they are tried (ties go to the first); built once per knowledge. */
export function topicsOf(k: Knowledge): Topic[] {
  let topics = built.get(k);
  if (!topics) {
    topics = k.topics.map(toTopic);
    built.set(k, topics);
  }
  return topics;
}

/** The explanation topic the question is about, if any: the best-scoring topic whose requirements hold. */
export function findTopic(c: ExplainContext, k: Knowledge): { topic: Topic; score: number } | null {
  let best: Topic | null = null;
  let bestScore = 0;
  for (const t of topicsOf(k)) {
    if (t.requires && !t.requires(c)) continue;
    const cues = t.cues.filter((re) => re.test(c.text)).length;
    // The topic's own subject counts twice: "what happened with Macron" is about Macron, not an overview.
    const score = cues > 0 && t.strong?.test(c.text) ? cues + 1 : cues;
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best ? { topic: best, score: bestScore } : null;
}
