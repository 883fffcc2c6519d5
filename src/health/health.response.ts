import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { HealthReport } from './health.service.js';

export class DependencyHealthDto {
  @ApiProperty({ enum: ['up', 'down'] })
  status: 'up' | 'down';

  @ApiPropertyOptional()
  error?: string;
}

export class HealthReportDto implements HealthReport {
  @ApiProperty({ enum: ['ok', 'error'] })
  status: 'ok' | 'error';

  @ApiProperty({ type: () => DependencyHealthDto })
  postgres: DependencyHealthDto;

  @ApiProperty({ type: () => DependencyHealthDto })
  redis: DependencyHealthDto;
}
