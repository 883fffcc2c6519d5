import type { Pool, PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';

/**
 * A statement of a hot path (intake, the session check on every request), sent as a named prepared statement:
 * each connection parses it once, and PostgreSQL may keep its plan, instead of parsing and planning it on every
 * call (measured under `bench:intake`: planning alone cost PostgreSQL 1 ms of CPU per intake).
 *
 * The text must not change between calls with the same name (pass values as parameters), and it must name its
 * columns (a `SELECT *` kept across a migration fails with "cached plan must not change result type"). A
 * connection pooler in transaction mode (PgBouncer before 1.21) does not keep such statements.
 */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

const names = new Map<string, string>();

/** Declares a prepared statement; each name stands for one text in the whole process. */
export function prepared(name: string, text: string): PreparedStatement {
  const known = names.get(name);
  if (known !== undefined && known !== text) {
    throw new Error(`prepared statement ${name} declared twice with different texts`);
  }
  names.set(name, text);
  return { name, text };
}

/**
 * Runs `statement` on `manager`'s connection: the transaction's own when `manager` belongs to one, else any
 * pooled connection. Rows come back as `pg` gives them (column aliases as written).
 */
export async function runPrepared<T>(
  manager: EntityManager,
  statement: PreparedStatement,
  values: unknown[],
): Promise<T[]> {
  const query = { name: statement.name, text: statement.text, values };
  const runner = manager.queryRunner;
  if (runner && !runner.isReleased) {
    const client = (await runner.connect()) as PoolClient;
    return (await client.query(query)).rows as T[];
  }
  const pool = (manager.connection.driver as unknown as { master: Pool }).master;
  return (await pool.query(query)).rows as T[];
}
