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
