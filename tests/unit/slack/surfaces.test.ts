import { describe, expect, it } from 'vitest';
import { HOME_TEXT, homeView, MAX_HOME_BLOCKS } from '../../../adapters/slack/home-view.ts';
import { limitViolations } from '../../../adapters/slack/limits.ts';
import { renderAnswer } from '../../../adapters/slack/render.ts';
import { factCheckQuestion } from '../../../adapters/slack/shortcut.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter } from '../../../src/router/router.ts';

const knowledge = loadKnowledge();
const router = createRouter(knowledge);

describe('Slack reading buttons, Home view and fact-check text', () => {
  it('given a question with two readings, offers a button per reading instead of a list, within the limits', () => {
    const [message] = renderAnswer(router.ask('how did korea vote'));
    const actions = message!.blocks.filter((b) => b.type === 'actions');
    const buttons = actions.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(buttons.map((b) => (b as { action_id: string }).action_id)).toEqual([
      'plenary_reading_0',
      'plenary_reading_1',
    ]);
    expect(message!.text).toContain('How did Republic of Korea vote?');
    expect(limitViolations(message!)).toEqual([]);
  });

  it('given the longest answers, the Home view stays within Slack’s 100 blocks and keeps its digests and sources', () => {
    const answer = router.ask('who voted against ES-11/7 and who abstained?');
    const view = homeView({ subscriptions: [], sources: [...knowledge.sources.values()], answer });
    expect(view.blocks.length).toBeLessThanOrEqual(MAX_HOME_BLOCKS);
    const text = JSON.stringify(view.blocks);
    expect(text).toContain(HOME_TEXT.noDigests.slice(0, 20));
    expect(text).toContain(HOME_TEXT.sourcesLabel);
  });

  it('given a Slack message with mentions, links and entities, checks its words as a claim', () => {
    expect(factCheckQuestion('<@U1> says <https://x.test|France> voted &lt;no&gt; in <#C1|general>')).toBe(
      'says France voted <no> in #general, is that right?',
    );
    expect(factCheckQuestion('<@U1>')).toBeNull();
  });
});
