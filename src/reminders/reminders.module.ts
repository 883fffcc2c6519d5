import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ReminderSweepService } from './reminder-sweep.service.js';
import { RemindersController } from './reminders.controller.js';

/** The reminder sweep; its scheduler queue and processor belong to the worker module only. */
@Module({
  imports: [CalendarModule, CasesModule, NotificationsModule],
  controllers: [RemindersController],
  providers: [ReminderSweepService],
  exports: [ReminderSweepService],
})
export class RemindersModule {}
