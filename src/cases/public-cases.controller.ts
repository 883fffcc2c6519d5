import { Controller, Get, Ip, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { CaseQueryService, type PublicCaseResponse } from './case-query.service.js';
import { PublicLookupQuery } from './dto/case-query.dto.js';
import { PublicCaseResponseDto } from './cases.response.js';

@ApiTags('public')
@Controller('public/cases')
export class PublicCasesController {
  constructor(private readonly queries: CaseQueryService) {}

  @Public()
  @ApiOkResponse({ type: PublicCaseResponseDto })
  @Get(':code')
  lookup(
    @Param('code') code: string,
    @Query() query: PublicLookupQuery,
    @Ip() ip: string,
  ): Promise<PublicCaseResponse> {
    return this.queries.publicLookup(code, query.pin, ip);
  }
}
