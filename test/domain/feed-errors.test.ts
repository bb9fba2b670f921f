import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedErrorMessage, httpErrorCode } from '../../src/domain/feed-errors.ts';

const cases = [
  { code: 'timeout', de: 'Der Server hat nicht rechtzeitig geantwortet.', en: 'The server did not answer in time.' },
  { code: 'http_404', de: 'Der Feed wurde nicht gefunden (HTTP 404).', en: 'The feed was not found (HTTP 404).' },
  { code: 'http_503', de: 'Der Server hat einen Fehler gemeldet (HTTP 503).', en: 'The server reported an error (HTTP 503).' },
  { code: 'http_418', de: 'Der Server hat mit HTTP 418 geantwortet.', en: 'The server answered HTTP 418.' },
  { code: 'not_a_feed', de: 'Unter der Adresse liegt kein Feed.', en: 'The address does not hold a feed.' },
  { code: 'frobnicated', de: 'Unbekannter Fehler (frobnicated).', en: 'Unknown error (frobnicated).' },
];
for (const { code, de, en } of cases) {
  test(`the message for ${code} in both languages`, () => {
    assert.equal(feedErrorMessage(code, 'de'), de);
    assert.equal(feedErrorMessage(code, 'en'), en);
  });
}

test('every documented code has its own message in both languages', () => {
  const codes = ['timeout', 'dns', 'tls', 'network', 'too_large', 'too_many_redirects', 'blocked_address', 'not_a_feed', 'parse_error', 'gone', 'http_404'];
  for (const code of codes) {
    for (const lang of ['de', 'en'] as const) assert.doesNotMatch(feedErrorMessage(code, lang), /Unknown|Unbekannt/, `${code} ${lang}`);
  }
});

test('410 is gone, other statuses keep their number', () => {
  assert.equal(httpErrorCode(410), 'gone');
  assert.equal(httpErrorCode(404), 'http_404');
  assert.equal(httpErrorCode(503), 'http_503');
});
