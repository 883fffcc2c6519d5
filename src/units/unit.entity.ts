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

export const UNIT_LEVELS = ['province', 'district', 'commune', 'department'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

@Entity('unit')
@Check('ck_unit_level', `"level" IN ('province', 'district', 'commune', 'department')`)
export class Unit {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_unit' })
  id: string;

  @Index('uq_unit_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 500 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  level: UnitLevel;

  @Index('ix_unit_parent_id')
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_unit_parent' })
  parent?: Unit;

  /** `/<root id>/.../<own id>/`: the unit and its sub-units are the units whose path starts with this. */
  @Index('ix_unit_path')
  @Column({ type: 'text' })
  path: string;

  @Column({ type: 'boolean', default: false })
  remoteArea: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
