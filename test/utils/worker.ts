import { jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Clock } from '../../src/common/clock.js';
import type { AppConfig } from '../../src/config/config.js';
import { WorkerModule } from '../../src/worker.module.js';

/**
 * A worker process's module in this test process (several can run side by side), on the configuration of the
 * API under test (`TestApp.config`), at a fixed time.
 */
export async function startWorker(config: AppConfig, now: () => Date): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: ['error'],
  });
  jest.spyOn(worker.get(Clock), 'now').mockImplementation(now);
  await worker.init();
  return worker;
}
