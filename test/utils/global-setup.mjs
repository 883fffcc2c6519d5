// Once per test run: drop the migrated template database, so that the first test file re-creates it from the
// current migrations (test/utils/test-app.ts). Plain JavaScript: Jest loads global setup outside its module mapper.
import pg from 'pg';

export default async function globalSetup() {
  const base = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
  const client = new pg.Client({ connectionString: `${base}/postgres` });
  await client.connect();
  try {
    await client.query('DROP DATABASE IF EXISTS citizen_cases_e2e_template WITH (FORCE)');
  } finally {
    await client.end();
  }
}
