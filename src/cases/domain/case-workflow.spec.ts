import { ConflictError, LegalRuleError, ValidationError } from '../../common/errors/domain-error.js';
import type { ExtensionPolicy } from './case-extension.js';
import { CASE_KINDS, outcomesFor, type CaseKind, type CaseProcedure } from './case-kind.js';
import {
  CASE_ACTIONS,
  initialStatus,
  TRANSITIONS,
  allowedActions,
  openCase,
  transition,
  type ActionInputs,
  type CaseAction,
  type CaseState,
} from './case-workflow.js';
import { CASE_STATUSES, TERMINAL_STATUSES, isTerminal, type CaseStatus } from './case-status.js';

const NOW = new Date('2024-03-05T09:00:00+07:00');
const ALWAYS_ONCE: ExtensionPolicy = () => ({ maxExtensions: 1, maxDaysEach: 30, unit: 'calendar_days' });
const NEVER: ExtensionPolicy = () => null;

const PROCEDURE: Record<CaseKind, CaseProcedure | null> = {
  complaint: 'first_instance',
  denunciation: null,
  petition: 'request',
  civil_status: 'change_correction',
  certification: 'copy_from_original',
};

function caseState(overrides: Partial<CaseState> = {}): CaseState {
  const kind = overrides.kind ?? 'complaint';
  return {
    kind,
    procedure: PROCEDURE[kind],
    status: initialStatus(kind),
    anonymous: false,
    hasApplicantIdentity: true,
    complexity: 'normal',
    remoteArea: false,
    extensionCount: 0,
    assigneeId: null,
    lastEventAt: new Date('2024-03-01T08:00:00+07:00'),
    ...overrides,
  };
}

function validInput(kind: CaseKind): ActionInputs {
  return {
    accept: {},
    reject: { reason: 'Outside our competence' },
    transfer: { toAuthority: 'UBND phường Bến Nghé', reason: 'Competent body' },
    assign: { assigneeId: 'inspector-2' },
    extend: { reason: 'Verification at two places' },
    suspend: { reason: 'Waiting for an expert examination' },
    resume: {},
    resolve: {
      outcome: outcomesFor(kind, PROCEDURE[kind])[0],
      summary: 'Decided',
      decisionNumber: '12/QĐ-UBND',
    },
    withdraw: { reason: 'Settled' },
    terminate: { reason: 'The complainant died' },
  };
}

function act<A extends CaseAction>(
  state: CaseState,
  action: A,
  input: ActionInputs[A] = validInput(state.kind)[action],
  policy: ExtensionPolicy = ALWAYS_ONCE,
) {
  return transition(state, action, input, NOW, policy);
}

/** API.md's action table, and the decisions for the other kinds, written out independently of TRANSITIONS. */
const EXPECTED_MOVES: Record<CaseKind, string[]> = {
  complaint: [
    'accept: received -> in_progress',
    'reject: received -> rejected',
    'transfer: received -> transferred',
    'assign: received|in_progress|suspended -> same',
    'extend: in_progress -> same',
    'suspend: in_progress -> suspended',
    'resume: suspended -> in_progress',
    'resolve: in_progress -> resolved',
    'withdraw: received|in_progress|suspended -> withdrawn',
    'terminate: in_progress|suspended -> terminated',
  ],
  denunciation: [
    'accept: received -> in_progress',
    'reject: received -> rejected',
    'transfer: received -> transferred',
    'assign: received|in_progress|suspended -> same',
    'extend: in_progress -> same',
    'suspend: in_progress -> suspended',
    'resume: suspended -> in_progress',
    'resolve: in_progress -> resolved',
    'withdraw: received|in_progress|suspended -> withdrawn',
    'terminate: in_progress|suspended -> terminated',
  ],
  petition: [
    'accept: received -> in_progress',
    'reject: received -> rejected',
    'transfer: received -> transferred',
    'assign: received|in_progress -> same',
    'extend: in_progress -> same',
    'resolve: in_progress -> resolved',
    'withdraw: received|in_progress -> withdrawn',
    'terminate: in_progress -> terminated',
  ],
  civil_status: [
    'assign: in_progress -> same',
    'extend: in_progress -> same',
    'resolve: in_progress -> resolved',
    'withdraw: in_progress -> withdrawn',
    'terminate: in_progress -> terminated',
  ],
  certification: [
    'assign: in_progress -> same',
    'extend: in_progress -> same',
    'resolve: in_progress -> resolved',
    'withdraw: in_progress -> withdrawn',
    'terminate: in_progress -> terminated',
  ],
};

interface Move {
  action: CaseAction;
  from: CaseStatus;
  to: CaseStatus;
}

function expectedMoves(kind: CaseKind): Move[] {
  return EXPECTED_MOVES[kind].flatMap((line) => {
    const [, action, from, to] = /^(\w+): ([\w|]+) -> (\w+)$/.exec(line)!;
    return from.split('|').map((status) => ({
      action: action as CaseAction,
      from: status as CaseStatus,
      to: (to === 'same' ? status : to) as CaseStatus,
    }));
  });
}

function refusedMoves(kind: CaseKind): Array<[CaseAction, CaseStatus]> {
  const allowed = new Set(expectedMoves(kind).map((m) => `${m.action}@${m.from}`));
  return CASE_ACTIONS.flatMap((action) =>
    CASE_STATUSES.filter((status) => !allowed.has(`${action}@${status}`)).map(
      (status): [CaseAction, CaseStatus] => [action, status],
    ),
  );
}

/** The statuses a kind's table mentions, and the moves out of each (vendure's validate-transition-definition). */
function graphOf(kind: CaseKind): Map<CaseStatus, Set<CaseStatus>> {
  const graph = new Map<CaseStatus, Set<CaseStatus>>([[initialStatus(kind), new Set()]]);
  for (const rule of Object.values(TRANSITIONS[kind])) {
    for (const from of rule.from) {
      const to = rule.to === 'same' ? from : rule.to;
      graph.set(from, (graph.get(from) ?? new Set()).add(to));
      graph.set(to, graph.get(to) ?? new Set());
    }
  }
  return graph;
}

function reachableFrom(graph: Map<CaseStatus, Set<CaseStatus>>, start: CaseStatus): Set<CaseStatus> {
  const seen = new Set<CaseStatus>([start]);
  const queue = [start];
  for (let status = queue.shift(); status !== undefined; status = queue.shift()) {
    for (const next of graph.get(status) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe.each(CASE_KINDS)('the %s workflow graph', (kind) => {
  const graph = graphOf(kind);

  it('reaches every status of its graph from the initial status', () => {
    expect([...reachableFrom(graph, initialStatus(kind))].sort()).toEqual([...graph.keys()].sort());
  });

  it('leaves terminal statuses without exits', () => {
    for (const rule of Object.values(TRANSITIONS[kind])) {
      expect(rule.from.filter(isTerminal)).toEqual([]);
    }
  });

  it('leads only to known statuses', () => {
    for (const rule of Object.values(TRANSITIONS[kind])) {
      expect([...CASE_STATUSES, 'same']).toContain(rule.to);
      rule.from.forEach((from) => expect(CASE_STATUSES).toContain(from));
    }
  });

  it('lets every open status reach an end', () => {
    for (const status of graph.keys()) {
      const ends = [...reachableFrom(graph, status)].filter(isTerminal);
      expect({ status, canEnd: ends.length > 0 }).toEqual({ status, canEnd: true });
    }
  });

  it('has the moves API.md and the kind decisions list', () => {
    const actual = Object.entries(TRANSITIONS[kind]).map(
      ([action, rule]) => `${action}: ${rule.from.join('|')} -> ${rule.to}`,
    );
    expect(actual.sort()).toEqual([...EXPECTED_MOVES[kind]].sort());
  });

  it.each(expectedMoves(kind))('moves $action from $from to $to', ({ action, from, to }) => {
    expect(act(caseState({ kind, status: from }), action).status).toBe(to);
  });

  it.each(refusedMoves(kind))('refuses to %s from %s (409)', (action, status) => {
    const move = () => act(caseState({ kind, status }), action);
    expect(move).toThrow(ConflictError);
    expect(move).toThrow(new RegExp(`Cannot ${action} a ${kind} case in status '${status}'`));
  });
});

describe('statuses', () => {
  it('has five terminal statuses', () => {
    expect([...TERMINAL_STATUSES].sort()).toEqual([
      'rejected',
      'resolved',
      'terminated',
      'transferred',
      'withdrawn',
    ]);
  });

  it.each([
    ['complaint', 'received', 'acceptance'],
    ['denunciation', 'received', 'acceptance'],
    ['petition', 'received', 'acceptance'],
    ['civil_status', 'in_progress', 'resolution'],
    ['certification', 'in_progress', 'resolution'],
  ] as const)('opens a %s %s with the %s clock running', (kind, status, clock) => {
    expect(openCase(kind)).toEqual({ status, changes: {}, effects: [{ type: 'start_clock', clock }] });
  });

  it('explains that suspend does not apply to a petition', () => {
    expect(() => act(caseState({ kind: 'petition', status: 'in_progress' }), 'suspend')).toThrow(
      'suspend does not apply to petition cases',
    );
  });
});

describe('accept', () => {
  it('refuses an anonymous denunciation (422)', () => {
    const anonymous = caseState({ kind: 'denunciation', anonymous: true, hasApplicantIdentity: false });
    expect(() => act(anonymous, 'accept')).toThrow(LegalRuleError);
    expect(() => act(anonymous, 'accept')).toThrow(/anonymous denunciation cannot be accepted/);
  });

  it.each(['complaint', 'denunciation'] as const)(
    'refuses a %s without the applicant identity (422)',
    (kind) => {
      expect(() => act(caseState({ kind, hasApplicantIdentity: false }), 'accept')).toThrow(LegalRuleError);
    },
  );

  it('accepts a petition without the applicant identity', () => {
    expect(act(caseState({ kind: 'petition', hasApplicantIdentity: false }), 'accept').status).toBe(
      'in_progress',
    );
  });

  it('starts the resolution clock and notifies the citizen', () => {
    expect(act(caseState(), 'accept').effects).toEqual([
      { type: 'start_clock', clock: 'resolution' },
      { type: 'notify_citizen', notice: 'acceptance' },
    ]);
  });

  it("records the acceptance time and keeps the case's complexity and remote area by default", () => {
    expect(act(caseState({ remoteArea: true }), 'accept').changes).toEqual({
      complexity: 'normal',
      remoteArea: true,
      acceptedAt: NOW,
    });
  });

  it('takes the complexity and remote area chosen at acceptance', () => {
    const result = act(caseState({ kind: 'denunciation', remoteArea: true }), 'accept', {
      complexity: 'especially_complex',
      remoteArea: false,
    });
    expect(result.changes).toMatchObject({ complexity: 'especially_complex', remoteArea: false });
  });

  it('treats null fields as absent', () => {
    const result = act(caseState(), 'accept', { complexity: null, remoteArea: null });
    expect(result.changes).toMatchObject({ complexity: 'normal', remoteArea: false });
  });

  it('refuses an unknown complexity (400)', () => {
    const input = { complexity: 'trivial' } as unknown as ActionInputs['accept'];
    expect(() => act(caseState(), 'accept', input)).toThrow(ValidationError);
  });
});

describe('anonymous cases', () => {
  const anonymous = caseState({ kind: 'denunciation', anonymous: true, hasApplicantIdentity: false });

  it('rejects an anonymous denunciation without notifying anyone', () => {
    expect(act(anonymous, 'reject')).toEqual({
      status: 'rejected',
      changes: {},
      effects: [{ type: 'stop_clocks' }],
    });
  });

  it('transfers an anonymous denunciation for inspection without notifying anyone', () => {
    expect(act(anonymous, 'transfer')).toEqual({
      status: 'transferred',
      changes: {},
      effects: [{ type: 'stop_clocks' }],
    });
  });

  it('refuses to withdraw an anonymous case (422)', () => {
    expect(() => act(anonymous, 'withdraw')).toThrow(LegalRuleError);
  });

  it('lets a leader assign an anonymous denunciation for checking', () => {
    expect(act(anonymous, 'assign').changes).toEqual({ assigneeId: 'inspector-2' });
  });
});

describe('effects and changes of each move', () => {
  const inProgress = caseState({ status: 'in_progress' });

  it('reject stops the clock and sends a refusal', () => {
    expect(act(caseState(), 'reject').effects).toEqual([
      { type: 'stop_clocks' },
      { type: 'notify_citizen', notice: 'refusal' },
    ]);
  });

  it('transfer stops the clock and tells the citizen where it went', () => {
    expect(act(caseState(), 'transfer').effects).toEqual([
      { type: 'stop_clocks' },
      { type: 'notify_citizen', notice: 'transfer' },
    ]);
  });

  it('assign sets the assignee and keeps the status', () => {
    expect(act(inProgress, 'assign')).toEqual({
      status: 'in_progress',
      changes: { assigneeId: 'inspector-2' },
      effects: [],
    });
  });

  it('extend counts the extension, lengthens the clock and notifies the citizen', () => {
    expect(act(inProgress, 'extend', { reason: 'Complex', days: 12 })).toEqual({
      status: 'in_progress',
      changes: { extensionCount: 1 },
      effects: [
        { type: 'extend', days: 12, unit: 'calendar_days' },
        { type: 'notify_citizen', notice: 'extension' },
      ],
    });
  });

  it('extend defaults to the most the rule allows', () => {
    expect(act(inProgress, 'extend', { reason: 'Complex' }).effects[0]).toEqual({
      type: 'extend',
      days: 30,
      unit: 'calendar_days',
    });
  });

  it('extend refuses what the extension policy does not allow (422)', () => {
    expect(() => act(inProgress, 'extend', { reason: 'Complex' }, NEVER)).toThrow(LegalRuleError);
  });

  it('extend refuses a second extension when the rule allows one (422)', () => {
    const extended = caseState({ status: 'in_progress', extensionCount: 1 });
    expect(() => act(extended, 'extend', { reason: 'Again' })).toThrow(LegalRuleError);
  });

  it('extend refuses more days than the rule allows (422)', () => {
    expect(() => act(inProgress, 'extend', { reason: 'Complex', days: 31 })).toThrow(LegalRuleError);
  });

  it('extend refuses days that are not a positive integer (400)', () => {
    expect(() => act(inProgress, 'extend', { reason: 'Complex', days: 0 })).toThrow(ValidationError);
  });

  it('suspend pauses the clock and sends the suspension decision', () => {
    expect(act(inProgress, 'suspend')).toEqual({
      status: 'suspended',
      changes: {},
      effects: [{ type: 'pause_clock' }, { type: 'notify_citizen', notice: 'suspension' }],
    });
  });

  it('resume restarts the clock and sends the resumption decision', () => {
    expect(act(caseState({ status: 'suspended' }), 'resume')).toEqual({
      status: 'in_progress',
      changes: {},
      effects: [{ type: 'resume_clock' }, { type: 'notify_citizen', notice: 'resumption' }],
    });
  });

  it('resolve records the outcome and decision, stops the clocks and sends the result', () => {
    expect(act(inProgress, 'resolve', { outcome: 'partly_upheld', summary: 'Partly right' })).toEqual({
      status: 'resolved',
      changes: { outcome: 'partly_upheld', decisionNumber: null, resolvedAt: NOW },
      effects: [{ type: 'stop_clocks' }, { type: 'notify_citizen', notice: 'result' }],
    });
  });

  it('withdraw closes the case as resolved at that time and confirms it to the citizen', () => {
    expect(act(inProgress, 'withdraw', {})).toEqual({
      status: 'withdrawn',
      changes: { resolvedAt: NOW },
      effects: [{ type: 'stop_clocks' }, { type: 'notify_citizen', notice: 'withdrawal' }],
    });
  });

  it('terminate closes the case as resolved at that time and sends the termination decision', () => {
    expect(act(caseState({ status: 'suspended' }), 'terminate')).toEqual({
      status: 'terminated',
      changes: { resolvedAt: NOW },
      effects: [{ type: 'stop_clocks' }, { type: 'notify_citizen', notice: 'termination' }],
    });
  });
});

describe('outcome validation', () => {
  it.each([
    ['complaint', 'first_instance', 'first_decision_upheld'],
    ['complaint', 'second_instance', 'upheld'],
    ['denunciation', null, 'answered'],
    ['petition', 'feedback', 'upheld'],
    ['civil_status', 'birth', 'answered'],
    ['certification', 'signature', 'not_upheld'],
  ] as const)('refuses to resolve a %s (%s) as %s (400)', (kind, procedure, outcome) => {
    const state = caseState({ kind, procedure, status: 'in_progress' });
    const resolve = () => act(state, 'resolve', { outcome, summary: 'Done' });
    expect(resolve).toThrow(ValidationError);
    expect(resolve).toThrow(`outcome '${outcome}' is not valid`);
  });

  it.each([
    ['complaint', 'second_instance', 'first_decision_overturned'],
    ['denunciation', null, 'not_upheld'],
    ['petition', 'feedback', 'answered'],
    ['civil_status', 'birth', 'refused'],
    ['certification', 'signature', 'completed'],
  ] as const)('resolves a %s (%s) as %s', (kind, procedure, outcome) => {
    const state = caseState({ kind, procedure, status: 'in_progress' });
    expect(act(state, 'resolve', { outcome, summary: 'Done' }).changes.outcome).toBe(outcome);
  });
});

describe('required text', () => {
  const inProgress = caseState({ status: 'in_progress' });

  it.each([
    ['reject', caseState(), { reason: '  ' }],
    ['transfer', caseState(), { toAuthority: '' }],
    ['assign', inProgress, { assigneeId: '' }],
    ['extend', inProgress, { reason: '' }],
    ['suspend', inProgress, { reason: '' }],
    ['resolve', inProgress, { outcome: 'upheld', summary: ' ' }],
    ['terminate', inProgress, { reason: '' }],
  ] as const)('refuses %s without its text (400)', (action, state, input) => {
    expect(() => transition(state, action, input as never, NOW, ALWAYS_ONCE)).toThrow(ValidationError);
  });

  it('withdraws without a reason', () => {
    expect(act(inProgress, 'withdraw', { reason: null }).status).toBe('withdrawn');
  });
});

describe('time', () => {
  it('refuses a move dated before the last event (400)', () => {
    const state = caseState({ lastEventAt: new Date('2024-03-06T00:00:00+07:00') });
    expect(() => act(state, 'accept')).toThrow(ValidationError);
  });

  it('accepts a move at the same instant as the last event', () => {
    expect(act(caseState({ lastEventAt: NOW }), 'accept').status).toBe('in_progress');
  });

  it('reports a refused status (409) before a bad date (400)', () => {
    const state = caseState({ status: 'resolved', lastEventAt: new Date('2024-04-01T00:00:00+07:00') });
    expect(() => act(state, 'accept')).toThrow(ConflictError);
  });
});

describe('allowedActions', () => {
  const policies: [string, ExtensionPolicy][] = [
    ['once', ALWAYS_ONCE],
    ['never', NEVER],
  ];

  it('lists exactly the actions that succeed with a valid body, for every kind, status and identity', () => {
    let listed = 0;
    for (const kind of CASE_KINDS) {
      for (const status of CASE_STATUSES) {
        for (const anonymous of [false, true]) {
          for (const extensionCount of [0, 1]) {
            for (const [, policy] of policies) {
              const state = caseState({
                kind,
                status,
                anonymous,
                hasApplicantIdentity: !anonymous,
                extensionCount,
              });
              const allowed = allowedActions(state, policy);
              for (const action of CASE_ACTIONS) {
                let succeeded = true;
                try {
                  act(state, action, validInput(kind)[action], policy);
                } catch {
                  succeeded = false;
                }
                expect({
                  kind,
                  status,
                  anonymous,
                  extensionCount,
                  action,
                  listed: allowed.includes(action),
                }).toEqual({
                  kind,
                  status,
                  anonymous,
                  extensionCount,
                  action,
                  listed: succeeded,
                });
              }
              listed += allowed.length;
            }
          }
        }
      }
    }
    expect(listed).toBeGreaterThan(0);
  });

  it('leaves out accept for an anonymous denunciation and extend once none is left', () => {
    const anonymous = caseState({ kind: 'denunciation', anonymous: true, hasApplicantIdentity: false });
    expect(allowedActions(anonymous, ALWAYS_ONCE)).toEqual(['reject', 'transfer', 'assign']);
    const used = caseState({ status: 'in_progress', extensionCount: 1 });
    expect(allowedActions(used, ALWAYS_ONCE)).not.toContain('extend');
    expect(allowedActions({ ...used, extensionCount: 0 }, ALWAYS_ONCE)).toContain('extend');
  });
});
