import pg from 'pg';

/** Drops this run's template database and any test database a crashed test file left behind. */
export default async function globalTeardown() {
  const base = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
  const client = new pg.Client({ connectionString: `${base}/postgres` });
  await client.connect();
  try {
    const template = process.env.TEST_TEMPLATE_DB;
    if (template) {
      await client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
