import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { lockCase } from '../cases/case-queries.js';
import { BusinessClock } from '../common/clock.js';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../common/errors/domain-error.js';
import type { AuthUser } from '../common/http/request-context.js';
import type { Page } from '../common/validation/pagination.dto.js';
import type { PaginationQuery } from '../common/validation/pagination.dto.js';
import { type AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { lockVisit } from '../reception/reception-query.service.js';
import { RateLimiterService } from '../redis/rate-limiter.service.js';
import {
  type AttachmentParent,
  AttachmentParentsService,
  type ParentType,
} from './attachment-parents.service.js';
import { AttachmentFilesService } from './attachment-files.service.js';
import { Attachment } from './attachment.entity.js';
import {
  canDelete,
  contentDisposition,
  parseUploadFields,
  sealedFileName,
  type UploadFields,
} from './domain/attachment-rules.js';
import type { AttachmentResponse } from './dto/attachment.dto.js';
import { ATTACHMENT_STORAGE, type AttachmentStorage } from './storage/attachment-storage.js';
import { type MultipartSource, type ReceivedFile, receiveUpload } from './upload-receiver.js';

/** A document's bytes with the headers a download needs. */
export interface AttachmentContent {
  stream: Readable;
  mediaType: string;
  size: number;
  disposition: string;
  sealed: boolean;
}

/**
 * The case file: upload (file stored first, then its row and audit entry in one transaction), list, download
 * and delete, with the access of the case or visit each document belongs to.
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly parents: AttachmentParentsService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiterService,
    private readonly clock: BusinessClock,
    private readonly files: AttachmentFilesService,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(
    user: AuthUser,
    type: ParentType,
    parentId: string,
    source: MultipartSource,
  ): Promise<AttachmentResponse> {
    const limits = this.config.attachments;
    const parent = await this.parents.forUpload(this.dataSource.manager, user, type, parentId);
    await this.rateLimiter.hit(`upload:${user.id}`, limits.uploadsPerMinute, 60);
    await this.assertRoom(this.dataSource.manager, parent);
    const received = await receiveUpload(source, limits.maxBytes);
    try {
      const fields = this.fieldsOf(received);
      const attachment = await this.store(user, parent, received, fields);
      this.files.forgetStoredBytes();
      return this.toResponse(user, parent, attachment);
    } finally {
      await received.discard();
    }
  }

  async list(
    user: AuthUser,
    type: ParentType,
    parentId: string,
    page: PaginationQuery,
  ): Promise<Page<AttachmentResponse>> {
    const parent = await this.parents.visible(this.dataSource.manager, user, type, parentId);
    const [rows, total] = await this.dataSource.getRepository(Attachment).findAndCount({
      where: type === 'case' ? { caseId: parentId } : { receptionId: parentId },
      order: { uploadedAt: 'ASC', id: 'ASC' },
      skip: (page.page - 1) * page.limit,
      take: page.limit,
    });
    return {
      items: rows.map((a) => this.toResponse(user, parent, a)),
      total,
      page: page.page,
      limit: page.limit,
    };
  }

  /** The bytes of one document; a sealed one only for those who may reveal the identity, each read audited. */
  async content(user: AuthUser, id: string): Promise<AttachmentContent> {
    const { attachment, parent } = await this.load(this.dataSource.manager, user, id);
    if (!parent.mayReadContent) {
      throw new ForbiddenError('Tài liệu của hồ sơ được bảo mật: chỉ người được xem danh tính mới mở được');
    }
    if (parent.sealed) {
      await this.audit.record(this.dataSource.manager, {
        action: 'attachment.read',
        entityType: parent.type,
        entityId: parent.id,
        details: { attachmentId: attachment.id, kind: attachment.kind },
      });
    }
    const stream = await this.storage.get(attachment.storageKey);
    const name = parent.sealed
      ? sealedFileName(attachment.kind, attachment.id, attachment.mediaType)
      : attachment.fileName;
    return {
      stream,
      mediaType: attachment.mediaType,
      size: attachment.size,
      disposition: contentDisposition(name, attachment.mediaType),
      sealed: parent.sealed,
    };
  }

  /** By the uploader within an hour or by an admin; the row and its audit entry go together, the file after. */
  async remove(user: AuthUser, id: string): Promise<void> {
    const removed = await this.dataSource.transaction(async (manager) => {
      const { attachment, parent } = await this.load(manager, user, id, true);
      if (!canDelete(user, attachment, this.clock.now())) {
        throw new ForbiddenError('Only the uploader within an hour, or an admin, may delete a document');
      }
      await manager.delete(Attachment, { id });
      await this.audit.record(manager, {
        action: 'attachment.delete',
        entityType: parent.type,
        entityId: parent.id,
        details: {
          attachmentId: id,
          kind: attachment.kind,
          ...(parent.sealed ? {} : { fileName: attachment.fileName }),
          size: attachment.size,
          sha256: attachment.sha256,
          uploadedBy: attachment.uploadedBy,
        },
      });
      return attachment;
    });
    this.files.forgetStoredBytes();
    await this.storage.delete(removed.storageKey).catch((error: unknown) => {
      this.logger.warn(`attachment file ${removed.storageKey} left for the orphan sweep: ${String(error)}`);
    });
  }

  private fieldsOf(received: ReceivedFile): UploadFields {
    const today = this.clock.today();
    const parsed = parseUploadFields(received.fields, today);
    if ('problems' in parsed) {
      throw new ValidationError(parsed.problems.join('; '), { message: parsed.problems });
    }
    return parsed.fields;
  }

  /** Writes the file, then its row and audit entry; a failed transaction takes the file back. */
  private async store(
    user: AuthUser,
    parent: AttachmentParent,
    received: ReceivedFile,
    fields: UploadFields,
  ): Promise<Attachment> {
    const id = randomUUID();
    await this.storage.put(id, createReadStream(received.path), received.size, received.mediaType);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.lockParent(manager, parent);
        await this.assertRoom(manager, parent);
        const attachment = manager.create(Attachment, {
          id,
          caseId: parent.type === 'case' ? parent.id : null,
          receptionId: parent.type === 'reception' ? parent.id : null,
          kind: fields.kind,
          fileName: received.fileName,
          mediaType: received.mediaType,
          size: received.size,
          sha256: received.sha256,
          storageKey: id,
          uploadedBy: user.id,
          uploadedAt: this.clock.now(),
          paperDate: fields.paperDate,
        });
        await manager.insert(Attachment, attachment);
        await this.audit.record(manager, {
          action: 'attachment.create',
          entityType: parent.type,
          entityId: parent.id,
          details: {
            attachmentId: id,
            kind: fields.kind,
            ...(parent.sealed ? {} : { fileName: received.fileName }),
            size: received.size,
            mediaType: received.mediaType,
            sha256: received.sha256,
          },
        });
        return attachment;
      });
    } catch (error) {
      await this.storage.delete(id).catch(() => undefined);
      throw error;
    }
  }

  /** Serialises the uploads of one case or visit, so that the count limit holds under concurrency. */
  private async lockParent(manager: EntityManager, parent: AttachmentParent): Promise<void> {
    await (parent.type === 'case' ? lockCase : lockVisit)(manager, parent.id);
  }

  private async assertRoom(manager: EntityManager, parent: AttachmentParent): Promise<void> {
    const count = await manager.count(Attachment, {
      where: parent.type === 'case' ? { caseId: parent.id } : { receptionId: parent.id },
    });
    if (count >= this.config.attachments.maxPerParent) {
      throw new ConflictError(
        `Hồ sơ đã có ${count} tài liệu, tối đa ${this.config.attachments.maxPerParent}: không thể tải thêm`,
      );
    }
  }

  private async load(
    manager: EntityManager,
    user: AuthUser,
    id: string,
    lock = false,
  ): Promise<{ attachment: Attachment; parent: AttachmentParent }> {
    const attachment = await manager.findOne(Attachment, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!attachment) {
      throw new NotFoundError('No such attachment');
    }
    const type: ParentType = attachment.caseId ? 'case' : 'reception';
    const parent = await this.parents
      .visible(manager, user, type, (attachment.caseId ?? attachment.receptionId)!)
      .catch((error: unknown) => {
        throw error instanceof NotFoundError ? new NotFoundError('No such attachment') : error;
      });
    return { attachment, parent };
  }

  private toResponse(user: AuthUser, parent: AttachmentParent, a: Attachment): AttachmentResponse {
    return {
      id: a.id,
      caseId: a.caseId,
      receptionId: a.receptionId,
      kind: a.kind,
      fileName: parent.sealed ? null : a.fileName,
      mediaType: a.mediaType,
      size: a.size,
      sha256: parent.mayReadContent ? a.sha256 : null,
      uploadedBy: a.uploadedBy,
      uploadedAt: a.uploadedAt.toISOString(),
      paperDate: a.paperDate,
      sealed: parent.sealed,
      contentReadable: parent.mayReadContent,
      canDelete: canDelete(user, a, this.clock.now()),
      contentUrl: `/attachments/${a.id}/content`,
    };
  }
}
