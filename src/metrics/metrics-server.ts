import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { hasMetricsToken } from './metrics-access.js';
import { MetricsService } from './metrics.service.js';

/** Options of MetricsServer: its port (null: none) and the token it requires (null: none). */
export class MetricsServerOptions {
  constructor(
    readonly port: number | null,
    readonly token: string | null,
  ) {}
}

/** `/metrics` on a port of its own (METRICS_PORT for the API, WORKER_METRICS_PORT for the worker). */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsServer.name);
  private server: Server | null = null;

  constructor(
    private readonly metrics: MetricsService,
    private readonly options: MetricsServerOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { port, token } = this.options;
    if (port === null) {
      return;
    }
    this.server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      if (token !== null && !hasMetricsToken(req.headers.authorization, token)) {
        res.writeHead(401).end();
        return;
      }
      this.metrics.text().then(
        (body) => res.writeHead(200, { 'Content-Type': this.metrics.registry.contentType }).end(body),
        () => res.writeHead(500).end(),
      );
    });
    const server = this.server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '0.0.0.0', () => resolve());
    });
    this.logger.log(`metrics on port ${(server.address() as AddressInfo).port}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (server) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }
}
