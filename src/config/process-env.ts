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

/** `env` with the process defaults added where it has none. */
export function withProcessEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...PROCESS_ENV, ...env };
}
