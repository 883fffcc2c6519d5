import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';

export const CALENDAR_EDITS = ['day_off', 'working_day', 'none'] as const;

/** `GET /calendar/impact?date=&type=`: the edit to preview (`none`: the day's entry removed). */
export class CalendarImpactQuery {
  @ApiProperty({ example: '2024-09-03' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be a date YYYY-MM-DD' })
  date: string;

  @ApiProperty({ enum: CALENDAR_EDITS, description: '`none`: as `DELETE /calendar/days/:date`' })
  @IsIn(CALENDAR_EDITS)
  type: (typeof CALENDAR_EDITS)[number];
}
