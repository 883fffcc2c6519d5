import type { SqlParams } from '../database/sql-params.js';

/** Which units a count covers: every unit, a unit and its sub-units (by materialised path), or one unit alone. */
export type UnitScope = { kind: 'all' } | { kind: 'tree'; path: string } | { kind: 'unit'; unitId: string };

/** The scope as an SQL condition on `column`, a unit id column of the caller's own table. */
export function unitScopeSql(scope: UnitScope, params: SqlParams, column: string): string {
  switch (scope.kind) {
    case 'all':
      return 'TRUE';
    case 'tree':
      return `${column} IN (SELECT su.id FROM unit su WHERE su.path LIKE ${params.add(`${scope.path}%`)})`;
    case 'unit':
      return `${column} = ${params.add(scope.unitId)}`;
  }
}
