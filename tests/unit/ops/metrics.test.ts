import { describe, expect, it } from 'vitest';
import { createMetrics, MAX_ERROR_KINDS } from '../../../src/ops/metrics.ts';

interface Series {
  platform: string;
  kind: string;
  value: number;
}

async function errorSeries(metrics: ReturnType<typeof createMetrics>): Promise<Series[]> {
  const metric = await metrics.registry.getSingleMetric('plenary_platform_errors_total')?.get();
  return (metric?.values ?? []).map((v) => ({
    platform: String(v.labels.platform),
    kind: String(v.labels.kind),
    value: v.value,
  }));
}

describe('platform error metrics', () => {
  it('counts errors by platform and kind', async () => {
    const metrics = createMetrics();
    metrics.platformError('slack', 'ratelimited');
    metrics.platformError('slack', 'ratelimited');
    metrics.platformError('discord', 'http_5xx');
    expect(await errorSeries(metrics)).toEqual([
      { platform: 'slack', kind: 'ratelimited', value: 2 },
      { platform: 'discord', kind: 'http_5xx', value: 1 },
    ]);
  });

  it('given more distinct kinds than any adapter has, it counts the extra ones as other (a bounded series)', async () => {
    const metrics = createMetrics();
    for (let i = 0; i < 500; i++) metrics.platformError('slack', `raw_code_${i}`);
    metrics.platformError('slack', 'raw_code_0');
    metrics.platformError('discord', 'rate_limited');
    const series = await errorSeries(metrics);
    const slack = series.filter((s) => s.platform === 'slack');
    // `other` is always allowed, so MAX_ERROR_KINDS - 1 named kinds plus other.
    expect(slack).toHaveLength(MAX_ERROR_KINDS);
    expect(slack.find((s) => s.kind === 'raw_code_0')?.value).toBe(2);
    expect(slack.find((s) => s.kind === 'other')?.value).toBe(500 - (MAX_ERROR_KINDS - 1));
    expect(series.find((s) => s.platform === 'discord')).toEqual({
      platform: 'discord',
      kind: 'rate_limited',
      value: 1,
    });
  });
});
