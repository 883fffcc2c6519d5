import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageResponse } from '../common/validation/page.response.js';
import type { DeadlineExplanation } from '../calendar/domain/deadline-clock.js';
import type { DeadlineUnit } from '../calendar/domain/deadline-rule-table.js';
import { CHANNELS, type ApplicantData, type Channel } from './case.entity.js';
import type { IntakeResponse } from './case-intake.service.js';
import type { CaseDeadlineResponse } from './case-query.service.js';
import type { PublicCaseResponse } from './public-lookup.service.js';
import type { CaseResponse } from './case-view.service.js';
import {
  CASE_KINDS,
  CASE_OUTCOMES,
  COMPLEXITIES,
  type CaseKind,
  type CaseOutcome,
  type CaseProcedure,
  type Complexity,
  PROCEDURES,
} from './domain/case-kind.js';
import { CASE_STATUSES, type CaseStatus } from './domain/case-workflow.js';

const ALL_PROCEDURES = [...new Set(Object.values(PROCEDURES).flat())];

export class ApplicantResponseDto implements ApplicantData {
  @ApiProperty()
  fullName: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  idNumber?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  address?: string | null;
}

export class CaseDeadlinesDto {
  @ApiProperty({ type: String, format: 'date', nullable: true })
  acceptance: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  resolution: string | null;
}

export class CaseResponseDto implements CaseResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'KN-2024-000123' })
  code: string;

  @ApiProperty({ enum: CASE_KINDS, enumName: 'CaseKind' })
  kind: CaseKind;

  @ApiProperty({ enum: ALL_PROCEDURES, enumName: 'CaseProcedure', nullable: true })
  procedure: CaseProcedure | null;

  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus' })
  status: CaseStatus;

  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' })
  channel: Channel;

  @ApiProperty()
  subject: string;

  @ApiProperty()
  content: string;

  @ApiProperty({ type: () => ApplicantResponseDto, nullable: true })
  applicant: ApplicantResponseDto | null;

  @ApiProperty()
  applicantSealed: boolean;

  @ApiProperty()
  anonymous: boolean;

  @ApiProperty({ format: 'uuid' })
  unitId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  assigneeId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  receptionId: string | null;

  @ApiProperty({ enum: COMPLEXITIES, enumName: 'Complexity' })
  complexity: Complexity;

  @ApiProperty()
  remoteArea: boolean;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  acceptedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  resolvedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt: string | null;

  @ApiProperty({ enum: CASE_OUTCOMES, enumName: 'CaseOutcome', nullable: true })
  outcome: CaseOutcome | null;

  @ApiProperty({ type: String, nullable: true })
  decisionNumber: string | null;

  @ApiProperty({ type: () => CaseDeadlinesDto })
  deadlines: CaseDeadlinesDto;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Deadline of the running clock' })
  dueDate: string | null;

  @ApiProperty()
  overdue: boolean;

  @ApiProperty({ type: Boolean, nullable: true })
  onTime: boolean | null;

  @ApiProperty()
  extensionCount: number;

  @ApiProperty()
  version: number;
}

export class CasePageDto extends PageResponse(CaseResponseDto) {}

export class PossibleDuplicateDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  code: string;

  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus' })
  status: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;
}

export class IntakeResponseDto extends CaseResponseDto implements IntakeResponse {
  @ApiProperty({ description: 'The citizen lookup pin, returned once and never stored in clear' })
  trackingPin: string;

  @ApiProperty({ type: [PossibleDuplicateDto] })
  possibleDuplicates: PossibleDuplicateDto[];
}

export class DeadlineRuleDto {
  @ApiPropertyOptional()
  id?: string;

  @ApiProperty()
  amount: number;

  @ApiProperty({ enum: ['calendar_days', 'working_days', 'same_day'], enumName: 'DeadlineUnit' })
  unit: DeadlineUnit;

  @ApiProperty()
  legalRef: string;
}

export class DeadlineExplanationDto implements DeadlineExplanation {
  @ApiProperty({ format: 'date' })
  start: string;

  @ApiProperty({ type: () => DeadlineRuleDto })
  rule: DeadlineRuleDto;

  @ApiProperty()
  extensionDays: number;

  @ApiProperty()
  pausedDays: number;

  @ApiPropertyOptional({ format: 'date' })
  pausedSince?: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  rawEnd: string | null;

  @ApiPropertyOptional({ format: 'date' })
  rolledForwardFrom?: string;

  @ApiProperty({ type: [String] })
  nonWorkingDaysSkipped: string[];

  @ApiProperty()
  provisional: boolean;

  @ApiPropertyOptional()
  fifteenHundredRule?: boolean;
}

export class CasePauseDto {
  @ApiProperty({ format: 'date' })
  from: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  to: string | null;
}

export class CaseExtensionDto {
  @ApiProperty()
  days: number;
}

export class CaseDeadlineResponseDto implements CaseDeadlineResponse {
  @ApiProperty({ enum: ['acceptance', 'resolution'], nullable: true })
  clock: 'acceptance' | 'resolution' | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueDate: string | null;

  @ApiProperty({ type: () => DeadlineExplanationDto, nullable: true })
  acceptance: DeadlineExplanationDto | null;

  @ApiProperty({ type: () => DeadlineExplanationDto, nullable: true })
  resolution: DeadlineExplanationDto | null;

  @ApiProperty({ type: [CasePauseDto] })
  pauses: CasePauseDto[];

  @ApiProperty({ type: [CaseExtensionDto] })
  extensions: CaseExtensionDto[];
}

export class PublicCaseResponseDto implements PublicCaseResponse {
  @ApiProperty()
  code: string;

  @ApiProperty({ enum: CASE_KINDS, enumName: 'CaseKind' })
  kind: string;

  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus' })
  status: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueDate: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  resolvedAt: string | null;
}
