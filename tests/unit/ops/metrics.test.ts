import fc from 'fast-check';
import { Counter, Registry } from 'prom-client';
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

describe('question and answer-cache counters', () => {
  /** The two counters as prom-client counts them with an inc per question. */
  function reference() {
    const registry = new Registry();
    const questions = new Counter({
      name: 'plenary_questions_total',
      help: 'Questions answered, by intent and platform',
      labelNames: ['platform', 'intent'] as const,
      registers: [registry],
    });
    const cached = new Counter({
      name: 'plenary_answer_cache_total',
      help: "Questions the router's answer cache could hold, by platform and whether the answer came from it",
      labelNames: ['platform', 'result'] as const,
      registers: [registry],
    });
    return { registry, questions, cached };
  }
  const lines = (text: string) =>
    text
      .split('\n')
      .filter((l) => /plenary_(questions|answer_cache)_total/.test(l))
      .join('\n');

  it('given questions counted between reads, every read shows what an inc per question shows, series in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.tuple(
              fc.constant('ask' as const),
              fc.constantFrom('slack', 'discord'),
              fc.constantFrom('help', 'vote', 'quote'),
            ),
            fc.tuple(
              fc.constant('cache' as const),
              fc.constantFrom('slack', 'discord'),
              fc.constantFrom('hit', 'miss'),
            ),
            fc.tuple(fc.constant('read' as const), fc.constant(''), fc.constant('')),
          ),
          { maxLength: 60 },
        ),
        async (steps) => {
          const ours = createMetrics();
          const ref = reference();
          for (const [what, platform, label] of steps) {
            if (what === 'ask') {
              ours.questionAnswered(platform, label, 0.001);
              ref.questions.inc({ platform, intent: label });
            } else if (what === 'cache') {
              ours.answerCache(platform, label as 'hit' | 'miss');
              ref.cached.inc({ platform, result: label });
            } else expect(lines(await ours.registry.metrics())).toBe(lines(await ref.registry.metrics()));
          }
          expect(lines(await ours.registry.metrics())).toBe(lines(await ref.registry.metrics()));
          expect(await ours.registry.getSingleMetric('plenary_questions_total')?.get()).toEqual(
            await ref.questions.get(),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
