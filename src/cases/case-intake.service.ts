import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { PiiCryptoService } from '../citizens/pii-crypto.service.js';
import { canonicalJson } from '../common/canonical-json.js';
import { BusinessClock } from '../common/clock.js';
import { ConflictError, ForbiddenError, ValidationError } from '../common/errors/domain-error.js';
import type { AuthUser } from '../common/http/request-context.js';
import { Unit } from '../units/unit.entity.js';
import { assertCanOpen } from './case-access.js';
import { CaseDeadlineService } from './case-deadline.service.js';
import { CaseIntakeRepository } from './case-intake.repository.js';
import { CaseNoticesService } from './case-notices.service.js';
import { CaseQueryService } from './case-query.service.js';
import { type CaseResponse, CaseViewService } from './case-view.service.js';
import { type ApplicantData, Case, IdempotencyKey } from './case.entity.js';
import { CASE_CODE_PREFIX, CASE_CODE_YEARS, resolveProcedure } from './domain/case-kind.js';
import { openCase } from './domain/case-workflow.js';
import { caseSearchText } from './domain/search-text.js';
import type { CreateCaseDto } from './dto/create-case.dto.js';
import { withinReach } from '../units/unit-scope.js';

export interface IntakeResponse extends CaseResponse {
  trackingPin: string;
  possibleDuplicates: { id: string; code: string; status: string; receivedAt: string }[];
}

@Injectable()
export class CaseIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly crypto: PiiCryptoService,
    private readonly deadlines: CaseDeadlineService,
    private readonly view: CaseViewService,
    private readonly cases: CaseQueryService,
    private readonly audit: AuditService,
    private readonly clock: BusinessClock,
    private readonly repository: CaseIntakeRepository,
    private readonly notices: CaseNoticesService,
  ) {}

  /**
   * Opens a case; with an `Idempotency-Key`, the same key and body give the same case (`created: false`).
   * `within` runs in the intake's transaction once the case is stored (the reception log links its visit).
   */
  async open(
    user: AuthUser,
    dto: CreateCaseDto,
    idempotencyKey?: string,
    within?: (manager: EntityManager, c: Case) => Promise<void>,
  ): Promise<{ created: boolean; body: IntakeResponse }> {
    assertCanOpen(user, dto.kind);
    const procedure = resolveProcedure(dto.kind, dto.procedure);
    const applicant = this.checkApplicant(dto);
    const receivedAt = this.clock.pastInstant('receivedAt', dto.receivedAt);
    const requestHash = createHash('sha256').update(canonicalJson(dto)).digest('hex');
    if (idempotencyKey) {
      const replay = await this.replay(user, idempotencyKey, requestHash);
      if (replay) {
        return { created: false, body: replay };
      }
    }
    const unitId = dto.unitId ?? user.unitId;
    if (!unitId) {
      throw new ValidationError('unitId is required for a user without a unit');
    }
    if (dto.receptionId && !within) {
      await this.checkReception(user, dto);
    }
    const year = Number(this.clock.dateOf(receivedAt).slice(0, 4));
    if (year < CASE_CODE_YEARS.first || year > CASE_CODE_YEARS.last) {
      throw new ValidationError(`receivedAt: no case numbers for the year ${year}`);
    }
    // Made by a migration, one per prefix and year: no schema change at request time.
    const sequence = `case_code_${CASE_CODE_PREFIX[dto.kind].toLowerCase()}_${year}`;
    const pin = this.crypto.newPin();
    const caseId = randomUUID();
    // The case, its first event and its audit row are one statement, atomic on its own: an explicit
    // transaction is opened only when more must commit with them (key, outbox mail, the visit's link).
    const inTransaction = Boolean(idempotencyKey || within || applicant?.email);
    const work = async (
      manager: EntityManager,
    ): Promise<{ notice: string | null; body: IntakeResponse } | null> => {
      if (
        idempotencyKey &&
        !(await this.claimKey(manager, user, { key: idempotencyKey, requestHash, pin, caseId }))
      ) {
        return null;
      }
      const idHash = applicant?.idNumber ? this.crypto.idNumberHash(applicant.idNumber) : null;
      // The unit is read on every intake, not cached: units are renamed, moved and merged, and other instances
      // would not know. Its number is drawn only once the unit is known to be within the user's reach.
      const prepared = await this.repository.prepare(manager, user, sequence, {
        unitId,
        idHash,
        kind: dto.kind,
      });
      if (!prepared) {
        throw new ValidationError(`unitId: no unit ${unitId}`);
      }
      const { unit, n, revision, duplicates } = prepared;
      if (n === null || !withinReach(user, unit.path)) {
        throw new ForbiddenError('A case can be opened only in your unit or its sub-units');
      }
      const code = `${CASE_CODE_PREFIX[dto.kind]}-${year}-${n.padStart(6, '0')}`;
      const c = this.buildCase(user, dto, {
        id: caseId,
        procedure,
        applicant,
        idHash,
        receivedAt,
        unit,
        code,
        pin,
      });
      this.deadlines.apply(c, await this.deadlines.calendarAt(revision, manager));
      const audit = this.audit.row({
        action: 'case.create',
        entityType: 'case',
        entityId: c.id,
        details: { code, kind: c.kind, procedure: c.procedure, unitId: c.unitId, sealed: c.applicantSealed },
      });
      await this.repository.insertOpened(
        manager,
        c,
        { channel: c.channel, kind: c.kind, procedure: c.procedure },
        audit,
      );
      if (within) {
        await within(manager, c);
      }
      const response = await this.view.toResponse(manager, user, c);
      const notice = await this.notices.add(manager, c, 'acknowledgement', 'intake');
      return { notice, body: { ...response, trackingPin: pin, possibleDuplicates: duplicates } };
    };
    const result = inTransaction
      ? await this.dataSource.transaction(work)
      : await work(this.dataSource.manager);
    if (result === null) {
      // A concurrent request with the same key won the race: answer with its case.
      const replay = await this.replay(user, idempotencyKey!, requestHash);
      return { created: false, body: replay! };
    }
    await this.notices.flush([result.notice]);
    return { created: true, body: result.body };
  }

  private checkApplicant(dto: CreateCaseDto): ApplicantData | null {
    if (dto.anonymous) {
      if (dto.applicant) {
        throw new ValidationError('applicant must be absent when anonymous is true');
      }
      if (dto.kind !== 'denunciation' && dto.kind !== 'petition') {
        throw new ValidationError(`a ${dto.kind} case cannot be anonymous`);
      }
      return null;
    }
    if (!dto.applicant) {
      throw new ValidationError('applicant.fullName is required unless anonymous is true');
    }
    const { fullName, idNumber, phone, email, address } = dto.applicant;
    return {
      fullName,
      idNumber: idNumber ?? null,
      phone: phone ?? null,
      email: email ?? null,
      address: address ?? null,
    };
  }

  /**
   * A case may name the visit it came from; a denunciation must be opened through the visit
   * (`POST /receptions/:id/cases`), which seals the visit's record in the same transaction.
   */
  private async checkReception(user: AuthUser, dto: CreateCaseDto): Promise<void> {
    if (dto.kind === 'denunciation') {
      throw new ValidationError('open a denunciation from a visit with POST /receptions/:id/cases');
    }
    const path = await this.view.visits().unitPathOf(this.dataSource.manager, dto.receptionId!);
    if (path === null || !withinReach(user, path)) {
      throw new ValidationError(`receptionId: no visit ${dto.receptionId} in your units`);
    }
  }

  private buildCase(
    user: AuthUser,
    dto: CreateCaseDto,
    facts: {
      id: string;
      procedure: Case['procedure'];
      applicant: ApplicantData | null;
      /** The applicant's ID number, hashed (read already for the possible duplicates). */
      idHash: string | null;
      receivedAt: Date;
      unit: Pick<Unit, 'id' | 'remoteArea'>;
      code: string;
      pin: string;
    },
  ): Case {
    const { applicant } = facts;
    const sealed = dto.kind === 'denunciation' && applicant !== null;
    // A plain assignment: TypeORM's `create` walks the entity's metadata, a noticeable share of intake's CPU.
    const c = Object.assign(new Case(), {
      id: facts.id,
      code: facts.code,
      kind: dto.kind,
      procedure: facts.procedure,
      status: openCase(dto.kind).status,
      channel: dto.channel,
      subject: dto.subject,
      content: dto.content,
      anonymous: applicant === null,
      applicant: sealed ? null : applicant,
      applicantSealed: sealed,
      applicantCipher: sealed ? this.crypto.encrypt(applicant) : null,
      applicantNameIndex: sealed ? this.crypto.nameIndex(applicant.fullName) : null,
      applicantIdHash: facts.idHash,
      searchText: caseSearchText(dto.subject, dto.content, sealed ? '' : (applicant?.fullName ?? '')),
      unitId: facts.unit.id,
      assigneeId: null,
      createdBy: user.id,
      receptionId: dto.receptionId ?? null,
      complexity: 'normal',
      remoteArea: facts.unit.remoteArea,
      receivedAt: facts.receivedAt,
      acceptedAt: null,
      finishedAt: null,
      resolvedAt: null,
      outcome: null,
      decisionNumber: null,
      extensionCount: 0,
      extensions: [],
      pauses: [],
      deadlineVersion: 0,
      dueDate: null,
      onTime: null,
      trackingPinHash: this.crypto.pinHash(facts.code, facts.pin),
      version: 1,
    });
    return c;
  }

  /** Inserts the key row; false when another request holds the key already. */
  /** Inserts the key row; false when another request holds the key already (it waited for that one's commit). */
  private async claimKey(
    manager: EntityManager,
    user: AuthUser,
    claim: { key: string; requestHash: string; pin: string; caseId: string },
  ): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO idempotency_key (user_id, key, request_hash, case_id, pin_cipher)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING user_id`,
      [user.id, claim.key, claim.requestHash, claim.caseId, this.crypto.encrypt(claim.pin)],
    );
    return rows.length > 0;
  }

  private async replay(user: AuthUser, key: string, requestHash: string): Promise<IntakeResponse | null> {
    const row = await this.dataSource.manager.findOneBy(IdempotencyKey, { userId: user.id, key });
    if (!row) {
      return null;
    }
    if (row.requestHash !== requestHash) {
      throw new ConflictError('This Idempotency-Key was used with another request body');
    }
    return this.dataSource.transaction(async (manager) => {
      const c = await this.cases.load(manager, row.caseId);
      return {
        ...(await this.view.toResponse(manager, user, c)),
        trackingPin: this.crypto.decrypt<string>(row.pinCipher),
        possibleDuplicates: await this.repository.duplicatesOf(manager, user, c),
      };
    });
  }
}
