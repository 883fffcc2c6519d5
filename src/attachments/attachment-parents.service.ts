import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { assertCanAct, canReadSealed, canSee } from '../cases/case-access.js';
import { CaseQueryService } from '../cases/case-query.service.js';
import type { LoadedCase } from '../cases/case-view.service.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import type { AuthUser } from '../common/http/request-context.js';
import { canReadRepresentatives } from '../reception/reception-access.js';
import { ReceptionQueryService } from '../reception/reception-query.service.js';

export type ParentType = 'case' | 'reception';

/** What the attachments of one case or visit may show to one user. */
export interface AttachmentParent {
  type: ParentType;
  id: string;
  /** A denunciation case, or a sealed visit: no file names, content only for `mayReadContent`. */
  sealed: boolean;
  /** Everyone who may see the parent reads unsealed content; sealed content only those who may reveal the identity. */
  mayReadContent: boolean;
}

/**
 * The access rules of attachments, borrowed from their case or visit: seeing the case (else 404), acting on it
 * to upload, revealing its identity to read a sealed document; for a visit, reading it (its register scope) and,
 * when sealed, being a leader of its unit tree.
 */
@Injectable()
export class AttachmentParentsService {
  constructor(
    private readonly cases: CaseQueryService,
    private readonly receptions: ReceptionQueryService,
  ) {}

  async visible(
    manager: EntityManager,
    user: AuthUser,
    type: ParentType,
    id: string,
  ): Promise<AttachmentParent> {
    if (type === 'reception') {
      const visit = await this.receptions.visible(manager, user, id);
      return {
        type,
        id,
        sealed: visit.representativesSealed,
        mayReadContent: !visit.representativesSealed || canReadRepresentatives(user, visit, []),
      };
    }
    const c = await this.cases.load(manager, id);
    if (!canSee(user, c)) {
      throw new NotFoundError('No such case');
    }
    return caseParent(user, c);
  }

  /**
   * The parent a user may add documents to: a visit they may read; a case they may act on, or one they opened
   * at the reception desk (the papers handed in with it).
   */
  async forUpload(
    manager: EntityManager,
    user: AuthUser,
    type: ParentType,
    id: string,
  ): Promise<AttachmentParent> {
    if (type === 'reception') {
      return this.visible(manager, user, type, id);
    }
    const c = await this.cases.load(manager, id);
    if (!(user.role === 'reception' && c.createdBy === user.id)) {
      assertCanAct(user, c);
    }
    return caseParent(user, c);
  }
}

function caseParent(user: AuthUser, c: LoadedCase): AttachmentParent {
  return {
    type: 'case',
    id: c.id,
    sealed: c.applicantSealed,
    mayReadContent: !c.applicantSealed || canReadSealed(user, c),
  };
}
