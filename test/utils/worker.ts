import { jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Clock } from '../../src/common/clock.js';
import { WorkerModule } from '../../src/worker.module.js';

/** A worker process's module in this test process (several can run side by side), at a fixed time. */
export async function startWorker(now: () => Date): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
  jest.spyOn(worker.get(Clock), 'now').mockImplementation(now);
  await worker.init();
  return worker;
}
