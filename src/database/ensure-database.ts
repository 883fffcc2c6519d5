import pg from 'pg';

function target(databaseUrl: string): { name: string; adminUrl: string } {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) {
    throw new Error(`DATABASE_URL names a database "${name}" that is not a plain identifier`);
  }
  url.pathname = '/postgres';
  return { name, adminUrl: url.toString() };
}

/** Runs `work` on a connection to the server's `postgres` database (to create or drop others). */
async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database named in the URL if it does not exist; true when it created it. */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const { name, adminUrl } = target(databaseUrl);
  return withAdminClient(adminUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) {
      return false;
    }
    try {
      await client.query(`CREATE DATABASE "${name}"`);
      return true;
    } catch (error) {
      // Another process created it at the same moment.
      if ((error as { code?: string }).code === '42P04') {
        return false;
      }
      throw error;
    }
  });
}

/** Drops and re-creates a database, optionally from a template (tests and the migration check only). */
export async function recreateDatabase(databaseUrl: string, template?: string): Promise<void> {
  const { name, adminUrl } = target(databaseUrl);
  await withAdminClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  });
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const { name, adminUrl } = target(databaseUrl);
  await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
