import { describe, expect, it } from 'vitest';
import { createShutdown } from '../../../src/ops/shutdown.ts';

function recordingLog() {
  const lines: { level: string; obj: object; msg?: string | undefined }[] = [];
  const at =
    (level: string) =>
    (obj: object, msg?: string): void => {
      lines.push({ level, obj, msg });
    };
  return { lines, debug: at('debug'), warn: at('warn'), error: at('error') };
}

const resolveAfter = <T>(ms: number, value: T) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('graceful shutdown', () => {
  it('given a slow task that ends within the grace, it waits for it before closing anything', async () => {
    const log = recordingLog();
    const shutdown = createShutdown({ log, graceMs: 500 });
    const events: string[] = [];
    shutdown.track(resolveAfter(60, null).then(() => events.push('task done')));
    shutdown.onClose('db', () => events.push('db closed'));
    expect(shutdown.accepting).toBe(true);
    expect(shutdown.inFlight).toBe(1);
    const report = await shutdown.run('SIGTERM');
    expect(shutdown.accepting).toBe(false);
    expect(events).toEqual(['task done', 'db closed']);
    expect(report).toEqual({ finished: 1, abandoned: 0, failedClosers: [] });
  });

  it('given a task that outlives the grace, it is abandoned at the grace and the closers still run', async () => {
    const log = recordingLog();
    const shutdown = createShutdown({ log, graceMs: 80 });
    let timer: NodeJS.Timeout | undefined;
    shutdown.track(
      new Promise((resolve) => {
        timer = setTimeout(resolve, 10_000);
      }),
    );
    shutdown.track(resolveAfter(10, null));
    let closed = false;
    shutdown.onClose('db', () => {
      closed = true;
    });
    const started = performance.now();
    const report = await shutdown.run();
    const took = performance.now() - started;
    clearTimeout(timer);
    expect(report).toEqual({ finished: 1, abandoned: 1, failedClosers: [] });
    expect(closed).toBe(true);
    expect(took).toBeGreaterThanOrEqual(70);
    expect(took).toBeLessThan(1_000);
    expect(log.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
  });

  it('runs closers in reverse order of registration and logs each failure once, then resolves', async () => {
    const log = recordingLog();
    const shutdown = createShutdown({ log, graceMs: 50, closeTimeoutMs: 50 });
    const order: string[] = [];
    shutdown.onClose('health', () => order.push('health'));
    shutdown.onClose('db', () => {
      order.push('db');
      throw new Error('disk I/O error');
    });
    shutdown.onClose('scheduler', async () => {
      order.push('scheduler');
      await new Promise(() => {}); // never settles: counts as failed after closeTimeoutMs
    });
    shutdown.onClose('slack', async () => {
      order.push('slack');
      throw new Error('socket already closed');
    });
    const report = await shutdown.run();
    expect(order).toEqual(['slack', 'scheduler', 'db', 'health']);
    expect(report.failedClosers).toEqual(['slack', 'scheduler', 'db']);
    const errors = log.lines.filter((l) => l.level === 'error');
    expect(errors.map((e) => (e.obj as { closer: string }).closer)).toEqual(['slack', 'scheduler', 'db']);
  });

  it('given run() called twice (SIGINT then SIGTERM), it shuts down once', async () => {
    const log = recordingLog();
    const shutdown = createShutdown({ log, graceMs: 50 });
    let closes = 0;
    shutdown.onClose('db', () => {
      closes++;
    });
    const [a, b] = await Promise.all([shutdown.run('SIGINT'), shutdown.run('SIGTERM')]);
    expect(a).toBe(b);
    expect(closes).toBe(1);
    expect(log.lines.filter((l) => l.msg === 'shutting down')).toHaveLength(1);
  });

  it('given a tracked task that fails, shutdown still completes and the failure stays with its caller', async () => {
    const shutdown = createShutdown({ log: recordingLog(), graceMs: 50 });
    const failing = shutdown.track(Promise.reject(new Error('post failed')));
    await expect(failing).rejects.toThrow('post failed');
    expect(shutdown.inFlight).toBe(0);
    expect(await shutdown.run()).toEqual({ finished: 0, abandoned: 0, failedClosers: [] });
  });
});
