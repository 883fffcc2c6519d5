import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { HttpMetrics } from './http-metrics.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsServer, MetricsServerOptions } from './metrics-server.js';
import { MetricsService } from './metrics.service.js';

/** Prometheus metrics of one process: the API (`/metrics` route, HTTP durations) or the worker (own port). */
@Global()
@Module({})
export class MetricsModule {
  static forRoot(process: 'api' | 'worker'): DynamicModule {
    const options = {
      provide: MetricsServerOptions,
      inject: [APP_CONFIG],
      useFactory: ({ metrics }: AppConfig) =>
        new MetricsServerOptions(process === 'api' ? metrics.apiPort : metrics.workerPort, metrics.token),
    };
    return {
      module: MetricsModule,
      controllers: process === 'api' ? [MetricsController] : [],
      providers: [MetricsService, MetricsServer, options, ...(process === 'api' ? [HttpMetrics] : [])],
      exports: [MetricsService, ...(process === 'api' ? [HttpMetrics] : [])],
    };
  }
}
