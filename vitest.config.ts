import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const jsonReport = process.env.PLENARY_VITEST_JSON;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One real Postgres server on 127.0.0.1 for the Postgres tests (tests/postgres/).
    globalSetup: ['tests/postgres/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // vitest's default is one worker per core less one: a single worker on CI's 2 cores, where the suite spends
    // most of its time waiting on child processes, sockets and timers (about 40% CPU). Two workers there took the
    // whole run from about 4 min to under 3 min.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
