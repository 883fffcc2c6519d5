import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators.js';
import { type HealthReport, HealthService, type ProbeReport } from './health.service.js';
import { HealthReportDto, ProbeReportDto } from './health.response.js';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** PostgreSQL and Redis (API.md): 200, or 503 when either is down. */
  @Public()
  @ApiOkResponse({
    type: HealthReportDto,
    description: '503 with the same body when PostgreSQL or Redis is down',
  })
  @Get()
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    return this.answer(reply, await this.health.check());
  }

  /** The process answers (for a liveness probe: restart it when this fails). */
  @Public()
  @ApiOkResponse({
    type: ProbeReportDto,
    description: '503 with the same body when the process cannot answer',
  })
  @Get('live')
  async live(@Res({ passthrough: true }) reply: FastifyReply): Promise<ProbeReport> {
    return this.answer(reply, await this.health.live());
  }

  /** PostgreSQL, Redis and every migration applied (for a load balancer: send it traffic when 200). */
  @Public()
  @ApiOkResponse({
    type: ProbeReportDto,
    description: '503 with the same body when a dependency is not ready',
  })
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ProbeReport> {
    return this.answer(reply, await this.health.ready());
  }

  private answer<T extends { status: 'ok' | 'error' }>(reply: FastifyReply, report: T): T {
    void reply.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }
}
