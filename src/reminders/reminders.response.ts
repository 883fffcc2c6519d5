import { ApiProperty } from '@nestjs/swagger';
import type { SweepResult } from './reminder-sweep.service.js';

export class SweepResultDto implements SweepResult {
  @ApiProperty({ description: 'false outside the send window' })
  ran: boolean;

  @ApiProperty()
  created: number;

  @ApiProperty()
  digests: number;

  @ApiProperty()
  queued: number;
}
