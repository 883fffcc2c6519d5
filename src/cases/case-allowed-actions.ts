import type { IsoDate } from '../calendar/domain/business-date.js';
import type { AuthUser } from '../common/http/request-context.js';
import { canAct, canAssign } from './case-access.js';
import type { LoadedCase } from './case-view.service.js';
import type { Case } from './case.entity.js';
import { extensionPolicyAt } from './domain/case-deadlines.js';
import { extensionAllowance, type ExtensionAllowance } from './domain/case-extension.js';
import { allowedActions, type CaseAction, type CaseState } from './domain/case-workflow.js';

/** What this user may do on a case now (`GET /cases/:id`). */
export interface CaseCapabilities {
  allowedActions: CaseAction[];
  /** The most the next extension may add, when `extend` is allowed. */
  extension: ExtensionAllowance | null;
  /** Notes and corrections of details. */
  canEdit: boolean;
}

/** What the workflow knows of a case. */
export function caseState(c: Case, lastEventAt: Date | null): CaseState {
  return {
    kind: c.kind,
    procedure: c.procedure,
    status: c.status,
    anonymous: c.anonymous,
    // A name is always there unless anonymous; a missing address or ID number is the officer's call.
    hasApplicantIdentity: !c.anonymous,
    complexity: c.complexity,
    remoteArea: c.remoteArea,
    extensionCount: c.extensionCount,
    assigneeId: c.assigneeId,
    lastEventAt,
  };
}

/**
 * Who may act (role and scope, `case-access`) together with what the workflow and the law allow now
 * (`allowedActions` of the domain, with the extension policy in force on the day the clock started, as the
 * action itself uses).
 */
export function capabilitiesOf(user: AuthUser, c: LoadedCase, clockStart: IsoDate): CaseCapabilities {
  if (!canAct(user, c)) {
    return { allowedActions: [], extension: null, canEdit: false };
  }
  const state = caseState(c, null);
  const policy = extensionPolicyAt(clockStart);
  const actions = allowedActions(state, policy).filter((a) => a !== 'assign' || canAssign(user, c));
  return {
    allowedActions: actions,
    extension: actions.includes('extend') ? extensionAllowance(state, policy) : null,
    canEdit: true,
  };
}
