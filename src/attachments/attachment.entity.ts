import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Case } from '../cases/case.entity.js';
import { Reception } from '../reception/reception.entity.js';
import { User } from '../users/user.entity.js';
import type { AttachmentKind } from './domain/attachment-rules.js';

/**
 * One document of a case file or a visit: its metadata here, its bytes in the attachment storage under
 * `storageKey`. The file is stored before this row commits; a file without a row is an orphan that the worker's
 * sweep removes, a row without its file never exists.
 */
@Entity('attachment')
@Check('ck_attachment_parent', `("case_id" IS NULL) <> ("reception_id" IS NULL)`)
@Check('ck_attachment_kind', `"kind" IN ('petition', 'evidence', 'acceptance_notice', 'decision', 'other')`)
@Check('ck_attachment_size', `"size" > 0`)
@Index('ix_attachment_case', ['caseId', 'uploadedAt'], { where: `"case_id" IS NOT NULL` })
@Index('ix_attachment_reception', ['receptionId', 'uploadedAt'], { where: `"reception_id" IS NOT NULL` })
export class Attachment {
  /** Chosen by the service before the file is written (it names the stored object). */
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_attachment' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_attachment_case' })
  case?: Case;

  @Column({ type: 'uuid', nullable: true })
  receptionId: string | null;

  @ManyToOne(() => Reception, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reception_id', foreignKeyConstraintName: 'fk_attachment_reception' })
  reception?: Reception;

  @Column({ type: 'varchar', length: 24 })
  kind: AttachmentKind;

  /** The name the uploader's file had (cleaned); never shown while the case or visit is sealed. */
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  /** Judged from the bytes, never from the name or the client's claim. */
  @Column({ type: 'varchar', length: 128 })
  mediaType: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'varchar', length: 255 })
  storageKey: string;

  @Index('ix_attachment_uploaded_by')
  @Column({ type: 'uuid' })
  uploadedBy: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'fk_attachment_uploaded_by' })
  uploader?: User;

  @Column({ type: 'timestamptz' })
  uploadedAt: Date;

  /** The date on the paper (a decision's signing date, a petition's date), when the uploader gives it. */
  @Column({ type: 'date', nullable: true })
  paperDate: string | null;
}
