import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import type {
  ReceptionCategory,
  ReceptionHost,
  ReceptionOutcome,
  RefusalGround,
} from './domain/reception-rules.js';

export interface RepresentativeData {
  fullName: string;
  idNumber?: string | null;
  address?: string | null;
  phone?: string | null;
}

/**
 * One visit in the reception log (sổ tiếp công dân). The representatives of a sealed visit (a denunciation, or
 * a visit a denunciation case was opened from) never lie in clear: `representativesCipher` holds them
 * (AES-256-GCM), `representativesNameIndex` the blind index of their name words, and `searchText` leaves
 * them out.
 */
@Entity('reception')
@Check('ck_reception_category', `"category" IN ('complaint', 'denunciation', 'petition', 'mixed', 'other')`)
@Check('ck_reception_hosted_by', `"hosted_by" IN ('desk', 'leader')`)
@Check('ck_reception_outcome', `"outcome" IN ('guided', 'case_opened', 'transferred', 'answered', 'refused')`)
@Check('ck_reception_visitor_count', `"visitor_count" >= 1`)
@Check('ck_reception_leader', `"hosted_by" = 'desk' OR "leader_id" IS NOT NULL`)
@Check('ck_reception_refusal', `("outcome" = 'refused') = ("refusal_ground" IS NOT NULL)`)
@Index('ix_reception_unit_visit_date', ['unitId', 'visitDate'])
@Index('ix_reception_leader_visit_date', ['leaderId', 'visitDate'], { where: `"leader_id" IS NOT NULL` })
@Index('ix_reception_reply_due', ['replyDueDate'], { where: `"reply_due_date" IS NOT NULL` })
// GIN indexes written by hand in the migration (TypeORM cannot describe them): skipped by the schema check.
@Index('ix_reception_name_index', { synchronize: false })
@Index('ix_reception_id_hashes', { synchronize: false })
@Index('ix_reception_search_trgm', { synchronize: false })
export class Reception {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_reception' })
  id: string;

  @Column({ type: 'timestamptz' })
  visitedAt: Date;

  /** The business date (Asia/Ho_Chi_Minh) of `visitedAt`: the register's "ngày tiếp". */
  @Column({ type: 'date' })
  visitDate: string;

  @Column({ type: 'integer' })
  visitorCount: number;

  @Column({ type: 'jsonb', nullable: true })
  representatives: RepresentativeData[] | null;

  @Column({ type: 'boolean', default: false })
  representativesSealed: boolean;

  @Column({ type: 'text', nullable: true })
  representativesCipher: string | null;

  @Column({ type: 'text', array: true, nullable: true })
  representativesNameIndex: string[] | null;

  /** Keyed hashes of the representatives' ID numbers (sealed or not): repeat visits and sealed ID search. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  representativeIdHashes: string[];

  /** Folded names and ID numbers of unsealed representatives, trigram-indexed (migration). */
  @Column({ type: 'text', default: '' })
  searchText: string;

  @Column({ type: 'varchar', length: 16 })
  category: ReceptionCategory;

  @Column({ type: 'varchar', length: 500 })
  subject: string;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'text', nullable: true })
  previousHandling: string | null;

  @Column({ type: 'varchar', length: 8 })
  hostedBy: ReceptionHost;

  @Column({ type: 'uuid', nullable: true })
  leaderId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leader_id', foreignKeyConstraintName: 'fk_reception_leader' })
  leader?: User;

  @Column({ type: 'boolean', default: false })
  delegated: boolean;

  /**
   * A later visit on the same matter (tiếp nhiều lần), as the reports count it (form 01/TCD): as declared, else
   * whether an earlier visit of the unit that was not sealed when this one was logged shares an ID number. Never
   * from a sealed visit: a count must not tell that a sealed visit exists for a person. Responses compute the
   * flag for each reader (`ReceptionViewService`).
   */
  @Column({ type: 'boolean', default: false })
  repeatVisit: boolean;

  /** `repeatVisit` as the officer gave it when logging the visit; null: computed from the register. */
  @Column({ type: 'boolean', nullable: true })
  repeatVisitDeclared: boolean | null;

  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_reception_unit' })
  unit?: Unit;

  @Column({ type: 'varchar', length: 16 })
  outcome: ReceptionOutcome;

  @Column({ type: 'varchar', length: 40, nullable: true })
  refusalGround: RefusalGround | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Luật TCD Art. 28(1): 10 working days after the visit date when a reply is owed. */
  @Column({ type: 'date', nullable: true })
  replyDueDate: string | null;

  /** When the Art. 28 reply was given (`POST /receptions/:id/reply`); a visit awaits a reply until then. */
  @Column({ type: 'timestamptz', nullable: true })
  repliedAt: Date | null;

  @Index('ix_reception_created_by')
  @Column({ type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
