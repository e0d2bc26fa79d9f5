/**
 * Raw HTTP for attack tests: a POST that streams a large body in chunks and stops sending as soon as the server
 * answers (so a 413 costs the test little), and a trap server that records any request it gets (a stand-in for
 * a cloud metadata address that must never be called).
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StreamedPost {
  url: string;
  headers: Record<string, string>;
  /** Bytes in all, sent in 64 KB chunks. */
  bytes: number;
  /** Declare the length up front (Content-Length) or stream it chunked. */
  declareLength: boolean;
}

/** Resolves with the status, or 0 when the connection was reset before any answer. */
export function streamedPost(p: StreamedPost): Promise<number> {
  return new Promise((resolve) => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const headers = { ...p.headers, ...(p.declareLength ? { 'content-length': String(p.bytes) } : {}) };
    let answered = false;
    const req = request(p.url, { method: 'POST', headers, agent: false }, (res) => {
      answered = true;
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', () => {
      if (!answered) resolve(0);
    });
    let sent = 0;
    const pump = () => {
      while (!answered && sent < p.bytes) {
        const n = Math.min(chunk.length, p.bytes - sent);
        sent += n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n)))
          return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

export interface Trap {
  url: (path: string) => string;
  hits: string[];
  close(): Promise<void>;
}

/** A server on `host` that answers 200 and records every request it receives. */
export async function startTrap(host: string): Promise<Trap> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://${host}:${port}${path}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Resident set size of a process, in MB, from /proc (Linux). */
export async function rssMb(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return Number(kb) / 1024;
}
