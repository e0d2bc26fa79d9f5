/**
 * Child process for digest-kill.e2e.test.ts: one digest run on a shared database with a slow publisher that
 * appends each post to a file. Prints the run's report as JSON when it finishes (if it is not killed first).
 *
 * argv: database, posts file, clock ISO time, stale-claim ms ('default' for the scheduler's lease), post ms,
 * owner, concurrency ('default' for DEFAULT_MAX_IN_FLIGHT), and when the platform "accepts" a post: 'end' (the
 * post is written when the call returns) or 'start' (written when the call begins, then the reply is slow: the
 * worst case, where every post in flight at a crash has already reached the channel).
 */
import { appendFileSync } from 'node:fs';
import { createDigestScheduler } from '../../src/digest/scheduler.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';

const [path, postsFile, iso, staleMs, postMs, owner, concurrency = '3', accept = 'end'] = process.argv.slice(
  2,
) as [string, string, string, string, string, string, string?, string?];
const store = openSqliteStore(path);
const wait = () => new Promise((resolve) => setTimeout(resolve, Number(postMs)));
const scheduler = createDigestScheduler({
  store,
  knowledge: loadKnowledge(),
  publishers: {
    slack: {
      async publish(sub, digest) {
        const line = `${sub.channelId} ${digest.date} ${owner}\n`;
        if (accept === 'start') appendFileSync(postsFile, line);
        await wait();
        if (accept === 'end') appendFileSync(postsFile, line);
      },
    },
  },
  clock: { now: () => new Date(iso) },
  sleep: async () => {},
  owner,
  ...(concurrency === 'default' ? {} : { concurrency: Number(concurrency) }),
  ...(staleMs === 'default' ? {} : { staleClaimMs: Number(staleMs) }),
});
const report = await scheduler.tick();
store.close();
process.stdout.write(JSON.stringify(report));
