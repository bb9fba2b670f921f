import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeSearchProblem, readSearch, SEARCH_MAX_CHARS, SEARCH_MAX_TERMS } from '../../src/domain/search-query.ts';

const none = { sources: [], categories: [], from: null, until: null, language: null };

test('reads words, phrases, exclusions, OR groups and filters', () => {
  const cases = [
    { input: ' Haushalt   Koalition ', groups: [[{ kind: 'word', text: 'Haushalt' }], [{ kind: 'word', text: 'Koalition' }]], excluded: [], filters: none },
    { input: '"neue Schulden" -Opposition', groups: [[{ kind: 'phrase', text: 'neue Schulden' }]], excluded: [{ kind: 'word', text: 'Opposition' }], filters: none },
    {
      input: 'Elbe OR Rhein OR "Weser Ems" Pegel',
      groups: [[{ kind: 'word', text: 'Elbe' }, { kind: 'word', text: 'Rhein' }, { kind: 'phrase', text: 'Weser Ems' }], [{ kind: 'word', text: 'Pegel' }]],
      excluded: [],
      filters: none,
    },
    { input: 'Rat -"großer Mehrheit"', groups: [[{ kind: 'word', text: 'Rat' }]], excluded: [{ kind: 'phrase', text: 'großer Mehrheit' }], filters: none },
    {
      input: 'Wahl quelle:rundschau source:"Harbour Post" rubrik:politik category:welt von:01.02.2026 bis:2026 sprache:Deutsch',
      groups: [[{ kind: 'word', text: 'Wahl' }]],
      excluded: [],
      filters: { sources: ['rundschau', 'Harbour Post'], categories: ['politik', 'welt'], from: '2026-02-01', until: '2026-12-31', language: 'de' },
    },
    { input: 'lang:EN from:2026-03-04 until:2026-03-04', groups: [], excluded: [], filters: { ...none, from: '2026-03-04', until: '2026-03-04', language: 'en' } },
    // Unknown prefixes, a lone hyphen and "or" in lower case are plain words.
    { input: 'http://x.example - or', groups: [[{ kind: 'word', text: 'http://x.example' }], [{ kind: 'word', text: '-' }], [{ kind: 'word', text: 'or' }]], excluded: [], filters: none },
  ];
  for (const c of cases) {
    const read = readSearch(c.input);
    assert.equal(read.kind, 'query', c.input);
    if (read.kind !== 'query') continue;
    assert.deepEqual({ groups: read.query.groups, excluded: read.query.excluded, filters: read.query.filters }, { groups: c.groups, excluded: c.excluded, filters: c.filters }, c.input);
  }
});

test('empty texts and control characters', () => {
  assert.deepEqual(readSearch(undefined), { kind: 'empty' });
  assert.deepEqual(readSearch(' \u0000\t '), { kind: 'empty' });
  const read = readSearch('Rat\u0007Haus');
  assert.equal(read.kind === 'query' && read.query.text, 'Rat Haus');
});

test('texts that are not queries say why, and never throw', () => {
  const cases: Array<[string, string]> = [
    ['x'.repeat(SEARCH_MAX_CHARS + 1), 'too_long'],
    [Array.from({ length: SEARCH_MAX_TERMS + 1 }, (_, i) => `w${i}`).join(' '), 'too_many_terms'],
    ['"offen', 'unbalanced_quote'],
    ['Wort"', 'unbalanced_quote'],
    ['a "" b', 'empty_phrase'],
    ['OR a', 'misplaced_or'],
    ['a OR', 'misplaced_or'],
    ['a OR OR b', 'misplaced_or'],
    ['a OR -b', 'misplaced_or'],
    ['-a -b', 'only_exclusions'],
    ['a quelle:', 'empty_filter'],
    ['a von:2026-02-30', 'bad_date'],
    ['a bis:31.13.2026', 'bad_date'],
    ['a von:gestern', 'bad_date'],
    ['a von:1850', 'bad_date'],
    ['a von:2026-03-01 bis:2026-02-01', 'dates_reversed'],
    ['a sprache:deu', 'bad_language'],
  ];
  for (const [input, code] of cases) {
    const read = readSearch(input);
    assert.equal(read.kind === 'invalid' && read.problem.code, code, input);
    if (read.kind === 'invalid') assert.ok(describeSearchProblem(read.problem).length > 10);
  }
});

test('a search with only filters is a query; exclusions with only filters are not', () => {
  assert.equal(readSearch('rubrik:sport').kind, 'query');
  assert.equal(readSearch('rubrik:sport -Fußball').kind, 'invalid');
});
