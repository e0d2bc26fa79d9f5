/**
 * Slack's Block Kit and message limits, named once. Sources: Block Kit reference (blocks, section, header,
 * context, actions, button) and chat.postMessage ("text" truncation).
 */

/** Blocks in one message. */
export const MAX_BLOCKS = 50;
/** Characters in a section block's text. */
export const MAX_SECTION_TEXT = 3000;
/** Characters in a header block's plain_text. */
export const MAX_HEADER_TEXT = 150;
/** Fields in one section block. */
export const MAX_SECTION_FIELDS = 10;
/** Characters in one section field. */
export const MAX_FIELD_TEXT = 2000;
/** Elements in one context block. */
export const MAX_CONTEXT_ELEMENTS = 10;
/** Characters in one context element's text (same ceiling as a section's). */
export const MAX_CONTEXT_TEXT = 3000;
/** Characters in a button's label. */
export const MAX_BUTTON_TEXT = 75;
/** Characters in a button's value. */
export const MAX_BUTTON_VALUE = 2000;
/**
 * Characters of top-level `text` we send in one message. Slack truncates above 40,000; we stay well under so a
 * long answer is split into several messages instead of being cut.
 */
export const MAX_MESSAGE_TEXT = 12_000;
/** Messages a response_url accepts (5 within 30 minutes); a rendered answer never needs more. */
export const MAX_RESPONSE_URL_USES = 5;
