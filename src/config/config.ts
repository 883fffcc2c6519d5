import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

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
  /** The first admin (`admin` when only the password is given); outside development the password is required. */
  admin: { username: string | null; password: string | null };
  mail: { smtpUrl: string | null; from: string; attempts: number; backoffMs: number };
  piiEncryptionKey: Buffer;
  businessTimeZone: string;
  bodyLimitBytes: number;
  /** Which proxies' X-Forwarded-For to believe (proxy-addr syntax); `loopback` by default. */
  trustProxy: string;
  /** pino: the level, and readable lines (pino-pretty) instead of JSON. */
  log: { level: LogLevel; pretty: boolean };
  /**
   * `/metrics`: on the API port only with `Authorization: Bearer <token>`; on a port of its own (API and worker
   * each) for a network you trust, where the token is also required when it is set.
   */
  metrics: { token: string | null; apiPort: number | null; workerPort: number | null };
  reminders: { sendWindow: string; sweepEveryMinutes: number; dueSoonDays: number; escalationDays: number };
  /** BullMQ job locks: a job of a worker that died is taken over once its lock expires. */
  worker: { lockMs: number; concurrency: number };
  attachments: AttachmentsConfig;
  /** Problems that do not stop the process but must be logged (development defaults in use). */
  warnings: string[];
}

/** Where the case file's documents are stored, and the limits on uploads. */
export interface AttachmentsConfig {
  storage: { driver: 'local'; dir: string } | { driver: 's3'; s3: S3Config };
  maxBytes: number;
  maxPerParent: number;
  uploadsPerMinute: number;
  sweepEveryMinutes: number;
}

export interface S3Config {
  bucket: string;
  prefix: string;
  region: string;
  endpoint: string | null;
  forcePathStyle: boolean;
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
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
/** HS256 keys shorter than the hash output (32 bytes) weaken it (RFC 7518 3.2). */
export const MIN_JWT_SECRET_BYTES = 32;
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

function piiKey(env: Env, warnings: string[]): Buffer {
  const raw = text(env, 'PII_ENCRYPTION_KEY');
  if (raw === undefined) {
    warnings.push('PII_ENCRYPTION_KEY is not set: using the development key');
    return DEV_PII_KEY;
  }
  const key = Buffer.from(raw, 'base64');
  if (key.length !== 32 || key.toString('base64') !== raw) {
    throw new ConfigError('PII_ENCRYPTION_KEY', 'must be 32 bytes encoded as base64');
  }
  return key;
}

function jwtSecret(env: Env, warnings: string[]): string {
  const raw = text(env, 'JWT_SECRET');
  if (raw === undefined) {
    warnings.push('JWT_SECRET is not set: using the development secret');
    return DEV_JWT_SECRET;
  }
  if (Buffer.byteLength(raw, 'utf8') < MIN_JWT_SECRET_BYTES) {
    throw new ConfigError('JWT_SECRET', `must be at least ${MIN_JWT_SECRET_BYTES} bytes`);
  }
  return raw;
}

/**
 * Fail closed: outside development and test the secrets have no default (the development ones are in the
 * source, so anyone could forge a token or read a sealed identity with them). Names every missing one.
 */
function requireSecrets(env: Env, nodeEnv: AppConfig['env']): void {
  if (nodeEnv === 'development' || nodeEnv === 'test') {
    return;
  }
  const missing = ['JWT_SECRET', 'PII_ENCRYPTION_KEY'].filter((name) => text(env, name) === undefined);
  if (missing.length) {
    throw new ConfigError(
      missing.join(', '),
      `${missing.length > 1 ? 'are' : 'is'} required unless NODE_ENV is development or test (NODE_ENV is ${
        text(env, 'NODE_ENV') ?? 'unset, which means production'
      })`,
    );
  }
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

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/** Nest's names for two pino levels, accepted so that older environments keep working. */
const LOG_LEVEL_ALIASES: Record<string, LogLevel> = { log: 'info', verbose: 'trace' };

function logLevel(env: Env): LogLevel {
  const raw = text(env, 'LOG_LEVEL') ?? 'info';
  const level = LOG_LEVEL_ALIASES[raw] ?? LOG_LEVELS.find((l) => l === raw);
  if (!level) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  }
  return level;
}

function optionalPort(env: Env, name: string): number | null {
  return text(env, name) === undefined ? null : integer(env, name, 0, 1, 65535);
}

function s3Config(env: Env): S3Config {
  const bucket = text(env, 'ATTACHMENTS_S3_BUCKET');
  if (bucket === undefined) {
    throw new ConfigError('ATTACHMENTS_S3_BUCKET', 'is required when ATTACHMENTS_STORAGE=s3');
  }
  const endpoint = url(env, 'ATTACHMENTS_S3_ENDPOINT', null, ['http:', 'https:']);
  const accessKeyId = text(env, 'ATTACHMENTS_S3_ACCESS_KEY_ID') ?? null;
  const secretAccessKey = text(env, 'ATTACHMENTS_S3_SECRET_ACCESS_KEY') ?? null;
  if ((accessKeyId === null) !== (secretAccessKey === null)) {
    throw new ConfigError(
      accessKeyId ? 'ATTACHMENTS_S3_SECRET_ACCESS_KEY' : 'ATTACHMENTS_S3_ACCESS_KEY_ID',
      'must be set together',
    );
  }
  const prefix = text(env, 'ATTACHMENTS_S3_PREFIX') ?? '';
  if (!/^[A-Za-z0-9/_.-]{0,200}$/.test(prefix)) {
    throw new ConfigError('ATTACHMENTS_S3_PREFIX', 'must be letters, digits, "/", "_", "." or "-"');
  }
  const pathStyle = text(env, 'ATTACHMENTS_S3_FORCE_PATH_STYLE') ?? (endpoint ? 'true' : 'false');
  if (pathStyle !== 'true' && pathStyle !== 'false') {
    throw new ConfigError('ATTACHMENTS_S3_FORCE_PATH_STYLE', 'must be true or false');
  }
  return {
    bucket,
    prefix,
    region: text(env, 'ATTACHMENTS_S3_REGION') ?? 'us-east-1',
    endpoint,
    forcePathStyle: pathStyle === 'true',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : null,
  };
}

function attachments(env: Env): AttachmentsConfig {
  const driver = text(env, 'ATTACHMENTS_STORAGE') ?? 'local';
  if (driver !== 'local' && driver !== 's3') {
    throw new ConfigError('ATTACHMENTS_STORAGE', `must be local or s3, got "${driver}"`);
  }
  return {
    storage:
      driver === 's3'
        ? { driver, s3: s3Config(env) }
        : { driver, dir: resolve(text(env, 'ATTACHMENTS_DIR') ?? 'var/attachments') },
    maxBytes: integer(env, 'ATTACHMENT_MAX_BYTES', 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    maxPerParent: integer(env, 'ATTACHMENTS_PER_CASE', 50, 1, 10_000),
    uploadsPerMinute: integer(env, 'ATTACHMENT_UPLOADS_PER_MINUTE', 120, 1, 100_000),
    sweepEveryMinutes: integer(env, 'ATTACHMENT_SWEEP_MINUTES', 60, 1, 7 * 24 * 60),
  };
}

/** NODE_ENV; unset means production, so that a forgotten variable never turns the development defaults on. */
function nodeEnvironment(env: Env): AppConfig['env'] {
  const nodeEnv = text(env, 'NODE_ENV') ?? 'production';
  if (nodeEnv !== 'development' && nodeEnv !== 'test' && nodeEnv !== 'production') {
    throw new ConfigError('NODE_ENV', `must be development, test or production, got "${nodeEnv}"`);
  }
  return nodeEnv;
}

/** Only the database (the migration CLI and the benches need nothing else, so they need no secrets). */
export function loadDatabaseUrl(env: Env = process.env): string {
  return url(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/citizen_cases', [
    'postgres:',
    'postgresql:',
  ])!;
}

/** The owner's connection for migrations (DATABASE_MIGRATION_URL, default DATABASE_URL); see README, Security. */
export function loadMigrationUrl(env: Env = process.env): string {
  return url(env, 'DATABASE_MIGRATION_URL', loadDatabaseUrl(env), ['postgres:', 'postgresql:'])!;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = nodeEnvironment(env);
  requireSecrets(env, nodeEnv);
  const warnings: string[] = [];
  const adminUsername = text(env, 'ADMIN_USERNAME') ?? null;
  const adminPassword = text(env, 'ADMIN_PASSWORD') ?? null;
  if (adminUsername !== null && adminPassword === null) {
    throw new ConfigError('ADMIN_PASSWORD', 'must be set with ADMIN_USERNAME');
  }
  if (adminPassword !== null && adminPassword.length < 8) {
    throw new ConfigError('ADMIN_PASSWORD', 'must be at least 8 characters');
  }
  return {
    env: nodeEnv,
    port: integer(env, 'PORT', 3000, 1, 65535),
    databaseUrl: loadDatabaseUrl(env),
    databaseMigrationUrl: loadMigrationUrl(env),
    redisUrl: redisUrl(env),
    redisPrefix: redisPrefix(env),
    jwt: {
      secret: jwtSecret(env, warnings),
      expiresInSeconds: integer(env, 'JWT_EXPIRES_IN_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
    },
    admin: { username: adminUsername, password: adminPassword },
    mail: {
      smtpUrl: url(env, 'SMTP_URL', null, ['smtp:', 'smtps:']),
      from: text(env, 'MAIL_FROM') ?? 'UBND <no-reply@citizen-cases.local>',
      attempts: integer(env, 'MAIL_ATTEMPTS', 10, 1, 100),
      backoffMs: integer(env, 'MAIL_BACKOFF_MS', 5_000, 10, 3_600_000),
    },
    piiEncryptionKey: piiKey(env, warnings),
    businessTimeZone: timeZone(env),
    trustProxy: text(env, 'TRUST_PROXY') ?? 'loopback',
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 256 * 1024, 1024, 50 * 1024 * 1024),
    log: {
      level: logLevel(env),
      pretty: (text(env, 'LOG_FORMAT') ?? (nodeEnv === 'development' ? 'text' : 'json')) !== 'json',
    },
    metrics: {
      token: text(env, 'METRICS_TOKEN') ?? null,
      apiPort: optionalPort(env, 'METRICS_PORT'),
      workerPort: optionalPort(env, 'WORKER_METRICS_PORT'),
    },
    reminders: {
      sendWindow: sendWindow(env),
      sweepEveryMinutes: integer(env, 'REMINDER_SWEEP_MINUTES', 15, 1, 24 * 60),
      dueSoonDays: integer(env, 'REMINDER_DUE_SOON_DAYS', 3, 1, 30),
      escalationDays: integer(env, 'REMINDER_ESCALATION_DAYS', 2, 1, 30),
    },
    worker: workerSettings(env),
    attachments: attachments(env),
    warnings,
  };
}

function workerSettings(env: Env): AppConfig['worker'] {
  return {
    lockMs: integer(env, 'WORKER_LOCK_MS', 30_000, 500, 3_600_000),
    concurrency: integer(env, 'WORKER_CONCURRENCY', 10, 1, 200),
  };
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
