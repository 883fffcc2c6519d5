import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../common/http/request-context.js';
import type { Page } from '../common/validation/pagination.dto.js';
import { CaseActionsService } from './case-actions.service.js';
import { CaseIntakeService, type IntakeResponse } from './case-intake.service.js';
import { type CaseDeadlineResponse, type CaseEventResponse, CaseQueryService } from './case-query.service.js';
import type { CaseResponse } from './case-view.service.js';
import { CaseActionParams } from './dto/case-action-params.dto.js';
import { CaseActionDto } from './dto/case-action.dto.js';
import { CaseQuery } from './dto/case-query.dto.js';
import { CreateCaseDto } from './dto/create-case.dto.js';
import {
  CaseDeadlineResponseDto,
  CaseEventResponseDto,
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
    @Headers('idempotency-key') key: string | undefined,
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

  @ApiOkResponse({ type: CaseResponseDto })
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CaseResponse> {
    return this.queries.get(user, id);
  }

  @ApiOkResponse({ type: [CaseEventResponseDto] })
  @Get(':id/events')
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
