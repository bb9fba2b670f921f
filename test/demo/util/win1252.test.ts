import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeWindows1252Html } from '../../../src/demo/util/win1252.ts';

const cases: Array<{ name: string; input: string; expected: number[] }> = [
  { name: 'ASCII', input: 'Ab', expected: [0x41, 0x62] },
  { name: 'umlauts and ß', input: 'äöüß', expected: [0xe4, 0xf6, 0xfc, 0xdf] },
  { name: 'German quotes, dash and euro from the 0x80–0x9F block', input: '„“–€', expected: [0x84, 0x93, 0x96, 0x80] },
  { name: 'characters outside the code page become references', input: 'č', expected: [...Buffer.from('&#269;')] },
];

for (const c of cases) {
  test(`encodeWindows1252Html: ${c.name}`, () => {
    assert.deepEqual([...encodeWindows1252Html(c.input)], c.expected);
  });
}
