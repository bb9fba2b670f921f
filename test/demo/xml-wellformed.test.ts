import { test } from 'node:test';
import assert from 'node:assert/strict';
import { xmlProblem } from './xml-wellformed.ts';

const cases: Array<{ name: string; input: string; expected: boolean }> = [
  { name: 'simple document', input: '<?xml version="1.0"?><a x="1"><b/>t &amp; u</a>', expected: true },
  { name: 'CDATA with markup', input: '<a><![CDATA[<p>x & y</p>]]></a>', expected: true },
  { name: 'bare ampersand', input: '<a>x & y</a>', expected: false },
  { name: 'unknown entity', input: '<a>&nbsp;</a>', expected: false },
  { name: 'crossed tags', input: '<a><b></a></b>', expected: false },
  { name: 'unclosed element', input: '<a><b></a>', expected: false },
  { name: 'two roots', input: '<a/><b/>', expected: false },
  { name: 'unquoted attribute', input: '<a x=1/>', expected: false },
  { name: 'lt in attribute', input: '<a x="<"/>', expected: false },
];

for (const c of cases) {
  test(`xmlProblem: ${c.name}`, () => {
    assert.equal(xmlProblem(c.input) === null, c.expected, String(xmlProblem(c.input)));
  });
}
