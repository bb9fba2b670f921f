// Creates the PostgreSQL database the test suite runs on (PRESSESCHAU_TEST_DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/test) when it does not exist yet; used by .ci/run.
import pg from 'pg';

const url = new URL(process.env.PRESSESCHAU_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test');
const name = decodeURIComponent(url.pathname.slice(1));
if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unusual test database name "${name}"`);
const admin = new URL(url);
admin.pathname = '/postgres';
const client = new pg.Client({ connectionString: admin.toString() });
await client.connect();
try {
  const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
  if (rowCount === 0) {
    await client.query(`create database ${name}`);
    console.log(`Created the test database ${name}.`);
  }
} finally {
  await client.end();
}
