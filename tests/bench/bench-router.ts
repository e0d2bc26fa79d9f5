/**
 * `npm run bench`: the router on 10,000 mixed questions in one process: questions/s, p50/p99 latency,
 * start-up (load + index) time and peak RSS; and, on the same labelled questions, the accuracy of a naive
 * baseline (one fuse.js search over all fact texts) beside the router's. RSS depends on the node flags (the
 * young generation's size above all), so the bench says whether it runs with the flags `npm start` uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { POSITION_LABEL } from '../../src/answer.ts';
import { detectLanguage } from '../../src/i18n/detect.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Knowledge } from '../../src/knowledge/model.ts';
import { retrievalIndex } from '../../src/router/retrieve.ts';
import { createRouter } from '../../src/router/router.ts';
import { readCases } from '../eval/eval-lib.ts';

const N = Number(process.env.BENCH_QUESTIONS ?? 10_000);
/** Questions in the seven other languages, asked between the English ones (one after every fourth). */
const OTHER_LANGUAGES = readCases(join(import.meta.dirname, '../fixtures/eval-multilingual.jsonl')).map(
  (c) => c.question,
);

const PARTS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);

/** Deterministic pseudo-random numbers, so every run asks the same questions. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Labelled {
  q: string;
  vote?: string;
  country?: string;
  position?: string;
  tally?: string;
}

const VOTE_PHRASES: Record<string, string[]> = {
  ga_es11_7: [
    'ES-11/7',
    'the Ukraine resolution',
    "Ukraine's resolution",
    'the European text',
    'L.10',
    'A/RES/ES-11/7',
  ],
  ga_es11_8: ['ES-11/8', 'the amended US text', 'the amended US draft', 'L.11', 'A/RES/ES-11/8'],
  sc_2774: ['2774', 'resolution 2774', 'the Security Council resolution', 'S/RES/2774'],
};

function typo(word: string, r: () => number): string {
  if (word.length < 6) return word;
  const i = 1 + Math.floor(r() * (word.length - 3));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

function questions(k: Knowledge): Labelled[] {
  const r = rng(42);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: Labelled[] = [];
  const templates = [
    'How did {c} vote on {v}?',
    'what was the position of {c} on {v}',
    '{c} on {v}?',
    'did {c} support {v}',
  ];
  while (out.length < N) {
    const roll = r();
    if (roll < 0.6) {
      const voteId = pick(Object.keys(VOTE_PHRASES));
      const vote = k.voteById.get(voteId)!;
      const country = pick([...vote.positions.keys()]);
      const member = k.memberByName.get(country)!;
      // Not a part of a member ("Scotland"): the router says it cast no vote of its own (part-of.ts).
      let name = pick([country, ...member.aliases.filter((a) => a.length > 3 && !PARTS.has(a))]);
      if (r() < 0.15) name = typo(name, r);
      const q = pick(templates).replace('{c}', name).replace('{v}', pick(VOTE_PHRASES[voteId]!));
      out.push({ q, vote: vote.symbol, country, position: vote.positions.get(country)! });
    } else if (roll < 0.8) {
      const voteId = pick(Object.keys(VOTE_PHRASES));
      out.push({
        q: `What was the tally on ${pick(VOTE_PHRASES[voteId]!)}?`,
        tally: k.voteById.get(voteId)!.symbol,
      });
    } else {
      out.push({
        q: pick([
          'What did Dorothy Shea say?',
          'who abstained on 2774',
          'is this binding?',
          'help',
          'What is the capital of France?',
          'Which amendments did Russia veto?',
          'why did the US abstain on its own draft',
          'How did Atlantis vote?',
          'which european countries voted against ES-11/7',
          '@everyone how did Hungary vote?',
        ]),
      });
    }
  }
  return out;
}

/** The node flags `npm start` gives the bot (those before `--import tsx`), and whether this process has them. */
function productionFlags(): { flags: string[]; same: boolean } {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = (pkg.scripts.start ?? '').split(/\s+/);
  const flags = words.slice(1, words.indexOf('--import')).filter((w) => w.startsWith('--'));
  return { flags, same: flags.every((f) => process.execArgv.includes(f)) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function main() {
  const t0 = performance.now();
  const k = loadKnowledge();
  // The router's own work: its answer cache off, or repeated generated questions would be lookups.
  const router = createRouter(k, { answerCache: false });
  const startupMs = performance.now() - t0;

  const qs = questions(k);
  for (const l of qs.slice(0, 200)) router.ask(l.q); // warm-up
  let peakRss = process.memoryUsage().rss;
  const latencies: number[] = [];
  const foreign: number[] = [];
  let routerRight = 0;
  let labelled = 0;
  const tStart = performance.now();
  for (const [i, l] of qs.entries()) {
    const s = performance.now();
    const a = router.ask(l.q);
    latencies.push(performance.now() - s);
    if (l.position) {
      labelled += 1;
      if (a.positions.some((p) => p.vote === l.vote && p.country === l.country && p.position === l.position))
        routerRight += 1;
    } else if (l.tally) {
      labelled += 1;
      if (a.tallies.some((t) => t.vote === l.tally)) routerRight += 1;
    }
    if (i % 4 === 3) {
      const q = OTHER_LANGUAGES[Math.floor(i / 4) % OTHER_LANGUAGES.length]!;
      const s2 = performance.now();
      router.ask(q);
      const ms = performance.now() - s2;
      latencies.push(ms);
      foreign.push(ms);
    }
    if (i % 500 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const totalMs = performance.now() - tStart;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);

  // Naive baseline: one fuse.js search over every fact text, including one sentence per recorded position.
  const texts: { text: string; vote?: string; country?: string; position?: string; tally?: string }[] = [
    ...k.facts.map((f) => ({ text: f.statement })),
    ...k.quotes.map((q) => ({ text: `${q.speaker}: ${q.text}` })),
  ];
  for (const v of k.votes) {
    if (v.tally)
      texts.push({ text: `Tally on ${v.symbol} ${v.title}: ${JSON.stringify(v.tally)}`, tally: v.symbol });
    for (const [c, p] of v.positions)
      texts.push({
        text: `${c} voted ${POSITION_LABEL[p]} on ${v.symbol} ${v.title}`,
        vote: v.symbol,
        country: c,
        position: p,
      });
  }
  const fuse = new Fuse(texts, { keys: ['text'], ignoreLocation: true, threshold: 0.6 });
  let baselineRight = 0;
  const tb = performance.now();
  for (const l of qs.filter((x) => x.position || x.tally).slice(0, 2000)) {
    const top = fuse.search(l.q, { limit: 1 })[0]?.item;
    if (l.position && top?.vote === l.vote && top?.country === l.country && top?.position === l.position)
      baselineRight += 1;
    if (l.tally && top?.tally === l.tally) baselineRight += 1;
  }
  const baselineMs = (performance.now() - tb) / 2000;

  latencies.sort((a, b) => a - b);
  foreign.sort((a, b) => a - b);
  const detections: number[] = [];
  for (const q of [...qs.slice(0, 2000).map((l) => l.q), ...OTHER_LANGUAGES]) {
    const s = performance.now();
    detectLanguage(q);
    detections.push(performance.now() - s);
  }
  detections.sort((a, b) => a - b);
  const fmt = (n: number) => n.toFixed(3);

  // The retrieval step on its own: one BM25 search over every knowledge item per question.
  const index = retrievalIndex(k);
  const searches: number[] = [];
  for (const l of qs.slice(0, 5000)) {
    const s = performance.now();
    index.search(l.q);
    searches.push(performance.now() - s);
  }
  searches.sort((a, b) => a - b);
  const at = (xs: number[], q: number) => xs[Math.floor(q * (xs.length - 1))] ?? 0;
  console.log(
    `Plenary router benchmark: ${latencies.length} mixed questions (${foreign.length} in the seven other languages), one process`,
  );
  console.log(`  start-up (load + index)  ${startupMs.toFixed(1)} ms   (target < 300 ms)`);
  console.log(`  throughput               ${Math.round((qs.length / totalMs) * 1000)} questions/s`);
  console.log(
    `  latency p50 / p99 / max  ${fmt(percentile(latencies, 50))} / ${fmt(percentile(latencies, 99))} / ${fmt(latencies.at(-1)!)} ms   (target p99 < 2 ms)`,
  );
  console.log(
    `  other languages          p50 ${fmt(percentile(foreign, 50))} / p99 ${fmt(percentile(foreign, 99))} ms (pre-pass, routing and localising)`,
  );
  console.log(
    `  language detection       p50 ${fmt(percentile(detections, 50))} / p99 ${fmt(percentile(detections, 99))} ms per question`,
  );
  console.log(
    `  retrieval step           p50 ${fmt(at(searches, 0.5))} / p99 ${fmt(at(searches, 0.99))} ms per search (5,000 questions)`,
  );
  const node = productionFlags();
  console.log(
    `  peak RSS                 ${(peakRss / 2 ** 20).toFixed(1)} MB   (target < 150 MB; ${
      node.same
        ? `${['node', ...node.flags, '--import tsx'].join(' ')}, as npm start runs the bot`
        : `NOT run with npm start's node flags (${node.flags.join(' ')}): not the production figure`
    })`,
  );
  console.log(`  accuracy on ${labelled} labelled questions (positions and tallies):`);
  console.log(`    router                 ${((100 * routerRight) / labelled).toFixed(1)}%`);
  console.log(
    `    naive fuse.js baseline ${((100 * baselineRight) / 2000).toFixed(1)}%  (first 2,000; ${fmt(baselineMs)} ms per search)`,
  );
}

main();
