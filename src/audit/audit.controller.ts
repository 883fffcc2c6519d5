import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import type { Page } from '../common/validation/pagination.dto.js';
import { type AuditResponse, AuditService } from './audit.service.js';
import { AuditQuery } from './dto/audit-query.dto.js';
import { AuditPageDto } from './audit.response.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @ApiOkResponse({ type: AuditPageDto })
  @Get()
  @Roles('admin')
  list(@Query() query: AuditQuery): Promise<Page<AuditResponse>> {
    return this.audit.list(query);
  }
}
