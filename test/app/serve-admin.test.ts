import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppContext, type AppContext } from '../../src/app/context.ts';
import { testDatabaseEnv } from '../helpers/test-store.ts';
import { startServer, type RunningServer } from '../../src/app/server.ts';
import { loadConfig } from '../../src/config/config.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { CLI_ACTOR } from '../../src/services/accounts/deps.ts';
import { addUser } from '../../src/services/accounts/users.ts';

/** The login form's token and cookie, read from a real answer. */
async function loginForm(origin: string): Promise<{ csrf: string; cookie: string }> {
  const page = await fetch(`${origin}/admin/login`);
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  const cookie = page.headers.getSetCookie().find((c) => c.startsWith('presseschau_login='))?.split(';')[0];
  assert.ok(csrf && cookie);
  return { csrf, cookie };
}

describe('serve: the admin area on a real server', () => {
  let data: string;
  const database = testDatabaseEnv();
  let ctx: AppContext;
  let server: RunningServer;
  before(async () => {
    data = await mkdtemp(join(tmpdir(), 'presseschau-admin-'));
    ctx = await createAppContext(loadConfig({ PRESSESCHAU_DATA: data, PORT: '0', PRESSESCHAU_SCHEDULER: 'false', ...database.env }), { logger: silentLogger() });
    await addUser({ db: ctx.store.db, clock: ctx.clock }, { name: 'greta', role: 'admin', password: 'Leuchtturm am Deich' }, CLI_ACTOR);
    server = await startServer(ctx, { demo: false, scheduler: false });
  });
  after(async () => {
    await server.close();
    await ctx.close();
    await database.drop();
    await rm(data, { recursive: true, force: true });
  });

  test('login works end to end; the audit log has the socket\'s address, not a header\'s claim', async () => {
    const { csrf, cookie } = await loginForm(server.origin);
    const answer = await fetch(`${server.origin}/admin/login`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({ csrf, name: 'greta', password: 'Leuchtturm am Deich' }),
      // Without PRESSESCHAU_TRUST_PROXY this header is the client's claim and is ignored.
      headers: { Cookie: cookie, 'X-Forwarded-For': '203.0.113.66' },
    });
    assert.equal(answer.status, 303);
    const session = answer.headers.getSetCookie().find((c) => c.startsWith('presseschau_admin='))?.split(';')[0];
    const dashboard = await fetch(`${server.origin}/admin`, { headers: { Cookie: session! }, redirect: 'manual' });
    assert.equal(dashboard.status, 200);
    const [entry] = await ctx.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'login').execute();
    assert.equal(entry?.address, '127.0.0.1');
  });

  test('a form body over the limit is refused before it is read', async () => {
    const { csrf, cookie } = await loginForm(server.origin);
    const answer = await fetch(`${server.origin}/admin/login`, {
      method: 'POST',
      body: new URLSearchParams({ csrf, name: 'greta', password: 'x'.repeat(100_000) }),
      headers: { Cookie: cookie },
    });
    assert.equal(answer.status, 413);
  });
});
