import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { waitFor } from './smtp.js';

/** Compiles src/ into dist/ (the real processes run the build, as `npm run start:api` does). */
export function buildDist(): void {
  execFileSync(process.execPath, ['node_modules/tsgo/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A real API or worker process (dist/src/main.js or worker.js) with its log lines kept. */
export class ServiceProcess {
  readonly lines: string[] = [];
  /** The exit code, or the signal that ended the process (Nest re-raises SIGTERM once it has shut down). */
  readonly exited: Promise<number | string | null>;

  private constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    let rest = '';
    const keep = (chunk: Buffer): void => {
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop() ?? '';
      this.lines.push(...parts);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  }

  static start(name: string, script: 'main.js' | 'worker.js', env: NodeJS.ProcessEnv): ServiceProcess {
    return new ServiceProcess(
      name,
      fork(`dist/src/${script}`, { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }),
    );
  }

  /** The JSON log lines (pino), parsed. */
  logs(): Record<string, unknown>[] {
    return this.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | string | null> {
    if (this.running()) {
      this.child.kill(signal);
    }
    return this.exited;
  }
}

export interface Answer {
  status: number;
  body: any;
  text: string;
}

/**
 * One HTTP request on a connection of its own (no keep-alive pool): a refused connection rejects with
 * ECONNREFUSED, anything else the server accepted must come back with an answer.
 */
export function call(
  port: number,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: false,
        headers: {
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, body, text });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Waits until GET path on port answers 200. */
export async function waitForHttp(
  port: number,
  path: string,
  timeoutMs = 60_000,
  token?: string,
): Promise<void> {
  await waitFor(async () => {
    try {
      return (await call(port, 'GET', path, { token })).status === 200;
    } catch {
      return false;
    }
  }, timeoutMs);
}

/** The value of the sample `name{labels} value` in a Prometheus text page. */
export function metricValue(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line === undefined ? undefined : Number(line.split(' ').pop());
}
