/**
 * Environment every API and worker process is started with (`npm start`, `npm run start:api`/`start:worker`,
 * docker compose, the benchmarks); a value already set by the operator wins.
 *
 * `MALLOC_MMAP_THRESHOLD_`: glibc serves large allocations with mmap, but after the first such block is freed
 * it raises that threshold to the block's size, so the 19 MiB argon2 buffer of each login then comes from a
 * malloc arena and stays resident after the login, one per libuv thread: 60-80 MiB an API never gave back.
 * A fixed threshold keeps those buffers mmapped and returns them to the system when the hash is done.
 */
export const PROCESS_ENV: Readonly<Record<string, string>> = { MALLOC_MMAP_THRESHOLD_: '131072' };

/**
 * Node flags of every worker process (`npm start`'s worker, `npm run start:worker`, the compose file's workers,
 * `bench:reminders`). `--max-old-space-size=192`: left to itself V8 let a worker's old generation grow by 80-130
 * MiB between two full collections while it delivered, so its resident memory went up and down between 165 and
 * 296 MiB (peak) over a delivery of 244,377 mails; with a cap it collects sooner: 157-161 MiB throughout, peak 179
 * MiB, at the same rate (834 against 842 mails/s), and the first sweep no slower. What a worker keeps alive (a
 * page of the sweep, a job's 50 mails) is a small part of it.
 */
export const WORKER_NODE_FLAGS: readonly string[] = ['--max-old-space-size=192'];

/** `env` with the process defaults added where it has none. */
export function withProcessEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...PROCESS_ENV, ...env };
}
