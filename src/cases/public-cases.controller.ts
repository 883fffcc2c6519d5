import { Controller, Get, Ip, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { PublicLookupQuery } from './dto/case-query.dto.js';
import { type PublicCaseResponse, PublicLookupService } from './public-lookup.service.js';
import { PublicCaseResponseDto } from './cases.response.js';

@ApiTags('public')
@Controller('public/cases')
export class PublicCasesController {
  constructor(private readonly lookups: PublicLookupService) {}

  @Public()
  @ApiOkResponse({ type: PublicCaseResponseDto })
  @Get(':code')
  lookup(
    @Param('code') code: string,
    @Query() query: PublicLookupQuery,
    @Ip() ip: string,
  ): Promise<PublicCaseResponse> {
    return this.lookups.lookup(code, query.pin, ip);
  }
}
