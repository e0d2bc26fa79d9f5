import { describe, expect, it } from 'vitest';
import type { AnswerImage } from '../../../src/answer.ts';
import type { PictureOptions } from '../../../src/router/answers/map.ts';
import { createRouter } from '../../../src/router/router.ts';
import { k } from './ask.ts';

/** A router whose image provider records what it was asked for and returns one fake picture per call. */
function recording() {
  const calls: { ids: string[]; opts: PictureOptions }[] = [];
  const router = createRouter(k, {
    images: (ids, opts): AnswerImage[] => {
      calls.push({ ids, opts });
      return [{ vote: `${opts.highlight}: record`, path: `/tmp/record-${opts.highlight}.png`, alt: 'chart' }];
    },
  });
  return { calls, router };
}

const notes = (a: { blocks: { type: string; text?: string }[] }) =>
  a.blocks.filter((b) => b.type === 'note').map((b) => b.text ?? '');

describe("a member's record as a picture", () => {
  it('given "show Brazil\'s record over the years as a chart" and an image provider, it answers the record with one chart of Brazil', () => {
    const { calls, router } = recording();
    const a = router.ask("show Brazil's record over the years as a chart");
    expect(a.intent).toBe('member_record');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.opts).toEqual({ kind: 'record', highlight: 'Brazil' });
    const history = k.history.map((v) => v.id);
    expect(calls[0]!.ids).toEqual(expect.arrayContaining([...history, 'ga_es11_7', 'ga_es11_8', 'sc_2774']));
    expect(calls[0]!.ids).toHaveLength(history.length + 3);
    expect(a.images).toEqual([{ vote: 'Brazil: record', path: '/tmp/record-Brazil.png', alt: 'chart' }]);
    // The text table stands beside the picture.
    expect(a.blocks.some((b) => b.type === 'fields')).toBe(true);
  });

  it('given no image provider, it answers the same record in text only and says pictures are not available', () => {
    const a = createRouter(k).ask("show Brazil's record over the years as a chart");
    expect(a.intent).toBe('member_record');
    expect(a.images).toBeUndefined();
    expect(a.blocks.some((b) => b.type === 'fields')).toBe(true);
    expect(notes(a).some((t) => t.startsWith('Pictures are not available'))).toBe(true);
  });

  it('given two members and "since 2022", it asks for one chart each over the votes since 2022', () => {
    const { calls, router } = recording();
    const a = router.ask('chart of how Hungary and Poland voted since 2022');
    expect(a.intent).toBe('member_record');
    expect(calls.map((c) => c.opts.highlight)).toEqual(['Hungary', 'Poland']);
    expect(calls[0]!.ids).not.toContain('ga_68_262');
    expect(a.images).toHaveLength(2);
  });

  it('given a record question with no picture asked, it draws nothing and offers the chart where one can be drawn', () => {
    const { calls, router } = recording();
    const a = router.ask('how has Brazil voted over the years');
    expect(calls).toEqual([]);
    expect(a.images).toBeUndefined();
    expect(a.suggestions).toContain('Show the record of Brazil as a chart');
    const offered = router.ask('Show the record of Brazil as a chart');
    expect(offered.intent).toBe('member_record');
    expect(offered.images).toHaveLength(1);
    const plain = createRouter(k).ask('how has Brazil voted over the years');
    expect(plain.suggestions).not.toContain('Show the record of Brazil as a chart');
    expect(notes(plain).some((t) => t.startsWith('Pictures are not available'))).toBe(false);
  });

  it("given a map of one vote named by symbol, it is still that vote's map, with the member outlined", () => {
    const { calls, router } = recording();
    const a = router.ask('show the map of ES-11/1 for Brazil');
    expect(a.intent).toBe('history_map');
    expect(calls[0]).toEqual({ ids: ['ga_es11_1'], opts: { highlight: 'Brazil', kind: 'map' } });
  });
});
