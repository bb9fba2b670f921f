import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAgency, splitByline } from '../../src/domain/authors.ts';

const names = (byline: string | null) => splitByline(byline).map((a) => (a.agency ? `[${a.name}]` : a.name));

const cases: Array<{ name: string; input: string | null; expected: string[] }> = [
  { name: 'one person', input: 'Jana Ostwald', expected: ['Jana Ostwald'] },
  { name: 'German "und"', input: 'Jana Ostwald und Tim Bergmann', expected: ['Jana Ostwald', 'Tim Bergmann'] },
  { name: 'comma list', input: 'Jana Ostwald, Tim Bergmann, Ida Kern', expected: ['Jana Ostwald', 'Tim Bergmann', 'Ida Kern'] },
  { name: 'English "and"', input: 'Ann Lee and Bo Reed', expected: ['Ann Lee', 'Bo Reed'] },
  { name: 'ampersand', input: 'Ann Lee & Bo Reed', expected: ['Ann Lee', 'Bo Reed'] },
  { name: 'lead-in removed', input: 'Von Jana Ostwald', expected: ['Jana Ostwald'] },
  { name: 'agencies marked, pair split', input: 'Tim Bergmann, dpa/AFP', expected: ['Tim Bergmann', '[dpa]', '[AFP]'] },
  { name: 'agency spelled in capitals keeps its usual name', input: 'DPA', expected: ['[dpa]'] },
  { name: 'e-mail and nickname quotes dropped', input: 'Hanna "HM" Meerbusch <hm@example>', expected: ['Hanna HM Meerbusch'] },
  { name: 'a sentence is not a name', input: 'Dieser Text wurde von unserer Redaktion mit Material der Agenturen erstellt', expected: [] },
  { name: 'the same name twice counts once', input: 'Ida Kern und Ida Kern', expected: ['Ida Kern'] },
  { name: 'nothing', input: null, expected: [] },
  { name: 'tags are dropped like e-mail brackets; the rest is text for the page to escape', input: '<script>x</script> O\'Kern <3', expected: ["x O'Kern <3"] },
];
for (const c of cases) test(`splitByline: ${c.name}`, () => assert.deepEqual(names(c.input), c.expected));

test('splitByline gives slugs with umlauts spelled out', () => {
  assert.deepEqual(splitByline('Jörg Müßig'), [{ slug: 'joerg-muessig', name: 'Jörg Müßig', agency: false }]);
});

test('isAgency knows the agencies, not people', () => {
  assert.equal(isAgency('Reuters'), true);
  assert.equal(isAgency('epd'), true);
  assert.equal(isAgency('Jana Reuter'), false);
});
