import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { CalendarImpactResponse } from './calendar-impact.response.js';
import { CaseCalendarHandler } from './case-calendar.handler.js';
import { CalendarImpactQuery } from './dto/calendar-impact.dto.js';

const IMPACT_LIMIT = 200;

/** Under `/calendar`, but in the cases module: the calendar module knows nothing of cases. */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarImpactController {
  constructor(private readonly handler: CaseCalendarHandler) {}

  @Get('impact')
  @Roles('admin')
  @ApiOperation({
    summary: 'The open cases an edit of one day would move, before it is made',
    description: 'What `PUT /calendar/days/:date` (`day_off`, `working_day`) or `DELETE` (`none`) would do.',
  })
  @ApiOkResponse({ type: CalendarImpactResponse })
  impact(@Query() query: CalendarImpactQuery): Promise<CalendarImpactResponse> {
    return this.handler.impact(query.date, query.type, IMPACT_LIMIT);
  }
}
