/**
 * A language's lexicon: phrases of that language and the English words the router already understands. Data,
 * not code: a phrase is words separated by spaces (folded like the question: case and accents do not count),
 * a word ending in `*` matches any word it begins; Chinese phrases are read character by character.
 * Longer phrases win over shorter ones starting at the same word, so a vote's name beats the country in it.
 * `countryAliases` are short names ICU does not give ("Großbritannien"), by ISO code.
 */
export interface Lexicon {
  phrases: [string, string][];
  countryAliases?: Record<string, string[]>;
  /** Words that mark the language for detection (folded). */
  cues: string[];
}
