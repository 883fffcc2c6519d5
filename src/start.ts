/**
 * `npm start`: the whole system on one machine. Validates the configuration, creates the database if needed,
 * applies pending migrations, then runs the API (which creates the first admin) and the worker as two child
 * processes. SIGTERM/SIGINT are passed on; if either child dies, the other is stopped and start exits.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config/config.js';
import { WORKER_NODE_FLAGS, withProcessEnv } from './config/process-env.js';
import { runMigrations } from './database/migrate.js';
import { createRootLogger } from './logging/logger-options.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createRootLogger(config, 'start');
  const log = (message: string): void => logger.info(message);
  const applied = await runMigrations(config.databaseMigrationUrl);
  log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');

  const child = (file: string, flags: readonly string[]): ChildProcess =>
    fork(fileURLToPath(new URL(file, import.meta.url)), {
      stdio: 'inherit',
      env: withProcessEnv(),
      execArgv: [...process.execArgv, ...flags],
    });
  const children = [child('main.js', []), child('worker.js', WORKER_NODE_FLAGS)];
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    stopping = true;
    children.forEach((child) => child.exitCode === null && child.kill(signal));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  let exited = 0;
  children.forEach((child) =>
    child.on('exit', (code) => {
      exited += 1;
      if (!stopping) {
        log(`a child process exited with code ${code}: stopping the other`);
        process.exitCode = code || 1;
        stop('SIGTERM');
      }
      if (exited === children.length) {
        process.exit();
      }
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
