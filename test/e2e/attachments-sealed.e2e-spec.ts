import { download, SAMPLES, upload } from '../utils/attachments.js';
import { act, openCase } from '../utils/cases.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';

const DENUNCIATOR = { fullName: 'Trần Thị Bích Ngọc', idNumber: '079190004321' };
const NAMED_FILE = 'Đơn tố cáo - Trần Thị Bích Ngọc.pdf';

/** What one role gets: the list (its status) and the content (its status). */
type Row = { role: string; list: number; content: number };

describe('sealed attachments', () => {
  let t: TestApp;
  let ward: string;
  const users: Record<string, TestUser> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    const city = (await t.createUnit({ level: 'district' })).id;
    ward = (await t.createUnit({ level: 'commune', parentId: city })).id;
    const elsewhere = (await t.createUnit({ level: 'district' })).id;
    users.admin = await t.createUser('admin', null);
    users.leaderAbove = await t.createUser('leader', city);
    users.leaderOfUnit = await t.createUser('leader', ward);
    users.leaderOutside = await t.createUser('leader', elsewhere);
    users.assignedInspector = await t.createUser('inspector', ward);
    users.otherInspector = await t.createUser('inspector', ward);
    users.reception = await t.createUser('reception', ward);
    users.clerk = await t.createUser('clerk', ward);
  });
  afterAll(() => t.close());

  async function reads(actorId: string, entityId: string): Promise<number> {
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log
        WHERE action = 'attachment.read' AND entity_id = $1 AND actor_id = $2`,
      [entityId, actorId],
    );
    return row.n;
  }

  /** Lists and reads the document as every role; checks no file name is shown and each read is audited. */
  async function matrix(parentPath: string, parentId: string, attachmentId: string): Promise<Row[]> {
    const rows: Row[] = [];
    for (const [role, user] of Object.entries(users)) {
      const list = await t
        .http()
        .get(`${parentPath}/attachments`)
        .set(...bearer(user.token));
      if (list.status === 200) {
        expect({ role, items: list.body.items }).toMatchObject({
          role,
          items: [
            { id: attachmentId, kind: 'petition', fileName: null, size: SAMPLES.pdf.length, sealed: true },
          ],
        });
        expect(JSON.stringify(list.body)).not.toContain('Ngọc');
      }
      const before = await reads(user.id, parentId);
      const content = await download(t, user, attachmentId);
      if (content.status === 200) {
        expect(Buffer.compare(content.body, SAMPLES.pdf)).toBe(0);
        expect(content.headers['content-disposition']).toBe(
          `inline; filename="petition-${attachmentId.slice(0, 8)}.pdf"; filename*=UTF-8''petition-${attachmentId.slice(0, 8)}.pdf`,
        );
        expect(content.headers['cache-control']).toBe('private, no-store');
      } else {
        expect(JSON.stringify(content.body)).not.toContain('Ngọc');
      }
      expect({ role, audited: (await reads(user.id, parentId)) - before }).toEqual({
        role,
        audited: content.status === 200 ? 1 : 0,
      });
      rows.push({ role, list: list.status, content: content.status });
    }
    return rows;
  }

  it('on a denunciation case: listed without a name to its readers, content only to identity readers', async () => {
    const c = await openCase(t, users.reception, {
      kind: 'denunciation',
      procedure: null,
      applicant: DENUNCIATOR,
      subject: 'Tố cáo cán bộ địa chính',
    });
    await act(t, users.leaderAbove, c.id, 'assign', { assigneeId: users.assignedInspector.id });
    const sent = await upload(
      t,
      users.assignedInspector,
      `/cases/${c.id}/attachments`,
      SAMPLES.pdf,
      NAMED_FILE,
      {
        kind: 'petition',
      },
    );
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ fileName: null, sealed: true, contentReadable: true });

    expect(await matrix(`/cases/${c.id}`, c.id, sent.body.id)).toEqual([
      { role: 'admin', list: 200, content: 403 },
      { role: 'leaderAbove', list: 200, content: 200 },
      { role: 'leaderOfUnit', list: 200, content: 200 },
      { role: 'leaderOutside', list: 404, content: 404 },
      { role: 'assignedInspector', list: 200, content: 200 },
      { role: 'otherInspector', list: 200, content: 403 },
      { role: 'reception', list: 200, content: 403 },
      { role: 'clerk', list: 404, content: 404 },
    ]);
    const audit = await t
      .http()
      .get(`/audit?entityType=case&entityId=${c.id}`)
      .set(...bearer(t.adminToken))
      .expect(200);
    expect(JSON.stringify(audit.body)).not.toContain('Ngọc');
  });

  it('on a denunciation visit: content only to the leaders of its unit tree', async () => {
    const visit = await t
      .http()
      .post('/receptions')
      .set(...bearer(users.reception.token))
      .send({
        visitedAt: '2024-03-12T08:15:00+07:00',
        visitorCount: 1,
        representatives: [DENUNCIATOR],
        category: 'denunciation',
        subject: 'Tố cáo sai phạm',
        content: 'Công dân tố cáo',
        hostedBy: 'desk',
        outcome: 'guided',
      })
      .expect(201);
    const id: string = visit.body.id;
    const sent = await upload(t, users.reception, `/receptions/${id}/attachments`, SAMPLES.pdf, NAMED_FILE, {
      kind: 'petition',
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ fileName: null, sealed: true, contentReadable: false, sha256: null });

    expect(await matrix(`/receptions/${id}`, id, sent.body.id)).toEqual([
      { role: 'admin', list: 200, content: 403 },
      { role: 'leaderAbove', list: 200, content: 200 },
      { role: 'leaderOfUnit', list: 200, content: 200 },
      { role: 'leaderOutside', list: 404, content: 404 },
      { role: 'assignedInspector', list: 200, content: 403 },
      { role: 'otherInspector', list: 200, content: 403 },
      { role: 'reception', list: 200, content: 403 },
      { role: 'clerk', list: 200, content: 403 },
    ]);
  });

  it('seals the documents of a visit once a denunciation case is opened from it', async () => {
    const visit = await t
      .http()
      .post('/receptions')
      .set(...bearer(users.reception.token))
      .send({
        visitedAt: '2024-03-12T09:15:00+07:00',
        visitorCount: 1,
        representatives: [DENUNCIATOR],
        category: 'mixed',
        subject: 'Kiến nghị và tố cáo',
        content: 'Công dân trình bày',
        hostedBy: 'desk',
        outcome: 'case_opened',
      })
      .expect(201);
    const id: string = visit.body.id;
    const sent = await upload(t, users.reception, `/receptions/${id}/attachments`, SAMPLES.pdf, NAMED_FILE);
    expect(sent.body).toMatchObject({ fileName: NAMED_FILE, sealed: false });
    await t
      .http()
      .post(`/receptions/${id}/cases`)
      .set(...bearer(users.reception.token))
      .send({ kind: 'denunciation', channel: 'in_person', subject: 'Tố cáo', content: 'Nội dung tố cáo' })
      .expect(201);
    const list = await t
      .http()
      .get(`/receptions/${id}/attachments`)
      .set(...bearer(users.otherInspector.token));
    expect(list.body.items).toMatchObject([{ fileName: null, sealed: true, contentReadable: false }]);
    expect((await download(t, users.otherInspector, sent.body.id)).status).toBe(403);
    expect((await download(t, users.leaderOfUnit, sent.body.id)).status).toBe(200);
  });
});
