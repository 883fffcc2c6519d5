import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../common/http/request-context.js';
import { IdempotencyKey } from '../common/http/idempotency-key.decorator.js';
import type { Page } from '../common/validation/pagination.dto.js';
import { CaseActionsService } from './case-actions.service.js';
import type { CaseCapabilities } from './case-allowed-actions.js';
import { CaseEditsService } from './case-edits.service.js';
import { CreateCaseNoteDto, UpdateCaseDto } from './dto/case-edit.dto.js';
import { CaseIntakeService, type IntakeResponse } from './case-intake.service.js';
import { type CaseDeadlineResponse, type CaseEventResponse, CaseQueryService } from './case-query.service.js';
import type { CaseIdentityResponse, CaseResponse } from './case-view.service.js';
import { CaseActionParams } from './dto/case-action-params.dto.js';
import { CaseActionDto } from './dto/case-action.dto.js';
import { CaseQuery } from './dto/case-query.dto.js';
import { CreateCaseDto } from './dto/create-case.dto.js';
import { CaseIdentityDto, IdentityQuery } from './dto/identity.dto.js';
import {
  CaseDeadlineResponseDto,
  CaseDetailResponse,
  CaseEventResponse as CaseEventBody,
  CaseNoteResponse,
  CasePageDto,
  CaseResponseDto,
  IntakeResponseDto,
} from './cases.response.js';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly intake: CaseIntakeService,
    private readonly actions: CaseActionsService,
    private readonly queries: CaseQueryService,
    private readonly edits: CaseEditsService,
  ) {}

  @ApiCreatedResponse({
    type: IntakeResponseDto,
    description: '200 with the same body when an Idempotency-Key repeats',
  })
  @Post()
  @Roles('reception', 'clerk', 'inspector', 'leader', 'admin')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async open(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateCaseDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IntakeResponse> {
    const { created, body } = await this.intake.open(user, dto, key);
    void reply.status(created ? 201 : 200);
    return body;
  }

  @ApiOkResponse({ type: CasePageDto })
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: CaseQuery): Promise<Page<CaseResponse>> {
    return this.queries.list(user, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: CaseDetailResponse })
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CaseResponse & CaseCapabilities> {
    return this.queries.get(user, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: "Correct a case's subject, content or the applicant's contact details" })
  @ApiOkResponse({ type: CaseResponseDto })
  correct(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateCaseDto,
  ): Promise<CaseResponse> {
    return this.edits.correct(user, id, dto);
  }

  @Post(':id/notes')
  @ApiOperation({ summary: 'Add an internal note to the timeline (never sent to the citizen)' })
  @ApiCreatedResponse({ type: CaseNoteResponse })
  addNote(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateCaseNoteDto,
  ): Promise<CaseNoteResponse> {
    return this.edits.addNote(user, id, dto);
  }

  @Get(':id/identity')
  @ApiOperation({
    summary: "Reveal the applicant's identity, sealed or not, one case at a time",
    description:
      'A sealed identity (a denunciator) is revealed only to the leaders of the case unit and its ancestors ' +
      'and to the assigned inspector, and each reveal is written to the audit log as `case.identity.read` ' +
      'with the reason. For a case that is not sealed, the same applicant as `GET /cases/:id`.',
  })
  @ApiOkResponse({ type: CaseIdentityDto })
  @ApiForbiddenResponse({ description: 'a sealed identity this user may not reveal' })
  @ApiNotFoundResponse({ description: "no such case in this user's scope" })
  identity(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: IdentityQuery,
  ): Promise<CaseIdentityResponse> {
    return this.queries.identity(user, id, query.reason ?? null);
  }

  @Get(':id/events')
  @ApiOkResponse({ type: CaseEventBody, isArray: true })
  events(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CaseEventResponse[]> {
    return this.queries.events(user, id);
  }

  @ApiOkResponse({ type: CaseDeadlineResponseDto })
  @Get(':id/deadline')
  deadline(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CaseDeadlineResponse> {
    return this.queries.deadline(user, id);
  }

  @ApiCreatedResponse({ type: CaseResponseDto })
  @Post(':id/actions/:action')
  act(
    @CurrentUser() user: AuthUser,
    @Param() params: CaseActionParams,
    @Body() dto: CaseActionDto,
  ): Promise<CaseResponse> {
    return this.actions.act(user, params.id, params.action, dto);
  }
}
