import { type Answer, emptyAnswer } from '../../answer.ts';

export const EXAMPLE_QUESTIONS = [
  'How did the US vote?',
  'Who voted against Ukraine’s resolution?',
  'What was the tally on resolution 2774?',
  'What did Dorothy Shea say?',
  'Why did the US abstain on its own draft?',
  'Is the General Assembly resolution binding?',
];

export function helpAnswer(): Answer {
  const a = emptyAnswer(
    'answer',
    'help',
    'Plenary answers questions about the UN votes on Ukraine of 24 February 2025.',
  );
  a.blocks.push(
    {
      type: 'paragraph',
      text:
        'It covers the General Assembly resolutions A/RES/ES-11/7 (Ukraine’s text) and A/RES/ES-11/8 (the amended US text), ' +
        'Security Council resolution 2774 (2025), the amendments and the motion to postpone, with every member’s vote, ' +
        'verbatim quotes and sources.',
    },
    {
      type: 'bullets',
      items: [
        'A country: “How did Germany vote?”, “france and germany on the ukraine resolution”',
        'Tallies and lists: “What was the tally on ES-11/8?”, “Which African countries abstained on ES-11/7?”',
        'Amendments and vetoes: “Which amendments did Russia veto?”',
        'Quotes: “What did Barbara Woodward say?”, “What did the French ambassador say?”',
        'Context: “Is this binding?”, “How does it compare with 2023?”, “Who presided?”',
      ],
    },
  );
  a.suggestions = EXAMPLE_QUESTIONS.slice(0, 4);
  return a;
}

/** How to get the daily digest, on each platform. */
export function digestHelpAnswer(): Answer {
  const a = emptyAnswer(
    'answer',
    'digest_help',
    'Plenary can post a daily digest to a channel: days since the votes, what happened on this day, and a cited fact of the day.',
  );
  a.blocks.push({
    type: 'bullets',
    items: [
      'Slack: /votes digest on [HH:MM] [Area/City], /votes digest off, /votes digest status, /votes digest preview [YYYY-MM-DD]',
      'Discord: /votes digest subscribe time:<HH:MM> timezone:<zone>, unsubscribe, status, preview (members with Manage Channels)',
      'Terminal: npm run digest -- --date YYYY-MM-DD shows the digest for any day',
    ],
  });
  a.suggestions = ['help'];
  return a;
}
