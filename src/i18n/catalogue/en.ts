/**
 * The reference catalogue: every key an answer may use, in English. Templates only, never facts: figures,
 * names and dates come from the fact base through placeholders. ICU MessageFormat (plural rules from Intl).
 * Every other catalogue must have every key (tests/unit/i18n/catalogues.test.ts).
 */
export const en = {
  'position.yes': 'In favour',
  'position.no': 'Against',
  'position.abstain': 'Abstained',
  'position.absent': 'Did not vote',
  'vote.ga_es11_7': '{symbol}, the Ukraine/European text in the General Assembly',
  'vote.ga_es11_8': '{symbol}, the US text “{title}” as amended, in the General Assembly',
  'vote.sc_2774': '{symbol}, the US text in the Security Council',
  'vote.sc_procedural_postpone': 'the motion to postpone the Security Council vote',
  'outcome.adopted': 'adopted, {tally}',
  'outcome.rejected': 'rejected, {tally}',
  'country.one': '{country}: {position} — {vote}.',
  'country.all': 'How {country} voted at the UN on {date}:',
  'country.line': '{position}: {vote} ({outcome})',
  'country.noSeat': 'No vote: {vote} (not a Council member in {year})',
  'list.summary.yes': 'Members that voted in favour:',
  'list.summary.no': 'Members that voted against:',
  'list.summary.abstain': 'Members that abstained:',
  'list.summary.absent': 'Members that did not vote:',
  'list.summary.mixed': 'Members, by position:',
  'list.heading': '{vote}, {outcome}:',
  'list.label': '{position} ({count})',
  'tally.summary': '{symbol}: {outcome}.',
  'tally.many': 'The results of the votes of {date}:',
  'tally.counts':
    '{yes} in favour, {no} against, {abstain, plural, one {# abstention} other {# abstentions}}',
  'tally.absent': '{absent} did not vote',
  'tally.withAbsent': '{counts}, {absent}',
  'heading.sources': 'Sources',
  'heading.suggestions': 'You could ask',
  'heading.note': 'Note',
  'help.summary':
    'Plenary answers questions about the UN votes on Ukraine of {date}, with sources. You can ask in {languages}. For example:',
  'help.example.country': 'How did France vote on the Ukraine resolution?',
  'help.example.list': 'Who voted against the Ukraine resolution?',
  'help.example.tally': 'What was the tally in the Security Council?',
  'help.example.quote': 'What did Barbara Woodward say?',
  'oos.summary':
    'Sorry, that is outside what I know: I answer questions about the UN votes on Ukraine of {date}.',
  'unclear.summary': 'I’m not sure what you’re asking, so I won’t guess.',
  'quote.summary': 'What {speaker} said (verbatim, in the language spoken, with sources):',
  'quote.language': 'The quotes are verbatim, in {language}; they are not translated.',
  'note.partlyEnglish': 'Some parts of this answer are in English: they have no translation yet.',
  'note.english': 'This answer is in English: it has no translation yet.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
