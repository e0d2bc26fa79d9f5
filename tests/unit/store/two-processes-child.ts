/** Child process for two-processes.test.ts: one scheduler tick on a shared database, printing what it posted. */
import { createDigestScheduler } from '../../../src/digest/scheduler.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { openSqliteStore } from '../../../src/store/sqlite-store.ts';

const [path, iso, startAt] = process.argv.slice(2) as [string, string, string];
const store = openSqliteStore(path);
const posted: string[] = [];
const scheduler = createDigestScheduler({
  store,
  knowledge: loadKnowledge(),
  publishers: { slack: { publish: async (sub) => void posted.push(sub.channelId) } },
  clock: { now: () => new Date(iso) },
  sleep: async () => {},
  pageSize: 20,
});
// Both children start their tick at the same wall-clock instant.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
await scheduler.tick();
store.close();
process.stdout.write(JSON.stringify(posted));
