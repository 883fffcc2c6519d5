import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { type AppConfig, loadConfig } from '../../src/config/config.js';
import pg from 'pg';
import { dropDatabase, recreateDatabase } from '../../src/database/ensure-database.js';
import { runMigrations } from '../../src/database/migrate.js';
import { UsersService } from '../../src/users/users.service.js';
import { databaseUrl, TEMPLATE_DB, TEST_REDIS_URL } from './databases.js';

export const ADMIN = { username: 'admin', password: 'admin-password-e2e' };

export type Role = 'admin' | 'leader' | 'inspector' | 'reception' | 'clerk';

export interface TestUser {
  id: string;
  username: string;
  password: string;
  role: Role;
  unitId: string | null;
  token: string;
}

/**
 * One API on its own database (a copy of the migrated template) and its own Redis key prefix, so that test
 * files never see each other's data. Build data through the HTTP API with the factories below.
 */
export class TestApp {
  private counter = 0;
  adminToken = '';

  private constructor(
    readonly app: NestFastifyApplication,
    readonly dataSource: DataSource,
    readonly databaseUrl: string,
    /** The environment the configuration was read from: for child processes (a compiled API or worker). */
    readonly env: Record<string, string>,
    /** The configuration the API runs on, for a worker or a second instance beside it. */
    readonly config: AppConfig,
  ) {}

  /**
   * `env`: settings over the test defaults, parsed as the environment would be (process.env is not touched).
   * `options.databaseUser`: the API connects as that role (migrations and the test's own setup stay owner).
   */
  static async start(
    env: Record<string, string> = {},
    options: { databaseUser?: string } = {},
  ): Promise<TestApp> {
    const name = `cc_e2e_${randomBytes(5).toString('hex')}`;
    const url = databaseUrl(name);
    await ensureTemplate();
    await recreateDatabase(url, TEMPLATE_DB);
    const appUrl = new URL(url);
    if (options.databaseUser) {
      appUrl.username = options.databaseUser;
    }
    const appEnv = {
      NODE_ENV: 'test',
      DATABASE_URL: appUrl.toString(),
      DATABASE_MIGRATION_URL: url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: `t_${name}`,
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'error',
      ...env,
    };
    const config = loadConfig(appEnv);
    const app = await createApp(config);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    await app.get(UsersService).ensureFirstAdmin();
    const testApp = new TestApp(app, app.get(DataSource), url, appEnv, config);
    testApp.adminToken = (await testApp.login(ADMIN.username, ADMIN.password)).token;
    return testApp;
  }

  http(): TestAgent {
    return request(this.app.getHttpServer());
  }

  async close(): Promise<void> {
    await this.app.close();
    await dropDatabase(this.databaseUrl);
  }

  unique(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  async login(username: string, password: string): Promise<{ token: string; userId: string }> {
    const res = await this.http().post('/auth/login').send({ username, password });
    if (res.status !== 200) {
      throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return { token: res.body.accessToken, userId: res.body.user.id };
  }

  async createUnit(
    fields: Partial<{
      code: string;
      name: string;
      level: string;
      parentId: string;
      remoteArea: boolean;
    }> = {},
  ): Promise<{ id: string; code: string; parentId: string | null }> {
    const res = await this.http()
      .post('/units')
      .set('Authorization', `Bearer ${this.adminToken}`)
      .send({ code: this.unique('U'), name: 'UBND phường Test', level: 'commune', ...fields });
    if (res.status !== 201) {
      throw new Error(`createUnit failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return res.body;
  }

  async createUser(
    role: Role,
    unitId: string | null,
    fields: Record<string, unknown> = {},
  ): Promise<TestUser> {
    const username = this.unique(`${role}.`);
    const password = 'password-' + username;
    const res = await this.http()
      .post('/users')
      .set('Authorization', `Bearer ${this.adminToken}`)
      .send({ username, password, fullName: `Cán bộ ${username}`, role, unitId, ...fields });
    if (res.status !== 201) {
      throw new Error(`createUser failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    const { token } = await this.login(username, password);
    return { id: res.body.id, username, password, role, unitId, token };
  }
}

/** Migrates the template database once per run (the global setup dropped the previous one). */
async function ensureTemplate(): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [TEMPLATE_DB]);
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE_DB]);
    if (!found.rowCount) {
      const building = `${TEMPLATE_DB}_building`;
      await recreateDatabase(databaseUrl(building));
      await runMigrations(databaseUrl(building));
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${TEMPLATE_DB}"`);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [TEMPLATE_DB]);
    await client.end();
  }
}

export function bearer(token: string): [string, string] {
  return ['Authorization', `Bearer ${token}`];
}
