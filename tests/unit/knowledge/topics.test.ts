import { describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../../src/knowledge/check.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import type { TopicEntry } from '../../../src/knowledge/topic-schema.ts';
import { findTopic } from '../../../src/router/answers/explain.ts';
import { scratchCopies } from './scratch-copy.ts';

const copyWith = scratchCopies();
const editTopic = (id: string, edit: (t: TopicEntry) => void) => (json: unknown) => {
  const topics = json as TopicEntry[];
  edit(topics.find((t) => t.id === id)!);
  return topics;
};

describe('topics.json', () => {
  it('loads every explanation topic, each citing something the base holds', () => {
    const k = loadKnowledge();
    expect(k.topics.map((t) => t.id)).toEqual(expect.arrayContaining(['casualties', 'binding', 'veto']));
    const casualties = k.topics.find((t) => t.id === 'casualties')!;
    expect(casualties.summary).toContain('12,654');
    expect(casualties.cites.facts).toEqual(['f13']);
  });

  it('given a question about casualties, the topic built from the data answers with the cited fact', () => {
    const k = loadKnowledge();
    const found = findTopic({ text: 'how many civilians were killed', countries: [], voteIds: [] }, k);
    expect(found?.topic.id).toBe('casualties');
    const a = found!.topic.build(k, { text: 'how many civilians were killed', countries: [], voteIds: [] });
    expect(a.summary).toContain('12,654');
    expect(a.citations.map((c) => c.id)).toEqual(expect.arrayContaining(['greeknewsusa']));
  });

  it('given a topic citing an unknown fact id, knowledge:check names it', () => {
    const dir = copyWith(
      'topics.json',
      editTopic('casualties', (t) => {
        t.cites.facts = ['f999'];
      }),
    );
    expect(checkKnowledge(dir)).toContain('topic casualties: unknown fact id "f999"');
  });

  it('given a summary stating a figure that nothing it cites states, knowledge:check fails', () => {
    const dir = copyWith(
      'topics.json',
      editTopic('early_reports', (t) => {
        t.summary = 'The official tally of A/RES/ES-11/8 is 93-8-73; an early flash report said 88-8-69.';
      }),
    );
    expect(checkKnowledge(dir)).toContain('topic early_reports: states "88", which nothing it cites states');
  });

  it('given an unknown source id or a vote placeholder for no vote, knowledge:check names both', () => {
    const dir = copyWith(
      'topics.json',
      editTopic('symbols', (t) => {
        t.summary = 'The draft was “{title:ga_nothing}”.';
        t.sources = ['no_such_source'];
      }),
    );
    const problems = checkKnowledge(dir);
    expect(problems).toContain('topic symbols: unknown vote id "ga_nothing"');
    expect(problems).toContain('topic symbols: unknown source id "no_such_source"');
  });

  it('given a cue that is not a regular expression, loading fails naming the file', () => {
    const dir = copyWith(
      'topics.json',
      editTopic('veto', (t) => {
        t.cues = ['(unclosed'];
      }),
    );
    expect(checkKnowledge(dir)[0]).toMatch(/^topics\.json: \d+\.cues\.0 not a valid regular expression/);
  });
});

describe('definitions in glossary.json', () => {
  type Entry = { id: string; terms: string[]; see?: { facts?: string[] } };
  const edit = (fn: (g: Entry[]) => void) => (json: unknown) => {
    fn(json as Entry[]);
    return json;
  };

  it('given a definition whose detail cites an unknown fact, knowledge:check names it', () => {
    const dir = copyWith(
      'glossary.json',
      edit((g) => {
        g.find((x) => x.id === 'g_abstain')!.see = { facts: ['f404'] };
      }),
    );
    expect(checkKnowledge(dir)).toContain('glossary g_abstain: unknown fact id "f404"');
  });

  it('given a term defined by two entries, knowledge:check names both', () => {
    const dir = copyWith(
      'glossary.json',
      edit((g) => {
        g.find((x) => x.id === 'g_amendment')!.terms.push('veto');
      }),
    );
    expect(checkKnowledge(dir)).toContain('glossary g_amendment: term "veto" is also defined by g_veto');
  });
});
