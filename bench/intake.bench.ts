/**
 * `npm run bench:intake`: cases opened per second over HTTP by 16 concurrent clients, against a raw `pg`
 * baseline that inserts the same rows (case, event, audit) in one transaction each with the same concurrency.
 * Runs the API as a child process (as in production) on a scratch database, then drops it.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { freePort } from './free-port.js';
import { measureCpu, POSTGRES, rssOf } from './proc.js';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { dropDatabase, recreateDatabase } from '../src/database/ensure-database.js';
import { runMigrations } from '../src/database/migrate.js';
import { withProcessEnv } from '../src/config/process-env.js';

const CONCURRENCY = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
/** HTTP and raw phases of SECONDS each, alternating. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
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

/** One timed phase: tasks completed, its length, each task's latency (ms), CPU seconds spent by each side. */
interface Phase {
  done: number;
  seconds: number;
  latencies: number[];
  cpu: CpuShare;
}

/** Runs `task` from `CONCURRENCY` loops for `SECONDS`. */
async function measure(task: (i: number) => Promise<void>): Promise<Omit<Phase, 'cpu'>> {
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
  return { done, seconds: (Date.now() - started) / 1000, latencies };
}

/** The phases of one side together: completions per second, median and p99 latency, CPU ms per task. */
function summary(phases: Phase[]): { rate: number; p50: number; p99: number; cpu: CpuShare } {
  const done = phases.reduce((n, p) => n + p.done, 0);
  const latencies = phases.flatMap((p) => p.latencies).sort((a, b) => a - b);
  const at = (q: number): number =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))];
  const per = (side: keyof CpuShare): number => (phases.reduce((n, p) => n + p.cpu[side], 0) * 1000) / done;
  return {
    rate: done / phases.reduce((n, p) => n + p.seconds, 0),
    p50: at(0.5),
    p99: at(0.99),
    cpu: { api: per('api'), postgres: per('postgres'), client: per('client') },
  };
}

interface CpuShare {
  api: number;
  postgres: number;
  client: number;
}

/** Runs `phase` and adds the CPU seconds each side spent meanwhile. */
async function withCpu(apiPid: number | undefined, phase: () => Promise<Omit<Phase, 'cpu'>>): Promise<Phase> {
  const { value, cpu } = await measureCpu(
    { api: (pid) => pid === apiPid, postgres: POSTGRES, client: 'self' },
    phase,
  );
  return { ...value, cpu };
}

function cpuLine(cpu: CpuShare): string {
  return `CPU per case: API ${cpu.api.toFixed(2)} ms, PostgreSQL ${cpu.postgres.toFixed(2)} ms, bench client ${cpu.client.toFixed(2)} ms`;
}

async function startApi(): Promise<ChildProcess> {
  const child = fork(fileURLToPath(new URL('../src/main.js', import.meta.url)), {
    env: {
      ...withProcessEnv(),
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
    execArgv: [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/intake-prof'] : []),
      ...(process.env.BENCH_API_FLAGS?.split(' ').filter(Boolean) ?? []),
    ],
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

/** A table's writable columns (not its generated ids), each read back as text, as a client would send it. */
async function columnsOf(pool: pg.Pool, table: string): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_identity = 'NO' AND is_generated = 'NEVER'
      ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.name);
}

/**
 * Rows the API stored (a case, its intake event, its audit row), as text: the baseline inserts exactly these
 * rows again under new ids, so that both sides write the same bytes into the same indexes and triggers.
 */
async function apiRows(
  pool: pg.Pool,
): Promise<{ columns: Record<string, string[]>; rows: Record<string, string[][]> }> {
  const columns: Record<string, string[]> = {};
  for (const table of ['citizen_case', 'case_event', 'audit_log']) {
    columns[table] = await columnsOf(pool, table);
  }
  const text = (alias: string, table: string): string =>
    columns[table].map((c) => `${alias}.${c}::text`).join(', ');
  const { rows } = await pool.query<Record<string, string[]>>(
    `WITH c AS MATERIALIZED (SELECT * FROM citizen_case ORDER BY received_at DESC LIMIT 1000)
     SELECT ARRAY[${text('c', 'citizen_case')}] AS "case",
            (SELECT ARRAY[${text('e', 'case_event')}] FROM case_event e WHERE e.case_id = c.id AND e.type = 'intake') AS event,
            (SELECT ARRAY[${text('a', 'audit_log')}] FROM audit_log a
              WHERE a.entity_type = 'case' AND a.entity_id = c.id::text AND a.action = 'case.create') AS audit
       FROM c`,
  );
  return {
    columns,
    rows: {
      citizen_case: rows.map((r) => r.case),
      case_event: rows.map((r) => r.event),
      audit_log: rows.map((r) => r.audit),
    },
  };
}

function insertSql(table: string, columns: string[]): string {
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
}

/**
 * What a hand-written intake costs PostgreSQL and its client: per case one transaction (BEGIN, a number from a
 * sequence, the case, its event, its audit row, COMMIT) with the same 16-way concurrency. `same` inserts
 * copies of the API's own rows (the ratio's baseline); otherwise the short fixed row earlier rounds used.
 */
async function rawRunner(
  unitId: string,
  userId: string,
  same: boolean,
): Promise<{ phase(): Promise<Phase>; close(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: DB, max: CONCURRENCY });
  await pool.query('CREATE SEQUENCE IF NOT EXISTS bench_raw_seq');
  const { columns, rows } = await apiRows(pool);
  const at = (table: string, column: string): number => columns[table].indexOf(column);
  const sql = Object.fromEntries(Object.keys(columns).map((t) => [t, insertSql(t, columns[t])]));
  const copy = async (client: pg.PoolClient, i: number, n: string): Promise<void> => {
    const id = randomUUID();
    const kase = [...rows.citizen_case[i % rows.citizen_case.length]];
    kase[at('citizen_case', 'id')] = id;
    kase[at('citizen_case', 'code')] = `RAW-${n}`;
    const event = [...rows.case_event[i % rows.case_event.length]];
    event[at('case_event', 'case_id')] = id;
    const audit = [...rows.audit_log[i % rows.audit_log.length]];
    audit[at('audit_log', 'entity_id')] = id;
    await client.query(sql.citizen_case, kase);
    await client.query(sql.case_event, event);
    await client.query(sql.audit_log, audit);
  };
  const short = async (client: pg.PoolClient, i: number, n: string): Promise<void> => {
    const id = randomUUID();
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
  };
  // Every phase ends before the pool does: an ended connection's backend takes its CPU time with it.
  const phase = (): Promise<Phase> =>
    withCpu(undefined, () =>
      measure(async (i) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const [{ n }] = (await client.query<{ n: string }>(`SELECT nextval('bench_raw_seq') AS n`)).rows;
          await (same ? copy : short)(client, i, n);
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      }),
    );
  return { phase, close: () => pool.end() };
}

async function main(): Promise<void> {
  await recreateDatabase(DB);
  await runMigrations(DB);
  const api = await startApi();
  try {
    const startRss = rssOf(api.pid!);
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
    // HTTP and raw phases alternate, so that a change of the machine's load meanwhile falls on both sides.
    const httpPhases: Phase[] = [];
    const rawPhases: Phase[] = [];
    let raw: Awaited<ReturnType<typeof rawRunner>> | undefined;
    for (let round = 0; round < ROUNDS; round += 1) {
      httpPhases.push(
        await withCpu(api.pid, () =>
          measure((i) => post('/cases', login.accessToken, JSON.stringify(caseBody(i)))),
        ),
      );
      raw ??= await rawRunner(unit.id, login.user.id, true);
      rawPhases.push(await raw.phase());
    }
    await raw?.close();
    const peak = rssOf(api.pid!, 'VmHWM');
    const shortRunner = await rawRunner(unit.id, login.user.id, false);
    const shortRaw = summary([await shortRunner.phase()]);
    await shortRunner.close();
    const http = summary(httpPhases);
    const same = summary(rawPhases);
    console.log(
      `load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`,
    );
    console.log(
      `intake over HTTP (${CONCURRENCY} clients, ${ROUNDS} x ${SECONDS} s): ${http.rate.toFixed(0)} cases/s, ` +
        `p50 ${http.p50.toFixed(1)} ms, p99 ${http.p99.toFixed(1)} ms; API peak RSS ${peak.toFixed(0)} MiB (${startRss.toFixed(0)} MiB once started)`,
    );
    console.log(
      `raw pg baseline (copies of the API's rows: case + event + audit, ${CONCURRENCY} connections, ${ROUNDS} x ${SECONDS} s): ${same.rate.toFixed(0)} transactions/s, ` +
        `p50 ${same.p50.toFixed(1)} ms, p99 ${same.p99.toFixed(1)} ms`,
    );
    console.log(
      `raw pg, the earlier short row (9-character search text, no ID hash): ${shortRaw.rate.toFixed(0)} transactions/s, ` +
        `p50 ${shortRaw.p50.toFixed(1)} ms, p99 ${shortRaw.p99.toFixed(1)} ms`,
    );
    console.log(`  HTTP: ${cpuLine(http.cpu)}`);
    console.log(`  raw:  ${cpuLine(same.cpu)}`);
    console.log(`  raw, short row: ${cpuLine(shortRaw.cpu)}`);
    console.log(`ratio HTTP / raw: ${(http.rate / same.rate).toFixed(2)}`);
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
