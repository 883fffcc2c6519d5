import { expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { state } from './state';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEMO_PASSWORD = 'demo-password-2023';

export interface Unit {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
}

async function call(path: string, token: string, body?: unknown, retry = true): Promise<Response> {
  try {
    return await fetch(state().base + path, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch (error) {
    // After a long seed the kept-alive connection has been closed by the API (EPIPE): once more, anew.
    if (retry) {
      return call(path, token, body, false);
    }
    throw error;
  }
}

/**
 * The demo city's 2023 (`seed:demo --scale=`) replayed through the services into the test database, once:
 * its units coded with the suffix 2 (TP2, TRANPHU2...) and its users likewise (chutich2...), clear of the
 * users the global setup made. Returns the units.
 */
export async function seedDemoCity(adminToken: string, scale: number): Promise<Unit[]> {
  const s = state();
  const units = (await (await call('/units', adminToken)).json()) as Unit[];
  // A unit coded TP makes the demo use the suffix 2.
  if (!units.some((u) => u.code === 'TP')) {
    const made = await call('/units', adminToken, {
      code: 'TP',
      name: 'Đơn vị giữ chỗ',
      level: 'district',
    });
    expect(made.status).toBe(201);
  }
  if (!units.some((u) => u.code === 'TP2')) {
    const name = new URL(s.databaseUrl).pathname.slice(1);
    const seed = spawnSync(process.execPath, ['dist/demo/seed-demo.main.js', '--force', `--scale=${scale}`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: s.databaseUrl,
        REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
        REDIS_PREFIX: `t_${name}`,
        LOG_LEVEL: 'error',
      },
    });
    expect(seed.status, seed.stderr).toBe(0);
  }
  return (await (await call('/units', adminToken)).json()) as Unit[];
}
