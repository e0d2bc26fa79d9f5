/**
 * Localised names and descriptions of the application commands. The command definitions (commands.ts) are
 * written in English; `localizeCommand` adds `name_localizations` and `description_localizations` to every
 * node of a command from one catalog per locale, keyed by the node's path ("votes", "votes.ask",
 * "votes.ask.question", the context-menu command by its name). English locales take the definitions' own text;
 * another locale is one more catalog in CATALOGS (a missing entry falls back to English, as Discord does).
 */
import type { LocaleString } from 'discord.js';
import { TRANSLATED_CATALOGS, TRANSLATED_LOCALES } from './command-translations.ts';

export interface LocalizedText {
  name?: string;
  description?: string;
}

export type Catalog = Readonly<Record<string, LocalizedText>>;

/** The locales the answers support. English is complete by construction; add a catalog to add a locale. */
export const COMMAND_LOCALES: readonly LocaleString[] = ['en-US', 'en-GB', ...TRANSLATED_LOCALES];

const ENGLISH: ReadonlySet<LocaleString> = new Set<LocaleString>(['en-US', 'en-GB']);

/** Per-locale overrides of the English text. Empty for English. */
export const CATALOGS: Partial<Record<LocaleString, Catalog>> = TRANSLATED_CATALOGS;

/** Any node of a command's JSON: the command, a subcommand (group) or an option. */
interface CommandNode {
  name: string;
  description?: string | undefined;
  options?: readonly unknown[] | undefined;
}

type Catalogs = Partial<Record<LocaleString, Catalog>>;

function localizations(
  path: string,
  field: keyof LocalizedText,
  english: string | undefined,
  locales: readonly LocaleString[],
  catalogs: Catalogs,
): Partial<Record<LocaleString, string>> {
  const out: Partial<Record<LocaleString, string>> = {};
  for (const locale of locales) {
    const text = catalogs[locale]?.[path]?.[field] ?? (ENGLISH.has(locale) ? english : undefined);
    if (text !== undefined && text !== '') out[locale] = text;
  }
  return out;
}

/** The command with localisations on it and on every option below it (a copy; the input is not changed). */
export function localizeCommand<T extends CommandNode>(
  command: T,
  locales: readonly LocaleString[] = COMMAND_LOCALES,
  catalogs: Catalogs = CATALOGS,
  path = command.name,
): T {
  const node: Record<string, unknown> = { ...(command as object) };
  node.name_localizations = localizations(path, 'name', command.name, locales, catalogs);
  if (command.description)
    node.description_localizations = localizations(
      path,
      'description',
      command.description,
      locales,
      catalogs,
    );
  if (command.options)
    node.options = command.options.map((o) =>
      typeof o === 'object' && o !== null && 'name' in o
        ? localizeCommand(o as CommandNode, locales, catalogs, `${path}.${(o as CommandNode).name}`)
        : o,
    );
  return node as T;
}
