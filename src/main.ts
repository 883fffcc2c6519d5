import 'reflect-metadata';
import { Server } from 'node:net';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/config.js';
import { UsersService } from './users/users.service.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  const logger = new Logger('api');
  config.warnings.forEach((w) => logger.warn(w));
  await app.get(UsersService).ensureFirstAdmin();
  await app.listen({ port: config.port, host: '0.0.0.0' });
  // SIGTERM: stop accepting connections at once (Node's http close would also drop accepted connections whose
  // request is not read yet); Nest's shutdown hooks then wait for every request in flight.
  process.once('SIGTERM', () => Server.prototype.close.call(app.getHttpServer()));
  logger.log(`API listening on port ${config.port}`);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
