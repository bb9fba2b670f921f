import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { ErrorBody } from '../../src/api/shared/errors.ts';
import { call, storedApi } from './support/stored-api.ts';

const api = storedApi();

describe('API when the database fails', () => {
  test('a failing query is a 500 with the error shape and no stack trace or SQL', async () => {
    // A real failure: the table the list reads is gone.
    // PostgreSQL refuses to drop a table others refer to unless told to drop those references too.
    const cascade = api.current.ctx.store.dialect === 'postgres' ? sql` CASCADE` : sql``;
    await sql`DROP TABLE article_feeds${cascade}`.execute(api.current.ctx.store.db);
    await sql`DROP TABLE articles${cascade}`.execute(api.current.ctx.store.db);
    for (const path of ['/api/v1/articles', '/api/v1/articles/1']) {
      const answer = await call(api.current, path);
      assert.equal(answer.status, 500, answer.text);
      const { error } = ErrorBody.parse(answer.json);
      assert.equal(error.code, 'internal_error');
      assert.doesNotMatch(answer.text, /articles|SqliteError|select|\.ts:\d+|at /i);
      assert.equal(answer.headers.get('cache-control'), 'no-store');
    }
    // What does not need the lost table still answers.
    assert.equal((await call(api.current, '/api/v1/sources')).status, 200);
  });
});
