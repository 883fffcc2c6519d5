import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { WORKER_NODE_FLAGS } from '../../src/config/process-env.js';
import { buildDist, freePort, waitForHttp } from '../utils/processes.js';
import { waitFor } from '../utils/smtp.js';
import { TestApp } from '../utils/test-app.js';

const METRICS_TOKEN = 'metrics-token-start-0123456789';

/** The child processes of `pid` (Linux), each with its command line. */
function children(pid: number): { pid: number; argv: string[] }[] {
  const ids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  return ids.map((id) => ({
    pid: Number(id),
    argv: readFileSync(`/proc/${id}/cmdline`, 'utf8').split('\0').filter(Boolean),
  }));
}

/** What `npm start` runs: its API and worker, each with its own Node flags and the processes' environment. */
describe('npm start: the API and the worker as child processes', () => {
  let t: TestApp;

  beforeAll(async () => {
    buildDist();
    t = await TestApp.start();
  }, 120_000);
  afterAll(() => t?.close());

  it('starts the worker with the workers’ heap cap and the API without it, both with the malloc setting', async () => {
    const [port, metricsPort] = [await freePort(), await freePort()];
    const start = fork('dist/src/start.js', {
      env: {
        ...process.env,
        ...t.env,
        PORT: String(port),
        WORKER_METRICS_PORT: String(metricsPort),
        METRICS_TOKEN,
      },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => start.once('exit', resolve));
    try {
      await waitForHttp(port, '/health/ready');
      await waitForHttp(metricsPort, '/metrics', 60_000, METRICS_TOKEN);
      await waitFor(() => children(start.pid!).length === 2, 10_000);
      const [api, worker] = ['dist/src/main.js', 'dist/src/worker.js'].map((file) =>
        children(start.pid!).find((c) => c.argv.some((a) => a.endsWith(file))),
      );
      expect(worker!.argv).toEqual(expect.arrayContaining([...WORKER_NODE_FLAGS]));
      expect(WORKER_NODE_FLAGS).toContain('--max-old-space-size=192');
      expect(api!.argv.filter((a) => a.startsWith('--max-old-space-size'))).toEqual([]);
      for (const child of [api!, worker!]) {
        const environ = readFileSync(`/proc/${child.pid}/environ`, 'utf8').split('\0');
        expect(environ).toContain('MALLOC_MMAP_THRESHOLD_=131072');
      }
    } finally {
      start.kill('SIGTERM');
      await exited;
    }
  }, 120_000);
});
