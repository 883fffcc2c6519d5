import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from './user.entity.js';

/**
 * Sign-in attempts of one account from one client (an IPv4 address or an IPv6 /64): wrong passwords lock that
 * client out, not the account, so that nobody elsewhere can keep the owner away from their own desk.
 */
@Entity('login_client')
export class LoginClient {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_login_client' })
  userId: string;

  /** `clientKey()` of the address. */
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_login_client' })
  client: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_login_client_user' })
  user?: User;

  @Column({ type: 'integer', default: 0 })
  failedCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** A client that signed in lately is "known": an account-wide lock does not keep it out. */
  @Column({ type: 'timestamptz', nullable: true })
  lastSuccessAt: Date | null;
}
