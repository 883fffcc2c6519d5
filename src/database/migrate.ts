import { createDataSource } from './data-source.js';
import { ensureDatabase } from './ensure-database.js';

export async function pendingSchemaSql(databaseUrl: string): Promise<{ up: string[]; down: string[] }> {
  const dataSource = await createDataSource(databaseUrl, 2).initialize();
  try {
    const log = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: log.upQueries.map((q) => q.query),
      down: log.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await dataSource.destroy();
  }
}

export async function runMigrations(databaseUrl: string): Promise<string[]> {
  await ensureDatabase(databaseUrl);
  const dataSource = await createDataSource(databaseUrl, 2).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
