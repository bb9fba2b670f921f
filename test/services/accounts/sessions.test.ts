import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixedClock } from '../../../src/platform/clock.ts';
import type { AccountDeps } from '../../../src/services/accounts/deps.ts';
import { CLI_ACTOR } from '../../../src/services/accounts/deps.ts';
import { login, logout, resolveSession, DEFAULT_LOGIN_LIMITS, DEFAULT_SESSION_LIMITS } from '../../../src/services/accounts/sessions.ts';
import { addUser, changePassword, removeUser } from '../../../src/services/accounts/users.ts';
import { latestAudit } from '../../../src/services/accounts/audit.ts';
import { memoryStore } from '../../store/helpers.ts';

const START = new Date('2026-05-04T10:00:00Z');
const PASSWORD = 'Leuchtturm am Deich';

async function setup(): Promise<AccountDeps & { clock: ReturnType<typeof fixedClock> }> {
  const { db } = await memoryStore();
  const deps = { db, clock: fixedClock(START), scrypt: { N: 1024, r: 8, p: 1 } };
  await addUser(deps, { name: 'greta', role: 'admin', password: PASSWORD }, CLI_ACTOR);
  return deps;
}

const later = (deps: { clock: ReturnType<typeof fixedClock> }, ms: number) => deps.clock.set(new Date(deps.clock.now().getTime() + ms));

describe('login and sessions', () => {
  test('a right password opens a session whose token is found again; the token is not stored', async () => {
    const deps = await setup();
    const result = await login(deps, { name: 'greta', password: PASSWORD, address: '192.0.2.7' });
    assert.equal(result.status, 'ok');
    if (result.status !== 'ok') return;
    const found = await resolveSession(deps, result.token);
    assert.equal(found?.user.name, 'greta');
    const stored = await deps.db.selectFrom('sessions').selectAll().execute();
    assert.equal(stored.length, 1);
    assert.notEqual(stored[0]!.token_hash, result.token);
    assert.ok(!JSON.stringify(stored).includes(result.token));
  });

  test('unknown user and wrong password get the same answer', async () => {
    const deps = await setup();
    assert.deepEqual(await login(deps, { name: 'greta', password: 'falsch falsch', address: '192.0.2.7' }), { status: 'invalid' });
    assert.deepEqual(await login(deps, { name: 'niemand', password: PASSWORD, address: '192.0.2.7' }), { status: 'invalid' });
    assert.deepEqual(await login(deps, { name: '../etc', password: PASSWORD, address: '192.0.2.7' }), { status: 'invalid' });
  });

  test('five failures lock the account, even for the right password, until the window has passed', async () => {
    const deps = await setup();
    for (let i = 0; i < DEFAULT_LOGIN_LIMITS.perAccount; i++) {
      assert.equal((await login(deps, { name: 'greta', password: `falsch ${i}xxxxxxx`, address: `198.51.100.${i}` })).status, 'invalid');
      later(deps, 1000);
    }
    const locked = await login(deps, { name: 'GRETA', password: PASSWORD, address: '203.0.113.9' });
    assert.equal(locked.status, 'locked');
    later(deps, DEFAULT_LOGIN_LIMITS.windowMs);
    assert.equal((await login(deps, { name: 'greta', password: PASSWORD, address: '203.0.113.9' })).status, 'ok');
  });

  test('an address that fails for many names is locked for every name', async () => {
    const deps = await setup();
    for (let i = 0; i < DEFAULT_LOGIN_LIMITS.perAddress; i++) await login(deps, { name: `name${i}`, password: 'falsch falsch', address: '198.51.100.1' });
    assert.equal((await login(deps, { name: 'greta', password: PASSWORD, address: '198.51.100.1' })).status, 'locked');
    assert.equal((await login(deps, { name: 'greta', password: PASSWORD, address: '198.51.100.2' })).status, 'ok');
  });

  test('a success forgets the earlier failures of the account', async () => {
    const deps = await setup();
    for (let i = 0; i < DEFAULT_LOGIN_LIMITS.perAccount - 1; i++) await login(deps, { name: 'greta', password: 'falsch falsch', address: '198.51.100.1' });
    assert.equal((await login(deps, { name: 'greta', password: PASSWORD, address: '198.51.100.1' })).status, 'ok');
    assert.equal((await login(deps, { name: 'greta', password: 'falsch falsch', address: '198.51.100.1' })).status, 'invalid');
    assert.equal((await login(deps, { name: 'greta', password: PASSWORD, address: '198.51.100.1' })).status, 'ok');
  });

  test('a session expires when idle and at its maximum age, and is then removed', async () => {
    const deps = await setup();
    const first = await login(deps, { name: 'greta', password: PASSWORD, address: '192.0.2.7' });
    assert.equal(first.status, 'ok');
    if (first.status !== 'ok') return;
    later(deps, DEFAULT_SESSION_LIMITS.idleMs - 1000);
    assert.ok(await resolveSession(deps, first.token));
    later(deps, DEFAULT_SESSION_LIMITS.idleMs);
    assert.equal(await resolveSession(deps, first.token), null);
    assert.equal((await deps.db.selectFrom('sessions').selectAll().execute()).length, 0);

    const second = await login(deps, { name: 'greta', password: PASSWORD, address: '192.0.2.7' });
    if (second.status !== 'ok') return assert.fail('login failed');
    // Used every hour, it still ends at the maximum age.
    for (let used = 0; used < DEFAULT_SESSION_LIMITS.maxMs - 3_600_000; used += 3_600_000) {
      later(deps, 3_600_000);
      assert.ok(await resolveSession(deps, second.token));
    }
    later(deps, 3_600_000);
    assert.equal(await resolveSession(deps, second.token), null);
  });

  test('logout ends the session and is written to the audit log', async () => {
    const deps = await setup();
    const result = await login(deps, { name: 'greta', password: PASSWORD, address: '192.0.2.7' });
    if (result.status !== 'ok') return assert.fail('login failed');
    const active = await resolveSession(deps, result.token);
    await logout(deps, active!, { userId: active!.user.id, name: 'greta', address: '192.0.2.7' });
    assert.equal(await resolveSession(deps, result.token), null);
    const actions = (await latestAudit(deps.db)).map((e) => `${e.action} ${e.userName} ${e.address ?? '-'}`);
    assert.deepEqual(actions, ['logout greta 192.0.2.7', 'login greta 192.0.2.7', 'user.add cli -']);
  });

  test('a password change ends the other sessions and keeps the one that made it', async () => {
    const deps = await setup();
    const a = await login(deps, { name: 'greta', password: PASSWORD, address: '192.0.2.7' });
    const b = await login(deps, { name: 'greta', password: PASSWORD, address: '192.0.2.8' });
    if (a.status !== 'ok' || b.status !== 'ok') return assert.fail('login failed');
    const { sessionsEnded } = await changePassword(deps, { name: 'greta', password: 'Ein ganz neues Kennwort', keepSessionId: a.session.id }, CLI_ACTOR);
    assert.equal(sessionsEnded, 1);
    assert.ok(await resolveSession(deps, a.token));
    assert.equal(await resolveSession(deps, b.token), null);
    assert.equal((await login(deps, { name: 'greta', password: PASSWORD, address: '192.0.2.7' })).status, 'invalid');
  });

  test('users: bad names, roles and duplicates are refused; the last admin stays', async () => {
    const deps = await setup();
    await assert.rejects(addUser(deps, { name: 'greta', role: 'editor', password: PASSWORD }, CLI_ACTOR), { code: 'duplicate_user' });
    await assert.rejects(addUser(deps, { name: 'a b', role: 'editor', password: PASSWORD }, CLI_ACTOR), { code: 'invalid_name' });
    await assert.rejects(addUser(deps, { name: 'otto', role: 'root', password: PASSWORD }, CLI_ACTOR), { code: 'invalid_role' });
    await assert.rejects(addUser(deps, { name: 'otto', role: 'editor', password: 'kurz' }, CLI_ACTOR), { code: 'weak_password' });
    await assert.rejects(removeUser(deps, 'greta', CLI_ACTOR), { code: 'last_admin' });
    await assert.rejects(removeUser(deps, 'niemand', CLI_ACTOR), { code: 'user_not_found' });
  });
});
