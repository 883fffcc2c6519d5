import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ConflictError, NotFoundError, ValidationError } from '../common/errors/domain-error.js';
import type { CreateUnitDto } from './dto/create-unit.dto.js';
import { Unit, type UnitLevel } from './unit.entity.js';

export interface UnitResponse {
  id: string;
  code: string;
  name: string;
  level: UnitLevel;
  parentId: string | null;
  remoteArea: boolean;
}

export function toUnitResponse(unit: Unit): UnitResponse {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    level: unit.level,
    parentId: unit.parentId,
    remoteArea: unit.remoteArea,
  };
}

@Injectable()
export class UnitsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Unit) private readonly units: Repository<Unit>,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateUnitDto): Promise<UnitResponse> {
    return this.dataSource.transaction(async (manager) => {
      const parent = dto.parentId ? await manager.findOneBy(Unit, { id: dto.parentId }) : null;
      if (dto.parentId && !parent) {
        throw new ValidationError(`parentId: no unit ${dto.parentId}`);
      }
      if (await manager.existsBy(Unit, { code: dto.code })) {
        throw new ConflictError(`A unit with code ${dto.code} exists`);
      }
      const unit = manager.create(Unit, {
        code: dto.code,
        name: dto.name,
        level: dto.level,
        parentId: parent?.id ?? null,
        remoteArea: dto.remoteArea ?? false,
        path: '',
      });
      await manager.insert(Unit, unit);
      unit.path = `${parent?.path ?? '/'}${unit.id}/`;
      await manager.update(Unit, unit.id, { path: unit.path });
      await this.audit.record(manager, {
        action: 'unit.create',
        entityType: 'unit',
        entityId: unit.id,
        details: { code: unit.code, level: unit.level, parentId: unit.parentId },
      });
      return toUnitResponse(unit);
    });
  }

  async rename(id: string, name: string): Promise<UnitResponse> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await manager.findOneBy(Unit, { id });
      if (!unit) {
        throw new NotFoundError(`No unit ${id}`);
      }
      const before = unit.name;
      unit.name = name;
      await manager.update(Unit, id, { name });
      await this.audit.record(manager, {
        action: 'unit.rename',
        entityType: 'unit',
        entityId: id,
        details: { from: before, to: name },
      });
      return toUnitResponse(unit);
    });
  }

  async list(): Promise<UnitResponse[]> {
    const units = await this.units.find({ order: { path: 'ASC' } });
    return units.map(toUnitResponse);
  }

  async get(id: string): Promise<Unit> {
    const unit = await this.units.findOneBy({ id });
    if (!unit) {
      throw new NotFoundError(`No unit ${id}`);
    }
    return unit;
  }
}
