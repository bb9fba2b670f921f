import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config/config.ts';

test('defaults: port 8080, ./data, German', () => {
  const config = loadConfig({});
  assert.equal(config.port, 8080);
  assert.ok(config.databasePath.endsWith('data/presseschau.sqlite'));
  assert.equal(config.site.defaultLanguage, 'de');
  assert.equal(config.polling.minSeconds, 600);
  assert.equal(config.polling.maxSeconds, 86_400);
});

test('settings from the environment, empty means default', () => {
  const config = loadConfig({ PORT: '9000', PRESSESCHAU_LANGUAGE: 'en', PRESSESCHAU_SITE_NAME: '', PRESSESCHAU_SCHEDULER: 'off' });
  assert.equal(config.port, 9000);
  assert.equal(config.site.defaultLanguage, 'en');
  assert.equal(config.site.siteName, 'Presseschau');
  assert.equal(config.polling.scheduler, false);
});

test('every invalid setting is reported at once', () => {
  assert.throws(
    () => loadConfig({ PORT: 'achtzig', PRESSESCHAU_LANGUAGE: 'fr', PRESSESCHAU_POLL_MIN: '-5' }),
    (error: Error) => /PORT/.test(error.message) && /PRESSESCHAU_LANGUAGE/.test(error.message) && /PRESSESCHAU_POLL_MIN/.test(error.message),
  );
});
