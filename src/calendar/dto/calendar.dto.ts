import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn } from 'class-validator';
import {
  IsBusinessDate,
  IsOptionalText,
  IsQueryInt,
  IsText,
  LIMITS,
} from '../../common/validation/decorators.js';

export class CalendarYearQuery {
  @ApiProperty({ example: 2024 })
  @IsQueryInt(1900, 2200)
  year: number;
}

export class PutCalendarDayDto {
  @ApiProperty({ enum: ['day_off', 'working_day'] })
  @IsIn(['day_off', 'working_day'])
  type: 'day_off' | 'working_day';

  @ApiProperty({ example: 'Nghỉ bù Quốc khánh' })
  @IsText(LIMITS.name)
  name: string;

  @ApiPropertyOptional({ example: 'CV 2450/VPCP-KGVX, 12/4/2024' })
  @IsOptionalText(LIMITS.name)
  notice?: string | null;
}

export class PutCalendarYearDto {
  @ApiProperty()
  @IsBoolean()
  confirmed: boolean;
}

export class DeadlineQuery {
  @ApiProperty({
    example: '2024-02-01',
    description: 'the day of the event that starts the clock (not counted)',
  })
  @IsBusinessDate()
  start: string;

  @ApiProperty({ minimum: 1, maximum: 3650 })
  @IsQueryInt(1, 3650)
  amount: number;

  @ApiProperty({ enum: ['calendar_days', 'working_days'] })
  @IsIn(['calendar_days', 'working_days'])
  unit: 'calendar_days' | 'working_days';
}
