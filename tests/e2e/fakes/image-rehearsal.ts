/**
 * The final stage's WORKDIR of a Dockerfile built into a host folder, without Docker: the build stage's
 * `npm ci --omit=dev` becomes hard links to the repository's node_modules pruned with `npm prune --omit=dev`
 * (offline, about a second), and each COPY copies its sources from the build context minus .dockerignore.
 * Nothing in the repository's node_modules is written: npm only unlinks there, except its hidden lockfile,
 * which is replaced by a private copy first.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { basename, join, posix, relative } from 'node:path';
import { promisify } from 'node:util';
import { dockerignore, type FinalStage } from './dockerfile.ts';

export interface RehearsedImage {
  /** The host folder standing in for the image's WORKDIR. */
  app: string;
  /** The host path of an absolute path inside the image (which must be under WORKDIR). */
  hostPath(imagePath: string): string;
}

function imagePaths(stage: FinalStage, app: string): (imagePath: string) => string {
  return (imagePath) => {
    const rel = posix.relative(stage.workdir, posix.resolve(stage.workdir, imagePath));
    if (rel.startsWith('..')) throw new Error(`${imagePath} is outside WORKDIR ${stage.workdir}`);
    return join(app, rel);
  };
}

/** Copies each COPY line's sources (without --from) as Docker would, skipping what .dockerignore leaves out. */
function copySources(context: string, stage: FinalStage, hostPath: (p: string) => string): void {
  const ignoreFile = join(context, '.dockerignore');
  const ignored = dockerignore(existsSync(ignoreFile) ? readFileSync(ignoreFile, 'utf8') : '');
  const filter = (src: string) => !ignored(relative(context, src).split('\\').join('/'));
  for (const copy of stage.copies.filter((c) => c.from === undefined)) {
    const dest = hostPath(posix.resolve(copy.workdir, copy.dest));
    const intoFolder = copy.dest.endsWith('/') || copy.sources.length > 1;
    for (const source of copy.sources) {
      const from = join(context, source);
      if (!filter(from)) continue;
      const to = intoFolder ? join(dest, basename(source)) : dest;
      cpSync(from, to, { recursive: true, filter });
    }
  }
}

/** Builds the image's WORKDIR under `into`/app; `context` is the build context (the repository). */
export async function rehearseImage(
  context: string,
  stage: FinalStage,
  into: string,
): Promise<RehearsedImage> {
  const app = join(into, 'app');
  const hostPath = imagePaths(stage, app);
  mkdirSync(app, { recursive: true });
  // The real folder: `cp -a` of a symlink would copy the link, and npm prune would then prune the repository's.
  execFileSync('cp', ['-al', realpathSync(join(context, 'node_modules')), join(app, 'node_modules')]);
  const modules = join(app, 'node_modules');
  // Tools' caches (.vite, .cache) are not in an `npm ci` install, and other processes write to them.
  for (const name of readdirSync(modules))
    if (name.startsWith('.') && name !== '.bin' && name !== '.package-lock.json')
      rmSync(join(modules, name), { recursive: true });
  // npm rewrites its hidden lockfile in place: through a hard link that would rewrite the repository's.
  const hidden = join(modules, '.package-lock.json');
  if (existsSync(hidden)) {
    rmSync(hidden);
    cpSync(join(context, 'node_modules', '.package-lock.json'), hidden);
  }
  copySources(context, stage, hostPath);
  for (const volume of stage.volumes) mkdirSync(hostPath(volume), { recursive: true });
  await promisify(execFile)('npm', ['prune', '--omit=dev', '--offline', '--no-audit', '--no-fund'], {
    cwd: app,
  });
  return { app, hostPath };
}
