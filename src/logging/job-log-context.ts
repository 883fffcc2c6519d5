import { AsyncLocalStorage } from 'node:async_hooks';
import type { Job } from 'bullmq';

export interface JobLogContext {
  jobId: string | undefined;
  jobName: string;
  queue: string;
}

const storage = new AsyncLocalStorage<JobLogContext>();

/** The job being processed, merged into every log line written while it runs (see logger-options.ts). */
export function currentJob(): JobLogContext | undefined {
  return storage.getStore();
}

/**
 * Runs a processor's work with the job id and name on every log line, then writes one line for the job: done
 * (with its duration and result) or failed (with the error message, already scrubbed by the processor).
 */
export async function runLoggedJob<T>(
  job: Job,
  log: { log(message: object): void; warn(message: object): void },
  work: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  return storage.run({ jobId: job.id, jobName: job.name, queue: job.queueName }, async () => {
    try {
      const result = await work();
      log.log({ msg: 'job done', durationMs: Math.round(performance.now() - started), result });
      return result;
    } catch (error) {
      log.warn({
        msg: 'job failed',
        durationMs: Math.round(performance.now() - started),
        attempt: job.attemptsMade + 1,
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
  });
}
