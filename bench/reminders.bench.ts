/**
 * `npm run bench:reminders`: seeds 100,000 open cases (BENCH_CASES) with due dates spread over two months
 * around today, times one reminder sweep (with its peak memory) and the delivery of the resulting mails by
 * the worker's processor to a local SMTP sink (with the worker's peak memory), then sweeps that find nothing
 * new. Baselines of the same run: BullMQ `addBulk` of as many bare jobs as mails, and a plain `INSERT ...
 * SELECT` of the same outbox rows into a copy of the table with the same indexes. Runs on a scratch database
 * and Redis prefix, then drops them.
 */
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/config.js';
import { dropDatabase, recreateDatabase } from '../src/database/ensure-database.js';
import { runMigrations } from '../src/database/migrate.js';
import { SendNotificationProcessor } from '../src/notifications/jobs/send-notification.processor.js';
import { SMTP_POOL } from '../src/notifications/mail-transport.service.js';
import { ReminderSweepService } from '../src/reminders/reminder-sweep.service.js';
import { WorkerModule } from '../src/worker.module.js';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
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
  await dataSource.query('ANALYZE');
}

async function main(): Promise<void> {
  await recreateDatabase(DB);
  await runMigrations(DB);
  const sink = await startSink();
  const prefix = `bench_rem_${process.pid}`;
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: DB,
    JWT_SECRET: 'bench-jwt-secret-0123456789-0123456789',
    PII_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    REDIS_PREFIX: prefix,
    REMINDER_SEND_WINDOW: 'always',
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    LOG_LEVEL: 'warn',
  });
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  await worker.init();
  const dataSource = worker.get(DataSource);
  try {
    const seedStart = Date.now();
    await seed(dataSource);
    console.log(`seeded ${CASES} open cases in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);
    const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const before = process.memoryUsage().rss;
    const sweepStart = Date.now();
    const result = await worker.get(ReminderSweepService).sweep();
    const sweepMs = Date.now() - sweepStart;
    console.log(
      `first sweep: ${result.created} reminders + ${result.digests} digests created, ${result.queued} queued in ` +
        `${(sweepMs / 1000).toFixed(2)} s; worker peak RSS ${mib(peak)} (+${mib(peak - before)})`,
    );
    const total = result.queued;
    // Baselines: the outbox rows alone, and BullMQ alone (one bare job per mail).
    await dataSource.query(`CREATE TABLE bench_outbox (LIKE notification INCLUDING ALL)`);
    const insertStart = Date.now();
    await dataSource.query(`INSERT INTO bench_outbox SELECT * FROM notification`);
    const insertMs = Date.now() - insertStart;
    await dataSource.query(`DROP TABLE bench_outbox`);
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
      `baselines: plain INSERT of the ${total} outbox rows ${(insertMs / 1000).toFixed(2)} s; addBulk of ${total} ` +
        `bare jobs ${(addMs / 1000).toFixed(2)} s (${Math.round(total / (addMs / 1000))} jobs/s); ` +
        `first sweep / (INSERT + addBulk) = ${(sweepMs / (insertMs + addMs)).toFixed(2)}`,
    );
    peak = process.memoryUsage().rss;
    const deliveryStart = Date.now();
    const window = Number(process.env.BENCH_DELIVERY_SECONDS ?? 30 * 60) * 1000;
    while (sink.received() < total && Date.now() - deliveryStart < window) {
      await new Promise((r) => setTimeout(r, 500));
    }
    const seconds = (Date.now() - deliveryStart) / 1000;
    clearInterval(sampler);
    const concurrency = process.env.WORKER_CONCURRENCY ?? '10';
    console.log(
      `delivery: ${sink.received()} of ${total} mails to the SMTP sink in ${seconds.toFixed(1)} s ` +
        `(${(sink.received() / seconds).toFixed(0)} mails/s; ${concurrency} jobs at once, SMTP pool of ` +
        `${SMTP_POOL.maxConnections} connections, ${SMTP_POOL.maxMessages} mails each); worker peak RSS ${mib(peak)}`,
    );
    if (sink.received() < total) {
      // BENCH_DELIVERY_SECONDS ended the delivery early: what is left is taken out, so that the next sweeps
      // find nothing new (as after a full delivery).
      await worker.get(SendNotificationProcessor).worker.close(true);
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
    for (const name of ['second', 'third']) {
      const started = Date.now();
      const again = await worker.get(ReminderSweepService).sweep();
      console.log(
        `${name} sweep (nothing new): ${again.created} created (expected 0), ${again.queued} queued, ` +
          `in ${Date.now() - started} ms; RSS ${mib(process.memoryUsage().rss)}`,
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
