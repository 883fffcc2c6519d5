import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageResponse } from '../common/validation/page.response.js';
import type { DeadlineExplanation } from '../calendar/domain/deadline-clock.js';
import type { DeadlineUnit } from '../calendar/domain/deadline-rule-table.js';
import { CHANNELS, type Channel } from './case.entity.js';
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
import { CASE_ACTIONS, type CaseAction } from './domain/case-workflow.js';
import { CASE_STATUSES, type CaseStatus } from './domain/case-status.js';
import { RevealedApplicantDto } from './dto/identity.dto.js';

const ALL_PROCEDURES = [...new Set(Object.values(PROCEDURES).flat())];
const DATE = { type: String, format: 'date', nullable: true } as const;
const TIMESTAMP = { type: String, format: 'date-time', nullable: true } as const;

export class CaseDeadlinesResponse {
  @ApiProperty({ ...DATE, description: 'counted from receipt (null for civil_status and certification)' })
  acceptance: string | null;

  @ApiProperty({
    ...DATE,
    description: 'counted from acceptance (civil_status, certification: from receipt)',
  })
  resolution: string | null;
}

/** A case as lists and actions return it (API.md "Cases"). */
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

  @ApiProperty({
    type: RevealedApplicantDto,
    nullable: true,
    description: 'null when anonymous or sealed (`applicantSealed`)',
  })
  applicant: RevealedApplicantDto | null;

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

  @ApiProperty(TIMESTAMP)
  acceptedAt: string | null;

  @ApiProperty(TIMESTAMP)
  resolvedAt: string | null;

  @ApiProperty(TIMESTAMP)
  finishedAt: string | null;

  @ApiProperty({ enum: CASE_OUTCOMES, enumName: 'CaseOutcome', nullable: true })
  outcome: CaseOutcome | null;

  @ApiProperty({ type: String, nullable: true })
  decisionNumber: string | null;

  @ApiProperty({ type: CaseDeadlinesResponse })
  deadlines: CaseDeadlinesResponse;

  @ApiProperty({ ...DATE, description: 'the deadline of the clock that runs now' })
  dueDate: string | null;

  @ApiProperty()
  overdue: boolean;

  @ApiProperty({ type: Boolean, nullable: true })
  onTime: boolean | null;

  @ApiProperty()
  extensionCount: number;

  @ApiProperty({ description: 'send it back with every change; 409 when stale' })
  version: number;
}

export class CasePageDto extends PageResponse(CaseResponseDto) {}

export class ExtensionAllowanceResponse {
  @ApiProperty({ description: 'the most days the next extension may add (the default of `days`)' })
  maxDays: number;

  @ApiProperty({ enum: ['calendar_days', 'working_days'] })
  unit: 'calendar_days' | 'working_days';

  @ApiProperty({ description: 'extensions left, this one included' })
  remaining: number;
}

/** `GET /cases/:id`: the case and what this user may do on it now. */
export class CaseDetailResponse extends CaseResponseDto {
  @ApiProperty({
    enum: CASE_ACTIONS,
    isArray: true,
    description: 'the actions this user may take on this case now (status, role, scope and the law together)',
  })
  allowedActions: CaseAction[];

  @ApiProperty({
    type: ExtensionAllowanceResponse,
    nullable: true,
    description: 'the legal maximum of the next extension; null unless `extend` is allowed',
  })
  extension: ExtensionAllowanceResponse | null;

  @ApiProperty({ description: 'whether this user may add notes and correct details' })
  canEdit: boolean;
}

/** One item of `GET /cases/:id/events`. */
export class CaseEventResponse {
  @ApiProperty()
  id: string;

  @ApiProperty({
    description: 'received, an action (accept, extend...), note, details_corrected, deadline_recomputed, ...',
  })
  type: string;

  @ApiProperty({ format: 'date-time', description: 'when it happened (on paper)' })
  occurredAt: string;

  @ApiProperty({ format: 'date-time', description: 'when it was recorded' })
  recordedAt: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorId: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'the full name of the actor' })
  actorName: string | null;

  @ApiProperty({ enum: CASE_STATUSES, nullable: true })
  fromStatus: CaseStatus | null;

  @ApiProperty({ enum: CASE_STATUSES })
  toStatus: CaseStatus;

  @ApiProperty({ ...DATE, description: 'the due date of the running clock right after the event' })
  dueDate: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'the body of the action (reason, outcome...), `{text}` of a note, `{fields}` of a correction',
  })
  data: Record<string, unknown>;
}

/** `POST /cases/:id/notes`. */
export class CaseNoteResponse {
  @ApiProperty({ description: 'the id of its timeline event' })
  id: string;

  @ApiProperty()
  text: string;

  @ApiProperty({ format: 'uuid' })
  authorId: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

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

  @ApiProperty(TIMESTAMP)
  resolvedAt: string | null;
}
