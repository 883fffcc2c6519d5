import { ApiProperty } from '@nestjs/swagger';
import { RepresentativeDto } from './create-reception.dto.js';

/** `GET /receptions/:id/identity` (Swagger description). */
export class ReceptionIdentityDto {
  @ApiProperty({ type: [RepresentativeDto] })
  representatives: RepresentativeDto[];
}
