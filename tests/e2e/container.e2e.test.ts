/**
 * The container image rehearsed without Docker. The Dockerfile's final stage is checked for what operators rely
 * on (a non-root user, the database on a volume, `node` itself receiving SIGTERM); then its /app is built in a
 * temp folder (production dependencies only, exactly the COPY'd sources) and its CMD runs there with its ENV
 * against a fake Slack. Not rehearsed: the base image and its Node, apt, `npm ci` from the registry, ownership.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerignore, parseDockerfile } from './fakes/dockerfile.ts';
import { type FakeSlack, type RecordedCall, startFakeSlack } from './fakes/fake-slack.ts';
import { type RehearsedImage, rehearseImage } from './fakes/image-rehearsal.ts';
import {
  cleanEnv,
  get,
  healthPort,
  killRunning,
  type Run,
  sigterm,
  slackPort,
  spawnRun,
  waitFor,
} from './fakes/process-harness.ts';
import { SIGNING_SECRET, send, slashCommand } from './fakes/slack-requests.ts';

const root = join(import.meta.dirname, '..', '..');
const stage = parseDockerfile(readFileSync(join(root, 'Dockerfile'), 'utf8'));
const ignored = dockerignore(readFileSync(join(root, '.dockerignore'), 'utf8'));
const cmd = Array.isArray(stage.cmd) ? stage.cmd : [];
const databasePath = stage.env.DATABASE_PATH ?? '';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The script a `node …` command runs: its first argument that is neither an option nor an option's value. */
function entryOf(args: string[]): string | undefined {
  const takesValue = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);
  for (let i = 1; i < args.length; i++) {
    if (takesValue.has(args[i]!)) i++;
    else if (!args[i]!.startsWith('-')) return args[i];
  }
  return undefined;
}

describe('the Dockerfile', () => {
  it('given its final stage, it runs as a non-root user with DATABASE_PATH on a volume that user owns', () => {
    const user = stage.user?.split(':')[0];
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    const dataDir = posix.dirname(databasePath);
    expect(stage.volumes).toContain(dataDir);
    // A new named volume takes the owner of the image's folder: without the chown the user cannot write to it.
    expect(stage.runs.some((r) => new RegExp(`chown (-R )?${user}(:\\S+)? .*${dataDir}`).test(r))).toBe(true);
  });

  it('given its COPY lines, every source is in the build context and node_modules comes from the build stage', () => {
    const sources = stage.copies.filter((c) => c.from === undefined).flatMap((c) => c.sources);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((s) => !existsSync(join(root, s)) || ignored(s))).toEqual([]);
    const deps = stage.copies.filter((c) => c.from !== undefined);
    expect(deps.map((c) => posix.resolve(c.workdir, c.dest))).toEqual([
      posix.join(stage.workdir, 'node_modules'),
    ]);
  });

  it('given its CMD, it runs node directly (so SIGTERM reaches Plenary, not npm) on an entry file it copies', () => {
    expect(Array.isArray(stage.cmd)).toBe(true);
    expect(cmd[0]).toBe('node');
    const entry = entryOf(cmd);
    expect(entry).toBeDefined();
    expect(existsSync(join(root, entry!))).toBe(true);
  });
});

/** Every path under `dir` but the volumes, with its size and modification time. */
function snapshot(dir: string, skip: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, rel);
    if (skip.some((s) => path === s || path.startsWith(`${s}/`))) continue;
    const st = lstatSync(path);
    out.set(rel, `${st.size}@${st.mtimeMs}`);
  }
  return out;
}

const changes = (before: Map<string, string>, after: Map<string, string>) =>
  [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));

/** The hidden lockfile is the one file in node_modules npm writes to: the rehearsal must not reach the repo's. */
const repoLockStamp = () => {
  const st = lstatSync(join(root, 'node_modules', '.package-lock.json'), { throwIfNoEntry: false });
  return st ? `${st.ino}:${st.size}@${st.mtimeMs}` : 'none';
};

describe('the image rehearsed without Docker: production dependencies, the COPY sources, its CMD and ENV', () => {
  let dir: string;
  let image: RehearsedImage;
  let slack: FakeSlack;
  let run: Run;
  let before: Map<string, string>;
  let lockStamp: string;
  let env: NodeJS.ProcessEnv;
  const children = new Set<ChildProcess>();
  const volumes = () => stage.volumes.map((v) => image.hostPath(v));

  /** `probe` until it answers, failing with the process's output as soon as it exits. */
  const whileRunning = <T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs?: number) =>
    waitFor(() => {
      if (run.child.exitCode !== null) throw new Error(`exited ${run.child.exitCode}:\n${run.stderr()}`);
      return probe();
    }, timeoutMs);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plenary-container-'));
    lockStamp = repoLockStamp();
    image = await rehearseImage(root, stage, dir);
    before = snapshot(image.app, volumes());
    slack = await startFakeSlack();
    const home = join(dir, 'home'); // the image user's empty home
    mkdirSync(home);
    env = cleanEnv({
      HOME: home,
      ...stage.env,
      DATABASE_PATH: image.hostPath(databasePath),
      NODE_ENV: 'production',
      SLACK_BOT_TOKEN: 'xoxb-container-rehearsal',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      SLACK_PORT: '0',
      HEALTH_PORT: '0',
    });
    run = spawnRun(process.execPath, cmd.slice(1), { cwd: image.app, env });
    children.add(run.child);
    await whileRunning(slackPort(run), 10_000);
  });

  afterAll(async () => {
    killRunning(children);
    await slack?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('given npm prune --omit=dev, the runtime dependencies stay, dev ones go, and the repo is untouched', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, object>;
    const missing = Object.keys(pkg.dependencies ?? {}).filter(
      (d) => !existsSync(join(image.app, 'node_modules', d)),
    );
    expect(missing).toEqual([]);
    expect(existsSync(join(image.app, 'node_modules', 'vitest'))).toBe(false);
    expect(existsSync(join(image.app, 'tests'))).toBe(false);
    expect(repoLockStamp()).toBe(lockStamp);
  });

  it('given the app started, /healthz answers 200 with Slack up, and so does the HEALTHCHECK command', async () => {
    const port = await whileRunning(healthPort(run));
    const health = await get(port, '/healthz');
    expect(health.code).toBe(200);
    expect(JSON.parse(health.body).adapters).toMatchObject({ slack: 'up' });
    // Docker runs the HEALTHCHECK inside the container, with the container's environment.
    const check = Array.isArray(stage.healthcheck) ? stage.healthcheck : [];
    expect(check[0]).toBe('node');
    const probe = spawnRun(process.execPath, check.slice(1), {
      cwd: image.app,
      env: { ...env, HEALTH_PORT: String(port) },
    });
    children.add(probe.child);
    expect((await probe.exited).code).toBe(0);
  });

  const toResponse = (id: string) => (c: RecordedCall) =>
    c.method === 'response_url' && c.path === `/response/${id}`;
  const eventsUrl = async () => `http://127.0.0.1:${await whileRunning(slackPort(run))}/slack/events`;

  it('given a signed /votes how did France vote?, the answer reaches the response_url', async () => {
    const res = await send(await eventsUrl(), slashCommand('how did France vote?', slack.responseUrl('fr')));
    expect(res.status).toBe(200);
    const answer = await slack.waitFor(toResponse('fr'), 8_000);
    expect(String(answer.body.text)).toContain('France');
  });

  it('given /votes map ES-11/7, the PNG map is uploaded (chart fonts and the world atlas are installed)', async () => {
    const req = slashCommand('map ES-11/7', slack.responseUrl('map'), { channel_id: 'C0MAP' });
    await send(await eventsUrl(), req);
    // Without a picture the answer would stay private (ephemeral): in_channel means the map was drawn.
    const text = await slack.waitFor(toResponse('map'), 8_000);
    expect(text.body.response_type, run.stderr()).toBe('in_channel');
    const upload = await whileRunning(() => slack.uploads.find((u) => u.channel === 'C0MAP'), 10_000);
    expect(upload.filename).toBe('A-RES-ES-11-7.png');
    expect(upload.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(upload.bytes.length).toBeGreaterThan(10_000);
  });

  it('given SIGTERM, it exits 0 within 5 s, the database is on the volume and nothing else in /app changed', async () => {
    const { code, afterMs } = await sigterm(run);
    expect(code).toBe(0);
    expect(afterMs).toBeLessThan(5_000);
    expect(run.stderr()).not.toMatch(/"level":(50|60)/);
    expect(existsSync(image.hostPath(databasePath))).toBe(true);
    // In the image /app belongs to root: the user can write to the volume only.
    expect(changes(before, snapshot(image.app, volumes()))).toEqual([]);
  });
});
