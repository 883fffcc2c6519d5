import { Module } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AttachmentFilesService } from './attachment-files.service.js';
import { ATTACHMENT_STORAGE, type AttachmentStorage } from './storage/attachment-storage.js';
import { LocalAttachmentStorage } from './storage/local-attachment-storage.js';

/** The storage driver chosen by ATTACHMENTS_STORAGE, ready at start; shared by the API and the worker. */
@Module({
  providers: [
    {
      provide: ATTACHMENT_STORAGE,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<AttachmentStorage> => {
        const settings = config.attachments.storage;
        // The AWS SDK is loaded only when the S3 driver is chosen: it costs a process about 25 MiB.
        const storage =
          settings.driver === 's3'
            ? new (await import('./storage/s3-attachment-storage.js')).S3AttachmentStorage(settings.s3)
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
