import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { APP_ROLE } from '../../migrations/1795571400000-GrantAppRole.js';
import { act, openCase } from '../utils/cases.js';
import { databaseUrl } from '../utils/databases.js';
import { TestApp, type TestUser } from '../utils/test-app.js';

async function asOwner<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('case_event is append-only', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('refuses UPDATE, DELETE and TRUNCATE, and a case cannot be deleted with its events', async () => {
    const unit = await t.createUnit();
    const leader = await t.createUser('leader', unit.id);
    const c = await openCase(t, leader);
    await expect(t.dataSource.query(`UPDATE case_event SET type = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM case_event`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE case_event CASCADE`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM citizen_case WHERE id = $1`, [c.id])).rejects.toThrow(
      /fk_case_event_case|append-only/,
    );
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM case_event WHERE case_id = $1`, [
      c.id,
    ]);
    expect(n).toBe(1);
  });
});

/** The API as a role that owns no table (README "Security"): it works, and cannot undo the audit protections. */
describe(`the API as a member of ${APP_ROLE}`, () => {
  const role = `cc_app_${randomBytes(4).toString('hex')}`;
  let t: TestApp;
  let leader: TestUser;

  beforeAll(async () => {
    await asOwner((client) => client.query(`CREATE ROLE ${role} LOGIN IN ROLE ${APP_ROLE}`));
    t = await TestApp.start({}, { databaseUser: role });
    const unit = await t.createUnit();
    leader = await t.createUser('leader', unit.id);
  });
  afterAll(async () => {
    await t.close();
    await asOwner((client) => client.query(`DROP ROLE ${role}`));
  });

  it('connects as that role, which is no superuser and owns no table', async () => {
    const [me] = await t.dataSource.query(
      `SELECT current_user AS name, r.rolsuper AS super FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(me).toEqual({ name: role, super: false });
    const owned = await t.dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`,
    );
    expect(owned).toEqual([]);
  });

  it('opens and moves cases (the case-code sequence included)', async () => {
    const c = await openCase(t, leader);
    const accepted = await act(t, leader, c.id, 'accept', {});
    expect(accepted.status).toBe('in_progress');
  });

  it('cannot disable the audit triggers, change history, truncate or bypass triggers', async () => {
    const refused = [
      'ALTER TABLE audit_log DISABLE TRIGGER ALL',
      'ALTER TABLE audit_log DISABLE TRIGGER trg_audit_log_no_update_delete',
      'ALTER TABLE case_event DISABLE TRIGGER trg_case_event_no_update_delete',
      'DROP TRIGGER trg_audit_log_no_truncate ON audit_log',
      'DELETE FROM case_event',
      'UPDATE audit_log SET action = action',
      'TRUNCATE audit_log',
      "SET session_replication_role = 'replica'",
      "INSERT INTO migrations (timestamp, name) VALUES (1, 'x')",
    ];
    for (const sql of refused) {
      await expect(t.dataSource.query(sql)).rejects.toThrow(/must be owner|permission denied/);
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM case_event`);
    expect(n).toBeGreaterThan(0);
  });
});
