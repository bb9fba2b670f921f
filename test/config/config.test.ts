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

test('without DATABASE_URL the database is SQLite in the data folder', () => {
  const config = loadConfig({ PRESSESCHAU_DATA: '/srv/presseschau' });
  assert.deepEqual(config.database, { kind: 'sqlite', path: '/srv/presseschau/presseschau.sqlite', label: '/srv/presseschau/presseschau.sqlite' });
});

test('DATABASE_URL chooses PostgreSQL, with pool size and schema; the label hides the password', () => {
  const config = loadConfig({
    DATABASE_URL: 'postgres://presse:geheim@db.example:5433/presseschau?sslmode=require',
    PRESSESCHAU_DATABASE_POOL: '25',
    PRESSESCHAU_DATABASE_SCHEMA: 'site_a',
  });
  assert.ok(config.database.kind === 'postgres');
  assert.equal(config.database.url, 'postgres://presse:geheim@db.example:5433/presseschau?sslmode=require');
  assert.equal(config.database.poolSize, 25);
  assert.equal(config.database.schema, 'site_a');
  assert.equal(config.database.label, 'postgres://presse:***@db.example:5433/presseschau?sslmode=require (schema site_a)');
  assert.deepEqual(loadConfig({ DATABASE_URL: 'postgresql://localhost/presseschau' }).database, {
    kind: 'postgres', url: 'postgresql://localhost/presseschau', poolSize: 10, label: 'postgresql://localhost/presseschau',
  });
});

test('a DATABASE_URL that is no PostgreSQL connection string is refused, and its password is never printed', () => {
  const cases: Array<[string, RegExp]> = [
    ['mysql://root:geheim@db.example/presse', /must start with postgres:\/\//],
    ['postgres://presse:geheim@db.example', /names no database/],
    ['postgres://presse:geheim@:5432/presse', /(names no host|not a readable URL)/],
  ];
  for (const [url, reason] of cases) {
    assert.throws(
      () => loadConfig({ DATABASE_URL: url }),
      (error: Error) => /DATABASE_URL/.test(error.message) && reason.test(error.message) && !error.message.includes('geheim'),
      url,
    );
  }
  assert.throws(() => loadConfig({ DATABASE_URL: 'postgres://localhost/p', PRESSESCHAU_DATABASE_POOL: '0', PRESSESCHAU_DATABASE_SCHEMA: 'Site-A' }), (error: Error) =>
    /PRESSESCHAU_DATABASE_POOL/.test(error.message) && /PRESSESCHAU_DATABASE_SCHEMA/.test(error.message),
  );
});
