// The admin API beside the admin pages and the public API, over the test database, with tokens made
// through the same use case the /admin/tokens page calls.
import { createAdminApi } from '../../../src/api/admin/app.ts';
import { createApi } from '../../../src/api/app.ts';
import { silentLogger } from '../../../src/platform/logger.ts';
import { createPublicReader } from '../../../src/services/api/create-public-reader.ts';
import { CLI_ACTOR } from '../../../src/services/accounts/deps.ts';
import { createAccessToken } from '../../../src/services/accounts/tokens.ts';
import { getUserByName } from '../../../src/store/index.ts';
import { adminSite } from '../../web/admin/support.ts';

/** A site with the admin pages, the admin API and the public API (in the order the server mounts them). */
export async function adminApiSite() {
  const site = await adminSite();
  const live = { siteName: 'Presseschau', footerText: 'Test', defaultLanguage: 'de' as const };
  site.app.route('/', createAdminApi({ accounts: site.accounts, live, logger: silentLogger(), trustProxy: true }));
  site.app.route('/', createApi({ reader: createPublicReader(site.db), logger: silentLogger() }));
  /** A token of this user with this scope. */
  const tokenFor = async (name: string, scope: 'read' | 'write' | 'admin') => {
    const user = await getUserByName(site.db, name);
    if (!user) throw new Error(`no user ${name}`);
    return (await createAccessToken(site.accounts, { user, name: `${scope} token`, scope }, CLI_ACTOR)).token;
  };
  /** One call of the API with a token (or none), a JSON body when given. */
  const call = async (method: string, path: string, token: string | null, body?: unknown) => {
    const headers = new Headers({ 'X-Forwarded-For': '192.0.2.30' });
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    const response = await site.app.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : null };
  };
  return { ...site, live, tokenFor, call };
}
