import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageResponse } from '../common/validation/page.response.js';
import { UNIT_LEVELS, type UnitLevel } from '../units/unit.entity.js';
import {
  RECEPTION_CATEGORIES,
  RECEPTION_HOSTS,
  RECEPTION_OUTCOMES,
  REFUSAL_GROUNDS,
  type ReceptionCategory,
  type ReceptionHost,
  type ReceptionOutcome,
  type RefusalGround,
} from './domain/reception-rules.js';
import type { LeaderDaysResponse, LeaderDaysRow } from './leader-days.service.js';
import type { ReceptionResponse } from './reception-view.service.js';
import type { RepresentativeData } from './reception.entity.js';

export class RepresentativeResponseDto implements RepresentativeData {
  @ApiProperty()
  fullName: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  idNumber?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  address?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  phone?: string | null;
}

export class ReceptionResponseDto implements ReceptionResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  visitedAt: string;

  @ApiProperty({ format: 'date' })
  visitDate: string;

  @ApiProperty()
  visitorCount: number;

  @ApiProperty()
  groupVisit: boolean;

  @ApiProperty({
    type: [RepresentativeResponseDto],
    description: 'empty when sealed (representativesSealed)',
  })
  representatives: RepresentativeResponseDto[];

  @ApiProperty()
  representativesSealed: boolean;

  @ApiProperty({ enum: RECEPTION_CATEGORIES, enumName: 'ReceptionCategory' })
  category: ReceptionCategory;

  @ApiProperty()
  subject: string;

  @ApiProperty()
  content: string;

  @ApiProperty({ type: String, nullable: true })
  previousHandling: string | null;

  @ApiProperty({ enum: RECEPTION_HOSTS, enumName: 'ReceptionHost' })
  hostedBy: ReceptionHost;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  leaderId: string | null;

  @ApiProperty()
  delegated: boolean;

  @ApiProperty()
  repeatVisit: boolean;

  @ApiProperty({ format: 'uuid' })
  unitId: string;

  @ApiProperty({ enum: RECEPTION_OUTCOMES, enumName: 'ReceptionOutcome' })
  outcome: ReceptionOutcome;

  @ApiProperty({ enum: REFUSAL_GROUNDS, enumName: 'RefusalGround', nullable: true })
  refusalGround: RefusalGround | null;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Luật TCD Art. 28 reply due date',
  })
  replyDueDate: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  repliedAt: string | null;

  @ApiProperty()
  awaitingReply: boolean;

  @ApiProperty({ type: [String] })
  caseIds: string[];

  @ApiProperty({ format: 'uuid' })
  createdBy: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class ReceptionPageDto extends PageResponse(ReceptionResponseDto) {}

export class LeaderDaysRowDto implements LeaderDaysRow {
  @ApiProperty({ format: 'uuid' })
  leaderId: string;

  @ApiProperty()
  fullName: string;

  @ApiProperty({ format: 'uuid' })
  unitId: string;

  @ApiProperty({ enum: UNIT_LEVELS, enumName: 'UnitLevel' })
  unitLevel: UnitLevel;

  @ApiProperty()
  daysHeld: number;

  @ApiProperty({ type: [String] })
  dates: string[];

  @ApiProperty({ type: [String], description: 'Days with only delegated receptions: shown, not counted' })
  delegatedDates: string[];

  @ApiProperty()
  quota: number;

  @ApiProperty()
  met: boolean;
}

export class LeaderDaysResponseDto implements LeaderDaysResponse {
  @ApiProperty({ example: '2024-03' })
  month: string;

  @ApiProperty({ type: [LeaderDaysRowDto] })
  leaders: LeaderDaysRowDto[];
}
