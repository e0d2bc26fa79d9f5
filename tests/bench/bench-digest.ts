/**
 * `npm run bench:digest`: time to plan and hand 10,000 due digests to a publisher that does nothing, on a
 * temporary SQLite file (WAL), with pacing off so the numbers measure our own work. Also reports the longest
 * event-loop stall during the run (how long a question's answer could wait) and what the default pacing implies.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_PACING, UNLIMITED_PACING } from '../../src/digest/pacer.ts';
import { createDigestScheduler } from '../../src/digest/scheduler.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';

const N = Number(process.argv[2] ?? 10_000);
const ZONES = ['UTC', 'Europe/Kyiv', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney'];

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-bench-'));
  try {
    const knowledge = loadKnowledge();
    const store = openSqliteStore(join(dir, 'bench.db'));
    const created = new Date('2026-05-01T00:00:00Z');
    let t = performance.now();
    for (let i = 0; i < N; i++)
      await store.subscribe(
        {
          platform: i % 2 === 0 ? 'slack' : 'discord',
          channelId: `C${i}`,
          workspaceId: `W${i % 50}`,
          time: '00:00',
          timeZone: ZONES[i % ZONES.length]!,
          createdBy: 'bench',
        },
        created,
      );
    const insertMs = performance.now() - t;
    const now = new Date('2026-05-02T15:00:00Z');

    t = performance.now();
    const due = await store.listDue(now);
    const listMs = performance.now() - t;

    let handed = 0;
    const publisher = { publish: async () => void handed++ };
    const scheduler = createDigestScheduler({
      store,
      knowledge,
      publishers: { slack: publisher, discord: publisher },
      clock: { now: () => now },
      pacing: { slack: UNLIMITED_PACING, discord: UNLIMITED_PACING },
      concurrency: 32,
    });
    let maxStall = 0;
    let last = performance.now();
    const probe = setInterval(() => {
      const at = performance.now();
      maxStall = Math.max(maxStall, at - last);
      last = at;
    }, 1);
    const heapBefore = process.memoryUsage().heapUsed;
    t = performance.now();
    const report = await scheduler.tick();
    const runMs = performance.now() - t;
    clearInterval(probe);
    const heapAfter = process.memoryUsage().heapUsed;
    store.close();

    const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
    console.log(`digest bench: ${N} subscriptions in ${ZONES.length} time zones, temp-file SQLite (WAL)`);
    console.log(`  subscribe ${N}:             ${fmt(insertMs)}`);
    console.log(`  listDue (plan):             ${fmt(listMs)} -> ${due.length} due`);
    console.log(
      `  tick (claim+build+hand):    ${fmt(runMs)} -> ${handed} handed, ${report.sent} marked sent`,
    );
    console.log(`  throughput:                 ${Math.round((handed / runMs) * 1000)} digests/s`);
    console.log(`  longest event-loop stall:   ${fmt(maxStall)} (probe every 1 ms)`);
    console.log(`  heap delta:                 ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB`);
    const slack = DEFAULT_PACING.slack!;
    const discord = DEFAULT_PACING.discord!;
    console.log(
      `  with default pacing, ${N / 2} Slack + ${N / 2} Discord posts take about ` +
        `${Math.ceil(N / 2 / slack.perSecond)} s and ${Math.ceil(N / 2 / discord.perSecond)} s (in parallel)`,
    );
    if (handed !== N || report.sent !== N) {
      console.error(`expected ${N} deliveries, got ${handed}`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
