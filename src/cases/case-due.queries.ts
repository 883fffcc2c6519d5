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

/** Which running cases due on or before `dueOnOrBefore`: all, or those named or due within a range. */
export interface DueCaseFilter {
  dueOnOrBefore: string;
  only?: { caseIds: string[]; dueRanges: DueRange[] };
}

/** A place in the (due date, id) order of the due cases. */
export interface DueCursor {
  dueDate: string;
  id: string;
}

/** The due cases after `after` (from the first when null) up to and including `through` (to the last when null). */
export interface DuePage {
  after: DueCursor | null;
  through: DueCursor | null;
  /**
   * The earliest due date of the page's cases when it was cut (`after`'s, or the first due case's; null when
   * there was none): a hint, since a case may fall due meanwhile at an earlier date.
   */
  from: string | null;
}

/**
 * What other modules ask of the cases' deadlines (the reminder sweep, the mail processor), so that they never
 * name the cases' tables: relations to embed in their set-based statements, and plain reads.
 */
@Injectable()
export class CaseDueQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The due cases cut into consecutive pages of about `size` (the ends of every `size`-th case, read from
   * ix_citizen_case_running_due alone), so that each page is one range of that index, whichever connection
   * walks it. A case that becomes due meanwhile falls in the page of its place; the last page has no end. The
   * first case is read too (the first page's `from`).
   */
  async duePages(filter: DueCaseFilter, size: number): Promise<DuePage[]> {
    const { where, params } = this.dueWhere(filter, 1);
    params.push(size);
    const ends = await this.dataSource.query<{ due_date: string; id: string; cut: boolean }[]>(
      `SELECT to_char(due_date, 'YYYY-MM-DD') AS due_date, id, n % $${params.length}::int = 0 AS cut
         FROM (SELECT c.due_date, c.id, row_number() OVER (ORDER BY c.due_date, c.id) AS n
                 FROM citizen_case c WHERE ${where.join(' AND ')}) x
        WHERE n % $${params.length}::int = 0 OR n = 1
        ORDER BY due_date, id`,
      params,
    );
    const cursors = ends.filter((e) => e.cut).map((e): DueCursor => ({ dueDate: e.due_date, id: e.id }));
    const first = ends[0]?.due_date ?? null;
    return [...cursors, null].map((through, i) => {
      const after = cursors[i - 1] ?? null;
      return { after, through, from: after?.dueDate ?? first };
    });
  }

  /**
   * The running due cases of one page (`duePages`) in (due date, id) order, one range of
   * ix_citizen_case_running_due: columns id, code, kind, subject, due_date, deadline_version, assignee_id,
   * unit_id. Parameters from `$firstParam`.
   */
  dueCasesPage(filter: DueCaseFilter, page: DuePage, firstParam: number): SqlRelation {
    const { where, params, p } = this.dueWhere(filter, firstParam);
    if (page.after) {
      where.push(`(c.due_date, c.id) > (${p(page.after.dueDate, 'date')}, ${p(page.after.id, 'uuid')})`);
    }
    if (page.through) {
      where.push(`(c.due_date, c.id) <= (${p(page.through.dueDate, 'date')}, ${p(page.through.id, 'uuid')})`);
    }
    return {
      sql: `SELECT c.id, c.code, c.kind, c.subject, c.due_date, c.deadline_version, c.assignee_id, c.unit_id
              FROM citizen_case c
             WHERE ${where.join(' AND ')}
             ORDER BY c.due_date, c.id`,
      params,
    };
  }

  private dueWhere(
    filter: DueCaseFilter,
    firstParam: number,
  ): { where: string[]; params: unknown[]; p: (value: unknown, cast: string) => string } {
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
    return { where, params, p };
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
