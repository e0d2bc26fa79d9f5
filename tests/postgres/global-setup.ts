/**
 * vitest globalSetup: one Postgres server for every test file that needs one (each file creates its own
 * database on it, see database.ts). The server's admin URL reaches the files through `inject('postgresUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { startTestPostgres } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.destroy();
}
