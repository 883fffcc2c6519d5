import { SqlParams } from '../../database/sql-params.js';
import { type UnitScope, unitScopeSql } from '../../units/unit-scope-sql.js';
import { bucketSql, inPeriodSql, periodBounds } from './resolution-sql.js';
import type { FormCounts, ResolutionBucket, StatisticsPeriod } from './statistics-types.js';

const BUCKETS: [keyof FormCounts, ResolutionBucket][] = [
  ['carriedOver', 'carried_over'],
  ['accepted', 'accepted'],
  ['total', 'total'],
  ['resolved', 'resolved'],
  ['withdrawn', 'withdrawn'],
  ['terminated', 'terminated'],
  ['resolvedOnTime', 'resolved_on_time'],
];

const OUTCOMES: [keyof FormCounts, string][] = [
  ['upheld', 'upheld'],
  ['partlyUpheld', 'partly_upheld'],
  ['notUpheld', 'not_upheld'],
  ['firstDecisionUpheld', 'first_decision_upheld'],
  ['firstDecisionOverturned', 'first_decision_overturned'],
];

/**
 * The counts of an official form for one kind (complaint or denunciation), in one statement, with the
 * resolution report's definitions (`inPeriodSql`, `bucketSql`): as of the end of the period. An outcome
 * counts among the cases resolved in the period by a decision or conclusion (`status = 'resolved'`).
 */
export function formCountsSql(
  kind: 'complaint' | 'denunciation',
  period: StatisticsPeriod,
  scope: UnitScope,
  timeZone: string,
): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const bounds = periodBounds(period, timeZone, params);
  const resolved = bucketSql('resolved', true, bounds);
  const columns = [
    ...BUCKETS.map(
      ([key, bucket]) => `count(*) FILTER (WHERE ${bucketSql(bucket, true, bounds)})::int AS "${key}"`,
    ),
    ...OUTCOMES.map(
      ([key, outcome]) =>
        `count(*) FILTER (WHERE ${resolved} AND c.status = 'resolved' AND c.outcome = '${outcome}')::int AS "${key}"`,
    ),
  ];
  const sql = `SELECT ${columns.join(',\n  ')}
FROM citizen_case c
WHERE ${unitScopeSql(scope, params, 'c.unit_id')} AND c.kind = ${params.add(kind)} AND ${inPeriodSql(bounds)}`;
  return { sql, params: params.values };
}
