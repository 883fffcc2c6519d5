import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { REMINDER_QUEUE } from './reminder-queue.js';
import { ReminderSweepService } from './reminder-sweep.service.js';
import { RemindersController } from './reminders.controller.js';

/** The reminder sweep (producer side); its scheduled processor is registered by the worker module. */
@Module({
  imports: [CalendarModule, NotificationsModule, BullModule.registerQueue({ name: REMINDER_QUEUE })],
  controllers: [RemindersController],
  providers: [ReminderSweepService],
  exports: [ReminderSweepService, BullModule],
})
export class RemindersModule {}
