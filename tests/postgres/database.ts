/** A fresh database per test file (or per test) on the shared test server, so files never see each other's rows. */
import pg from 'pg';
import { inject } from 'vitest';

let counter = 0;

/** Creates an empty database on the server at `adminUrl` (default: the shared one) and returns its URL. */
export async function freshDatabase(adminUrl: string = inject('postgresUrl')): Promise<string> {
  const name = `plenary_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
