/**
 * Slack request signatures, checked on the raw bytes before anything parses them:
 * `x-slack-signature` = v0=HMAC-SHA256(signing secret, "v0:<x-slack-request-timestamp>:<raw body>").
 * Timestamps more than five minutes away from our clock, in the past or in the future, are refused, so a
 * captured request cannot be replayed later (and within the window, replay-guard.ts answers it once).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The window Slack documents for x-slack-request-timestamp, either side of now. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export type HeaderCheck =
  | { ok: true; timestamp: number; signature: string }
  | { ok: false; reason: 'missing_headers' | 'bad_timestamp' | 'stale_timestamp' | 'future_timestamp' };

const one = (v: string | string[] | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

/** What can be checked before the body is read: both headers present, a v0 signature, a timestamp in the window. */
export function checkHeaders(
  headers: Record<string, string | string[] | undefined>,
  nowMs: number,
): HeaderCheck {
  const signature = one(headers['x-slack-signature']);
  const ts = one(headers['x-slack-request-timestamp']);
  if (signature === undefined || ts === undefined || !/^v0=[0-9a-f]{64}$/.test(signature))
    return { ok: false, reason: 'missing_headers' };
  if (!/^\d{1,12}$/.test(ts)) return { ok: false, reason: 'bad_timestamp' };
  const timestamp = Number(ts);
  const now = Math.floor(nowMs / 1000);
  if (timestamp < now - MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: 'stale_timestamp' };
  if (timestamp > now + MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: 'future_timestamp' };
  return { ok: true, timestamp, signature };
}

/** True when `signature` is the v0 HMAC of these exact bytes; constant-time comparison. */
export function signatureMatches(secret: string, timestamp: number, raw: Buffer, signature: string): boolean {
  const hmac = createHmac('sha256', secret);
  hmac.update(`v0:${timestamp}:`);
  hmac.update(raw);
  const ours = Buffer.from(`v0=${hmac.digest('hex')}`);
  const theirs = Buffer.from(signature);
  return ours.length === theirs.length && timingSafeEqual(ours, theirs);
}
