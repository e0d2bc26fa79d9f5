import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../../../adapters/slack/oauth.ts';
import { FACT_CHECK_CALLBACK_ID } from '../../../adapters/slack/shortcut.ts';
import { VOTES_COMMAND } from '../../../adapters/slack/slack-adapter.ts';

const manifest = readFileSync(join(import.meta.dirname, '../../../adapters/slack/manifest.yml'), 'utf8');
/** The YAML list items under `key:` (two-space indented "- item" lines that follow it). */
function listUnder(key: string): string[] {
  const start = manifest.indexOf(`${key}:`);
  const items: string[] = [];
  for (const line of manifest.slice(start).split('\n').slice(1)) {
    const m = /^\s+- (\S+)$/.exec(line);
    if (!m) break;
    items.push(m[1]!);
  }
  return items;
}

describe('Slack app manifest', () => {
  it('asks for exactly the bot scopes the adapter uses, each justified in its header', () => {
    const scopes = listUnder('    bot');
    expect(scopes.sort()).toEqual([
      'app_mentions:read',
      'chat:write',
      'commands',
      'files:write',
      'im:history',
    ]);
    // The OAuth install asks for the same scopes.
    expect([...BOT_SCOPES].sort()).toEqual(scopes.sort());
    for (const s of scopes) expect(manifest).toMatch(new RegExp(`^#\\s+${s}\\s+\\S`, 'm'));
  });

  it('subscribes to the events the adapter handles, declares /votes, the shortcut and the Socket Mode setting', () => {
    expect(listUnder('    bot_events').sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'app_uninstalled',
      'message.im',
      'tokens_revoked',
    ]);
    expect(manifest).toContain(`callback_id: ${FACT_CHECK_CALLBACK_ID}\n`);
    expect(manifest).toMatch(/^ {4}home_tab_enabled: true$/m);
    expect(manifest).toContain('#   - https://YOUR-HOST/slack/oauth_redirect');
    expect(manifest).toContain(`- command: ${VOTES_COMMAND}\n`);
    expect(manifest).toMatch(/^ {2}socket_mode_enabled: (true|false)$/m);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
  });
});
