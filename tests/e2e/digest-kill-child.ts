/**
 * Child process for digest-kill.e2e.test.ts: one digest run on a shared database with a slow publisher that
 * appends each post to a file. Prints the run's report as JSON when it finishes (if it is not killed first).
 */
import { appendFileSync } from 'node:fs';
import { createDigestScheduler } from '../../src/digest/scheduler.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';

const [path, postsFile, iso, staleMs, postMs, owner] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
  string,
];
const store = openSqliteStore(path);
const scheduler = createDigestScheduler({
  store,
  knowledge: loadKnowledge(),
  publishers: {
    slack: {
      async publish(sub, digest) {
        await new Promise((resolve) => setTimeout(resolve, Number(postMs)));
        appendFileSync(postsFile, `${sub.channelId} ${digest.date} ${owner}\n`);
      },
    },
  },
  clock: { now: () => new Date(iso) },
  sleep: async () => {},
  owner,
  concurrency: 3,
  staleClaimMs: Number(staleMs),
});
const report = await scheduler.tick();
store.close();
process.stdout.write(JSON.stringify(report));
