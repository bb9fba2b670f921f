import { test } from 'node:test';
import assert from 'node:assert/strict';
import { de } from '../../src/web/i18n/de.ts';
import { en } from '../../src/web/i18n/en.ts';
import { fill, fillParts } from '../../src/web/i18n/index.ts';

test('both catalogs have the same keys and no empty text', () => {
  assert.deepEqual(Object.keys(de).sort(), Object.keys(en).sort());
  for (const [key, value] of [...Object.entries(de), ...Object.entries(en)]) assert.ok(value.trim() !== '', key);
});

test('both catalogs use the same placeholders for each key', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(de) as Array<keyof typeof de>) {
    assert.deepEqual(placeholders(de[key]), placeholders(en[key]), key);
  }
});

test('fill replaces known placeholders and keeps unknown ones', () => {
  assert.equal(fill('Von {name} ({x})', { name: 'Ada' }), 'Von Ada ({x})');
});

test('fillParts puts values between the text pieces', () => {
  assert.deepEqual(fillParts('entdeckt {time}', { time: 42 }), ['entdeckt ', 42]);
  assert.deepEqual(fillParts('{time} ago', { time: 42 }), [42, ' ago']);
});
