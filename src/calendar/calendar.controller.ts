import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import {
  type CalendarDayResponse,
  CalendarService,
  type CalendarYearResponse,
  type DeadlineResponse,
} from './calendar.service.js';
import {
  CalendarYearQuery,
  DeadlineQuery,
  PutCalendarDayDto,
  PutCalendarYearDto,
} from './dto/calendar.dto.js';
import {
  CalendarDayResponseDto,
  CalendarYearConfirmationDto,
  CalendarYearResponseDto,
  DeadlineResponseDto,
} from './calendar.response.js';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @ApiOkResponse({ type: CalendarYearResponseDto })
  @Get('days')
  days(@Query() query: CalendarYearQuery): Promise<CalendarYearResponse> {
    return this.calendar.year(query.year);
  }

  @ApiOkResponse({ type: CalendarDayResponseDto })
  @Put('days/:date')
  @Roles('admin')
  putDay(@Param('date') date: string, @Body() dto: PutCalendarDayDto): Promise<CalendarDayResponse> {
    return this.calendar.putDay(date, dto);
  }

  @Delete('days/:date')
  @Roles('admin')
  @HttpCode(204)
  deleteDay(@Param('date') date: string): Promise<void> {
    return this.calendar.deleteDay(date);
  }

  @ApiOkResponse({ type: CalendarYearConfirmationDto })
  @Put('years/:year')
  @Roles('admin')
  confirmYear(
    @Param() { year }: CalendarYearQuery,
    @Body() dto: PutCalendarYearDto,
  ): Promise<{ year: number; confirmed: boolean }> {
    return this.calendar.confirmYear(year, dto.confirmed);
  }

  @ApiOkResponse({ type: DeadlineResponseDto })
  @Get('deadline')
  deadline(@Query() query: DeadlineQuery): Promise<DeadlineResponse> {
    return this.calendar.deadline(query);
  }
}
