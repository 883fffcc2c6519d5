import { ApiProperty } from '@nestjs/swagger';
import { DeadlineExplanationDto } from '../cases/cases.response.js';
import type { CalendarDayResponse, CalendarYearResponse, DeadlineResponse } from './calendar.service.js';

export class NamedDayDto {
  @ApiProperty({ format: 'date' })
  date: string;

  @ApiProperty()
  name: string;
}

export class CalendarYearResponseDto implements CalendarYearResponse {
  @ApiProperty()
  year: number;

  @ApiProperty()
  confirmed: boolean;

  @ApiProperty({ type: [NamedDayDto] })
  daysOff: NamedDayDto[];

  @ApiProperty({ type: [NamedDayDto], description: 'official make-up Saturdays' })
  workingDays: NamedDayDto[];
}

export class CalendarDayResponseDto implements CalendarDayResponse {
  @ApiProperty({ format: 'date' })
  date: string;

  @ApiProperty({ enum: ['day_off', 'working_day'] })
  type: CalendarDayResponse['type'];

  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, nullable: true })
  notice: string | null;
}

export class CalendarYearConfirmationDto {
  @ApiProperty()
  year: number;

  @ApiProperty()
  confirmed: boolean;
}

export class DeadlineResponseDto implements DeadlineResponse {
  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueDate: string | null;

  @ApiProperty({ type: () => DeadlineExplanationDto })
  explanation: DeadlineExplanationDto;
}
