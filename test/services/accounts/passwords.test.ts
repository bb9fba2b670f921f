import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPasswordPolicy, DUMMY_HASH, hashPassword, verifyPassword } from '../../../src/services/accounts/passwords.ts';

// Cheap parameters keep the tests fast; they are stored with the hash like the real ones.
const CHEAP = { N: 1024, r: 8, p: 1 };

describe('password hashing', () => {
  test('a hash names its parameters, has a fresh salt and verifies only its own password', async () => {
    const a = await hashPassword('Korrekt Pferd Batterie', CHEAP);
    const b = await hashPassword('Korrekt Pferd Batterie', CHEAP);
    assert.match(a, /^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    assert.notEqual(a, b);
    assert.equal(await verifyPassword('Korrekt Pferd Batterie', a), true);
    assert.equal(await verifyPassword('korrekt Pferd Batterie', a), false);
  });

  test('the default parameters are the strong ones', async () => {
    assert.match(await hashPassword('Ein langes Kennwort'), /^scrypt\$32768\$8\$1\$/);
  });

  test('composed and decomposed umlauts are the same password', async () => {
    const hash = await hashPassword('Grüße aus Köln', CHEAP);
    assert.equal(await verifyPassword('Gru\u0308ße aus Ko\u0308ln', hash), true);
  });

  test('damaged or hostile hashes match nothing instead of throwing', async () => {
    for (const bad of ['', 'plain', 'scrypt$1024$8$1$abc', 'scrypt$1000$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', `scrypt$${2 ** 24}$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`]) {
      assert.equal(await verifyPassword('whatever it is', bad), false, bad);
    }
    assert.equal(await verifyPassword('', DUMMY_HASH), false);
  });

  test('the policy refuses short and oversized passwords with a stable code', () => {
    assert.throws(() => checkPasswordPolicy('kurz'), { code: 'weak_password' });
    assert.throws(() => checkPasswordPolicy('x'.repeat(2000)), { code: 'weak_password' });
    assert.doesNotThrow(() => checkPasswordPolicy('zehn Zeichen'));
  });
});
