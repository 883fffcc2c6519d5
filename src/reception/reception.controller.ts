import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { IntakeResponse } from '../cases/case-intake.service.js';
import type { AuthUser } from '../common/http/request-context.js';
import type { Page } from '../common/validation/pagination.dto.js';
import { IdentityQuery } from '../cases/dto/identity.dto.js';
import { CreateReceptionDto } from './dto/create-reception.dto.js';
import { OpenVisitCaseDto, ReplyDto } from './dto/open-visit-case.dto.js';
import { ReceptionIdentityDto } from './dto/reception-identity.dto.js';
import { LeaderDaysQuery, ReceptionQuery } from './dto/reception-query.dto.js';
import { type LeaderDaysResponse, LeaderDaysService } from './leader-days.service.js';
import { ReceptionCaseService } from './reception-case.service.js';
import { ReceptionQueryService } from './reception-query.service.js';
import type { ReceptionIdentityResponse, ReceptionResponse } from './reception-view.service.js';
import { ReceptionService } from './reception.service.js';
import { IntakeResponseDto } from '../cases/cases.response.js';
import { LeaderDaysResponseDto, ReceptionPageDto, ReceptionResponseDto } from './reception.response.js';

@ApiTags('receptions')
@ApiBearerAuth()
@Roles('reception', 'inspector', 'leader', 'admin')
@Controller('receptions')
export class ReceptionController {
  constructor(
    private readonly receptions: ReceptionService,
    private readonly cases: ReceptionCaseService,
    private readonly queries: ReceptionQueryService,
    private readonly leaderDaysService: LeaderDaysService,
  ) {}

  @ApiCreatedResponse({ type: ReceptionResponseDto })
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateReceptionDto): Promise<ReceptionResponse> {
    return this.receptions.create(user, dto);
  }

  @ApiOkResponse({ type: ReceptionPageDto })
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: ReceptionQuery): Promise<Page<ReceptionResponse>> {
    return this.queries.list(user, query);
  }

  // Declared before `:id` (which also only takes a UUID) so that the two routes never clash.
  @ApiOkResponse({ type: LeaderDaysResponseDto })
  @Get('leader-days')
  leaderDays(@CurrentUser() user: AuthUser, @Query() query: LeaderDaysQuery): Promise<LeaderDaysResponse> {
    return this.leaderDaysService.leaderDays(user, query);
  }

  @ApiOkResponse({ type: ReceptionResponseDto })
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ReceptionResponse> {
    return this.queries.get(user, id);
  }

  @Get(':id/identity')
  @ApiOperation({
    summary: 'Reveal the representatives of a visit, sealed or not, one visit at a time',
    description:
      'The representatives of a sealed visit (a denunciation) are revealed only to the leaders of the visit ' +
      'unit and its ancestors (and to those who may reveal a denunciation case opened from it); each reveal is ' +
      'written to the audit log as `reception.identity.read` with the reason.',
  })
  @ApiOkResponse({ type: ReceptionIdentityDto })
  @ApiForbiddenResponse({ description: 'sealed representatives this user may not reveal' })
  @ApiNotFoundResponse({ description: "no such visit in this user's scope" })
  identity(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: IdentityQuery,
  ): Promise<ReceptionIdentityResponse> {
    return this.queries.identity(user, id, query.reason ?? null);
  }

  @ApiCreatedResponse({ type: IntakeResponseDto })
  @Post(':id/cases')
  openCase(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: OpenVisitCaseDto,
  ): Promise<IntakeResponse> {
    return this.cases.openCase(user, id, dto);
  }

  @ApiCreatedResponse({ type: ReceptionResponseDto })
  @Post(':id/reply')
  reply(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReplyDto,
  ): Promise<ReceptionResponse> {
    return this.cases.reply(user, id, dto);
  }
}
