/**
 * `npm run bench:reminders`: seeds 100,000 open cases (BENCH_CASES) with due dates spread over two months
 * around today (vacuumed, as a city's cases are), times the first reminder sweep BENCH_SWEEP_ROUNDS times (3), each
 * from an empty outbox and a checkpoint, with the CPU it cost PostgreSQL, this process and Redis (read from /proc)
 * and beside a plain `INSERT ... SELECT` of the rows it wrote into a copy of the table with the same indexes; checks the last one's figures against the outbox and the
 * queue (with the sweeping process's peak memory), times a sweep that finds nothing new while the mails still wait in the queue, the delivery of the
 * mails by a worker process (`dist/src/worker.js`, started as in production) to a local SMTP sink in this
 * process (with the worker's peak memory, read from /proc), then sweeps that find nothing new. The sweeps run in
 * a worker context inside this process whose mail processor is closed: they are timed alone, not beside a
 * delivery. Baselines of the same run: BullMQ `addBulk` of as many bare jobs as mails, the plain inserts above,
 * and for the sweep with nothing new, what it did before to queue what was left behind (read every pending row by job and hand every job to
 * BullMQ again). Runs on a scratch database and Redis prefix, then drops them. The worker's own scheduled sweeps
 * are stopped first: the bench's sweeps are the only ones.
 */
import { type ChildProcess, fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/config.js';
import { WORKER_NODE_FLAGS, withProcessEnv } from '../src/config/process-env.js';
import { dropDatabase, recreateDatabase } from '../src/database/ensure-database.js';
import { runMigrations } from '../src/database/migrate.js';
import { SendNotificationProcessor } from '../src/notifications/jobs/send-notification.processor.js';
import { SMTP_POOL } from '../src/notifications/mail-transport.service.js';
import { NotificationProducerService } from '../src/notifications/notification-producer.service.js';
import { type MailJob, NOTIFICATION_QUEUE } from '../src/notifications/notification-queue.js';
import { REMINDER_QUEUE, SWEEP_SCHEDULER_ID } from '../src/reminders/reminder-queue.js';
import { ReminderSweepService } from '../src/reminders/reminder-sweep.service.js';
import { WorkerModule } from '../src/worker.module.js';
import { measureCpu, POSTGRES, rssOf } from './proc.js';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const SWEEP_ROUNDS = Math.max(1, Number(process.env.BENCH_SWEEP_ROUNDS ?? 3));
const DB = 'postgres://postgres@127.0.0.1:5432/citizen_cases_bench_reminders';

async function startSink(): Promise<{ server: SMTPServer; port: number; received: () => number }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, port: (server.server.address() as AddressInfo).port, received: () => received };
}

async function seed(dataSource: DataSource): Promise<void> {
  await dataSource.query(`
    INSERT INTO unit (id, code, name, level, path)
    SELECT gen_random_uuid(), 'W' || g, 'Phường ' || g, 'commune', '' FROM generate_series(1, 20) g`);
  await dataSource.query(`UPDATE unit SET path = '/' || id || '/'`);
  await dataSource.query(`
    INSERT INTO app_user (username, password_hash, full_name, email, role, unit_id)
    SELECT u.code || '.' || r.role || g, 'x', 'Cán bộ ' || g, u.code || '.' || r.role || g || '@ubnd.vn', r.role, u.id
      FROM unit u CROSS JOIN (VALUES ('leader'), ('inspector')) r(role)
     CROSS JOIN generate_series(1, 3) g`);
  await dataSource.query(
    `
    WITH units AS (SELECT array_agg(id ORDER BY code) AS ids FROM unit),
         inspectors AS (SELECT array_agg(id ORDER BY username) AS ids FROM app_user WHERE role = 'inspector')
    INSERT INTO citizen_case (code, kind, procedure, status, channel, subject, content, search_text, unit_id,
                              assignee_id, created_by, received_at, due_date, resolution_due, tracking_pin_hash)
    SELECT 'KN-BENCH-' || g, 'complaint', 'first_instance', 'in_progress', 'in_person', 'Khiếu nại ' || g, 'Nội dung',
           'khieu nai', units.ids[1 + g % 20], CASE WHEN g % 2 = 0 THEN inspectors.ids[1 + g % 60] END,
           inspectors.ids[1], now() - interval '40 days', current_date - 30 + (g % 61), current_date - 30 + (g % 61),
           repeat('0', 64)
      FROM generate_series(1, $1::int) g, units, inspectors`,
    [CASES],
  );
  // A city's cases were vacuumed long before its first sweep: without this, the first round would also set the
  // hint bits and visibility map of 100,000 rows just written, which no later round (nor a worker) meets.
  await dataSource.query('VACUUM ANALYZE');
}

/**
 * The worker's job scheduler sweeps as soon as the worker starts. Left running, that sweep can run beside the
 * bench's, during the seeding or after it, and write the reminders first: the bench's sweep then reports
 * `0 reminders + 0 digests created` beside the other's rows. The scheduler is removed, and its first sweep (if
 * it began) awaited, before anything is seeded.
 */
/** A worker process as production starts it (`npm run start:worker`), on the bench's database and sink. */
function startWorker(env: NodeJS.ProcessEnv): ChildProcess {
  return fork(fileURLToPath(new URL('../src/worker.js', import.meta.url)), {
    env,
    stdio: 'inherit',
    execArgv: [...WORKER_NODE_FLAGS],
  });
}

async function stopScheduledSweeps(worker: INestApplicationContext): Promise<void> {
  const sweeps = worker.get<Queue>(getQueueToken(REMINDER_QUEUE));
  await sweeps.removeJobScheduler(SWEEP_SCHEDULER_ID);
  for (;;) {
    const counts = await sweeps.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    if (Object.values(counts).every((n) => n === 0)) {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Baseline of the sweep with nothing new: how it queued what was left behind before (every pending row read by
 * job, in pages of 2,000 jobs, and every job handed to BullMQ again, which skips a job id it holds).
 */
async function rereadAndRequeueEveryPendingJob(
  dataSource: DataSource,
  producer: NotificationProducerService,
): Promise<number> {
  let after: string | null = null;
  let jobs = 0;
  for (;;) {
    const page: MailJob[] = await dataSource.query(
      `SELECT p.key, array_agg(p.id::text ORDER BY p.id) AS ids, max(p.attempts) AS attempts
         FROM (SELECT coalesce(job_key, id::text) AS key, id, attempts FROM notification
                WHERE status = 'pending') p
        WHERE $1::text IS NULL OR p.key > $1
        GROUP BY p.key ORDER BY p.key LIMIT $2`,
      [after, 2_000],
    );
    await producer.enqueueJobs(page);
    jobs += page.length;
    if (page.length < 2_000) {
      return jobs;
    }
    after = page[page.length - 1].key;
  }
}

/** The figures of a sweep that wrote every outbox row, against the outbox and the mail queue. */
async function checkFirstSweep(
  dataSource: DataSource,
  worker: INestApplicationContext,
  result: { created: number; digests: number; queued: number },
): Promise<void> {
  const [outbox] = await dataSource.query<{ reminders: number; digests: number; jobs: number }[]>(
    `SELECT count(*) FILTER (WHERE stage <> 'digest')::int AS reminders,
            count(*) FILTER (WHERE stage = 'digest')::int AS digests,
            count(DISTINCT coalesce(job_key, id::text))::int AS jobs
       FROM notification`,
  );
  // Every job the sweep added, whatever the worker has done with it since (completed jobs are kept a day).
  const counts = await worker.get<Queue>(getQueueToken(NOTIFICATION_QUEUE)).getJobCounts();
  const inQueue = Object.values(counts).reduce((a, b) => a + b, 0);
  const matches =
    result.created === outbox.reminders &&
    result.digests === outbox.digests &&
    result.queued === outbox.reminders + outbox.digests &&
    inQueue === outbox.jobs;
  console.log(
    `figures ${matches ? 'match' : 'DO NOT MATCH'}: the outbox holds ${outbox.reminders} reminders + ` +
      `${outbox.digests} digests in ${outbox.jobs} jobs; the mail queue holds ${inQueue} jobs`,
  );
  if (!matches) {
    throw new Error('the first sweep reported other figures than the outbox and the queue hold');
  }
}

interface CpuSeconds {
  postgres: number;
  own: number;
  redis: number;
}

/** Runs `work` and answers its wall time (ms) and the CPU seconds PostgreSQL, this process and Redis spent meanwhile. */
function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; cpu: CpuSeconds }> {
  return measureCpu(
    { postgres: POSTGRES, own: 'self', redis: (_, command) => command.startsWith('redis-server') },
    work,
  );
}

/** The plain insert of the outbox's rows into a copy of its table (same columns, collations and indexes). */
async function plainInsert(dataSource: DataSource): Promise<{ ms: number; cpu: CpuSeconds }> {
  await dataSource.query(`CREATE TABLE bench_outbox (LIKE notification INCLUDING ALL)`);
  const insert = await timed(() => dataSource.query(`INSERT INTO bench_outbox SELECT * FROM notification`));
  await dataSource.query(`DROP TABLE bench_outbox`);
  return insert;
}

/** Back to before the first sweep: no outbox rows, no mail jobs, and the next sweep looks at every due case. */
async function emptyOutbox(dataSource: DataSource, worker: INestApplicationContext): Promise<void> {
  await worker.get<Queue>(getQueueToken(NOTIFICATION_QUEUE)).obliterate({ force: true });
  await dataSource.query(`TRUNCATE notification`);
  await dataSource.query(`UPDATE reminder_sweep_state SET full_sweep = true`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main(): Promise<void> {
  await recreateDatabase(DB);
  await runMigrations(DB);
  const sink = await startSink();
  const prefix = `bench_rem_${process.pid}`;
  const env: NodeJS.ProcessEnv = {
    ...withProcessEnv(),
    NODE_ENV: 'production',
    DATABASE_URL: DB,
    JWT_SECRET: 'bench-jwt-secret-0123456789-0123456789',
    PII_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    REDIS_PREFIX: prefix,
    REMINDER_SEND_WINDOW: 'always',
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    LOG_LEVEL: 'warn',
  };
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadConfig(env)), {
    logger: ['error', 'warn'],
  });
  await worker.init();
  // This context sweeps; the worker process started below delivers.
  await worker.get(SendNotificationProcessor).worker.close();
  await stopScheduledSweeps(worker);
  const dataSource = worker.get(DataSource);
  try {
    const seedStart = Date.now();
    await seed(dataSource);
    console.log(`seeded ${CASES} open cases in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);
    const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const before = process.memoryUsage().rss;
    const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
    const cpuText = (cpu: CpuSeconds): string =>
      `CPU: PostgreSQL ${cpu.postgres.toFixed(1)} s, sweeping process ${cpu.own.toFixed(1)} s, Redis ${cpu.redis.toFixed(1)} s`;
    const sweeps: { ms: number; cpu: CpuSeconds }[] = [];
    const inserts: { ms: number; cpu: CpuSeconds }[] = [];
    let result = { ran: false, created: 0, digests: 0, queued: 0 };
    // The first round's peak (a worker's first sweep); later rounds add what the garbage collector left.
    let firstPeak = 0;
    for (let round = 1; round <= SWEEP_ROUNDS; round++) {
      if (round > 1) {
        await emptyOutbox(dataSource, worker);
      }
      // Every round starts from a checkpoint: none falls inside it because of what the seeding or the round before
      // wrote to the WAL (one comes every ~540 MB with the default max_wal_size; a round writes ~490 MB).
      await dataSource.query(`CHECKPOINT`);
      const sweep = await timed(() => worker.get(ReminderSweepService).sweep());
      result = sweep.value;
      const insert = await plainInsert(dataSource);
      sweeps.push(sweep);
      inserts.push(insert);
      firstPeak ||= peak;
      console.log(
        `first sweep, round ${round}: ${result.created} reminders + ${result.digests} digests created, ` +
          `${result.queued} queued in ${secs(sweep.ms)} (${cpuText(sweep.cpu)}); plain INSERT of its rows ` +
          `${secs(insert.ms)} (PostgreSQL ${insert.cpu.postgres.toFixed(1)} s CPU); sweeping process RSS ` +
          `${mib(process.memoryUsage().rss)} after it`,
      );
    }
    const sweepMs = median(sweeps.map((x) => x.ms));
    const insertMs = median(inserts.map((x) => x.ms));
    console.log(
      `first sweep: median ${secs(sweepMs)} of ${SWEEP_ROUNDS} (${sweeps.map((x) => secs(x.ms)).join(', ')}); ` +
        `plain INSERT of the same rows median ${secs(insertMs)}, sweep / INSERT = ${(sweepMs / insertMs).toFixed(2)}; ` +
        `PostgreSQL CPU sweep / INSERT = ${(median(sweeps.map((x) => x.cpu.postgres)) / median(inserts.map((x) => x.cpu.postgres))).toFixed(2)}; ` +
        `peak RSS of the sweeping process ${mib(firstPeak)} (+${mib(firstPeak - before)}) in the first round, ` +
        `${mib(peak)} in all`,
    );
    await checkFirstSweep(dataSource, worker, result);
    const total = result.queued;
    // Nothing new while the mails wait in the queue (the worker is delivering them meanwhile).
    const [{ waiting }] = await dataSource.query<{ waiting: number }[]>(
      `SELECT count(*)::int AS waiting FROM notification WHERE status = 'pending'`,
    );
    const quietStart = performance.now();
    const quiet = await worker.get(ReminderSweepService).sweep();
    const quietMs = performance.now() - quietStart;
    const rereadStart = performance.now();
    const rereadJobs = await rereadAndRequeueEveryPendingJob(
      dataSource,
      worker.get(NotificationProducerService),
    );
    const rereadMs = performance.now() - rereadStart;
    console.log(
      `second sweep (nothing new, ${waiting} mails waiting in the queue): ${quiet.created} created, ` +
        `${quiet.queued} queued (expected 0 and 0) in ${quietMs.toFixed(0)} ms; baseline: reading every pending ` +
        `row by job and handing its ${rereadJobs} jobs to BullMQ again (before) ${rereadMs.toFixed(0)} ms`,
    );
    // Baseline: BullMQ alone (one bare job per mail).
    const queue = new Queue('bench-raw', {
      connection: { host: '127.0.0.1', port: 6379 },
      prefix: `${prefix}:bull`,
    });
    const addStart = Date.now();
    for (let i = 0; i < total; i += 5_000) {
      await queue.addBulk(
        Array.from({ length: Math.min(5_000, total - i) }, (_, j) => ({ name: 'x', data: { n: i + j } })),
      );
    }
    const addMs = Date.now() - addStart;
    await queue.obliterate({ force: true });
    await queue.close();
    console.log(
      `baselines: plain INSERT of the ${total} outbox rows ${secs(insertMs)} (median); addBulk of ${total} ` +
        `bare jobs ${secs(addMs)} (${Math.round(total / (addMs / 1000))} jobs/s); ` +
        `first sweep / (INSERT + addBulk) = ${(sweepMs / (insertMs + addMs)).toFixed(2)}`,
    );
    clearInterval(sampler);
    const delivering = startWorker(env);
    let workerRss = 0;
    const workerSampler = setInterval(() => (workerRss = Math.max(workerRss, rssOf(delivering.pid!))), 50);
    const forked = Date.now();
    const window = Number(process.env.BENCH_DELIVERY_SECONDS ?? 30 * 60) * 1000;
    while (sink.received() === 0 && Date.now() - forked < 120_000) {
      await new Promise((r) => setTimeout(r, 20));
    }
    // The rate is counted from the first mail: the process's start and boot sweep come before it.
    const deliveryStart = Date.now();
    const firstAfter = (deliveryStart - forked) / 1000;
    const already = sink.received();
    while (sink.received() < total && Date.now() - deliveryStart < window) {
      await new Promise((r) => setTimeout(r, 500));
    }
    const seconds = (Date.now() - deliveryStart) / 1000;
    const sent = sink.received();
    clearInterval(workerSampler);
    const workerPeak = rssOf(delivering.pid!, 'VmHWM');
    delivering.kill('SIGTERM');
    await new Promise((r) => delivering.once('exit', r));
    await stopScheduledSweeps(worker);
    const concurrency = process.env.WORKER_CONCURRENCY ?? '10';
    console.log(
      `delivery by a worker process (first mail ${firstAfter.toFixed(1)} s after its start): ${sent} of ${total} ` +
        `mails to the SMTP sink in ${seconds.toFixed(1)} s more (${((sent - already) / seconds).toFixed(0)} mails/s; ${concurrency} jobs at once, SMTP pool of ` +
        `${SMTP_POOL.maxConnections} connections, ${SMTP_POOL.maxMessages} mails each); worker peak RSS ` +
        `${mib(workerPeak * 2 ** 20)} (sampled ${mib(workerRss * 2 ** 20)})`,
    );
    if (sink.received() < total) {
      // BENCH_DELIVERY_SECONDS ended the delivery early: what is left is taken out, so that the next sweeps
      // find nothing new (as after a full delivery).
      const mails = new Queue('notifications', {
        connection: { host: '127.0.0.1', port: 6379 },
        prefix: `${prefix}:bull`,
      });
      await mails.obliterate({ force: true });
      await mails.close();
      const [{ n }] = await dataSource.query(
        `WITH s AS (UPDATE notification SET status = 'sent' WHERE status = 'pending' RETURNING 1)
         SELECT count(*)::int AS n FROM s`,
      );
      // A delivery sends and updates row by row, and autovacuum keeps up; one mass update here does not.
      await dataSource.query('VACUUM ANALYZE notification');
      console.log(`(delivery window over: ${n} mails left unsent, marked sent for the sweeps below)`);
    }
    // What the next sweeps meet: the rows the delivery set to sent are dead tuples until a vacuum (the first scan of
    // the pending-job index walks past them), which autovacuum, unless it is off, does meanwhile.
    const [{ autovacuum }] = await dataSource.query<{ autovacuum: string }[]>(`SHOW autovacuum`);
    const [{ dead }] = await dataSource.query<{ dead: number }[]>(
      `SELECT n_dead_tup::int AS dead FROM pg_stat_user_tables WHERE relname = 'notification'`,
    );
    console.log(
      `outbox before the sweeps below: ${dead} dead rows not vacuumed yet (autovacuum ${autovacuum})`,
    );
    for (const name of ['third', 'fourth']) {
      const started = Date.now();
      const again = await worker.get(ReminderSweepService).sweep();
      console.log(
        `${name} sweep (nothing new, after the delivery): ${again.created} created (expected 0), ` +
          `${again.queued} queued, in ${Date.now() - started} ms`,
      );
    }
  } finally {
    await worker.close();
    // The scratch prefix goes too: the mails left, and the schedulers the worker registered.
    for (const name of ['notifications', 'reminders', 'attachments']) {
      const queue = new Queue(name, {
        connection: { host: '127.0.0.1', port: 6379 },
        prefix: `${prefix}:bull`,
      });
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
    sink.server.close();
    await dropDatabase(DB);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
