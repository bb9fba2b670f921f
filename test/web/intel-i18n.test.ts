import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intelCatalogs } from '../../src/web/i18n/intel.ts';

test('both intelligence catalogs have the same keys, no empty text and the same placeholders', () => {
  const { de, en } = intelCatalogs;
  assert.deepEqual(Object.keys(de).sort(), Object.keys(en).sort());
  const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(de) as Array<keyof typeof de>) {
    assert.ok(de[key].trim() !== '' && en[key].trim() !== '', key);
    assert.deepEqual(placeholders(de[key]), placeholders(en[key]), key);
  }
});
