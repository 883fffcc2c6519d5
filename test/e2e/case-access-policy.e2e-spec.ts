import { randomUUID } from 'node:crypto';
import {
  canReadSealed,
  canRevealVisit,
  canSee,
  caseScope,
  caseScopeParts,
  type ScopedCase,
  sealedReaderSql,
  type SqlCondition,
  visitRevealSql,
} from '../../src/cases/case-access.js';
import { CASE_KINDS } from '../../src/cases/domain/case-kind.js';
import type { AuthUser } from '../../src/common/http/request-context.js';
import { ROLES } from '../../src/users/user.entity.js';
import { TestApp } from '../utils/test-app.js';

/**
 * The access policy is written once and read two ways; here both readings meet on a real database. Cases of
 * every kind, unit (the user's unit, a sub-unit, a sibling), assignee, author and sealed flag are stored, and
 * for users of every role and scope the rows the SQL conditions select must be exactly those the in-memory
 * checks accept: who sees a case (whole and as the worklist's disjoint parts), who reads its sealed identity,
 * who reveals a sealed visit.
 */
describe('case access policy: in-memory checks and SQL agree', () => {
  let t: TestApp;
  const users: AuthUser[] = [];
  const cases: (ScopedCase & { id: string; sealed: boolean })[] = [];
  const visits: { id: string; unitId: string; unitPath: string; createdBy: string }[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    const top = await t.createUnit({ level: 'district' });
    const child = await t.createUnit({ parentId: top.id });
    const sibling = await t.createUnit({ level: 'district' });
    const paths = new Map<string, string>(
      (
        await t.dataSource.query<{ id: string; path: string }[]>(
          `SELECT id, path FROM unit WHERE id = ANY($1)`,
          [[top.id, child.id, sibling.id]],
        )
      ).map((u) => [u.id, u.path]),
    );
    // Users straight into the table: the policy reads only their role and unit (and the hook stays fast).
    for (const role of ROLES) {
      for (const unitId of role === 'admin' ? [top.id, child.id, null] : [top.id, child.id]) {
        const username = `${role}.${users.length}`;
        const [{ id }] = await t.dataSource.query<{ id: string }[]>(
          `INSERT INTO app_user (username, password_hash, full_name, role, unit_id) VALUES ($1, 'x', $1, $2, $3)
           RETURNING id`,
          [username, role, unitId],
        );
        users.push({
          id,
          username,
          fullName: username,
          role,
          unitId,
          unitPath: unitId ? paths.get(unitId)! : null,
        });
      }
    }
    for (const kind of CASE_KINDS) {
      for (const unitId of [top.id, child.id, sibling.id]) {
        for (const assigneeId of [null, ...users.map((u) => u.id)]) {
          for (const createdBy of users.map((u) => u.id)) {
            for (const sealed of [false, true]) {
              cases.push({
                id: randomUUID(),
                kind,
                unitId,
                unitPath: paths.get(unitId)!,
                assigneeId,
                createdBy,
                sealed,
              });
            }
          }
        }
      }
    }
    await t.dataSource.query(
      `INSERT INTO citizen_case (id, code, kind, status, channel, subject, content, search_text, unit_id, assignee_id,
                                 created_by, applicant_sealed, received_at, tracking_pin_hash)
       SELECT id, 'P-' || n, kind, 'received', 'mail', 's', 'c', 's', unit_id, assignee_id, created_by, sealed, now(), 'x'
         FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::uuid[], $6::boolean[])
              WITH ORDINALITY AS c(id, kind, unit_id, assignee_id, created_by, sealed, n)`,
      [
        cases.map((c) => c.id),
        cases.map((c) => c.kind),
        cases.map((c) => c.unitId),
        cases.map((c) => c.assigneeId),
        cases.map((c) => c.createdBy),
        cases.map((c) => c.sealed),
      ],
    );
    // Visits of each unit by two authors; each gets a share of the denunciations (and of other kinds, which never
    // count for revealing it).
    for (const unitId of [top.id, child.id, sibling.id]) {
      for (const createdBy of [users[0].id, users[users.length - 1].id]) {
        visits.push({ id: randomUUID(), unitId, unitPath: paths.get(unitId)!, createdBy });
      }
    }
    await t.dataSource.query(
      `INSERT INTO reception (id, visited_at, visit_date, visitor_count, category, subject, content, hosted_by, unit_id,
                              outcome, created_by, representatives_sealed)
       SELECT id, now(), current_date, 1, 'complaint', 's', 'c', 'desk', unit_id, 'guided', created_by, true
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS v(id, unit_id, created_by)`,
      [visits.map((v) => v.id), visits.map((v) => v.unitId), visits.map((v) => v.createdBy)],
    );
    const linked = cases.filter((_, i) => i % 7 === 0);
    await t.dataSource.query(
      `UPDATE citizen_case c SET reception_id = l.visit FROM unnest($1::uuid[], $2::uuid[]) AS l(id, visit)
        WHERE c.id = l.id`,
      [linked.map((c) => c.id), linked.map((_, i) => visits[i % visits.length].id)],
    );
    linked.forEach((c, i) => Object.assign(c, { receptionId: visits[i % visits.length].id }));
  }, 120_000);
  afterAll(() => t.close());

  const selected = async (from: 'case' | 'visit', condition: SqlCondition): Promise<string[]> => {
    const qb =
      from === 'case'
        ? t.dataSource
            .createQueryBuilder()
            .select('c.id', 'id')
            .from('citizen_case', 'c')
            .innerJoin('unit', 'u', 'u.id = c.unit_id')
        : t.dataSource
            .createQueryBuilder()
            .select('r.id', 'id')
            .from('reception', 'r')
            .innerJoin('unit', 'u', 'u.id = r.unit_id');
    const rows = await qb.where(condition.sql, condition.params).getRawMany<{ id: string }>();
    return rows.map((r) => r.id).sort();
  };
  const ids = (list: { id: string }[]): string[] => list.map((c) => c.id).sort();

  it('stores every combination', () => {
    expect(users.map((u) => u.role)).toEqual(expect.arrayContaining([...ROLES]));
    expect(cases.length).toBe(CASE_KINDS.length * 3 * (users.length + 1) * users.length * 2);
  });

  it('selects in SQL exactly the cases each user sees, whole and as disjoint parts', async () => {
    for (const user of users) {
      const expected = ids(cases.filter((c) => canSee(user, c)));
      expect({ user: user.username, ids: await selected('case', caseScope(user)) }).toEqual({
        user: user.username,
        ids: expected,
      });
      const parts = await Promise.all(caseScopeParts(user).map((p) => selected('case', p)));
      const union = parts.flat().sort();
      expect(new Set(union).size).toBe(union.length);
      expect({ user: user.username, ids: union }).toEqual({ user: user.username, ids: expected });
    }
  });

  it('selects in SQL exactly the cases whose identity each user may know, sealed or not', async () => {
    for (const user of users) {
      const expected = ids(cases.filter((c) => canSee(user, c) && (!c.sealed || canReadSealed(user, c))));
      const scope = caseScope(user);
      const reader = sealedReaderSql(user);
      const found = await selected('case', {
        sql: `${scope.sql} AND (NOT c.applicant_sealed OR ${reader.sql})`,
        params: { ...scope.params, ...reader.params },
      });
      expect({ user: user.username, ids: found }).toEqual({ user: user.username, ids: expected });
      expect(await selected('case', reader)).toEqual(ids(cases.filter((c) => canReadSealed(user, c))));
    }
  });

  it('selects in SQL exactly the sealed visits each user may reveal', async () => {
    const denunciations = (visitId: string): ScopedCase[] =>
      cases.filter(
        (c) => (c as { receptionId?: string }).receptionId === visitId && c.kind === 'denunciation',
      );
    let revealed = 0;
    for (const user of users) {
      const expected = ids(visits.filter((v) => canRevealVisit(user, v, denunciations(v.id))));
      revealed += expected.length;
      const found = await selected(
        'visit',
        visitRevealSql(user, {
          id: 'r.id',
          unitId: 'r.unit_id',
          unitPath: 'u.path',
          createdBy: 'r.created_by',
        }),
      );
      expect({ user: user.username, ids: found }).toEqual({ user: user.username, ids: expected });
    }
    // Some are revealed and some are not: the comparison is not between two empty sets.
    expect(revealed).toBeGreaterThan(0);
    expect(revealed).toBeLessThan(users.length * visits.length);
  });
});
