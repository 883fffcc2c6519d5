import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { BusinessClock } from '../common/clock.js';
import { ConflictError, ForbiddenError, ValidationError } from '../common/errors/domain-error.js';
import type { AuthUser } from '../common/http/request-context.js';
import { type Role, User } from '../users/user.entity.js';
import { assertCanAct, canAssign } from './case-access.js';
import { caseState } from './case-allowed-actions.js';
import { CaseDeadlineService } from './case-deadline.service.js';
import { CaseNoticesService } from './case-notices.service.js';
import { CaseQueryService } from './case-query.service.js';
import { type CaseResponse, CaseViewService, type LoadedCase } from './case-view.service.js';
import { Case } from './case.entity.js';
import { insertCaseEvent } from './case-events.js';
import { extensionPolicyAt } from './domain/case-deadlines.js';
import { CLERK_KINDS, KIND_TRAITS } from './domain/case-kind.js';
import {
  type ActionInputs,
  type CaseAction,
  type CaseEffect,
  type CaseState,
  transition,
} from './domain/case-workflow.js';
import type { CaseActionDto } from './dto/case-action.dto.js';

/** Which body fields each action takes; any other field is a 400. */
const FIELDS: Record<CaseAction, (keyof CaseActionDto)[]> = {
  accept: ['complexity', 'remoteArea'],
  reject: ['reason'],
  transfer: ['toAuthority', 'reason'],
  assign: ['assigneeId'],
  extend: ['reason', 'days'],
  suspend: ['reason'],
  resume: [],
  resolve: ['outcome', 'summary', 'decisionNumber'],
  withdraw: ['reason'],
  terminate: ['reason'],
};

@Injectable()
export class CaseActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
    private readonly deadlines: CaseDeadlineService,
    private readonly view: CaseViewService,
    private readonly audit: AuditService,
    private readonly clock: BusinessClock,
    private readonly notices: CaseNoticesService,
  ) {}

  /**
   * Load, check access (404/403), apply the workflow (409/400/422), persist with a conditional update on the
   * version (the loser of a race gets 409), write the event and the audit row: all in one transaction.
   */
  async act(user: AuthUser, id: string, action: CaseAction, dto: CaseActionDto): Promise<CaseResponse> {
    const input = this.input(action, dto);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const c = await this.cases.load(manager, id);
      assertCanAct(user, c);
      if (dto.version !== undefined && dto.version !== null && dto.version !== c.version) {
        throw new ConflictError(`The case has changed: version ${c.version}, not ${dto.version}`, {
          version: c.version,
        });
      }
      const occurredAt = this.clock.pastInstant('occurredAt', dto.occurredAt);
      if (action === 'assign') {
        if (!dto.assigneeId) {
          throw new ValidationError('assigneeId is required', { field: 'assigneeId' });
        }
        await this.checkAssignee(user, manager, c, dto.assigneeId);
      }
      const state = await this.state(manager, c);
      const clockStart = this.clock.dateOf(c.acceptedAt ?? c.receivedAt);
      const result = transition(state, action, input, occurredAt, extensionPolicyAt(clockStart));
      const before = { status: c.status, version: c.version };
      Object.assign(c, result.changes, { status: result.status });
      this.applyEffects(c, result.effects, occurredAt);
      this.deadlines.apply(c, await this.deadlines.workingCalendar(manager));
      await this.save(manager, c, before.version);
      await insertCaseEvent(manager, {
        caseId: c.id,
        type: action,
        occurredAt,
        actorId: user.id,
        fromStatus: before.status,
        toStatus: c.status,
        dueDate: c.dueDate,
        data: eventData(action, dto),
      });
      await this.audit.record(manager, {
        action: `case.${action}`,
        entityType: 'case',
        entityId: c.id,
        details: {
          from: before.status,
          to: c.status,
          occurredAt: occurredAt.toISOString(),
          ...eventData(action, dto),
        },
      });
      const notices: (string | null)[] = [];
      for (const effect of result.effects) {
        if (effect.type === 'notify_citizen') {
          const input = { reason: dto.reason, toAuthority: dto.toAuthority };
          notices.push(await this.notices.add(manager, c, effect.notice, String(c.version), input));
        }
      }
      return { notices, response: await this.view.toResponse(manager, user, c) };
    });
    await this.notices.flush(outcome.notices);
    return outcome.response;
  }

  private input<A extends CaseAction>(action: A, dto: CaseActionDto): ActionInputs[A] {
    const allowed = new Set<string>([...FIELDS[action], 'occurredAt', 'version']);
    const extra = Object.keys(dto).filter(
      (k) => dto[k as keyof CaseActionDto] !== undefined && !allowed.has(k),
    );
    if (extra.length) {
      throw new ValidationError(`${action} does not take: ${extra.join(', ')}`);
    }
    return Object.fromEntries(FIELDS[action].map((f) => [f, dto[f] ?? null])) as unknown as ActionInputs[A];
  }

  private async state(manager: EntityManager, c: LoadedCase): Promise<CaseState> {
    const [row] = await manager.query<{ at: Date | null }[]>(
      'SELECT max(occurred_at) AS at FROM case_event WHERE case_id = $1',
      [c.id],
    );
    return caseState(c, row?.at ?? null);
  }

  /**
   * On a sealed case only a leader (or an admin) chooses the assignee (`canAssign`); and an assignee works in
   * the case's unit, one of its sub-units or one of the units above it.
   */
  private async checkAssignee(
    user: AuthUser,
    manager: EntityManager,
    c: LoadedCase,
    assigneeId: string,
  ): Promise<void> {
    if (!canAssign(user, c)) {
      throw new ForbiddenError('Only a leader assigns a case whose denunciator identity is sealed');
    }
    const [unitRow] = await manager.query<{ path: string }[]>(
      'SELECT unit.path FROM app_user u JOIN unit ON unit.id = u.unit_id WHERE u.id = $1',
      [assigneeId],
    );
    if (unitRow && !unitRow.path.startsWith(c.unitPath) && !c.unitPath.startsWith(unitRow.path)) {
      throw new ValidationError("assigneeId must work in the case's unit, a sub-unit or a unit above it");
    }
    const assignee = await manager.findOneBy(User, { id: assigneeId, active: true });
    if (!assignee || !(KIND_TRAITS[c.kind].handledBy as readonly Role[]).includes(assignee.role)) {
      throw new ValidationError(
        assignee?.role === 'clerk'
          ? `a clerk can be assigned ${CLERK_KINDS.join(' and ')} cases only`
          : 'assigneeId must be an active inspector, leader or clerk',
      );
    }
  }

  /** Clock effects become facts of the case: extensions and pauses are inputs of the deadline engine. */
  private applyEffects(c: Case, effects: readonly CaseEffect[], at: Date): void {
    const date = this.clock.dateOf(at);
    for (const effect of effects) {
      switch (effect.type) {
        case 'extend':
          c.extensions = [...c.extensions, { days: effect.days }];
          break;
        case 'pause_clock':
          c.pauses = [...c.pauses, { from: date, to: null }];
          break;
        case 'resume_clock':
          c.pauses = c.pauses.map((p) => (p.to === null ? { ...p, to: date } : p));
          break;
        case 'stop_clocks':
          c.finishedAt = at;
          break;
        case 'start_clock':
        case 'notify_citizen':
          break;
      }
    }
  }

  private async save(manager: EntityManager, c: Case, expectedVersion: number): Promise<void> {
    c.version = expectedVersion + 1;
    const result = await manager.update(
      Case,
      { id: c.id, version: expectedVersion },
      {
        status: c.status,
        assigneeId: c.assigneeId,
        complexity: c.complexity,
        remoteArea: c.remoteArea,
        acceptedAt: c.acceptedAt,
        finishedAt: c.finishedAt,
        resolvedAt: c.resolvedAt,
        outcome: c.outcome,
        decisionNumber: c.decisionNumber,
        extensionCount: c.extensionCount,
        extensions: c.extensions,
        pauses: c.pauses,
        acceptanceDue: c.acceptanceDue,
        resolutionDue: c.resolutionDue,
        dueDate: c.dueDate,
        deadlineVersion: c.deadlineVersion,
        onTime: c.onTime,
        version: c.version,
      },
    );
    if (!result.affected) {
      throw new ConflictError('Another officer changed the case at the same time; reload it and try again');
    }
  }
}

function eventData(action: CaseAction, dto: CaseActionDto): Record<string, unknown> {
  return Object.fromEntries(
    FIELDS[action].filter((f) => dto[f] !== undefined && dto[f] !== null).map((f) => [f, dto[f]]),
  );
}
