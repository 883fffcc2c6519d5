import { ApiProperty } from '@nestjs/swagger';
import { ATTACHMENT_KINDS, type AttachmentKind } from '../domain/attachment-rules.js';

/** The OpenAPI description of the upload's multipart body (its fields are checked by `parseUploadFields`). */
export const UPLOAD_BODY_SCHEMA = {
  type: 'object',
  required: ['file', 'kind'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description: 'One file: PDF, JPEG, PNG, TIFF, WebP, DOCX, XLSX or ODT (judged from its bytes)',
    },
    kind: {
      type: 'string',
      enum: [...ATTACHMENT_KINDS],
      description: 'Loại tài liệu: đơn, chứng cứ, thông báo thụ lý, quyết định, khác',
    },
    paperDate: { type: 'string', format: 'date', description: 'The date on the paper, not in the future' },
  },
};

export class AttachmentResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  caseId: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  receptionId: string | null;

  @ApiProperty({ enum: ATTACHMENT_KINDS })
  kind: AttachmentKind;

  @ApiProperty({
    nullable: true,
    type: String,
    example: 'Đơn khiếu nại.pdf',
    description: "null while the case or visit is sealed (a name may hold the denunciator's)",
  })
  fileName: string | null;

  @ApiProperty({ example: 'application/pdf', description: 'Judged from the bytes' })
  mediaType: string;

  @ApiProperty({ description: 'Bytes' })
  size: number;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'SHA-256 of the content, hex; null for those who may not read a sealed document',
  })
  sha256: string | null;

  @ApiProperty({ format: 'uuid' })
  uploadedBy: string;

  @ApiProperty({ format: 'date-time' })
  uploadedAt: string;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  paperDate: string | null;

  @ApiProperty({
    description: 'The case or visit is sealed: no file name, content only for identity readers',
  })
  sealed: boolean;

  @ApiProperty({ description: 'Whether GET /attachments/:id/content answers this user (else 403)' })
  contentReadable: boolean;

  @ApiProperty({
    description: 'Whether DELETE /attachments/:id answers this user now (uploader within an hour, admin)',
  })
  canDelete: boolean;

  @ApiProperty({ example: '/attachments/1f0c.../content' })
  contentUrl: string;
}

export class AttachmentPage {
  @ApiProperty({ type: [AttachmentResponse] })
  items: AttachmentResponse[];

  @ApiProperty()
  total: number;

  @ApiProperty()
  page: number;

  @ApiProperty()
  limit: number;
}
