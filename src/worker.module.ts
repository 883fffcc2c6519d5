import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { AttachmentStorageModule } from './attachments/attachment-storage.module.js';
import { ATTACHMENT_QUEUE } from './attachments/attachment-queue.js';
import { AttachmentSweepProcessor } from './attachments/jobs/attachment-sweep.processor.js';
import { AuditModule } from './audit/audit.module.js';
import { CasesModule } from './cases/cases.module.js';
import { CommonModule } from './common/common.module.js';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { CitizensModule } from './citizens/citizens.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { sendNotificationProcessor } from './notifications/jobs/send-notification.processor.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { QueueModule } from './queue/queue.module.js';
import { ReminderSweepProcessor } from './reminders/jobs/reminder-sweep.processor.js';
import { REMINDER_QUEUE } from './reminders/reminder-queue.js';
import { RemindersModule } from './reminders/reminders.module.js';
import { RedisModule } from './redis/redis.module.js';
import { WorkerDrain } from './worker-drain.js';

/** The worker process: BullMQ processors (registered here only) on the same PostgreSQL and Redis as the API. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        MetricsModule.forRoot('worker'),
        CommonModule,
        DatabaseModule,
        RedisModule,
        QueueModule,
        AuditModule,
        CitizensModule,
        NotificationsModule,
        CasesModule,
        RemindersModule,
        AttachmentStorageModule,
        BullModule.registerQueue({ name: REMINDER_QUEUE }, { name: ATTACHMENT_QUEUE }),
      ],
      providers: [
        sendNotificationProcessor(config.worker),
        ReminderSweepProcessor,
        AttachmentSweepProcessor,
        WorkerDrain,
      ],
    };
  }
}
