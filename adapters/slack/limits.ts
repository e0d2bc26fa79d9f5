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

/** Characters of a file's alt text (files.getUploadURLExternal `alt_text`). */
export const MAX_ALT_TEXT = 1000;
/** Files in one files.uploadV2 call (files.completeUploadExternal shares at most ten in a message). */
export const MAX_FILES_PER_UPLOAD = 10;

interface TextLike {
  text?: unknown;
}
interface BlockLike {
  type: string;
  text?: TextLike;
  fields?: TextLike[];
  elements?: (TextLike & { value?: unknown })[];
}

const len = (t: TextLike | undefined): number => (typeof t?.text === 'string' ? t.text.length : 0);

/** Every Slack limit one message breaks, as readable strings; empty when it is within them all. */
export function limitViolations(message: { text: string; blocks: readonly object[] }): string[] {
  const out: string[] = [];
  if (message.blocks.length > MAX_BLOCKS) out.push(`${message.blocks.length} blocks > ${MAX_BLOCKS}`);
  if (message.text.length > MAX_MESSAGE_TEXT)
    out.push(`text ${message.text.length} chars > ${MAX_MESSAGE_TEXT}`);
  if (message.text.trim() === '') out.push('empty fallback text');
  (message.blocks as readonly BlockLike[]).forEach((b, i) => {
    if (b.type === 'header' && len(b.text) > MAX_HEADER_TEXT)
      out.push(`block ${i}: header > ${MAX_HEADER_TEXT}`);
    if (b.type === 'section' && len(b.text) > MAX_SECTION_TEXT)
      out.push(`block ${i}: section > ${MAX_SECTION_TEXT}`);
    if (b.type === 'section' && b.text === undefined && (b.fields ?? []).length === 0)
      out.push(`block ${i}: empty section`);
    if ((b.fields ?? []).length > MAX_SECTION_FIELDS) out.push(`block ${i}: fields > ${MAX_SECTION_FIELDS}`);
    for (const f of b.fields ?? [])
      if (len(f) > MAX_FIELD_TEXT) out.push(`block ${i}: field ${len(f)} chars > ${MAX_FIELD_TEXT}`);
    if (b.type === 'context') {
      if ((b.elements ?? []).length > MAX_CONTEXT_ELEMENTS)
        out.push(`block ${i}: context > ${MAX_CONTEXT_ELEMENTS}`);
      for (const e of b.elements ?? [])
        if (len(e) > MAX_CONTEXT_TEXT) out.push(`block ${i}: context element > ${MAX_CONTEXT_TEXT}`);
    }
    if (b.type === 'actions')
      for (const e of b.elements ?? []) {
        if (typeof e.value === 'string' && e.value.length > MAX_BUTTON_VALUE)
          out.push(`block ${i}: button value > ${MAX_BUTTON_VALUE}`);
        const label = (e as { text?: TextLike }).text;
        if (len(label) > MAX_BUTTON_TEXT) out.push(`block ${i}: button label > ${MAX_BUTTON_TEXT}`);
      }
  });
  return out;
}
