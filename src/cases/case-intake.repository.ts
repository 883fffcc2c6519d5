import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CALENDAR_REVISION_SQL } from '../calendar/calendar.service.js';
import type { AuthUser } from '../common/http/request-context.js';
import { prepared, runPrepared } from '../database/prepared.js';
import type { Unit } from '../units/unit.entity.js';
import { reachPattern } from '../units/unit-scope.js';
import { canReadSealed, canSee, type ScopedCase } from './case-access.js';
import type { Case } from './case.entity.js';
import { OPEN_STATUSES, sqlStatusList } from './domain/case-status.js';

/**
 * Open cases of the same applicant ID number hash ($1) and kind ($2), except case $3: a hint, not a refusal.
 * Each carries what the access rules need (unit path, assignee, author, seal), so that the caller keeps only
 * the cases this user may read, and a sealed one only when this user may also read its identity.
 */
const DUPLICATES_SQL = `(SELECT json_agg(json_build_object('id', d.id, 'code', d.code, 'status', d.status,
                                           'receivedAt', d.received_at, 'kind', d.kind, 'unitId', d.unit_id,
                                           'unitPath', d.path, 'assigneeId', d.assignee_id,
                                           'createdBy', d.created_by, 'sealed', d.applicant_sealed)
                         ORDER BY d.received_at DESC)
    FROM (SELECT cc.id, cc.code, cc.status, cc.received_at, cc.kind, cc.unit_id, du.path, cc.assignee_id,
                 cc.created_by, cc.applicant_sealed
            FROM citizen_case cc JOIN unit du ON du.id = cc.unit_id
           WHERE $1::varchar IS NOT NULL AND cc.applicant_id_hash = $1 AND cc.kind = $2
             AND ($3::uuid IS NULL OR cc.id <> $3) AND cc.status IN (${sqlStatusList(OPEN_STATUSES)})
           ORDER BY cc.received_at DESC LIMIT 500) d)`;

/**
 * The unit ($5) as the intake needs it, and unless its path is outside the reach pattern $6 (see `reachPattern`)
 * the case number from the sequence named by $4; the calendar revision; the possible duplicates. No row when
 * the unit does not exist.
 */
const PREPARE_INTAKE = prepared(
  'prepare_intake',
  `SELECT u.id, u.path, u.remote_area AS "remoteArea",
          CASE WHEN $6::text IS NULL OR u.path LIKE $6 THEN nextval($4::text::regclass)::text END AS n,
          ${CALENDAR_REVISION_SQL}::text AS revision, ${DUPLICATES_SQL} AS duplicates
     FROM unit u WHERE u.id = $5`,
);

/** The case, its first event and its audit row: one statement, atomic on its own. */
const INSERT_OPENED = prepared(
  'insert_opened_case',
  `WITH c AS (
     INSERT INTO citizen_case (id, code, kind, procedure, status, channel, subject, content, anonymous, applicant,
       applicant_sealed, applicant_cipher, applicant_name_index, applicant_id_hash, search_text, unit_id,
       assignee_id, created_by, reception_id, complexity, remote_area, received_at, acceptance_due,
       resolution_due, due_date, deadline_version, tracking_pin_hash, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
       $23, $24, $25, $26, $27, $28)
     RETURNING id
   ), e AS (
     INSERT INTO case_event (case_id, type, occurred_at, actor_id, from_status, to_status, due_date, data)
     SELECT id, 'intake', $22, $18, NULL, $5, $25, $29 FROM c
   )
   ${AuditService.insertSql({ actorId: '$30', action: '$31', requestId: '$32', ip: '$33', details: '$34' }, 'case', 'c')}`,
);

/** How many possible duplicates an intake lists at most. */
const MAX_DUPLICATES = 20;

type DuplicateRow = PossibleDuplicate & ScopedCase & { sealed: boolean };

/** The duplicates `user` may know of (API.md "Roles": no hint tells of a sealed case one may not reveal). */
function toDuplicates(user: AuthUser, rows: DuplicateRow[] | null): PossibleDuplicate[] {
  return (rows ?? [])
    .filter((d) => canSee(user, d) && (!d.sealed || canReadSealed(user, d)))
    .slice(0, MAX_DUPLICATES)
    .map((d) => ({
      id: d.id,
      code: d.code,
      status: d.status,
      receivedAt: new Date(d.receivedAt).toISOString(),
    }));
}

/** The unit a case is opened in, as intake needs it. */
export type IntakeUnit = Pick<Unit, 'id' | 'path' | 'remoteArea'>;

export interface IntakePreparation {
  unit: IntakeUnit;
  /** The case number, or null when the unit is outside the user's reach (no number is drawn then). */
  n: string | null;
  revision: string;
  duplicates: PossibleDuplicate[];
}

export interface PossibleDuplicate {
  id: string;
  code: string;
  status: string;
  receivedAt: string;
}

/**
 * The two statements of the intake hot path, written by hand so that an intake costs as few round trips as
 * a raw implementation would: one read (unit, code sequence, calendar revision, duplicates), one write (case,
 * its first event and its audit row in a single statement).
 * Both are prepared statements (parsed and planned once per connection).
 */
@Injectable()
export class CaseIntakeRepository {
  /**
   * The unit, the case number (only when the unit is within the user's reach), the calendar revision and the
   * open cases of the same applicant ID number and kind (the possible duplicates; read before the new case
   * exists, so it is not among them); null when the unit does not exist.
   */
  async prepare(
    manager: EntityManager,
    user: AuthUser,
    sequence: string,
    applicant: { unitId: string; idHash: string | null; kind: string },
  ): Promise<IntakePreparation | null> {
    const [row] = await runPrepared<
      IntakeUnit & { n: string | null; revision: string; duplicates: DuplicateRow[] | null }
    >(manager, PREPARE_INTAKE, [
      applicant.idHash,
      applicant.kind,
      null,
      sequence,
      applicant.unitId,
      reachPattern(user),
    ]);
    if (!row) {
      return null;
    }
    return {
      unit: { id: row.id, path: row.path, remoteArea: row.remoteArea },
      n: row.n,
      revision: row.revision,
      duplicates: toDuplicates(user, row.duplicates),
    };
  }

  /** The possible duplicates of an existing case (for a repeated Idempotency-Key). */
  async duplicatesOf(manager: EntityManager, user: AuthUser, c: Case): Promise<PossibleDuplicate[]> {
    const [row] = await manager.query<{ duplicates: DuplicateRow[] | null }[]>(
      `SELECT ${DUPLICATES_SQL} AS duplicates`,
      [c.applicantIdHash, c.kind, c.id],
    );
    return toDuplicates(user, row.duplicates);
  }

  async insertOpened(
    manager: EntityManager,
    c: Case,
    eventData: Record<string, unknown>,
    audit: ReturnType<AuditService['row']>,
  ): Promise<void> {
    await runPrepared(manager, INSERT_OPENED, [
      c.id,
      c.code,
      c.kind,
      c.procedure,
      c.status,
      c.channel,
      c.subject,
      c.content,
      c.anonymous,
      c.applicant === null ? null : JSON.stringify(c.applicant),
      c.applicantSealed,
      c.applicantCipher,
      c.applicantNameIndex,
      c.applicantIdHash,
      c.searchText,
      c.unitId,
      c.assigneeId,
      c.createdBy,
      c.receptionId,
      c.complexity,
      c.remoteArea,
      c.receivedAt,
      c.acceptanceDue,
      c.resolutionDue,
      c.dueDate,
      c.deadlineVersion,
      c.trackingPinHash,
      c.version,
      JSON.stringify(eventData),
      audit.actorId,
      audit.action,
      audit.requestId,
      audit.ip,
      JSON.stringify(audit.details),
    ]);
  }
}
