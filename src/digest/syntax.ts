/**
 * How people on one platform type the digest commands. The core's replies quote commands ("Turn it on with …"),
 * so each adapter passes its own syntax and its users read what they would type: Slack's words after `/votes`,
 * Discord's subcommands and options.
 */
import type { DigestCommand } from './commands.ts';

export type DigestAction = DigestCommand['action'];

export interface DigestSyntax {
  /** One command as typed: `{action: 'on', time: '09:00', timeZone: 'Europe/Kyiv', lang: 'fr'}` -> "digest on 09:00 Europe/Kyiv fr". */
  command(c: DigestCommand): string;
  /** A command with its optional parts as placeholders: 'on' -> "digest on [HH:MM] [Area/City] [language]". */
  usage(action: DigestAction): string;
}

/** The words parseDigestCommand reads, after `prefix` (Slack: "/votes "). */
export function textDigestSyntax(prefix = ''): DigestSyntax {
  return {
    command(c) {
      const args =
        c.action === 'on' ? [c.time, c.timeZone, c.lang] : c.action === 'preview' ? [c.date, c.lang] : [];
      return [`${prefix}digest ${c.action}`, ...args.filter((a) => a !== undefined)].join(' ');
    },
    usage(action) {
      const args =
        action === 'on'
          ? ' [HH:MM] [Area/City] [language]'
          : action === 'preview'
            ? ' [YYYY-MM-DD] [language]'
            : '';
      return `${prefix}digest ${action}${args}`;
    },
  };
}
