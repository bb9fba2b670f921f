import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localPath } from '../../src/web/urls.ts';

const cases: Array<{ name: string; input: string | null; expected: string | null }> = [
  { name: 'plain path', input: '/rubrik/politik', expected: '/rubrik/politik' },
  { name: 'path with query', input: '/?cursor=abc', expected: '/?cursor=abc' },
  { name: 'protocol-relative host', input: '//evil.example', expected: null },
  { name: 'protocol-relative with path', input: '//evil.example/x', expected: null },
  { name: 'backslash host', input: '/\\evil.example', expected: null },
  { name: 'tab that browsers strip', input: '/\t/evil.example', expected: null },
  { name: 'newline that browsers strip', input: '/\n/evil.example', expected: null },
  { name: 'absolute URL', input: 'https://evil.example/', expected: null },
  { name: 'scheme', input: 'javascript:alert(1)', expected: null },
  { name: 'relative path', input: 'rubrik', expected: null },
  { name: 'empty', input: '', expected: null },
  { name: 'missing', input: null, expected: null },
  { name: 'dot segments stay local', input: '/a/../../b', expected: '/b' },
  { name: 'dot segment folding into //host', input: '/.//evil.example', expected: null },
  { name: 'parent segment folding into //host', input: '/a/..//evil.example', expected: null },
  { name: 'encoded slashes stay a local path', input: '/%2F%2Fevil.example', expected: '/%2F%2Fevil.example' },
  { name: 'encoded backslash stays a local path', input: '/%5Cevil.example', expected: '/%5Cevil.example' },
  { name: 'scheme without slashes', input: 'https:evil.example', expected: null },
];

for (const { name, input, expected } of cases) {
  test(`localPath: ${name}`, () => assert.equal(localPath(input), expected));
}
