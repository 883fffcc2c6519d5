import { Module } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AttachmentFilesService } from './attachment-files.service.js';
import { ATTACHMENT_STORAGE, type AttachmentStorage } from './storage/attachment-storage.js';
import { LocalAttachmentStorage } from './storage/local-attachment-storage.js';
import { S3AttachmentStorage } from './storage/s3-attachment-storage.js';

/** The storage driver chosen by ATTACHMENTS_STORAGE, ready at start; shared by the API and the worker. */
@Module({
  providers: [
    {
      provide: ATTACHMENT_STORAGE,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<AttachmentStorage> => {
        const settings = config.attachments.storage;
        const storage =
          settings.driver === 's3'
            ? new S3AttachmentStorage(settings.s3)
            : new LocalAttachmentStorage(settings.dir);
        await storage.init();
        return storage;
      },
    },
    AttachmentFilesService,
  ],
  exports: [ATTACHMENT_STORAGE, AttachmentFilesService],
})
export class AttachmentStorageModule {}
