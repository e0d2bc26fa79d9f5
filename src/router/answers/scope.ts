import { type Answer, emptyAnswer } from '../../answer.ts';
import type { NonMember } from '../../knowledge/schema.ts';
import { EXAMPLE_QUESTIONS } from './help.ts';

const COVERS =
  'Plenary covers the UN votes on Ukraine of 24 February 2025: General Assembly resolutions A/RES/ES-11/7 and A/RES/ES-11/8, Security Council resolution 2774 (2025), and the amendments and motion voted on that day.';

function noAnswer(
  intent: string,
  summary: string,
  text: string,
  suggestions = EXAMPLE_QUESTIONS.slice(0, 3),
): Answer {
  const a = emptyAnswer('no_answer', intent, summary);
  a.blocks.push({ type: 'paragraph', text });
  a.suggestions = suggestions;
  return a;
}

export const emptyQuestion = (): Answer =>
  noAnswer('empty', 'Ask me something about the UN votes on Ukraine of 24 February 2025.', COVERS);

export const outOfScope = (topic?: string): Answer => {
  const a = noAnswer(
    'out_of_scope',
    topic ? `Sorry, ${topic} is outside what I know.` : 'Sorry, that is outside what I know.',
    `${COVERS} I can't answer questions about other votes or other topics.`,
  );
  a.confidence = 0.8;
  return a;
};

export const countryOffTopic = (country: string): Answer => {
  const a = noAnswer(
    'out_of_scope',
    `Sorry, I only know how ${country} voted at the UN on 24 February 2025, not other facts about it.`,
    COVERS,
    [`How did ${country} vote?`, ...EXAMPLE_QUESTIONS.slice(1, 3)],
  );
  a.confidence = 0.8;
  return a;
};

export const otherVote = (what: string): Answer =>
  noAnswer(
    'out_of_scope',
    `Sorry, I hold no record of ${what}.`,
    `${COVERS} For those, I can give every member's position, the tallies, the amendments and quotes.`,
  );

/** "Taiwan is not a member of the UN, so it had no vote in these tallies." */
export const nonMemberSentence = (nm: NonMember): string =>
  `${/^(European|Holy)/.test(nm.name) ? `The ${nm.name}` : nm.name} is ${nm.status === 'not a UN member' ? 'not a member of the UN' : nm.status.startsWith('an ') ? nm.status : `a ${nm.status}`}, so it had no vote in these tallies.`;

export const nonMember = (nm: NonMember): Answer =>
  noAnswer(
    'non_member',
    nonMemberSentence(nm),
    `Only UN member states vote in the General Assembly, and only members of the Security Council in the Council. ${COVERS}`,
    ['How did Germany vote?', 'Which European countries voted against ES-11/7?', 'help'],
  );

export const unknownCountry = (phrase: string): Answer =>
  noAnswer(
    'unknown_country',
    `I don't know a UN member state called “${phrase}”.`,
    `Try the country's UN name or a common name (for example “Côte d'Ivoire” or “Ivory Coast”, “Türkiye” or “Turkey”). ${COVERS}`,
    ['How did Germany vote?', 'How did North Korea vote?', 'help'],
  );

export const notSure = (): Answer => {
  const a = noAnswer(
    'unclear',
    'I’m not sure what you’re asking, so I won’t guess.',
    `${COVERS} Here are questions I can answer:`,
    EXAMPLE_QUESTIONS,
  );
  a.confidence = 0.2;
  return a;
};

export const clarifyCountry = (phrase: string, names: string[]): Answer => {
  const a = emptyAnswer(
    'clarify',
    'clarify_country',
    `“${phrase}” could mean more than one country. Which one?`,
  );
  a.suggestions = names.map((n) => `How did ${n} vote?`);
  a.blocks.push({ type: 'bullets', items: names });
  a.confidence = 0.4;
  return a;
};

/** `group` as said in a sentence: "G7 members", "the West", "Ukraine's allies". */
export const unlistedGroup = (group: string): Answer =>
  noAnswer(
    'unlisted_group',
    `I don't hold the list of ${group}, so I can't filter the votes by it.`,
    'I can filter by the groups whose membership I hold (the EU, NATO, the G7 and G20, BRICS, the African Union, ASEAN, the Arab League, the OIC, the Commonwealth, the five UN regional groups and others), by region (UN geoscheme), by the Security Council, the P5, or by countries you name.',
    [
      'How did NATO members vote on ES-11/7?',
      'Which African Union members abstained on ES-11/7?',
      'How did the P5 vote on 2774?',
    ],
  );

export const opinionRequest = (): Answer =>
  noAnswer(
    'out_of_scope',
    'I don’t give opinions or predictions: I report what the UN record and the cited sources show.',
    COVERS,
    [
      'Why did the US abstain on its own draft?',
      'What did Dorothy Shea say?',
      'Is the General Assembly resolution binding?',
    ],
  );
