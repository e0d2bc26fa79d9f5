/**
 * A verified Slack body -> the object Bolt expects, or null when it is not one: form bodies (slash commands,
 * and interactions whose JSON sits in a `payload` field) and JSON bodies (events). Anything that does not parse
 * to a plain object (`null`, a number, an array, a `payload` of `null`) is refused with 400 by the receiver
 * instead of reaching code that expects an object.
 */
export type SlackBody = Record<string, unknown>;

const isPlainObject = (v: unknown): v is SlackBody =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function parseSlackBody(raw: Buffer, contentType: string | undefined): SlackBody | null {
  const text = raw.toString('utf8');
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams(text);
    const payload = form.get('payload');
    if (payload !== null) {
      const parsed = parseJson(payload);
      return isPlainObject(parsed) ? parsed : null;
    }
    const fields: SlackBody = {};
    // forEach rather than for…of: the same pairs in the same order (a repeated name keeps its last value), without
    // an iterator and a [name, value] array per field.
    form.forEach((v, k) => {
      fields[k] = v;
    });
    return fields;
  }
  if (type === 'application/json') {
    const parsed = parseJson(text);
    return isPlainObject(parsed) ? parsed : null;
  }
  return null;
}

/** Slack's unsigned `ssl_check=1` probe (slash command URLs): a small form body, answered 200 and nothing else. */
export function isSslCheck(raw: Buffer, contentType: string | undefined): boolean {
  return (
    (contentType ?? '').startsWith('application/x-www-form-urlencoded') &&
    new URLSearchParams(raw.toString('utf8')).get('ssl_check') === '1'
  );
}
