/**
 * Reads a request body with limits, so that nobody can make the process buffer more than it allows: a declared
 * Content-Length over `maxBytes` is refused before a byte is read; a streamed body is counted as it arrives and
 * refused the moment it passes `maxBytes`; and all bodies being read at once share one budget. A refused body is
 * drained and dropped (never kept) while the caller answers 413 or 503.
 */
import type { IncomingMessage } from 'node:http';

export type BodyResult = { ok: true; raw: Buffer } | { ok: false; status: 413 | 503 | 400 };

export interface BodyBudget {
  /** Bytes currently held by bodies being read. */
  held: number;
  readonly maxHeld: number;
}

export function createBodyBudget(maxHeld: number): BodyBudget {
  return { held: 0, maxHeld };
}

export function readBody(req: IncomingMessage, maxBytes: number, budget: BodyBudget): Promise<BodyResult> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && (!/^\d+$/.test(declared) || Number(declared) > maxBytes))
    return Promise.resolve({ ok: false, status: /^\d+$/.test(declared) ? 413 : 400 });
  return new Promise((resolve) => new BodyReader(req, maxBytes, budget, resolve));
}

/**
 * One body being read. A class whose listeners are arrows made in its constructor, not named closures (under tsx
 * each named closure is renamed with Object.defineProperty as it is made, once per request here).
 */
class BodyReader {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private done = false;

  constructor(
    req: IncomingMessage,
    private readonly maxBytes: number,
    private readonly budget: BodyBudget,
    private readonly resolve: (result: BodyResult) => void,
  ) {
    req.on('data', (chunk: Buffer) => this.take(chunk));
    req.on('end', () => this.finish({ ok: true, raw: Buffer.concat(this.chunks, this.size) }));
    req.on('error', () => this.finish({ ok: false, status: 400 }));
    req.on('close', () => this.finish({ ok: false, status: 400 }));
  }

  private take(chunk: Buffer): void {
    if (this.done) return;
    if (this.size + chunk.length > this.maxBytes) this.finish({ ok: false, status: 413 });
    else if (this.budget.held + chunk.length > this.budget.maxHeld) this.finish({ ok: false, status: 503 });
    else this.keep(chunk);
  }

  private keep(chunk: Buffer): void {
    this.size += chunk.length;
    this.budget.held += chunk.length;
    this.chunks.push(chunk);
  }

  private finish(result: BodyResult): void {
    if (this.done) return;
    this.done = true;
    this.budget.held -= this.size;
    if (!result.ok) this.chunks.length = 0; // the rest of the body is read and dropped
    this.resolve(result);
  }
}
