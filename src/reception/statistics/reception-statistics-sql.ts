import { SqlParams } from '../../database/sql-params.js';
import { type UnitScope, unitScopeSql } from '../../units/unit-scope-sql.js';
import {
  GROUP_VISIT_MIN,
  RECEPTION_CATEGORIES,
  RECEPTION_OUTCOMES,
  type ReceptionCategory,
  type ReceptionOutcome,
} from '../domain/reception-rules.js';
import type { IsoDate } from '../../calendar/domain/business-date.js';

/**
 * The flat row of the reception figures (API.md "Reports", form 01/TCD): counts only, never a visitor's name
 * or ID number, with one `category_*` / `outcome_*` column per value. `leaderVisits` counts every visit hosted
 * on the leader's behalf (delegated ones included, `delegatedVisits` shows those apart); `leaderDays` the
 * distinct (leader, date) pairs on which the leader hosted at least one visit in person.
 */
export interface ReceptionTotals {
  visits: number;
  visitors: number;
  groupVisits: number;
  groupVisitors: number;
  leaderVisits: number;
  delegatedVisits: number;
  leaderDays: number;
  firstVisits: number;
  repeatVisits: number;
}
export type ReceptionCountsRow = ReceptionTotals &
  Record<`category_${ReceptionCategory}` | `outcome_${ReceptionOutcome}`, number>;

/**
 * The reception figures of a period in one statement over the reception log: one pass, a `FILTER` per
 * figure. The period is compared with `visit_date`, the register's business date (Asia/Ho_Chi_Minh), which
 * the index `ix_reception_unit_visit_date` covers together with the unit.
 */
export function receptionCountsSql(
  period: { from: IsoDate; to: IsoDate },
  scope: UnitScope,
): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const where = `${unitScopeSql(scope, params, 'r.unit_id')}
  AND r.visit_date BETWEEN ${params.add(period.from)}::date AND ${params.add(period.to)}::date`;
  const group = `r.visitor_count >= ${GROUP_VISIT_MIN}`;
  const byValue = (column: string, values: readonly string[]): string[] =>
    values.map((v) => `count(*) FILTER (WHERE r.${column} = '${v}')::int AS "${column}_${v}"`);
  const columns = [
    'count(*)::int AS "visits"',
    'COALESCE(sum(r.visitor_count), 0)::int AS "visitors"',
    `count(*) FILTER (WHERE ${group})::int AS "groupVisits"`,
    `COALESCE(sum(r.visitor_count) FILTER (WHERE ${group}), 0)::int AS "groupVisitors"`,
    `count(*) FILTER (WHERE r.hosted_by = 'leader')::int AS "leaderVisits"`,
    `count(*) FILTER (WHERE r.hosted_by = 'leader' AND r.delegated)::int AS "delegatedVisits"`,
    `count(DISTINCT (r.leader_id, r.visit_date)) FILTER (WHERE r.hosted_by = 'leader' AND NOT r.delegated)::int AS "leaderDays"`,
    // A sealed visit counts as a first visit for every reader, as its own flag shows it to those who may not
    // reveal it: a repeat count must not tell that a denunciator had come before (API.md "Roles").
    'count(*) FILTER (WHERE NOT r.repeat_visit OR r.representatives_sealed)::int AS "firstVisits"',
    'count(*) FILTER (WHERE r.repeat_visit AND NOT r.representatives_sealed)::int AS "repeatVisits"',
    ...byValue('category', RECEPTION_CATEGORIES),
    ...byValue('outcome', RECEPTION_OUTCOMES),
  ];
  const sql = `SELECT ${columns.join(',\n  ')}
FROM reception r
WHERE ${where}`;
  return { sql, params: params.values };
}
