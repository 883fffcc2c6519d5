import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { ReminderSweepService, type SweepResult } from './reminder-sweep.service.js';
import { SweepResultDto } from './reminders.response.js';

@ApiTags('reminders')
@ApiBearerAuth()
@Controller('reminders')
export class RemindersController {
  constructor(private readonly sweeps: ReminderSweepService) {}

  /** Runs the sweep now (within REMINDER_SEND_WINDOW, like the scheduled one); the worker sends the mails. */
  @ApiOkResponse({ type: SweepResultDto })
  @Post('run')
  @Roles('admin')
  @HttpCode(200)
  run(): Promise<SweepResult> {
    return this.sweeps.sweep();
  }
}
