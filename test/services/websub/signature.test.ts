import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { randomHex, signBody, verifySignature } from '../../../src/services/websub/signature.ts';

const SECRET = 'a'.repeat(64);
const BODY = new TextEncoder().encode('<feed><title>Neu</title></feed>');
const hmac = (method: string, secret = SECRET, body: Uint8Array = BODY) => createHmac(method, secret).update(body).digest('hex');

const cases: Array<{ name: string; header: string | null; expected: boolean }> = [
  { name: 'sha1', header: `sha1=${hmac('sha1')}`, expected: true },
  { name: 'sha256', header: `sha256=${hmac('sha256')}`, expected: true },
  { name: 'sha384', header: `sha384=${hmac('sha384')}`, expected: true },
  { name: 'sha512', header: `sha512=${hmac('sha512')}`, expected: true },
  { name: 'method and digest in upper case', header: `SHA256=${hmac('sha256').toUpperCase()}`, expected: true },
  { name: 'missing header', header: null, expected: false },
  { name: 'empty header', header: '', expected: false },
  { name: 'wrong secret', header: `sha256=${hmac('sha256', 'b'.repeat(64))}`, expected: false },
  { name: 'signature of another body', header: `sha256=${hmac('sha256', SECRET, new TextEncoder().encode('other'))}`, expected: false },
  { name: 'digest of the wrong method', header: `sha512=${hmac('sha256')}`, expected: false },
  { name: 'unknown method', header: `md5=${createHmac('md5', SECRET).update(BODY).digest('hex')}`, expected: false },
  { name: 'truncated digest', header: `sha256=${hmac('sha256').slice(0, 40)}`, expected: false },
  { name: 'odd-length digest', header: `sha256=${hmac('sha256')}0`, expected: false },
  { name: 'not hex', header: `sha256=${'z'.repeat(64)}`, expected: false },
  { name: 'no method', header: hmac('sha256'), expected: false },
];

for (const { name, header, expected } of cases) {
  test(`verifySignature: ${name}`, () => {
    assert.equal(verifySignature(BODY, SECRET, header), expected);
  });
}

test('signBody produces what verifySignature accepts, for every method', () => {
  for (const method of ['sha1', 'sha256', 'sha384', 'sha512'] as const) {
    assert.equal(verifySignature(BODY, SECRET, signBody(BODY, SECRET, method)), true);
  }
});

test('randomHex gives fresh values of the asked length', () => {
  const a = randomHex(32);
  assert.match(a, /^[0-9a-f]{64}$/);
  assert.notEqual(a, randomHex(32));
});
