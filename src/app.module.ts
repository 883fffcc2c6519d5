import { type DynamicModule, Module } from '@nestjs/common';
import { AttachmentsModule } from './attachments/attachments.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { CasesModule } from './cases/cases.module.js';
import { CommonModule } from './common/common.module.js';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { QueueModule } from './queue/queue.module.js';
import { QueueDashboardModule } from './queue/queue-dashboard.module.js';
import { RemindersModule } from './reminders/reminders.module.js';
import { ReceptionModule } from './reception/reception.module.js';
import { RedisModule } from './redis/redis.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { UnitsModule } from './units/units.module.js';
import { UsersModule } from './users/users.module.js';

/** The HTTP API process, on the configuration it is given. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        MetricsModule.forRoot('api'),
        CommonModule,
        DatabaseModule,
        RedisModule,
        AuditModule,
        AuthModule,
        UsersModule,
        UnitsModule,
        CalendarModule,
        CasesModule,
        ReceptionModule,
        QueueModule,
        QueueDashboardModule,
        NotificationsModule,
        RemindersModule,
        HealthModule,
        ReportsModule,
        AttachmentsModule,
      ],
    };
  }
}
