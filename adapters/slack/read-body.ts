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
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      budget.held -= size;
      if (!result.ok) chunks.length = 0; // the rest of the body is read and dropped
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      if (size + chunk.length > maxBytes) return finish({ ok: false, status: 413 });
      if (budget.held + chunk.length > budget.maxHeld) return finish({ ok: false, status: 503 });
      size += chunk.length;
      budget.held += chunk.length;
      chunks.push(chunk);
    });
    req.on('end', () => finish({ ok: true, raw: Buffer.concat(chunks, size) }));
    req.on('error', () => finish({ ok: false, status: 400 }));
    req.on('close', () => finish({ ok: false, status: 400 }));
  });
}
