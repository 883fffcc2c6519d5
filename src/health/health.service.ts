import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import {
  type HealthCheckResult,
  HealthCheckService,
  type HealthIndicatorFunction,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { REDIS } from '../redis/redis.tokens.js';

type Status = 'up' | 'down';

/** What a probe answers: each check's status and nothing else (driver error text stays in the log). */
export interface ProbeReport {
  status: 'ok' | 'error';
  details: Record<string, { status: Status }>;
}

/** `/health`'s API.md shape. */
export interface HealthReport {
  status: 'ok' | 'error';
  postgres: { status: Status };
  redis: { status: Status };
}

const TIMEOUT_MS = 2_000;

/** The checks behind `/health`, `/health/live` and `/health/ready`, run by @nestjs/terminus. */
@Injectable()
export class HealthService {
  constructor(
    private readonly terminus: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly typeorm: TypeOrmHealthIndicator,
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async check(): Promise<HealthReport> {
    const { status, details } = await this.run([this.postgres, this.redisUp]);
    return { status, postgres: details.postgres, redis: details.redis };
  }

  live(): Promise<ProbeReport> {
    return this.run([]);
  }

  ready(): Promise<ProbeReport> {
    return this.run([this.postgres, this.redisUp, this.migrations]);
  }

  private readonly postgres: HealthIndicatorFunction = () =>
    this.typeorm.pingCheck('postgres', { connection: this.dataSource, timeout: TIMEOUT_MS });

  private readonly redisUp: HealthIndicatorFunction = () =>
    this.indicators
      .check('redis')
      .attempt(async () => {
        await this.redis.ping();
      })
      .withTimeout(TIMEOUT_MS);

  /** Every migration this build knows is recorded as applied (a new build on an old schema is not ready). */
  private readonly migrations: HealthIndicatorFunction = () =>
    this.indicators
      .check('migrations')
      .attempt(async () => {
        const applied = new Set(
          (await this.dataSource.query<{ name: string }[]>(`SELECT name FROM migrations`)).map((r) => r.name),
        );
        const pending = this.dataSource.migrations.filter((m) => !applied.has(m.name ?? m.constructor.name));
        if (pending.length) {
          throw new Error(`${pending.length} migration(s) not applied`);
        }
      })
      .withTimeout(TIMEOUT_MS);

  private async run(checks: HealthIndicatorFunction[]): Promise<ProbeReport> {
    let result: HealthCheckResult;
    try {
      result = await this.terminus.check(checks);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) {
        throw error;
      }
      result = error.getResponse() as HealthCheckResult;
    }
    const details = Object.fromEntries(
      Object.entries(result.details).map(([key, value]) => [
        key,
        { status: value.status === 'up' ? 'up' : 'down' },
      ]),
    ) as Record<string, { status: Status }>;
    return { status: result.status === 'ok' ? 'ok' : 'error', details };
  }
}
