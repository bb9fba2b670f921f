import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWhitespace } from '../../src/domain/whitespace.ts';

test('white space is exactly what \\s matches, for every UTF-16 code unit', () => {
  for (let code = 0; code <= 0xffff; code++) assert.equal(isWhitespace(code), /\s/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
});
