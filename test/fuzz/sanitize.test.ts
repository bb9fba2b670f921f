// Hostile markup straight into the sanitiser: only allowed markup comes out, a second pass changes
// nothing, and no case passes the deadline. (Feed items and extracted bodies are checked in
// feeds.test.ts and pages.test.ts.)
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { announce, runs, testTimeout } from './budget.ts';
import { assertSafeSanitised } from './checks.ts';
import { hostileMarkup, hostileText } from './hostile.ts';

const CASES = 3000;
const BASES = ['https://news.example/ressort/artikel.html', 'http://127.0.0.1:9/', 'https://www.zeitung.example/a/b/c?d=e'];

announce('sanitize');

describe('fuzzing the sanitiser', () => {
  test('hostile markup comes out with allowed markup only, and stable', { timeout: testTimeout(CASES) }, () => {
    const arb = fc.tuple(fc.array(fc.oneof(hostileMarkup, hostileText), { maxLength: 6 }), fc.constantFrom(...BASES));
    fc.assert(fc.property(arb, ([parts, base]) => void assertSafeSanitised(parts.join(''), base)), runs(CASES));
  });
});
