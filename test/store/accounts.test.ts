import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appendAudit, countFailedLogins, countUserSessions, createUser, deleteExpiredSessions, deleteUser, deleteUserSessions, getSessionByTokenHash,
  getUserCredentials, insertSession, listAudit, listUsers, pruneFailedLogins, recordFailedLogin,
} from '../../src/store/index.ts';
import { memoryStore } from './helpers.ts';

const AT = new Date('2026-05-04T10:00:00Z');

describe('accounts in the store', () => {
  test('a user name is unique; the hash is only handed out with the credentials', async () => {
    const { db } = await memoryStore();
    const user = await createUser(db, { name: 'greta', role: 'admin', passwordHash: 'scrypt$x', at: AT });
    assert.deepEqual(Object.keys(user).sort(), ['createdAt', 'id', 'name', 'passwordChangedAt', 'role']);
    await assert.rejects(createUser(db, { name: 'greta', role: 'editor', passwordHash: 'y', at: AT }), { code: 'duplicate_user' });
    assert.equal((await getUserCredentials(db, 'greta'))?.passwordHash, 'scrypt$x');
    assert.deepEqual((await listUsers(db)).map((u) => u.name), ['greta']);
  });

  test('removing a user ends their sessions and keeps their name in the audit log', async () => {
    const { db } = await memoryStore();
    const user = await createUser(db, { name: 'otto', role: 'editor', passwordHash: 'h', at: AT });
    await insertSession(db, { tokenHash: 'a'.repeat(64), userId: user.id, csrfToken: 'c', address: '192.0.2.1', at: AT, expiresAt: new Date(AT.getTime() + 1000) });
    await appendAudit(db, { userId: user.id, userName: 'otto', action: 'login', target: 'otto', address: '192.0.2.1', at: AT });
    await deleteUser(db, user.id);
    assert.equal(await getSessionByTokenHash(db, 'a'.repeat(64)), null);
    const [entry] = await listAudit(db, { limit: 10 });
    assert.equal(entry?.userId, null);
    assert.equal(entry?.userName, 'otto');
  });

  test('sessions: all of a user but one end together; expired ones are swept', async () => {
    const { db } = await memoryStore();
    const user = await createUser(db, { name: 'ida', role: 'admin', passwordHash: 'h', at: AT });
    const make = (n: number, ms: number) =>
      insertSession(db, { tokenHash: String(n).repeat(64), userId: user.id, csrfToken: 'c', address: null, at: AT, expiresAt: new Date(AT.getTime() + ms) });
    const keep = await make(1, 10_000);
    await make(2, 10_000);
    await make(3, 10);
    assert.equal(await deleteExpiredSessions(db, new Date(AT.getTime() + 100)), 1);
    assert.equal(await deleteUserSessions(db, user.id, keep.id), 1);
    assert.equal(await countUserSessions(db, user.id), 1);
  });

  test('failed logins are counted per account and per address within the window', async () => {
    const { db } = await memoryStore();
    const minute = 60_000;
    for (let i = 0; i < 3; i++) await recordFailedLogin(db, { account: 'greta', address: '192.0.2.1', at: new Date(AT.getTime() + i * minute) });
    await recordFailedLogin(db, { account: 'otto', address: '192.0.2.1', at: new Date(AT.getTime() + 5 * minute) });
    const counts = await countFailedLogins(db, { account: 'greta', address: '192.0.2.1', since: new Date(AT.getTime() + 30_000) });
    assert.deepEqual(counts, { account: 2, address: 3, oldestAccount: '2026-05-04T10:01:00.000Z', oldestAddress: '2026-05-04T10:01:00.000Z' });
    await pruneFailedLogins(db, new Date(AT.getTime() + 3 * minute));
    const later = await countFailedLogins(db, { account: 'greta', address: '192.0.2.1', since: AT });
    assert.equal(later.account, 0);
    assert.equal(later.address, 1);
  });
});
