/**
 * Migration commands, run from the compiled data source (`npm run migration:*`):
 *   run       create the database if needed and apply pending migrations
 *   revert    undo the last migration
 *   generate  write migrations/<epoch>-<Name>.ts with the SQL that makes the schema match the entities
 *   check     migrate a fresh scratch database and fail if the entities still differ from it
 */
import { writeFileSync } from 'node:fs';
import { loadDatabaseUrl } from '../config/config.js';
import { createDataSource } from './data-source.js';
import { dropDatabase, recreateDatabase } from './ensure-database.js';
import { pendingSchemaSql, runMigrations } from './migrate.js';

function scratchUrl(databaseUrl: string, suffix: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `${url.pathname}_${suffix}`;
  return url.toString();
}

async function main(command: string, name: string | undefined): Promise<number> {
  const databaseUrl = loadDatabaseUrl();
  switch (command) {
    case 'run': {
      const applied = await runMigrations(databaseUrl);
      process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'no pending migrations\n');
      return 0;
    }
    case 'revert': {
      const dataSource = await createDataSource(databaseUrl, 2).initialize();
      await dataSource.undoLastMigration({ transaction: 'each' });
      await dataSource.destroy();
      return 0;
    }
    case 'generate':
    case 'check': {
      const scratch = scratchUrl(databaseUrl, 'schema_check');
      await recreateDatabase(scratch);
      try {
        await runMigrations(scratch);
        const sql = await pendingSchemaSql(scratch);
        if (command === 'check') {
          if (sql.up.length) {
            process.stderr.write(`entities and migrations disagree:\n${sql.up.join(';\n')};\n`);
            return 1;
          }
          process.stdout.write('migrations match the entities\n');
          return 0;
        }
        if (!sql.up.length) {
          process.stdout.write('nothing to generate\n');
          return 0;
        }
        return writeMigration(name ?? 'Update', sql);
      } finally {
        await dropDatabase(scratch);
      }
    }
    default:
      process.stderr.write('usage: cli.js run|revert|generate <Name>|check\n');
      return 2;
  }
}

function writeMigration(name: string, sql: { up: string[]; down: string[] }): number {
  const epoch = Date.now();
  const className = `${name}${epoch}`;
  const lines = (queries: string[]): string =>
    queries.map((q) => `    await queryRunner.query(\`${q.replace(/`/g, '\\`')}\`);`).join('\n');
  const file = `migrations/${epoch}-${name}.ts`;
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(sql.down)}
  }
}
`,
  );
  process.stdout.write(`wrote ${file}: read it, name its constraints, add it to migrations/index.ts\n`);
  return 0;
}

main(process.argv[2] ?? '', process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
