import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCursor, encodeCursor } from '../../src/store/cursor.ts';
import { AppError } from '../../src/platform/errors.ts';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('list cursors', () => {
  test('round-trip and are URL-safe', () => {
    const position = { sortAt: '2026-03-01T08:00:00.000Z', id: 4711 };
    const cursor = encodeCursor(position);
    assert.match(cursor, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(decodeCursor(cursor), position);
  });

  const bad = [
    { name: 'not base64 JSON', input: '!!!' },
    { name: 'empty JSON object', input: b64({}) },
    { name: 'three elements', input: b64(['2026-03-01T08:00:00.000Z', 1, 2]) },
    { name: 'time not in stored form', input: b64(['2026-03-01', 1]) },
    { name: 'time impossible', input: b64(['2026-13-45T99:00:00.000Z', 1]) },
    { name: 'id zero', input: b64(['2026-03-01T08:00:00.000Z', 0]) },
    { name: 'id fractional', input: b64(['2026-03-01T08:00:00.000Z', 1.5]) },
    { name: 'id as string', input: b64(['2026-03-01T08:00:00.000Z', '7']) },
    { name: 'SQL in the time', input: b64(["2026' OR 1=1 --", 1]) },
  ];
  for (const { name, input } of bad) {
    test(`rejects ${name} with bad_cursor`, () => {
      assert.throws(() => decodeCursor(input), (e: unknown) => e instanceof AppError && e.code === 'bad_cursor');
    });
  }
});
