/**
 * Discord's message and embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits),
 * and a checker that lists every breach in a payload. Lengths are counted in UTF-16 units, which is never less than
 * Discord's count in code points, so a payload that passes here passes there.
 */
import type { DiscordMessage } from './render.ts';

export const CONTENT_MAX = 2_000;
export const EMBED_TITLE_MAX = 256;
export const EMBED_DESCRIPTION_MAX = 4_096;
export const EMBED_FIELDS_MAX = 25;
export const EMBED_FIELD_NAME_MAX = 256;
export const EMBED_FIELD_VALUE_MAX = 1_024;
export const EMBED_FOOTER_MAX = 2_048;
/** Title, description, field names and values and footer of every embed in one message, together. */
export const EMBEDS_TOTAL_MAX = 6_000;
export const EMBEDS_PER_MESSAGE_MAX = 10;
export const FILES_PER_MESSAGE_MAX = 10;

export const COMMAND_NAME_MAX = 32;
export const COMMAND_DESCRIPTION_MAX = 100;
export const CHOICES_MAX = 25;
export const CHOICE_NAME_MAX = 100;
export const CHOICE_VALUE_MAX = 100;
export const OPTIONS_MAX = 25;
/** Names, descriptions and choice names and values of one command, its subcommands, groups and options, together. */
export const COMMAND_TOTAL_MAX = 8_000;
/** Lower-case names as Discord requires for slash commands, subcommands and options. */
export const COMMAND_NAME_PATTERN = /^[-_\p{Ll}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function over(label: string, value: string | undefined, max: number): string[] {
  return value !== undefined && value.length > max
    ? [`${label} has ${value.length} characters (max ${max})`]
    : [];
}

/** Every limit this message breaks, as readable strings; empty when Discord would accept it. */
export function limitViolations(m: DiscordMessage): string[] {
  const out: string[] = [...over('content', m.content, CONTENT_MAX)];
  if (m.embeds.length > EMBEDS_PER_MESSAGE_MAX)
    out.push(`${m.embeds.length} embeds (max ${EMBEDS_PER_MESSAGE_MAX})`);
  if ((m.content ?? '').length === 0 && m.embeds.length === 0 && (m.files ?? []).length === 0)
    out.push('empty message');
  if ((m.files ?? []).length > FILES_PER_MESSAGE_MAX)
    out.push(`too many files (max ${FILES_PER_MESSAGE_MAX})`);
  let total = 0;
  m.embeds.forEach((e, i) => {
    const at = `embed ${i + 1}`;
    out.push(...over(`${at} title`, e.title, EMBED_TITLE_MAX));
    out.push(...over(`${at} description`, e.description, EMBED_DESCRIPTION_MAX));
    out.push(...over(`${at} footer`, e.footer?.text, EMBED_FOOTER_MAX));
    const fields = e.fields ?? [];
    if (fields.length > EMBED_FIELDS_MAX)
      out.push(`${at} has ${fields.length} fields (max ${EMBED_FIELDS_MAX})`);
    fields.forEach((f, j) => {
      out.push(...over(`${at} field ${j + 1} name`, f.name, EMBED_FIELD_NAME_MAX));
      out.push(...over(`${at} field ${j + 1} value`, f.value, EMBED_FIELD_VALUE_MAX));
      if (f.name.trim() === '' || f.value.trim() === '') out.push(`${at} field ${j + 1} is empty`);
      total += f.name.length + f.value.length;
    });
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length;
  });
  if (total > EMBEDS_TOTAL_MAX) out.push(`embeds total ${total} characters (max ${EMBEDS_TOTAL_MAX})`);
  return out;
}

interface CommandNode {
  name: string;
  description?: string | undefined;
  options?: readonly unknown[] | undefined;
  choices?: readonly { name: string; value: string | number }[] | undefined;
}

/** The characters Discord counts towards COMMAND_TOTAL_MAX for one registration payload. */
export function commandSize(node: CommandNode): number {
  let n = node.name.length + (node.description ?? '').length;
  for (const c of node.choices ?? []) n += c.name.length + String(c.value).length;
  for (const o of node.options ?? []) n += commandSize(o as CommandNode);
  return n;
}
