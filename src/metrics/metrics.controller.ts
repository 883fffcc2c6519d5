import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators.js';
import { DomainError } from '../common/errors/domain-error.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { hasMetricsToken } from './metrics-access.js';
import { MetricsService } from './metrics.service.js';

/** `GET /metrics` on the API port: only with `Authorization: Bearer <METRICS_TOKEN>`; not served without one. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const token = this.config.metrics.token;
    if (token === null) {
      throw new DomainError(
        'not_found',
        'Metrics are not served on this port: set METRICS_TOKEN or METRICS_PORT',
      );
    }
    if (!hasMetricsToken(authorization, token)) {
      throw new DomainError('unauthenticated', 'The metrics token is missing or wrong');
    }
    void reply.header('Content-Type', this.metrics.registry.contentType);
    return this.metrics.text();
  }
}
