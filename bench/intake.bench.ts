/**
 * `npm run bench:intake`: cases opened per second over HTTP by 16 concurrent clients, against a raw `pg`
 * baseline that inserts the same rows (case, event, audit) in one transaction each with the same concurrency.
 * Runs the API as a child process (as in production) on a scratch database, then drops it.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { freePort } from './free-port.js';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { dropDatabase, recreateDatabase } from '../src/database/ensure-database.js';
import { runMigrations } from '../src/database/migrate.js';

const CONCURRENCY = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
/** BENCH_PORT, or a port free now (a fixed one may be taken by another API on a shared machine). */
const PORT = Number(process.env.BENCH_PORT ?? 0) || (await freePort());
const DB = `postgres://postgres@127.0.0.1:5432/citizen_cases_bench_intake`;
const ADMIN = { username: 'admin', password: 'bench-admin-password' };
const base = `http://127.0.0.1:${PORT}`;

async function json(path: string, init: RequestInit & { token?: string } = {}): Promise<any> {
  const res = await fetch(base + path, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
  });
  if (!res.ok) {
    throw new Error(`${path}: ${res.status} ${await res.text()}`);
  }
  return res.json();
}

function caseBody(i: number): object {
  return {
    kind: 'complaint',
    procedure: 'first_instance',
    channel: 'in_person',
    applicant: {
      fullName: `Nguyễn Văn ${i}`,
      idNumber: `0010900${String(i % 100000).padStart(5, '0')}`,
      phone: '0912345678',
      address: 'Tổ 5',
    },
    subject: 'Khiếu nại quyết định thu hồi đất',
    content: 'Nội dung khiếu nại '.repeat(10),
  };
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

/** A lean HTTP client for the measured loop (fetch costs the client more CPU than the server it measures). */
function post(path: string, token: string, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 201 ? resolve() : reject(new Error(`status ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Runs `task` from `CONCURRENCY` loops for `SECONDS`: completions per second, median and p99 latency (ms). */
async function measure(
  task: (i: number) => Promise<void>,
): Promise<{ rate: number; p50: number; p99: number }> {
  const until = Date.now() + SECONDS * 1000;
  let done = 0;
  const latencies: number[] = [];
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        const t0 = performance.now();
        await task(done);
        latencies.push(performance.now() - t0);
        done += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number): number =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))];
  return { rate: done / ((Date.now() - started) / 1000), p50: at(0.5), p99: at(0.99) };
}

/** The API process's peak resident memory so far (VmHWM), in MiB. */
function peakRss(pid: number): number {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return hwm ? Number(hwm[1]) / 1024 : NaN;
}

async function startApi(): Promise<ChildProcess> {
  const child = fork(fileURLToPath(new URL('../src/main.js', import.meta.url)), {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: DB,
      PORT: String(PORT),
      JWT_SECRET: 'bench-jwt-secret-0123456789-0123456789',
      PII_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
      REDIS_PREFIX: `bench_${process.pid}`,
      LOG_LEVEL: 'warn',
    },
    stdio: 'inherit',
    execArgv: process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/intake-prof'] : [],
  });
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(`${base}/health`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error('the API did not start');
}

async function rawBaseline(
  unitId: string,
  userId: string,
): Promise<{ rate: number; p50: number; p99: number }> {
  const pool = new pg.Pool({ connectionString: DB, max: CONCURRENCY });
  await pool.query('CREATE SEQUENCE IF NOT EXISTS bench_raw_seq');
  const rate = await measure(async (i) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const id = randomUUID();
      const [{ n }] = (await client.query<{ n: string }>(`SELECT nextval('bench_raw_seq') AS n`)).rows;
      await client.query(
        `INSERT INTO citizen_case (id, code, kind, procedure, status, channel, subject, content, applicant, search_text,
           unit_id, created_by, received_at, acceptance_due, due_date, tracking_pin_hash)
         VALUES ($1, $2, 'complaint', 'first_instance', 'received', 'in_person', $3, $4, $5, $6, $7, $8, now(),
           current_date + 14, current_date + 14, $9)`,
        [
          id,
          `RAW-${n}`,
          'Khiếu nại',
          'Nội dung '.repeat(10),
          JSON.stringify(caseBody(i)),
          'khieu nai',
          unitId,
          userId,
          'x'.repeat(64),
        ],
      );
      await client.query(
        `INSERT INTO case_event (case_id, type, occurred_at, actor_id, to_status, data) VALUES ($1, 'intake', now(), $2, 'received', '{}')`,
        [id, userId],
      );
      await client.query(
        `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, details) VALUES ($1, 'case.create', 'case', $2, '{}')`,
        [userId, id],
      );
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  });
  await pool.end();
  return rate;
}

async function main(): Promise<void> {
  await recreateDatabase(DB);
  await runMigrations(DB);
  const api = await startApi();
  try {
    const { accessToken: adminToken } = await json('/auth/login', {
      method: 'POST',
      body: JSON.stringify(ADMIN),
    });
    const unit = await json('/units', {
      method: 'POST',
      token: adminToken,
      body: JSON.stringify({ code: 'BENCH', name: 'UBND', level: 'district' }),
    });
    await json('/users', {
      method: 'POST',
      token: adminToken,
      body: JSON.stringify({
        username: 'desk',
        password: 'desk-password',
        fullName: 'Tiếp dân',
        role: 'reception',
        unitId: unit.id,
      }),
    });
    const login = await json('/auth/login', {
      method: 'POST',
      body: JSON.stringify({ username: 'desk', password: 'desk-password' }),
    });
    // Warm up (JIT, connection pools, the user-check cache).
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        json('/cases', { method: 'POST', token: login.accessToken, body: JSON.stringify(caseBody(i)) }),
      ),
    );
    const http = await measure((i) => post('/cases', login.accessToken, JSON.stringify(caseBody(i))));
    const rss = peakRss(api.pid!);
    const raw = await rawBaseline(unit.id, login.user.id);
    console.log(
      `load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`,
    );
    console.log(
      `intake over HTTP (${CONCURRENCY} clients, ${SECONDS} s): ${http.rate.toFixed(0)} cases/s, ` +
        `p50 ${http.p50.toFixed(1)} ms, p99 ${http.p99.toFixed(1)} ms; API peak RSS ${rss.toFixed(0)} MiB`,
    );
    console.log(
      `raw pg baseline (case + event + audit, ${CONCURRENCY} connections): ${raw.rate.toFixed(0)} transactions/s, ` +
        `p50 ${raw.p50.toFixed(1)} ms, p99 ${raw.p99.toFixed(1)} ms`,
    );
    console.log(`ratio HTTP / raw: ${(http.rate / raw.rate).toFixed(2)}`);
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    await dropDatabase(DB);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
