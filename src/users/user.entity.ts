import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Unit } from '../units/unit.entity.js';

export const ROLES = ['admin', 'leader', 'inspector', 'reception', 'clerk'] as const;
export type Role = (typeof ROLES)[number];

@Entity('app_user')
@Check('ck_app_user_role', `"role" IN (${ROLES.map((r) => `'${r}'`).join(', ')})`)
export class User {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_app_user' })
  id: string;

  @Index('uq_app_user_username', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 500 })
  fullName: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Index('ix_app_user_role')
  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Index('ix_app_user_unit_id')
  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_app_user_unit' })
  unit?: Unit;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Failed logins in a row from every client address; see `login_client` for the per-address count. */
  @Column({ type: 'integer', default: 0 })
  failedLoginCount: number;

  /** The account is locked until then for the addresses that have not signed in lately (known ones may). */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** Carried in every token; raised when the password, role or unit changes or the user is deactivated. */
  @Column({ type: 'integer', default: 0 })
  sessionVersion: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
