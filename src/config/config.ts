import { randomBytes } from 'node:crypto';

/** The typed configuration of both processes. Built once from the environment by `loadConfig`. */
export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  databaseUrl: string;
  /** Who runs migrations (the tables' owner); DATABASE_URL can then be a role that owns nothing. */
  databaseMigrationUrl: string;
  redisUrl: string;
  /** Prefix of every Redis key and BullMQ queue of this deployment (lets tests and tenants share a server). */
  redisPrefix: string;
  jwt: { secret: string; expiresInSeconds: number };
  admin: { username: string | null; password: string | null };
  mail: { smtpUrl: string | null; from: string; attempts: number; backoffMs: number };
  piiEncryptionKey: Buffer;
  businessTimeZone: string;
  bodyLimitBytes: number;
  /** Which proxies' X-Forwarded-For to believe (proxy-addr syntax); `loopback` by default. */
  trustProxy: string;
  logJson: boolean;
  logLevels: ('error' | 'warn' | 'log' | 'debug' | 'verbose')[];
  reminders: { sendWindow: string; sweepEveryMinutes: number; dueSoonDays: number; escalationDays: number };
  /** BullMQ job locks: a job of a worker that died is taken over once its lock expires. */
  worker: { lockMs: number; concurrency: number };
  /** Problems that do not stop the process but must be logged (development defaults in use). */
  warnings: string[];
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const DEV_JWT_SECRET = 'development-only-jwt-secret-change-me';
// 32 zero-free bytes, base64: a fixed development key so that development data stays readable across restarts.
const DEV_PII_KEY = Buffer.from('ZGV2ZWxvcG1lbnQtb25seS1waWkta2V5LTMyYnl0ZXM=', 'base64');

function text(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) {
    return fallback;
  }
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function url(env: Env, name: string, fallback: string | null, protocols: string[]): string | null {
  const raw = text(env, name) ?? fallback;
  if (raw === null) {
    return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be a URL, got "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}, got "${parsed.protocol}"`);
  }
  return raw;
}

function timeZone(env: Env): string {
  const zone = text(env, 'BUSINESS_TZ') ?? 'Asia/Ho_Chi_Minh';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw new ConfigError('BUSINESS_TZ', `must be an IANA time zone, got "${zone}"`);
  }
  return zone;
}

function sendWindow(env: Env): string {
  const raw = text(env, 'REMINDER_SEND_WINDOW') ?? '07:30-17:00';
  if (raw !== 'always' && !/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/.test(raw)) {
    throw new ConfigError('REMINDER_SEND_WINDOW', `must be "HH:MM-HH:MM" or "always", got "${raw}"`);
  }
  return raw;
}

function piiKey(env: Env, production: boolean, warnings: string[]): Buffer {
  const raw = text(env, 'PII_ENCRYPTION_KEY');
  if (raw === undefined) {
    if (production) {
      throw new ConfigError('PII_ENCRYPTION_KEY', 'is required when NODE_ENV=production');
    }
    warnings.push('PII_ENCRYPTION_KEY is not set: using the development key');
    return DEV_PII_KEY;
  }
  const key = Buffer.from(raw, 'base64');
  if (key.length !== 32 || key.toString('base64') !== raw) {
    throw new ConfigError('PII_ENCRYPTION_KEY', 'must be 32 bytes encoded as base64');
  }
  return key;
}

function jwtSecret(env: Env, production: boolean, warnings: string[]): string {
  const raw = text(env, 'JWT_SECRET');
  if (raw === undefined) {
    if (production) {
      throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production');
    }
    warnings.push('JWT_SECRET is not set: using the development secret');
    return DEV_JWT_SECRET;
  }
  if (raw.length < 16) {
    throw new ConfigError('JWT_SECRET', 'must be at least 16 characters');
  }
  return raw;
}

function redisUrl(env: Env): string {
  const value = url(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:'])!;
  redisOptions(value);
  return value;
}

function redisPrefix(env: Env): string {
  const value = text(env, 'REDIS_PREFIX') ?? 'cc';
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(value)) {
    throw new ConfigError('REDIS_PREFIX', 'must be 1 to 32 letters, digits, "-" or "_"');
  }
  return value;
}

const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

function logLevels(env: Env): AppConfig['logLevels'] {
  const raw = text(env, 'LOG_LEVEL') ?? 'log';
  const index = LOG_LEVELS.indexOf(raw as (typeof LOG_LEVELS)[number]);
  if (index < 0) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  }
  return LOG_LEVELS.slice(0, index + 1);
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = text(env, 'NODE_ENV') ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'test' && nodeEnv !== 'production') {
    throw new ConfigError('NODE_ENV', `must be development, test or production, got "${nodeEnv}"`);
  }
  const production = nodeEnv === 'production';
  const warnings: string[] = [];
  const adminUsername = text(env, 'ADMIN_USERNAME') ?? null;
  const adminPassword = text(env, 'ADMIN_PASSWORD') ?? null;
  if ((adminUsername === null) !== (adminPassword === null)) {
    throw new ConfigError(adminUsername ? 'ADMIN_PASSWORD' : 'ADMIN_USERNAME', 'must be set together');
  }
  if (adminPassword !== null && adminPassword.length < 8) {
    throw new ConfigError('ADMIN_PASSWORD', 'must be at least 8 characters');
  }
  const databaseUrl = url(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/citizen_cases', [
    'postgres:',
    'postgresql:',
  ])!;
  return {
    env: nodeEnv,
    port: integer(env, 'PORT', 3000, 1, 65535),
    databaseUrl,
    databaseMigrationUrl: url(env, 'DATABASE_MIGRATION_URL', databaseUrl, ['postgres:', 'postgresql:'])!,
    redisUrl: redisUrl(env),
    redisPrefix: redisPrefix(env),
    jwt: {
      secret: jwtSecret(env, production, warnings),
      expiresInSeconds: integer(env, 'JWT_EXPIRES_IN_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
    },
    admin: { username: adminUsername, password: adminPassword },
    mail: {
      smtpUrl: url(env, 'SMTP_URL', null, ['smtp:', 'smtps:']),
      from: text(env, 'MAIL_FROM') ?? 'UBND <no-reply@citizen-cases.local>',
      attempts: integer(env, 'MAIL_ATTEMPTS', 10, 1, 100),
      backoffMs: integer(env, 'MAIL_BACKOFF_MS', 5_000, 10, 3_600_000),
    },
    piiEncryptionKey: piiKey(env, production, warnings),
    businessTimeZone: timeZone(env),
    trustProxy: text(env, 'TRUST_PROXY') ?? 'loopback',
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 256 * 1024, 1024, 50 * 1024 * 1024),
    logLevels: logLevels(env),
    logJson: (text(env, 'LOG_FORMAT') ?? (nodeEnv === 'development' ? 'text' : 'json')) === 'json',
    reminders: {
      sendWindow: sendWindow(env),
      sweepEveryMinutes: integer(env, 'REMINDER_SWEEP_MINUTES', 15, 1, 24 * 60),
      dueSoonDays: integer(env, 'REMINDER_DUE_SOON_DAYS', 3, 1, 30),
      escalationDays: integer(env, 'REMINDER_ESCALATION_DAYS', 2, 1, 30),
    },
    worker: {
      lockMs: integer(env, 'WORKER_LOCK_MS', 30_000, 500, 3_600_000),
      concurrency: integer(env, 'WORKER_CONCURRENCY', 10, 1, 200),
    },
    warnings,
  };
}

/** The worker settings, read when the processor classes are declared (BullMQ takes them at registration). */
export function workerSettings(): AppConfig['worker'] {
  return loadConfig().worker;
}

/** A random password for the generated first admin (development only). */
export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}

/** Parses a redis:// URL into ioredis options, keeping the database index (`redis://host:6379/2`). */
export function redisOptions(redisUrl: string): {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls?: object;
} {
  const parsed = new URL(redisUrl);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) {
    throw new ConfigError('REDIS_URL', `has an invalid database index "${parsed.pathname}"`);
  }
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    db,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}
