/**
 * `npm run bench:worklist`: the worklist over HTTP at 1,000,000 cases. Seeds the cases straight into a scratch
 * database (55 units; names drawn from common Vietnamese family, middle and given names; sealed denunciations
 * with their blind name index computed with the API's key), runs the API as a child process, then prints the
 * median time of `GET /cases` for an inspector's unit sorted by due date, a search by name, and the same for a
 * district leader, beside the plain SQL count of the cases in its scope (same run). The scratch database is dropped.
 *
 *   npm run bench:worklist            (BENCH_CASES=100000 for a shorter run; BENCH_KEEP=1 keeps the database,
 *   BENCH_REUSE=1 measures again on the kept one)
 */
import { type ChildProcess, fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { freePort } from './free-port.js';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PiiCryptoService } from '../src/citizens/pii-crypto.service.js';
import type { AppConfig } from '../src/config/config.js';
import { nameTokens } from '../src/cases/domain/search-text.js';
import { dropDatabase, recreateDatabase } from '../src/database/ensure-database.js';
import { runMigrations } from '../src/database/migrate.js';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const RUNS = 15;
/** BENCH_PORT, or a port free now (a fixed one may be taken by another API on a shared machine). */
const PORT = Number(process.env.BENCH_PORT ?? 0) || (await freePort());
const DB = `postgres://postgres@127.0.0.1:5432/citizen_cases_bench_worklist`;
const ADMIN = { username: 'admin', password: 'bench-admin-password' };
const PII_KEY = Buffer.alloc(32, 7);
const base = `http://127.0.0.1:${PORT}`;

const FAMILY = [
  'Nguyễn',
  'Nguyễn',
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quốc'];
const GIVEN = [
  'An',
  'Anh',
  'Bình',
  'Chi',
  'Cường',
  'Dũng',
  'Dung',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hoa',
  'Hùng',
  'Hương',
  'Huy',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Minh',
  'Nam',
  'Nga',
  'Ngọc',
  'Nhung',
  'Phong',
  'Phương',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Thủy',
  'Trang',
  'Trung',
  'Tú',
  'Tuấn',
  'Vân',
  'Yến',
];

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

async function startApi(): Promise<ChildProcess> {
  const child = fork(fileURLToPath(new URL('../src/main.js', import.meta.url)), {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: DB,
      PORT: String(PORT),
      JWT_SECRET: 'bench-jwt-secret-0123456789-0123456789',
      PII_ENCRYPTION_KEY: PII_KEY.toString('base64'),
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
      REDIS_PREFIX: `bench_${process.pid}`,
      LOG_LEVEL: 'warn',
    },
    stdio: 'inherit',
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

/** The cases, straight in SQL; names come from word tables (folded words and their blind-index tokens). */
async function seed(client: pg.Client, inspectorId: string, inspectorUnit: string): Promise<void> {
  const crypto = new PiiCryptoService({ piiEncryptionKey: PII_KEY } as AppConfig);
  await client.query(`CREATE TEMP TABLE w (part int, n int, word text, folded text, token text)`);
  for (const [part, list] of [FAMILY, MIDDLE, GIVEN].entries()) {
    for (const [n, word] of list.entries()) {
      await client.query(`INSERT INTO w VALUES ($1, $2, $3, $4, $5)`, [
        part,
        n,
        word,
        nameTokens(word)[0],
        crypto.nameIndex(word)[0],
      ]);
    }
  }
  await client.query(`SELECT setseed(0.17)`);
  await client.query(`CREATE TEMP TABLE units AS
    SELECT id, row_number() OVER (ORDER BY code) AS n FROM unit WHERE code LIKE 'B%'`);
  await client.query(`ALTER TABLE citizen_case DISABLE TRIGGER tr_case_stat_case`);
  await client.query(
    `INSERT INTO citizen_case (code, kind, procedure, status, channel, subject, content, anonymous, applicant,
       applicant_sealed, applicant_name_index, search_text, unit_id, assignee_id, created_by, received_at,
       resolved_at, due_date, tracking_pin_hash)
     WITH r AS (
       SELECT i, random() AS rk, random() AS rs, random() AS ra,
              1 + floor(random() * (SELECT count(*) FROM units))::int AS un,
              floor(random() * ${FAMILY.length})::int AS f, floor(random() * ${MIDDLE.length})::int AS m,
              floor(random() * ${GIVEN.length})::int AS g,
              timestamptz '2023-01-01 07:30+07' + random() * interval '1095 days' AS received_at
       FROM generate_series(1, $1::int) i
     ), k AS (
       SELECT r.*, CASE WHEN rk < 0.03 THEN 'complaint' WHEN rk < 0.04 THEN 'denunciation'
                        WHEN rk < 0.10 THEN 'petition' WHEN rk < 0.50 THEN 'civil_status'
                        ELSE 'certification' END AS kind,
              rs < 0.9 AS finished,
              (SELECT word FROM w WHERE part = 0 AND n = f) || ' ' || (SELECT word FROM w WHERE part = 1 AND n = m)
                || ' ' || (SELECT word FROM w WHERE part = 2 AND n = g) AS name,
              (SELECT folded FROM w WHERE part = 0 AND n = f) || ' ' || (SELECT folded FROM w WHERE part = 1 AND n = m)
                || ' ' || (SELECT folded FROM w WHERE part = 2 AND n = g) AS folded,
              ARRAY[(SELECT token FROM w WHERE part = 0 AND n = f), (SELECT token FROM w WHERE part = 1 AND n = m),
                    (SELECT token FROM w WHERE part = 2 AND n = g)] AS tokens
       FROM r
     )
     SELECT left(upper(left(kind, 2)) || '-' || i, 20), kind, NULL,
            CASE WHEN finished THEN 'resolved' ELSE 'in_progress' END, 'in_person', 'Đơn đề nghị', 'Nội dung',
            false, CASE WHEN kind = 'denunciation' THEN NULL ELSE jsonb_build_object('fullName', name) END,
            kind = 'denunciation', CASE WHEN kind = 'denunciation' THEN tokens END,
            'don de nghi noi dung ' || CASE WHEN kind = 'denunciation' THEN '' ELSE folded END,
            u.id, CASE WHEN u.id = $2 AND ra < 0.3 THEN $3::uuid END, $3::uuid, received_at,
            CASE WHEN finished THEN received_at + interval '5 days' END,
            CASE WHEN NOT finished THEN (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 30 END, 'x'
     FROM k JOIN units u ON u.n = k.un`,
    [CASES, inspectorUnit, inspectorId],
  );
  await client.query(`ALTER TABLE citizen_case ENABLE TRIGGER tr_case_stat_case`);
  await client.query(`VACUUM ANALYZE citizen_case`);
}

async function timed(path: string, token: string): Promise<{ ms: number; total: number }> {
  await json(path, { token });
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    total = (await json(path, { token })).total;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], total };
}

async function timedSql(
  client: pg.Client,
  sql: string,
  params: unknown[],
): Promise<{ ms: number; n: number }> {
  await client.query(sql, params);
  const times: number[] = [];
  let n = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    n = Number((await client.query(sql, params)).rows[0].count);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], n };
}

async function main(): Promise<void> {
  const reuse = Boolean(process.env.BENCH_REUSE);
  if (!reuse) {
    await recreateDatabase(DB);
  }
  await runMigrations(DB);
  const api = await startApi();
  const client = new pg.Client({ connectionString: DB });
  await client.connect();
  try {
    const { accessToken: adminToken } = await json('/auth/login', {
      method: 'POST',
      body: JSON.stringify(ADMIN),
    });
    const login = async (role: string): Promise<{ id: string; token: string }> => {
      const res = await json('/auth/login', {
        method: 'POST',
        body: JSON.stringify({ username: `${role}1`, password: `${role}-password` }),
      });
      return { id: res.user.id, token: res.accessToken };
    };
    let inspector: { id: string; token: string };
    let leader: { id: string; token: string };
    if (reuse) {
      // BENCH_REUSE=1: the database a BENCH_KEEP=1 run left, as it is.
      [inspector, leader] = [await login('inspector'), await login('leader')];
    } else {
      const unit = (body: object): Promise<{ id: string }> =>
        json('/units', { method: 'POST', token: adminToken, body: JSON.stringify(body) });
      const city = await unit({ code: 'CITY', name: 'UBND thành phố', level: 'province' });
      const wards: string[] = [];
      const districts: string[] = [];
      for (let d = 1; d <= 5; d++) {
        const district = await unit({
          code: `B${d}`,
          name: `Quận ${d}`,
          level: 'district',
          parentId: city.id,
        });
        districts.push(district.id);
        for (let w = 1; w <= 10; w++) {
          wards.push(
            (await unit({ code: `B${d}W${w}`, name: `Phường ${w}`, level: 'commune', parentId: district.id }))
              .id,
          );
        }
      }
      const user = async (role: string, unitId: string): Promise<{ id: string; token: string }> => {
        const username = `${role}1`;
        await json('/users', {
          method: 'POST',
          token: adminToken,
          body: JSON.stringify({ username, password: `${role}-password`, fullName: 'Cán bộ', role, unitId }),
        });
        return login(role);
      };
      inspector = await user('inspector', wards[0]);
      leader = await user('leader', districts[0]);
      const started = performance.now();
      await seed(client, inspector.id, wards[0]);
      console.log(`seeded ${CASES} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    // The baseline of each line: the plain SQL count of the cases in its scope (an index-only count), timed
    // the same way over the pg client.
    const [{ unit_id: ward }] = (
      await client.query(`SELECT unit_id FROM app_user WHERE id = $1`, [inspector.id])
    ).rows;
    const [{ path: district }] = (
      await client.query(`SELECT u.path FROM app_user a JOIN unit u ON u.id = a.unit_id WHERE a.id = $1`, [
        leader.id,
      ])
    ).rows;
    const wardCount = { sql: `SELECT count(*) FROM citizen_case WHERE unit_id = $1`, params: [ward] };
    const districtCount = {
      sql: `SELECT count(*) FROM citizen_case c JOIN unit u ON u.id = c.unit_id WHERE u.path LIKE $1`,
      params: [`${district}%`],
    };
    const lines: [string, string, string, { sql: string; params: unknown[] }][] = [
      ['inspector, own unit, by due date', '/cases?sort=dueDate&limit=20', inspector.token, wardCount],
      [
        'inspector, open cases by due date',
        '/cases?status=in_progress&sort=dueDate&limit=20',
        inspector.token,
        wardCount,
      ],
      [
        'inspector, search by full name',
        `/cases?q=${encodeURIComponent('Trần Thị Hương')}&limit=20`,
        inspector.token,
        wardCount,
      ],
      [
        'inspector, search by given name',
        `/cases?q=${encodeURIComponent('Hương')}&limit=20`,
        inspector.token,
        wardCount,
      ],
      ['district leader, by due date', '/cases?sort=dueDate&limit=20', leader.token, districtCount],
      [
        'district leader, search by full name',
        `/cases?q=${encodeURIComponent('Trần Thị Hương')}&limit=20`,
        leader.token,
        districtCount,
      ],
    ];
    console.log(
      `\nload average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`,
    );
    console.log('GET /cases                                   median     total   scope count (SQL)   ratio');
    for (const [name, path, token, baseline] of lines) {
      const { ms, total } = await timed(path, token);
      const base = await timedSql(client, baseline.sql, baseline.params);
      console.log(
        `${name.padEnd(44)}${ms.toFixed(1).padStart(7)} ms ${String(total).padStart(8)}   ` +
          `${base.ms.toFixed(1).padStart(7)} ms ${String(base.n).padStart(8)}   ${(ms / base.ms).toFixed(2)}`,
      );
    }
  } finally {
    await client.end().catch(() => undefined);
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    if (!process.env.BENCH_KEEP && !reuse) {
      await dropDatabase(DB);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
