import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CitizensModule } from '../citizens/citizens.module.js';
import { MailRendererService } from './mail-renderer.service.js';
import { MailTransportService } from './mail-transport.service.js';
import { NOTIFICATION_QUEUE } from './notification-queue.js';
import { NotificationProducerService } from './notification-producer.service.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';

/** The mail outbox, its queue producer and the mail rendering; the processor is registered by the worker. */
@Module({
  imports: [AuditModule, CitizensModule, BullModule.registerQueue({ name: NOTIFICATION_QUEUE })],
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationProducerService, MailRendererService, MailTransportService],
  exports: [NotificationsService, NotificationProducerService, MailRendererService, MailTransportService],
})
export class NotificationsModule {}
