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
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
