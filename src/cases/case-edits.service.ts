import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { PiiCryptoService } from '../citizens/pii-crypto.service.js';
import { Clock } from '../common/clock.js';
import { ConflictError, ValidationError } from '../common/errors/domain-error.js';
import type { AuthUser } from '../common/http/request-context.js';
import { assertCanAct } from './case-access.js';
import { insertCaseEvent } from './case-events.js';
import { CaseQueryService } from './case-query.service.js';
import { type CaseResponse, CaseViewService, type LoadedCase } from './case-view.service.js';
import { type ApplicantData, Case } from './case.entity.js';
import type { CaseNoteResponse } from './cases.response.js';
import { caseSearchText } from './domain/search-text.js';
import type { CreateCaseNoteDto, UpdateCaseDto } from './dto/case-edit.dto.js';

const CONTACT_FIELDS = ['phone', 'email', 'address'] as const;

/** The fields a correction changes, with their old and new values. */
interface Correction {
  fields: string[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  subject: string;
  content: string;
  applicant: ApplicantData | null;
}

/**
 * Internal notes and corrections of a case's details: timeline events and audit rows, never a mail to the
 * citizen, never a status or clock change. Whoever may act on the case may do both (`assertCanAct`).
 */
@Injectable()
export class CaseEditsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
    private readonly view: CaseViewService,
    private readonly audit: AuditService,
    private readonly crypto: PiiCryptoService,
    private readonly clock: Clock,
  ) {}

  async addNote(user: AuthUser, id: string, dto: CreateCaseNoteDto): Promise<CaseNoteResponse> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.cases.load(manager, id);
      assertCanAct(user, c);
      const at = this.clock.now();
      const noteId = await insertCaseEvent(manager, {
        caseId: c.id,
        type: 'note',
        occurredAt: at,
        actorId: user.id,
        fromStatus: c.status,
        toStatus: c.status,
        dueDate: c.dueDate,
        data: { text: dto.text },
      });
      await this.audit.record(manager, {
        action: 'case.note',
        entityType: 'case',
        entityId: c.id,
        details: { noteId, text: dto.text },
      });
      return { id: noteId, text: dto.text, authorId: user.id, createdAt: at.toISOString() };
    });
  }

  /**
   * Corrects subject, content and the applicant's contact details on the version read (409 if stale); 400 when
   * nothing would change. A sealed applicant stays encrypted, and its values reach neither the timeline nor the
   * audit log (only the names of the fields changed).
   */
  async correct(user: AuthUser, id: string, dto: UpdateCaseDto): Promise<CaseResponse> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.cases.load(manager, id);
      assertCanAct(user, c);
      if (dto.version !== c.version) {
        throw new ConflictError(`The case has changed: version ${c.version}, not ${dto.version}`, {
          version: c.version,
        });
      }
      const correction = this.correction(c, dto);
      await this.save(manager, c, correction);
      await insertCaseEvent(manager, {
        caseId: c.id,
        type: 'details_corrected',
        occurredAt: this.clock.now(),
        actorId: user.id,
        fromStatus: c.status,
        toStatus: c.status,
        dueDate: c.dueDate,
        data: { fields: correction.fields },
      });
      await this.audit.record(manager, {
        action: 'case.correct',
        entityType: 'case',
        entityId: c.id,
        details: { fields: correction.fields, before: correction.before, after: correction.after },
      });
      return this.view.toResponse(manager, user, c);
    });
  }

  private correction(c: LoadedCase, dto: UpdateCaseDto): Correction {
    const applicant = this.applicantOf(c);
    const result: Correction = {
      fields: [],
      before: {},
      after: {},
      subject: c.subject,
      content: c.content,
      applicant: applicant && { ...applicant },
    };
    const change = (field: string, from: unknown, to: unknown, sealed: boolean): boolean => {
      if (to === undefined || to === null || to === from) {
        return false;
      }
      result.fields.push(field);
      if (!sealed) {
        result.before[field] = from ?? null;
        result.after[field] = to;
      }
      return true;
    };
    if (change('subject', c.subject, dto.subject, false)) {
      result.subject = dto.subject!;
    }
    if (change('content', c.content, dto.content, false)) {
      result.content = dto.content!;
    }
    const contact = dto.applicant ?? {};
    const given = CONTACT_FIELDS.filter((f) => contact[f] !== undefined && contact[f] !== null);
    if (given.length && !result.applicant) {
      throw new ValidationError('An anonymous case has no applicant to correct');
    }
    for (const f of given) {
      if (change(`applicant.${f}`, result.applicant![f], contact[f], c.applicantSealed)) {
        result.applicant![f] = contact[f];
      }
    }
    if (!result.fields.length) {
      throw new ValidationError('Nothing to change: give subject, content or applicant details that differ');
    }
    return result;
  }

  private applicantOf(c: Case): ApplicantData | null {
    if (!c.applicantSealed) {
      return c.applicant;
    }
    return c.applicantCipher ? this.crypto.decrypt<ApplicantData>(c.applicantCipher) : null;
  }

  private async save(manager: EntityManager, c: Case, correction: Correction): Promise<void> {
    const sealed = c.applicantSealed;
    Object.assign(c, {
      subject: correction.subject,
      content: correction.content,
      applicant: sealed ? null : correction.applicant,
      applicantCipher: sealed ? this.crypto.encrypt(correction.applicant) : c.applicantCipher,
      searchText: caseSearchText(
        correction.subject,
        correction.content,
        sealed ? '' : (correction.applicant?.fullName ?? ''),
      ),
      version: c.version + 1,
    });
    const result = await manager.update(
      Case,
      { id: c.id, version: c.version - 1 },
      {
        subject: c.subject,
        content: c.content,
        applicant: c.applicant,
        applicantCipher: c.applicantCipher,
        searchText: c.searchText,
        version: c.version,
      },
    );
    if (!result.affected) {
      throw new ConflictError('Another officer changed the case at the same time; reload it and try again');
    }
  }
}
