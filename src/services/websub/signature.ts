import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// WebSub §8: the hub signs each distributed body with the subscriber's secret and sends
// `X-Hub-Signature: method=hexdigest`; these are the methods the recommendation names.
const METHODS = new Set(['sha1', 'sha256', 'sha384', 'sha512']);

/**
 * True when `header` is a valid `X-Hub-Signature` of `body` under `secret`: a known method and an
 * HMAC digest that matches, compared in constant time. A missing or malformed header is false.
 */
export function verifySignature(body: Uint8Array, secret: string, header: string | null | undefined): boolean {
  const match = /^\s*(sha1|sha256|sha384|sha512)=([0-9a-f]+)\s*$/i.exec(header ?? '');
  if (!match) return false;
  const method = match[1]!.toLowerCase();
  const hex = match[2]!;
  if (!METHODS.has(method) || hex.length % 2 !== 0) return false;
  const expected = createHmac(method, secret).update(body).digest();
  const given = Buffer.from(hex, 'hex');
  // timingSafeEqual needs equal lengths; the length of a digest is public anyway.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Signs a body the way a hub does (`sha256=…` by default); used by tests and tools. */
export function signBody(body: Uint8Array | string, secret: string, method: 'sha1' | 'sha256' | 'sha384' | 'sha512' = 'sha256'): string {
  return `${method}=${createHmac(method, secret).update(body).digest('hex')}`;
}

/** A fresh random value as hex, `bytes` long before encoding (secrets and callback tokens). */
export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}
