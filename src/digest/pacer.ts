/** Message pacing for one platform: an overall token bucket and a minimum interval per channel. */
export interface PacingOptions {
  /** Messages per second across all channels of the platform (token refill rate). */
  perSecond: number;
  /** Messages that may go at once before the rate applies. */
  burst: number;
  /** Minimum time between two messages to the same channel (ms). */
  perChannelIntervalMs: number;
}

/**
 * Slack's chat.postMessage allows about one message per second per channel with short bursts; Discord allows
 * 50 requests per second per bot overall. Both defaults stay well below, leaving room for answers to questions.
 */
export const DEFAULT_PACING: Readonly<Record<string, PacingOptions>> = {
  slack: { perSecond: 20, burst: 20, perChannelIntervalMs: 1000 },
  discord: { perSecond: 25, burst: 25, perChannelIntervalMs: 1000 },
};
export const FALLBACK_PACING: PacingOptions = { perSecond: 10, burst: 10, perChannelIntervalMs: 1000 };
export const UNLIMITED_PACING: PacingOptions = {
  perSecond: Number.POSITIVE_INFINITY,
  burst: Number.POSITIVE_INFINITY,
  perChannelIntervalMs: 0,
};

class Bucket {
  private tokens: number;
  private last: number;
  private readonly channels = new Map<string, number>();

  constructor(
    private readonly opts: PacingOptions,
    now: number,
  ) {
    this.tokens = opts.burst;
    this.last = now;
  }

  /** Reserves a slot for `channel` and returns how long to wait before using it (ms). */
  reserve(channel: string, now: number): number {
    if (this.opts.perSecond !== Number.POSITIVE_INFINITY) {
      this.tokens = Math.min(this.opts.burst, this.tokens + ((now - this.last) / 1000) * this.opts.perSecond);
      this.last = now;
    }
    this.tokens -= 1;
    const bucketWait = this.tokens >= 0 ? 0 : (-this.tokens / this.opts.perSecond) * 1000;
    if (this.opts.perChannelIntervalMs <= 0) return bucketWait;
    const at = Math.max(now + bucketWait, this.channels.get(channel) ?? 0);
    this.channels.set(channel, at + this.opts.perChannelIntervalMs);
    if (this.channels.size > 50_000) this.prune(now);
    return at - now;
  }

  private prune(now: number): void {
    for (const [channel, next] of this.channels) if (next <= now) this.channels.delete(channel);
  }
}

export class Pacer {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly pacing: Partial<Record<string, PacingOptions>>,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** Resolves when a message to (platform, channel) may be sent. */
  async wait(platform: string, channel: string): Promise<void> {
    let bucket = this.buckets.get(platform);
    if (!bucket) {
      bucket = new Bucket(this.pacing[platform] ?? DEFAULT_PACING[platform] ?? FALLBACK_PACING, this.now());
      this.buckets.set(platform, bucket);
    }
    const ms = bucket.reserve(channel, this.now());
    if (ms > 0) await this.sleep(ms);
  }
}
