/**
 * A browser's part of installing the app: GET /slack/install (the "Add to Slack" page and its state cookie),
 * then, as Slack would after the user approves, GET /slack/oauth_redirect with a code and that state.
 */
import { request } from 'node:http';

export interface Page {
  status: number;
  body: string;
  cookies: string[];
}

export function get(url: string, headers: Record<string, string> = {}): Promise<Page> {
  return new Promise((resolve, reject) => {
    const r = request(url, { method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          cookies: res.headers['set-cookie'] ?? [],
        }),
      );
    });
    r.on('error', reject);
    r.end();
  });
}

/** Installs into `teamId` through the adapter's OAuth pages; resolves with the redirect page. */
export async function installWorkspace(
  baseUrl: string,
  teamId: string,
): Promise<{ install: Page; done: Page }> {
  const install = await get(`${baseUrl}/slack/install`);
  const cookie = install.cookies.map((c) => c.split(';')[0]).join('; ');
  const state = /[?&;]state=([^&"]+)/.exec(install.body)?.[1];
  if (!state) throw new Error(`no state in the install page (${install.status})`);
  const done = await get(`${baseUrl}/slack/oauth_redirect?code=code-${teamId}&state=${state}`, { cookie });
  return { install, done };
}
