// Starts the built API (dist/) on its own port against a fresh, migrated PostgreSQL database and its own Redis
// prefix, creates a unit and one user per role through the API, and hands the addresses to the specs.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { E2eState } from './state';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PG = process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
const PASSWORD = 'Mat-khau-e2e-2024';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function json<T>(base: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const response = await fetch(base + path, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) {
    throw new Error(`${path}: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as T;
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const name = `cc_web_${randomBytes(4).toString('hex')}`;
  const databaseUrl = `${PG}/${name}`;
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `t_${name}`,
    ADMIN_USERNAME: 'admin',
    ADMIN_PASSWORD: PASSWORD,
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'error',
  };
  const migrate = spawnSync(process.execPath, ['dist/src/database/cli.js', 'run'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  if (migrate.status !== 0) {
    throw new Error(`migrations failed: ${migrate.stderr}`);
  }
  const port = await freePort();
  const api = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: ROOT,
    env: { ...env, PORT: String(port) },
    stdio: 'inherit',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(`${base}/health`)).ok) {
        break;
      }
    } catch {
      // not listening yet
    }
    if (i > 300) {
      api.kill('SIGTERM'); // not left running without a teardown
      throw new Error('the API did not start within 60 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  const admin = (
    await json<{ accessToken: string }>(base, '/auth/login', null, { username: 'admin', password: PASSWORD })
  ).accessToken;
  const unit = await json<{ id: string }>(base, '/units', admin, {
    code: 'PHUONG-BT',
    name: 'Phường Bến Thành',
    level: 'commune',
  });
  const users = {
    reception: { username: 'tiepdan', fullName: 'Phạm Thu Trang', role: 'reception' },
    leader: { username: 'chutich', fullName: 'Nguyễn Văn Hùng', role: 'leader' },
    clerk: { username: 'motcua', fullName: 'Lê Minh Châu', role: 'clerk' },
    inspector: { username: 'thanhtra', fullName: 'Trần Thị Thanh Tra', role: 'inspector' },
  } as const;
  for (const user of Object.values(users)) {
    await json(base, '/users', admin, { ...user, password: PASSWORD, unitId: unit.id });
  }
  const state: E2eState = { base, databaseUrl, password: PASSWORD, unitId: unit.id, users };
  process.env.WEB_E2E_STATE = JSON.stringify(state);

  return async () => {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    spawnSync('psql', [`${PG}/postgres`, '-q', '-c', `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`], {
      encoding: 'utf8',
    });
  };
}
