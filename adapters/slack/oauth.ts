/**
 * Installing Plenary into any workspace (HTTP mode): @slack/oauth's InstallProvider (bundled with Bolt) serves
 * GET /slack/install, a page with an "Add to Slack" button that sets a state cookie, and GET
 * /slack/oauth_redirect, which checks that state, trades the code for a bot token (oauth.v2.access) and keeps
 * the installation through installation-store.ts. Its `authorize` gives each request its workspace's token.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Installation, InstallProvider } from '@slack/oauth';
import type { Logger } from '../../src/logger.ts';
import { toBoltLogger } from './bolt-logger.ts';
import type { PlenaryInstallationStore } from './installation-store.ts';

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

/** The bot scopes asked for at install: the same list as manifest.yml's oauth_config.scopes.bot. */
export const BOT_SCOPES = ['commands', 'app_mentions:read', 'chat:write', 'files:write', 'im:history'];

export interface SlackOAuthOptions {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  store: PlenaryInstallationStore;
  /** The public https address of /slack/oauth_redirect, when the app has more than one redirect URL. */
  redirectUri?: string | undefined;
  /** Replaces https://slack.com/api/ (tests). */
  apiUrl?: string | undefined;
  log: Logger;
}

export interface SlackOAuth {
  authorize: InstallProvider['authorize'];
  store: PlenaryInstallationStore;
  /** Serves the two OAuth paths; false for any other request. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
  '<meta name="viewport" content="width=device-width, initial-scale=1"></head>' +
  `<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem">${body}</body></html>`;

/** The "Add to Slack" page: what Plenary is, and the button (Slack's own markup for it). */
export function installPage(url: string): string {
  return page(
    'Add Plenary to Slack',
    '<h1>Plenary</h1><p>Cited answers about the UN votes on Ukraine of 24 February 2025: how each country voted, ' +
      'the tallies, the amendments and what the delegates said, with a source for every answer.</p>' +
      `<p><a href="${escapeHtml(url)}"><img alt="Add to Slack" height="40" width="139" ` +
      'src="https://platform.slack-edge.com/img/add_to_slack.png" ' +
      'srcset="https://platform.slack-edge.com/img/add_to_slack.png 1x, https://platform.slack-edge.com/img/add_to_slack@2x.png 2x"></a></p>',
  );
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
}

export function createSlackOAuth(opts: SlackOAuthOptions): SlackOAuth {
  const log = opts.log.child({ component: 'slack-oauth' });
  const apiUrl = opts.apiUrl;
  const installer = new InstallProvider({
    clientId: opts.clientId,
    clientSecret: opts.clientSecret,
    stateSecret: opts.stateSecret,
    installationStore: opts.store,
    installUrlOptions: {
      scopes: BOT_SCOPES,
      ...(opts.redirectUri !== undefined ? { redirectUri: opts.redirectUri } : {}),
    },
    renderHtmlForInstallPath: installPage,
    logger: toBoltLogger(log),
    ...(apiUrl !== undefined ? { clientOptions: { slackApiUrl: apiUrl } } : {}),
  });
  const callbacks = {
    success(installation: Installation, _o: unknown, _req: IncomingMessage, res: ServerResponse) {
      const name = installation.team?.name ?? installation.enterprise?.name ?? 'your workspace';
      send(
        res,
        200,
        page(
          'Plenary is installed',
          `<h1>Plenary is installed in ${escapeHtml(name)}</h1><p>Type <code>/votes help</code> in any channel, ` +
            'mention @Plenary in a channel it is in, or open Plenary from the sidebar.</p>',
        ),
      );
    },
    failure(error: Error & { code?: string }, _o: unknown, _req: IncomingMessage, res: ServerResponse) {
      log.warn({ code: error.code, err: error.message }, 'Slack: an installation failed');
      send(
        res,
        400,
        page(
          'Plenary was not installed',
          `<h1>Plenary was not installed</h1><p>${escapeHtml(error.message)}</p>` +
            `<p><a href="${INSTALL_PATH}">Try again</a></p>`,
        ),
      );
    },
  };
  return {
    authorize: installer.authorize,
    store: opts.store,
    async handle(req, res) {
      const path = (req.url ?? '').split('?')[0];
      if (req.method !== 'GET') return false;
      if (path === INSTALL_PATH) await installer.handleInstallPath(req, res);
      else if (path === REDIRECT_PATH) await installer.handleCallback(req, res, callbacks);
      else return false;
      return true;
    },
  };
}
