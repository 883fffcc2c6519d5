import { execFileSync, fork } from 'node:child_process';

/** The compiled API, worker and `start` processes, with the environment an operator might forget to fill. */
function run(file: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !['NODE_ENV', 'JWT_SECRET', 'PII_ENCRYPTION_KEY', 'ADMIN_USERNAME', 'ADMIN_PASSWORD'].includes(name),
    ),
  ) as Record<string, string>;
  return new Promise((resolve, reject) => {
    const child = fork(file, { env: { ...base, LOG_LEVEL: 'error', ...env }, stdio: 'pipe' });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${file} still runs: ${stderr}`));
    }, 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('processes refuse to start without their secrets outside development (issue 13, item 3)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['node_modules/tsgo/bin/tsc', '-p', 'tsconfig.build.json'], {
      stdio: 'inherit',
    });
  }, 120_000);

  it.each(['dist/src/main.js', 'dist/src/worker.js', 'dist/src/start.js'])(
    '%s with NODE_ENV unset exits 1 naming both secrets',
    async (file) => {
      const { code, stderr } = await run(file, {});
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(
        'Invalid configuration: JWT_SECRET, PII_ENCRYPTION_KEY are required unless NODE_ENV is development or ' +
          'test (NODE_ENV is unset, which means production)',
      );
    },
  );

  it.each([
    ['dist/src/main.js', 'PII_ENCRYPTION_KEY', { JWT_SECRET: 'x'.repeat(32) }],
    ['dist/src/worker.js', 'JWT_SECRET', { PII_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64') }],
  ])('%s in production names the missing %s alone', async (file, missing, env) => {
    const { code, stderr } = await run(file, { NODE_ENV: 'production', ...env });
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^Invalid configuration: ${missing} is required unless NODE_ENV`));
  });

  it('refuses a JWT secret shorter than 32 bytes', async () => {
    const { code, stderr } = await run('dist/src/main.js', {
      JWT_SECRET: 'sixteen-chars-ok',
      PII_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/JWT_SECRET must be at least 32 bytes/);
  });
});
