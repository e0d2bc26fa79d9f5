/**
 * The questions `npm run bench:roundtrip` asks. `repeat` (the default, as before): the six questions of
 * `bench:slack` (Slack) and `bench:discord` (Discord) in turn, so after the first six every question is one asked
 * before. `unique`: the questions of the eval sets (tests/fixtures/eval-*.jsonl) without repeats, as free text
 * (Discord: `/votes ask`); once the pool runs out it starts again with one more zero-width space at the end of
 * each question, which the router ignores (the answer is the same) but which makes it a question not asked
 * before, so that no answer can come from a cache. Left out: questions that draw a picture (maps cost a render,
 * not a lookup) and questions whose first word is a Slack subcommand (help, map, digest).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createRouter } from '../../src/router/router.ts';
import { QUESTIONS } from './slack-load.ts';

export type Mix = 'repeat' | 'unique';

/** A question source: the n-th question of the run. */
export type QuestionAt = (n: number) => string;

const SUBCOMMAND_WORDS = new Set(['help', '?', 'digest', 'map']);

/** The distinct eval questions that draw no picture, in file order. */
export function uniquePool(): string[] {
  const dir = join(import.meta.dirname, '../fixtures');
  const questions = readdirSync(dir)
    .filter((f) => /^eval-.*\.jsonl$/.test(f))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => (JSON.parse(l) as { question: string }).question),
    );
  let drew = false;
  const router = createRouter(loadKnowledge(), {
    answerCache: false,
    images: () => {
      drew = true;
      return [];
    },
  });
  const seen = new Set<string>();
  return questions.filter((q) => {
    const t = q.replace(/\s+/g, ' ').trim();
    if (t === '' || seen.has(t) || SUBCOMMAND_WORDS.has(t.split(' ')[0]!.toLowerCase())) return false;
    seen.add(t);
    drew = false;
    router.ask(t);
    return !drew;
  });
}

export function questionSource(mix: Mix): QuestionAt {
  if (mix === 'repeat') return (n) => QUESTIONS[n % QUESTIONS.length]!;
  const pool = uniquePool();
  return (n) => pool[n % pool.length]! + '\u200b'.repeat(Math.floor(n / pool.length));
}
