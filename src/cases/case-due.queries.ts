import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The statuses whose deadline runs (a suspended case's clock is stopped; a closed case is due no more). */
export const RUNNING_STATUSES = ['received', 'in_progress'] as const;

/** A relation to embed in another module's statement (`WITH due AS (...)`), its parameters numbered on. */
export interface SqlRelation {
  sql: string;
  params: unknown[];
}

/** Due dates after `after` (or from `from`) until `until`, inclusive. */
export interface DueRange {
  after?: string;
  from?: string;
  until: string;
}

/** One of `count` disjoint parts of the due cases (by the last byte of their id), to walk them side by side. */
export interface DuePart {
  index: number;
  count: number;
}

/** Which running cases due on or before `dueOnOrBefore`: all, or those named or due within a range. */
export interface DueCaseFilter {
  dueOnOrBefore: string;
  only?: { caseIds: string[]; dueRanges: DueRange[] };
  part?: DuePart;
}

/** Where a page of due cases ends: the next page starts after it. */
export interface DueCursor {
  dueDate: string;
  id: string;
}

/**
 * What other modules ask of the cases' deadlines (the reminder sweep, the mail processor), so that they never
 * name the cases' tables: relations to embed in their set-based statements, and plain reads.
 */
@Injectable()
export class CaseDueQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One page of running due cases in (due date, id) order after `after` (an ordered walk of ix_citizen_case_due):
   * columns id, code, kind, subject, due_date, deadline_version, assignee_id, unit_id. Parameters from
   * `$firstParam`.
   */
  dueCasesPage(
    filter: DueCaseFilter,
    after: DueCursor | null,
    limit: number,
    firstParam: number,
  ): SqlRelation {
    const params: unknown[] = [];
    const p = (value: unknown, cast: string): string => {
      params.push(value);
      return `$${firstParam + params.length - 1}::${cast}`;
    };
    const where = [`c.due_date <= ${p(filter.dueOnOrBefore, 'date')}`, running('c')];
    if (filter.only) {
      const ranges = filter.only.dueRanges.map(
        ({ after: gt, from, until }) =>
          `(c.due_date ${gt ? `> ${p(gt, 'date')}` : `>= ${p(from, 'date')}`} AND c.due_date <= ${p(until, 'date')})`,
      );
      where.push(
        `(c.id = ANY(${p(filter.only.caseIds, 'uuid[]')})${ranges.map((r) => ` OR ${r}`).join('')})`,
      );
    }
    if (filter.part && filter.part.count > 1) {
      where.push(
        `get_byte(uuid_send(c.id), 15) % ${p(filter.part.count, 'int')} = ${p(filter.part.index, 'int')}`,
      );
    }
    if (after) {
      where.push(`(c.due_date, c.id) > (${p(after.dueDate, 'date')}, ${p(after.id, 'uuid')})`);
    }
    return {
      sql: `SELECT c.id, c.code, c.kind, c.subject, c.due_date, c.deadline_version, c.assignee_id, c.unit_id
              FROM citizen_case c
             WHERE ${where.join(' AND ')}
             ORDER BY c.due_date, c.id
             LIMIT ${Number(limit)}`,
      params,
    };
  }

  /** Running cases due on or before `$firstParam` (a date): columns unit_id, code, kind, subject, due_date. */
  dueCasesOfUnits(firstParam: number): string {
    return `SELECT c.unit_id, c.code, c.kind, c.subject, c.due_date
              FROM citizen_case c
             WHERE c.due_date <= $${firstParam}::date AND ${running('c')}`;
  }

  /** Which of these (case, deadline version) are still running on that version: "case:version" keys. */
  async stillDue(pairs: { caseId: string; deadlineVersion: number }[]): Promise<Set<string>> {
    if (!pairs.length) {
      return new Set();
    }
    const rows = await this.dataSource.query<{ key: string }[]>(
      `SELECT c.id || ':' || c.deadline_version AS key
         FROM citizen_case c
         JOIN unnest($1::uuid[], $2::int[]) AS p(id, version) ON p.id = c.id AND p.version = c.deadline_version
        WHERE ${running('c')}`,
      [pairs.map((x) => x.caseId), pairs.map((x) => x.deadlineVersion)],
    );
    return new Set(rows.map((r) => r.key));
  }
}

function running(alias: string): string {
  return `${alias}.status IN (${RUNNING_STATUSES.map((s) => `'${s}'`).join(', ')})`;
}
