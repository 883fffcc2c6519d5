import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-error.js';
import type { AuthUser } from '../common/http/request-context.js';
import { prepared, runPrepared } from '../database/prepared.js';
import type { Unit } from '../units/unit.entity.js';
import type { UnitScope } from '../units/unit-scope-sql.js';
import type { ReportUnit } from './reports.types.js';

type ScopeUnit = Pick<Unit, 'id' | 'code' | 'name' | 'path'>;

const REPORT_UNIT = prepared('report_unit', 'SELECT id, code, name, path FROM unit WHERE id = $1');

export interface ResolvedScope {
  scope: UnitScope;
  /** The unit the report is about; null for an administrator's whole-city report. */
  unit: ReportUnit | null;
}

/**
 * Whose cases a report counts (API.md roles): a leader their unit tree, an inspector their own unit, an
 * administrator everything. `unitId` narrows it to a unit and its sub-units; a unit outside the scope is 403.
 */
@Injectable()
export class ReportScopeService {
  constructor(private readonly dataSource: DataSource) {}

  async resolve(user: AuthUser, unitId: string | undefined): Promise<ResolvedScope> {
    if (user.role === 'admin') {
      if (!unitId) {
        return { scope: { kind: 'all' }, unit: null };
      }
      const unit = await this.unit(unitId);
      if (!unit) {
        throw new NotFoundError(`No unit ${unitId}`);
      }
      return { scope: { kind: 'tree', path: unit.path }, unit: toReportUnit(unit) };
    }
    if (!user.unitId || !user.unitPath || (user.role !== 'leader' && user.role !== 'inspector')) {
      throw new ForbiddenError('Reports are for leaders, inspectors and administrators with a unit');
    }
    const unit = await this.unit(unitId ?? user.unitId);
    if (user.role === 'inspector') {
      if (!unit || unit.id !== user.unitId) {
        throw new ForbiddenError('Inspectors read the reports of their own unit only');
      }
      return { scope: { kind: 'unit', unitId: unit.id }, unit: toReportUnit(unit) };
    }
    if (!unit || !unit.path.startsWith(user.unitPath)) {
      throw new ForbiddenError('The unit is outside your unit tree');
    }
    return { scope: { kind: 'tree', path: unit.path }, unit: toReportUnit(unit) };
  }

  /** A plain prepared read: TypeORM's entity read was most of a small unit's report time. */
  private async unit(id: string): Promise<ScopeUnit | null> {
    const [unit] = await runPrepared<ScopeUnit>(this.dataSource.manager, REPORT_UNIT, [id]);
    return unit ?? null;
  }
}

function toReportUnit(unit: ScopeUnit): ReportUnit {
  return { id: unit.id, code: unit.code, name: unit.name };
}
