/**
 * The load generator of `npm run bench:roundtrip`: `concurrency` workers on keep-alive connections send prepared
 * requests one after another, each timed from the first byte sent to its answer: the HTTP response, or for a
 * request that `awaits` a path (a Slack response_url), the later of the two.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { PreparedRequest } from './roundtrip-targets.ts';

export interface LoadResult {
  p50: number;
  p99: number;
  perSecond: number;
  errors: number;
  /** Average size of the answer: the HTTP body, or the awaited post's body. */
  answerBytes: number;
  generatorCpuMsPerRequest: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/**
 * `waitFor` maps an awaited path to its resolver; the caller's sink calls it with the posted body's size.
 * A request without an answer within 10 s counts as an error.
 */
export async function runLoad(
  url: string,
  requests: PreparedRequest[],
  concurrency: number,
  waitFor: Map<string, (bytes: number) => void>,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  const times: number[] = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;

  const post = (r: PreparedRequest) =>
    new Promise<{ status: number; size: number }>((resolve, reject) => {
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: { ...r.headers, 'content-length': String(Buffer.byteLength(r.body)) },
        },
        (res) => {
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, size }));
        },
      );
      req.on('error', reject);
      req.end(r.body);
    });

  const one = async (r: PreparedRequest) => {
    let timer: NodeJS.Timeout | undefined;
    const awaited =
      r.awaits === undefined
        ? undefined
        : new Promise<number>((resolve) => {
            timer = setTimeout(() => resolve(-1), 10_000);
            waitFor.set(r.awaits!, resolve);
          });
    const t0 = performance.now();
    try {
      const res = await post(r);
      const size = awaited ? await awaited : res.size;
      if (res.status !== 200 || size < 0) errors++;
      else {
        times.push(performance.now() - t0);
        bytes += size;
      }
    } catch {
      errors++;
    } finally {
      clearTimeout(timer);
      if (r.awaits !== undefined) waitFor.delete(r.awaits);
    }
  };

  const cpu0 = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) await one(requests[next++]!);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  agent.destroy();
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    perSecond: times.length / seconds,
    errors,
    answerBytes: times.length ? bytes / times.length : Number.NaN,
    generatorCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / requests.length,
  };
}
