import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntityResolver } from '../../../../src/ingest/feeds/xml/entities.ts';

const resolver = () => {
  const problems: string[] = [];
  return { problems, entities: new EntityResolver((p) => problems.push(p)) };
};

test('escaped HTML made of the five predefined entities is decoded without problems', () => {
  const { problems, entities } = resolver();
  assert.equal(entities.decode('&lt;p&gt;Fish &amp; Chips, &quot;frisch&quot; &apos;heute&apos;&lt;/p&gt;'), '<p>Fish & Chips, "frisch" \'heute\'</p>');
  assert.deepEqual(problems, []);
});

test('other references beside predefined ones still resolve, and stray ampersands are reported', () => {
  const { problems, entities } = resolver();
  assert.equal(entities.decode('&lt;b&gt;Caf&#233; &amp; Bar&lt;/b&gt;'), '<b>Café & Bar</b>');
  assert.equal(entities.decode('A & B &lt; C'), 'A & B < C');
  assert.deepEqual(problems, ['unescaped & in text']);
});

test('an HTML entity is expanded but reported as undefined in XML', () => {
  const { problems, entities } = resolver();
  assert.equal(entities.decode('&lt;i&gt;&auml;&lt;/i&gt;'), '<i>ä</i>');
  assert.deepEqual(problems, ['undefined entity &auml;']);
});
