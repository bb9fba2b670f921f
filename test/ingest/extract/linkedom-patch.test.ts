import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
// @ts-expect-error a plain script without types
import { eventTargetFiles, patched, stateOf } from '../../../scripts/patch-linkedom.js';

// scripts/patch-linkedom.js (npm's postinstall) makes linkedom create a node's listener map on the
// first addEventListener instead of in every node's constructor.

describe('linkedom patch', () => {
  test('both installed copies of the event-target module are patched', () => {
    for (const file of eventTargetFiles() as string[]) assert.equal(stateOf(readFileSync(file, 'utf8')), 'patched', file);
  });

  test('patching an original module changes exactly the three places, and a patched one is recognised', () => {
    const original = [
      'class DOMEventTarget {',
      '  constructor() {\n    wm.set(this, new Map);\n  }',
      '  addEventListener(type, listener, options) {\n    const map = wm.get(this);\n    if (!map.has(type))',
      '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
      '}',
    ].join('\n');
    assert.equal(stateOf(original), 'unpatched');
    const result = patched(original) as string;
    assert.equal(stateOf(result), 'patched');
    assert.ok(!result.includes('wm.set(this, new Map);\n  }'));
    assert.ok(result.includes('if (!map) wm.set(this, (map = new Map));'));
    assert.ok(result.includes('if (map && map.has(type)) {'));
    // A module that reads otherwise is not touched.
    assert.equal(stateOf(original.replace('const map = wm.get(this);\n    if (map.has', 'const m = wm.get(this);\n    if (m.has')), 'unknown');
  });

  test('events still reach listeners, bubble, run once, and stop when removed', () => {
    const { document, Event } = parseHTML('<html><body><div id="outer"><p id="inner">Text</p></div></body></html>');
    const outer = document.getElementById('outer')!;
    const inner = document.getElementById('inner')!;
    const seen: string[] = [];
    const onInner = () => seen.push('inner');
    inner.addEventListener('ping', onInner);
    outer.addEventListener('ping', () => seen.push('outer'));
    inner.addEventListener('ping', () => seen.push('once'), { once: true });

    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    assert.deepEqual(seen, ['inner', 'once', 'outer']);

    inner.removeEventListener('ping', onInner);
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    assert.deepEqual(seen, ['inner', 'once', 'outer', 'outer']);

    // Removing from, and dispatching on, a node that never had a listener is harmless.
    const lone = document.createElement('span');
    lone.removeEventListener('ping', onInner);
    assert.equal(lone.dispatchEvent(new Event('ping')), true);
  });
});
