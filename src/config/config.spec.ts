import { ConfigError, loadConfig, loadDatabaseUrl } from './config.js';

const JWT_SECRET = 'a-secret-of-exactly-32-bytes-abc';
const PII_ENCRYPTION_KEY = Buffer.alloc(32, 9).toString('base64');

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error;
    }
    throw error;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig: secrets fail closed', () => {
  it('treats an unset NODE_ENV as production and names both missing secrets', () => {
    const error = configError({});
    expect(error.variable).toBe('JWT_SECRET, PII_ENCRYPTION_KEY');
    expect(error.message).toMatch(
      /JWT_SECRET, PII_ENCRYPTION_KEY are required unless NODE_ENV is development/,
    );
    expect(error.message).toMatch(/unset/);
  });

  it.each([
    ['JWT_SECRET', { NODE_ENV: 'production', PII_ENCRYPTION_KEY }],
    ['PII_ENCRYPTION_KEY', { NODE_ENV: 'production', JWT_SECRET }],
    ['JWT_SECRET', { JWT_SECRET: '   ', PII_ENCRYPTION_KEY }],
  ])('names %s when it is the one missing', (missing, env) => {
    expect(configError(env).variable).toBe(missing);
  });

  it('starts in production with both secrets', () => {
    const config = loadConfig({ JWT_SECRET, PII_ENCRYPTION_KEY });
    expect(config.env).toBe('production');
    expect(config.jwt.secret).toBe(JWT_SECRET);
    expect(config.piiEncryptionKey).toEqual(Buffer.alloc(32, 9));
    expect(config.warnings).toEqual([]);
  });

  it.each(['development', 'test'])('uses the development secrets, with warnings, when NODE_ENV=%s', (env) => {
    const config = loadConfig({ NODE_ENV: env });
    expect(config.jwt.secret.length).toBeGreaterThanOrEqual(32);
    expect(config.warnings).toEqual([expect.stringMatching(/^JWT_SECRET/), expect.stringMatching(/^PII/)]);
  });

  it('wants a JWT secret of at least 32 bytes, counted in bytes', () => {
    expect(configError({ NODE_ENV: 'test', JWT_SECRET: JWT_SECRET.slice(1) }).message).toMatch(
      /JWT_SECRET must be at least 32 bytes/,
    );
    expect(loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'ệ'.repeat(11) }).jwt.secret).toBe('ệ'.repeat(11));
  });

  it('refuses an unknown NODE_ENV and a malformed key', () => {
    expect(configError({ NODE_ENV: 'prod' }).variable).toBe('NODE_ENV');
    expect(configError({ JWT_SECRET, PII_ENCRYPTION_KEY: 'c2hvcnQ=' }).variable).toBe('PII_ENCRYPTION_KEY');
  });

  it('takes the first admin from ADMIN_PASSWORD (username `admin` unless given), never a username alone', () => {
    expect(loadConfig({ NODE_ENV: 'test', ADMIN_PASSWORD: 'long-enough' }).admin).toEqual({
      username: null,
      password: 'long-enough',
    });
    expect(configError({ NODE_ENV: 'test', ADMIN_USERNAME: 'root' }).variable).toBe('ADMIN_PASSWORD');
  });

  it('lets the migration CLI read the database without any secret', () => {
    expect(loadDatabaseUrl({ DATABASE_URL: 'postgres://db/x' })).toBe('postgres://db/x');
  });

  it('reads the worker settings, with their defaults', () => {
    expect(loadConfig({ NODE_ENV: 'test', WORKER_CONCURRENCY: '3' }).worker).toEqual({
      lockMs: 30_000,
      concurrency: 3,
    });
    expect(loadConfig({ NODE_ENV: 'test', WORKER_LOCK_MS: '1500' }).worker).toEqual({
      lockMs: 1500,
      concurrency: 10,
    });
  });
});
