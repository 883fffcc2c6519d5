/**
 * `npm run bench:reminders`: seeds 100,000 open cases (BENCH_CASES) with due dates spread over two months
 * around today, times one reminder sweep (with its peak memory) and the delivery of the resulting mails by
 * the worker's processor to a local SMTP sink. Runs on a scratch database, then drops it.
 */
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/config.js';
import { dropDatabase, recreateDatabase } from '../src/database/ensure-database.js';
import { runMigrations } from '../src/database/migrate.js';
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
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: DB,
    JWT_SECRET: 'bench-jwt-secret-0123456789-0123456789',
    PII_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    REDIS_PREFIX: `bench_rem_${process.pid}`,
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
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const before = process.memoryUsage().rss;
    const sweepStart = Date.now();
    const result = await worker.get(ReminderSweepService).sweep();
    const sweepMs = Date.now() - sweepStart;
    clearInterval(sampler);
    console.log(
      `sweep: ${result.created} reminders + ${result.digests} digests created, ${result.queued} queued in ` +
        `${(sweepMs / 1000).toFixed(2)} s; peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB (+${((peak - before) / 2 ** 20).toFixed(0)} MiB)`,
    );
    const total = result.queued;
    const deliveryStart = Date.now();
    while (sink.received() < total && Date.now() - deliveryStart < 30 * 60_000) {
      await new Promise((r) => setTimeout(r, 500));
    }
    const seconds = (Date.now() - deliveryStart) / 1000;
    console.log(
      `delivery: ${sink.received()} of ${total} mails to the SMTP sink in ${seconds.toFixed(1)} s ` +
        `(${(sink.received() / seconds).toFixed(0)} mails/s)`,
    );
    for (const name of ['second', 'third']) {
      const started = Date.now();
      const again = await worker.get(ReminderSweepService).sweep();
      console.log(
        `${name} sweep (nothing new): ${again.created} created (expected 0), ${again.queued} queued, ` +
          `in ${Date.now() - started} ms; RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
      );
    }
  } finally {
    await worker.close();
    sink.server.close();
    await dropDatabase(DB);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
