import type { EntityManager } from 'typeorm';
import { User } from './user.entity.js';

/** Failed sign-ins counted so far and whether this failure locked. */
export interface FailureCount {
  failures: number;
  locked: boolean;
}

/**
 * Counts a wrong password against the client (`login_client`) and the account (`app_user`), in SQL rather than
 * from rows read before the hash, so that concurrent failures all count: reaching a limit locks until `until`
 * and starts the count again.
 */
export async function countLoginFailure(
  tx: EntityManager,
  target: { userId: string; client: string; until: Date },
  limits: { client: number; account: number },
): Promise<{ client: FailureCount; account: FailureCount }> {
  const [client] = await tx.query<FailureCount[]>(
    `INSERT INTO login_client AS l (user_id, client, failed_count) VALUES ($1, $2, 1)
     ON CONFLICT (user_id, client) DO UPDATE SET
       failed_count = CASE WHEN l.failed_count + 1 >= $3 THEN 0 ELSE l.failed_count + 1 END,
       locked_until = CASE WHEN l.failed_count + 1 >= $3 THEN $4 ELSE l.locked_until END
     RETURNING l.failed_count AS failures, l.locked_until = $4 AS locked`,
    [target.userId, target.client, limits.client, target.until],
  );
  const [[account]] = await tx.query<[FailureCount[], number]>(
    `UPDATE app_user SET
       failed_login_count = CASE WHEN failed_login_count + 1 >= $2 THEN 0 ELSE failed_login_count + 1 END,
       locked_until = CASE WHEN failed_login_count + 1 >= $2 THEN $3 ELSE locked_until END
     WHERE id = $1
     RETURNING failed_login_count AS failures, locked_until = $3 AS locked`,
    [target.userId, limits.account, target.until],
  );
  return { client, account };
}

/** A sign-in succeeded: the client becomes known and both counts start again. */
export async function clearLoginFailures(
  tx: EntityManager,
  userId: string,
  client: string,
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO login_client (user_id, client, failed_count, last_success_at) VALUES ($1, $2, 0, $3)
     ON CONFLICT (user_id, client) DO UPDATE SET failed_count = 0, locked_until = NULL, last_success_at = $3`,
    [userId, client, now],
  );
  await tx.update(User, userId, { failedLoginCount: 0, lockedUntil: null });
}
