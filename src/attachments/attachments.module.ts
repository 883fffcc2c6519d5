import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { ReceptionModule } from '../reception/reception.module.js';
import { AttachmentParentsService } from './attachment-parents.service.js';
import { AttachmentStorageModule } from './attachment-storage.module.js';
import { AttachmentsController } from './attachments.controller.js';
import { AttachmentsService } from './attachments.service.js';

/** The case file (hồ sơ): documents of cases and visits. Depends on cases and reception, never the reverse. */
@Module({
  imports: [AuditModule, CasesModule, ReceptionModule, AttachmentStorageModule],
  controllers: [AttachmentsController],
  providers: [AttachmentsService, AttachmentParentsService],
  exports: [AttachmentStorageModule],
})
export class AttachmentsModule {}
