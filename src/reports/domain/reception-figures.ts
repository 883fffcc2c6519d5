import {
  GROUP_VISIT_MIN,
  RECEPTION_CATEGORIES,
  RECEPTION_OUTCOMES,
  type ReceptionCategory,
  type ReceptionOutcome,
} from '../../reception/domain/reception-rules.js';
import type {
  ReceptionCountsRow,
  ReceptionTotals,
} from '../../reception/statistics/reception-statistics-sql.js';

export { GROUP_VISIT_MIN, RECEPTION_CATEGORIES, RECEPTION_OUTCOMES, type ReceptionCountsRow };

/**
 * The reception figures of a period (API.md "Reports", form 01/TCD): counts only, never a visitor's name or
 * ID number. `leaderVisits` counts every visit hosted on the leader's behalf (thủ trưởng tiếp, delegated ones
 * included, `delegatedVisits` shows those apart: ủy quyền tiếp); `leaderDays` the distinct (leader, date)
 * pairs on which the leader hosted at least one visit in person, as `GET /receptions/leader-days` counts.
 */
export interface ReceptionFigures extends ReceptionTotals {
  byCategory: Record<ReceptionCategory, number>;
  byOutcome: Record<ReceptionOutcome, number>;
}

export function receptionFigures(row: ReceptionCountsRow): ReceptionFigures {
  return {
    visits: row.visits,
    visitors: row.visitors,
    groupVisits: row.groupVisits,
    groupVisitors: row.groupVisitors,
    leaderVisits: row.leaderVisits,
    delegatedVisits: row.delegatedVisits,
    leaderDays: row.leaderDays,
    firstVisits: row.firstVisits,
    repeatVisits: row.repeatVisits,
    byCategory: Object.fromEntries(RECEPTION_CATEGORIES.map((c) => [c, row[`category_${c}`]])) as Record<
      ReceptionCategory,
      number
    >,
    byOutcome: Object.fromEntries(RECEPTION_OUTCOMES.map((o) => [o, row[`outcome_${o}`]])) as Record<
      ReceptionOutcome,
      number
    >,
  };
}
