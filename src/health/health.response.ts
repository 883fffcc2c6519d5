import { ApiProperty } from '@nestjs/swagger';
import type { HealthReport, ProbeReport } from './health.service.js';

export class DependencyHealthDto {
  @ApiProperty({ enum: ['up', 'down'] })
  status: 'up' | 'down';
}

export class HealthReportDto implements HealthReport {
  @ApiProperty({ enum: ['ok', 'error'] })
  status: 'ok' | 'error';

  @ApiProperty({ type: () => DependencyHealthDto })
  postgres: DependencyHealthDto;

  @ApiProperty({ type: () => DependencyHealthDto })
  redis: DependencyHealthDto;
}

export class ProbeReportDto implements ProbeReport {
  @ApiProperty({ enum: ['ok', 'error'] })
  status: 'ok' | 'error';

  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/DependencyHealthDto' },
    description: 'each check (postgres, redis, migrations) by name',
  })
  details: Record<string, DependencyHealthDto>;
}
