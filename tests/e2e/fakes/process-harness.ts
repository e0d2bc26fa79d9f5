/**
 * A Plenary process spawned with a clean environment and watched from the outside, the way an operator sees it:
 * its output, its exit, the ports it logs, and plain HTTP GETs. Shared by the process and container e2e files.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';

/** Every variable Plenary reads that a developer's shell could leak in; blank unless a test sets it. */
const PLATFORM_VARS = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'SLACK_API_URL',
  'SLACK_CLIENT_ID',
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
  'SLACK_TOKEN_KEY',
  'SLACK_REDIRECT_URI',
  'DISCORD_TOKEN',
  'DISCORD_APPLICATION_ID',
  'DISCORD_GUILD_ID',
  'DISCORD_API_URL',
  'HEALTH_PORT',
];

/** PATH and HOME from this process, every platform variable blank, then `vars`. */
export function cleanEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...Object.fromEntries(PLATFORM_VARS.map((k) => [k, ''])),
    ...vars,
  };
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** performance.now() when it exited. */
  at: number;
}

export interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<Exit>;
}

export interface SpawnOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Written to stdin, which is then closed; stdin stays open without it. */
  input?: string | undefined;
}

export function spawnRun(command: string, args: string[], opts: SpawnOptions): Run {
  const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: 'pipe' });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    err += c.toString();
  });
  if (opts.input !== undefined) child.stdin?.end(opts.input);
  const exited = new Promise<Exit>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Sends SIGTERM and resolves on exit with the exit code and how long the process took to stop. */
export async function sigterm(run: Run): Promise<{ code: number | null; afterMs: number }> {
  const sent = performance.now();
  run.child.kill('SIGTERM');
  const { code, at } = await run.exited;
  return { code, afterMs: at - sent };
}

/** SIGKILLs the children still running (a failed test's leftovers). */
export function killRunning(children: Iterable<ChildProcess>): void {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}

export async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 8_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function get(port: number, path: string) {
  return new Promise<{ code: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => {
        body += c.toString();
      });
      res.on('end', () => resolve({ code: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A probe for `waitFor`: the port in the first JSON log line matching `pattern` (its group 1). */
const loggedPort = (pattern: RegExp) => (run: Run) => () => {
  const m = pattern.exec(run.stderr());
  return m ? Number(m[1]) : undefined;
};

export const healthPort = loggedPort(/"port":(\d+),"msg":"health server listening/);
export const slackPort = loggedPort(/"port":(\d+),"path":"\/slack\/events","msg":"Slack adapter listening/);
