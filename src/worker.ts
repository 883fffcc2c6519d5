import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from './config/config.js';
import { createNestLogger } from './logging/logger-options.js';
import { WorkerModule } from './worker.module.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: createNestLogger(config, 'worker'),
  });
  // SIGTERM: stop taking jobs, let running ones finish, close Redis and PostgreSQL.
  app.enableShutdownHooks();
  await app.init();
  config.warnings.forEach((w) => new Logger('worker').warn(w));
  new Logger('worker').log('worker ready');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
