/**
 * Just enough of Dockerfile and .dockerignore syntax to rehearse an image without Docker: the final stage's
 * ENV, USER, VOLUME, WORKDIR, COPY, RUN, CMD and HEALTHCHECK, and which build-context paths a `COPY` leaves out.
 * Not supported: ARG substitution, globs in COPY sources, heredocs (a source written so is not found, and the
 * container test fails rather than guesses).
 */
import { posix } from 'node:path';

export interface CopyLine {
  sources: string[];
  /** As written; relative to the WORKDIR in force at that line unless absolute. */
  dest: string;
  /** The absolute WORKDIR in force at that line. */
  workdir: string;
  /** The stage or image of `--from=`, if any. */
  from: string | undefined;
}

export interface FinalStage {
  /** The base image of the last FROM. */
  image: string;
  env: Record<string, string>;
  /** The last USER, if any (the image then runs as root). */
  user: string | undefined;
  volumes: string[];
  /** The last WORKDIR, absolute ('/' when none). */
  workdir: string;
  copies: CopyLine[];
  runs: string[];
  /** The exec (JSON) form of the last CMD; a shell-form CMD is `{ shell: … }`. */
  cmd: Command | undefined;
  /** The command of the last HEALTHCHECK (its options dropped); undefined for none or `HEALTHCHECK NONE`. */
  healthcheck: Command | undefined;
}

export type Command = string[] | { shell: string };

const command = (args: string): Command =>
  args.startsWith('[') ? (JSON.parse(args) as string[]) : { shell: args };

/** Logical lines (continuations joined, comments and blank lines dropped) as [INSTRUCTION, arguments]. */
function instructions(text: string): [string, string][] {
  const out: [string, string][] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || (line === '' && pending === '')) continue;
    pending += ` ${line.endsWith('\\') ? line.slice(0, -1) : line}`;
    if (line.endsWith('\\')) continue;
    const m = /^\s*(\S+)\s*(.*)$/.exec(pending);
    if (m) out.push([m[1]!.toUpperCase(), m[2]!.trim()]);
    pending = '';
  }
  return out;
}

/** Whitespace-separated words, quotes removed (ENV values, COPY and VOLUME arguments). */
function words(args: string): string[] {
  if (args.startsWith('[')) return JSON.parse(args) as string[];
  return [...args.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** `ENV K=V K2="V 2"`, or the legacy `ENV K the rest of the line`. */
function parseEnv(args: string): Record<string, string> {
  const first = /^\S+/.exec(args)?.[0] ?? '';
  if (!first.includes('=')) return { [first]: args.slice(first.length).trim() };
  const pairs = args.matchAll(/([^\s=]+)=(?:"([^"]*)"|'([^']*)'|(\S*))/g);
  return Object.fromEntries([...pairs].map((m) => [m[1]!, m[2] ?? m[3] ?? m[4] ?? '']));
}

function parseCopy(args: string, workdir: string): CopyLine {
  const all = words(args);
  const flags = all.filter((w) => w.startsWith('--'));
  const paths = all.filter((w) => !w.startsWith('--'));
  const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
  return { sources: paths.slice(0, -1), dest: paths.at(-1) ?? '', workdir, from };
}

export function parseDockerfile(text: string): FinalStage {
  const all = instructions(text);
  const lastFrom = all.map(([i]) => i).lastIndexOf('FROM');
  if (lastFrom === -1) throw new Error('Dockerfile: no FROM');
  const stage: FinalStage = {
    image: words(all[lastFrom]![1])[0] ?? '',
    env: {},
    user: undefined,
    volumes: [],
    workdir: '/',
    copies: [],
    runs: [],
    cmd: undefined,
    healthcheck: undefined,
  };
  for (const [instruction, args] of all.slice(lastFrom + 1)) {
    if (instruction === 'ENV') Object.assign(stage.env, parseEnv(args));
    else if (instruction === 'USER') stage.user = args;
    else if (instruction === 'VOLUME') stage.volumes.push(...words(args));
    else if (instruction === 'WORKDIR') stage.workdir = posix.resolve(stage.workdir, args);
    else if (instruction === 'COPY') stage.copies.push(parseCopy(args, stage.workdir));
    else if (instruction === 'RUN') stage.runs.push(args);
    else if (instruction === 'CMD') stage.cmd = command(args);
    else if (instruction === 'HEALTHCHECK') {
      const check = /^(?:--\S+\s+)*CMD\s+(.*)$/.exec(args)?.[1];
      stage.healthcheck = check === undefined ? undefined : command(check);
    }
  }
  return stage;
}

/** A .dockerignore pattern as a regular expression over slash-separated context paths. */
function patternRegex(pattern: string): RegExp {
  const clean = posix.normalize(pattern).replace(/^\/+|\/+$/g, '');
  const body = clean
    .split(/(\*\*\/?|\*|\?)/)
    .map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      if (part === '?') return '[^/]';
      return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${body}$`);
}

/**
 * `(path) => true` when the build context leaves `path` out: the last pattern matching it or one of its parent
 * folders decides, `!pattern` putting it back (as Docker's pattern matcher does).
 */
export function dockerignore(text: string): (path: string) => boolean {
  const rules = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => ({ keep: l.startsWith('!'), re: patternRegex(l.replace(/^!/, '')) }));
  return (path) => {
    const parts = path.split('/');
    const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    let ignored = false;
    for (const r of rules) if (prefixes.some((p) => r.re.test(p))) ignored = !r.keep;
    return ignored;
  };
}
