import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AttachmentFilesService } from '../../src/attachments/attachment-files.service.js';
import { download, filesUnder, roundTrip, SAMPLES, upload } from '../utils/attachments.js';
import { openCase } from '../utils/cases.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';
import { startWorker } from '../utils/worker.js';

const MAX_BYTES = 64 * 1024;

describe('attachments (local directory storage)', () => {
  let t: TestApp;
  let dir: string;
  let ward: string;
  let inspector: TestUser;
  let other: TestUser;
  let reception: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'cc-attachments-')), 'store');
    t = await TestApp.start({
      ATTACHMENTS_DIR: dir,
      ATTACHMENT_MAX_BYTES: String(MAX_BYTES),
      ATTACHMENTS_PER_CASE: '3',
    });
    ward = (await t.createUnit()).id;
    inspector = await t.createUser('inspector', ward);
    other = await t.createUser('inspector', ward);
    reception = await t.createUser('reception', ward);
    admin = await t.createUser('admin', null);
  });
  afterAll(async () => {
    await t.close();
    rmSync(join(dir, '..'), { recursive: true, force: true });
  });

  async function rowsOf(caseId: string): Promise<number> {
    const [row] = await t.dataSource.query('SELECT count(*)::int AS n FROM attachment WHERE case_id = $1', [
      caseId,
    ]);
    return row.n;
  }

  it('creates the storage directory at start and round-trips a file', async () => {
    expect(readdirSync(dir)).toEqual([]);
    const c = await openCase(t, inspector);
    await roundTrip(t, inspector, c.id, () => Promise.resolve(filesUnder(dir).map((f) => f.split('/')[1])));
  });

  it('serves PDFs and images inline, other types as downloads, with a safe Vietnamese file name', async () => {
    const c = await openCase(t, inspector);
    const png = await upload(t, inspector, `/cases/${c.id}/attachments`, SAMPLES.png, 'Ảnh hiện trường.png');
    expect(png.status).toBe(201);
    const docx = await upload(
      t,
      inspector,
      `/cases/${c.id}/attachments`,
      SAMPLES.docx,
      'C:\\Hồ sơ\\Quyết định số 12/QĐ-UBND: giải quyết?.docx',
      { kind: 'decision' },
    );
    expect(docx.status).toBe(201);
    expect(docx.body.fileName).toBe('QĐ-UBND giải quyết.docx');

    const image = await download(t, other, png.body.id);
    expect(image.status).toBe(200);
    expect(image.headers).toMatchObject({
      'content-type': 'image/png',
      'content-length': String(SAMPLES.png.length),
      'x-content-type-options': 'nosniff',
      'content-disposition': `inline; filename="Anh hien truong.png"; filename*=UTF-8''${encodeURIComponent('Ảnh hiện trường.png')}`,
    });
    const word = await download(t, other, docx.body.id);
    expect(word.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(word.headers['content-disposition']).toBe(
      `attachment; filename="QD-UBND giai quyet.docx"; filename*=UTF-8''${encodeURIComponent('QĐ-UBND giải quyết.docx')}`,
    );
    expect(Buffer.compare(word.body, SAMPLES.docx)).toBe(0);
  });

  it('accepts each document type, judged from the bytes and not the name', async () => {
    const expected: [keyof typeof SAMPLES, string][] = [
      ['pdf', 'application/pdf'],
      ['jpeg', 'image/jpeg'],
      ['png', 'image/png'],
      ['tiff', 'image/tiff'],
      ['webp', 'image/webp'],
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['odt', 'application/vnd.oasis.opendocument.text'],
    ];
    const seen: [string, string][] = [];
    for (const [sample] of expected) {
      const visit = await logVisit(inspector);
      const res = await upload(t, inspector, `/receptions/${visit}/attachments`, SAMPLES[sample], 'scan.bin');
      seen.push([sample, res.status === 201 ? res.body.mediaType : `${res.status} ${res.body.message}`]);
    }
    expect(seen).toEqual(expected);
  });

  describe('refused uploads leave nothing behind', () => {
    let caseId: string;
    let before: string[];

    beforeAll(async () => {
      caseId = (await openCase(t, inspector)).id;
    });
    beforeEach(() => {
      before = filesUnder(dir);
    });
    afterEach(async () => {
      expect(await rowsOf(caseId)).toBe(0);
      expect(filesUnder(dir)).toEqual(before);
      expect(readdirSync(tmpdir()).filter((n) => n.startsWith('cc-upload-'))).toEqual([]);
    });

    it('refuses a type other than the accepted ones with 415 and a Vietnamese message', async () => {
      for (const [name, bytes] of [
        ['don.pdf', Buffer.from('Chỉ là văn bản, không phải PDF')],
        ['anh.gif', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')],
        ['setup.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)])],
      ] as [string, Buffer][]) {
        const res = await upload(
          t,
          inspector,
          `/cases/${caseId}/attachments`,
          bytes,
          name,
          undefined,
          'application/pdf',
        );
        expect({ name, status: res.status }).toEqual({ name, status: 415 });
        expect(res.body.message).toMatch(/^Loại tệp không được chấp nhận/);
      }
    });

    it('refuses an empty file', async () => {
      const res = await upload(t, inspector, `/cases/${caseId}/attachments`, Buffer.alloc(0), 'rong.pdf');
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('Tệp rỗng (0 byte)');
    });

    it('refuses a file past the size limit with 413', async () => {
      const big = Buffer.concat([SAMPLES.pdf, Buffer.alloc(MAX_BYTES, 0x20)]);
      const res = await upload(t, inspector, `/cases/${caseId}/attachments`, big, 'lon.pdf');
      expect(res.status).toBe(413);
      expect(res.body.message).toMatch(/vượt quá dung lượng/);
    });

    it('accepts a file of exactly the size limit (the limit is not off by one)', async () => {
      const exact = Buffer.concat([SAMPLES.pdf, Buffer.alloc(MAX_BYTES - SAMPLES.pdf.length, 0x20)]);
      const visit = await logVisit(inspector);
      const res = await upload(t, inspector, `/receptions/${visit}/attachments`, exact, 'vua.pdf');
      expect({ status: res.status, size: res.body.size }).toEqual({ status: 201, size: MAX_BYTES });
      before = filesUnder(dir);
    });

    it('refuses a multipart body cut short (no closing boundary)', async () => {
      const boundary = 'cc-boundary-1';
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nevidence\r\n` +
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.pdf"\r\n` +
            'Content-Type: application/pdf\r\n\r\n',
        ),
        SAMPLES.pdf.subarray(0, 40),
      ]);
      const res = await t
        .http()
        .post(`/cases/${caseId}/attachments`)
        .set(...bearer(inspector.token))
        .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/không trọn vẹn/);
    });

    it('keeps nothing of an upload whose connection drops half way', async () => {
      const server = t.app.getHttpServer();
      if (!server.listening) {
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      }
      const { port } = server.address() as AddressInfo;
      const boundary = 'cc-boundary-2';
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nevidence\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="drop.pdf"\r\n` +
          'Content-Type: application/pdf\r\n\r\n',
      );
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/cases/${caseId}/attachments`,
        headers: {
          authorization: `Bearer ${inspector.token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + 20_000),
        },
      });
      req.on('error', () => undefined);
      req.write(head);
      req.write(Buffer.concat([SAMPLES.pdf, Buffer.alloc(5_000, 0x20)]));
      // The upload is under way (its temporary file exists) when the connection drops.
      await waitFor(() => readdirSync(tmpdir()).filter((n) => n.startsWith('cc-upload-')).length === 1);
      req.destroy();
      await waitFor(() => readdirSync(tmpdir()).filter((n) => n.startsWith('cc-upload-')).length === 0);
    });

    it('refuses a file in another field, two files, and bad form fields with 400', async () => {
      const wrongField = await t
        .http()
        .post(`/cases/${caseId}/attachments`)
        .set(...bearer(inspector.token))
        .field('kind', 'evidence')
        .attach('scan', SAMPLES.pdf, 'a.pdf');
      expect(wrongField.status).toBe(400);
      const two = await t
        .http()
        .post(`/cases/${caseId}/attachments`)
        .set(...bearer(inspector.token))
        .field('kind', 'evidence')
        .attach('file', SAMPLES.pdf, 'a.pdf')
        .attach('file', SAMPLES.png, 'b.png');
      expect(two.status).toBe(400);
      const badFields: Record<string, string>[] = [
        {},
        { kind: 'photo' },
        { kind: 'evidence', paperDate: '2024-02-30' },
        { kind: 'evidence', paperDate: '2999-01-01' },
        { kind: 'evidence', note: 'x' },
      ];
      for (const fields of badFields) {
        const res = await upload(t, inspector, `/cases/${caseId}/attachments`, SAMPLES.pdf, 'a.pdf', fields);
        expect({ fields, status: res.status }).toEqual({ fields, status: 400 });
      }
      const json = await t
        .http()
        .post(`/cases/${caseId}/attachments`)
        .set(...bearer(inspector.token))
        .send({ kind: 'evidence' });
      expect(json.status).toBe(400);
    });
  });

  it('refuses more than ATTACHMENTS_PER_CASE files on a case with 409, leaving nothing behind', async () => {
    const c = await openCase(t, inspector);
    for (let i = 0; i < 3; i += 1) {
      const res = await upload(t, inspector, `/cases/${c.id}/attachments`, SAMPLES.png, `anh-${i}.png`);
      expect(res.status).toBe(201);
    }
    const before = filesUnder(dir);
    const res = await upload(t, inspector, `/cases/${c.id}/attachments`, SAMPLES.png, 'anh-3.png');
    expect(res.status).toBe(409);
    expect(await rowsOf(c.id)).toBe(3);
    expect(filesUnder(dir)).toEqual(before);
  });

  it('lets those who act on a case (and the desk that opened it) upload, and only those who see it list', async () => {
    const c = await openCase(t, reception);
    const outsider = await t.createUser('inspector', (await t.createUnit()).id);
    const clerk = await t.createUser('clerk', ward);
    expect((await upload(t, reception, `/cases/${c.id}/attachments`, SAMPLES.pdf, 'don.pdf')).status).toBe(
      201,
    );
    expect((await upload(t, outsider, `/cases/${c.id}/attachments`, SAMPLES.pdf, 'x.pdf')).status).toBe(404);
    expect((await upload(t, clerk, `/cases/${c.id}/attachments`, SAMPLES.pdf, 'x.pdf')).status).toBe(404);
    const otherDesk = await t.createUser('reception', ward);
    expect((await upload(t, otherDesk, `/cases/${c.id}/attachments`, SAMPLES.pdf, 'x.pdf')).status).toBe(404);
    expect((await upload(t, inspector, `/cases/${c.id}/attachments`, SAMPLES.pdf, 'y.pdf')).status).toBe(201);
    await t
      .http()
      .get(`/cases/${c.id}/attachments`)
      .set(...bearer(outsider.token))
      .expect(404);
    const list = await t
      .http()
      .get(`/cases/${c.id}/attachments`)
      .set(...bearer(reception.token))
      .expect(200);
    expect(list.body).toMatchObject({ total: 2, page: 1, limit: 50 });
    expect(list.body.items.map((a: { fileName: string }) => a.fileName)).toEqual(['don.pdf', 'y.pdf']);
  });

  it('lets the uploader delete within an hour and an admin at any time, auditing both', async () => {
    const c = await openCase(t, inspector);
    const first = (await upload(t, inspector, `/cases/${c.id}/attachments`, SAMPLES.pdf, 'a.pdf')).body;
    const second = (await upload(t, inspector, `/cases/${c.id}/attachments`, SAMPLES.png, 'b.png')).body;
    expect(first.canDelete).toBe(true);
    await t
      .http()
      .delete(`/attachments/${first.id}`)
      .set(...bearer(other.token))
      .expect(403);
    await t
      .http()
      .delete(`/attachments/${first.id}`)
      .set(...bearer(inspector.token))
      .expect(204);

    await t.dataSource.query(
      `UPDATE attachment SET uploaded_at = now() - interval '61 minutes' WHERE id = $1`,
      [second.id],
    );
    const listed = await t
      .http()
      .get(`/cases/${c.id}/attachments`)
      .set(...bearer(inspector.token))
      .expect(200);
    expect(listed.body.items[0].canDelete).toBe(false);
    await t
      .http()
      .delete(`/attachments/${second.id}`)
      .set(...bearer(inspector.token))
      .expect(403);
    await t
      .http()
      .delete(`/attachments/${second.id}`)
      .set(...bearer(admin.token))
      .expect(204);
    await t
      .http()
      .delete(`/attachments/${second.id}`)
      .set(...bearer(admin.token))
      .expect(404);

    const audit = await t
      .http()
      .get(`/audit?entityType=case&entityId=${c.id}&action=attachment.delete`)
      .set(...bearer(t.adminToken))
      .expect(200);
    expect(
      audit.body.items
        .map((e: { actorId: string; details: { attachmentId: string; fileName: string } }) => [
          e.actorId,
          e.details.attachmentId,
          e.details.fileName,
        ])
        .reverse(),
    ).toEqual([
      [inspector.id, first.id, 'a.pdf'],
      [admin.id, second.id, 'b.png'],
    ]);
    const created = await t
      .http()
      .get(`/audit?entityType=case&entityId=${c.id}&action=attachment.create`)
      .set(...bearer(t.adminToken))
      .expect(200);
    expect(
      created.body.items
        .map((e: { details: { fileName: string; sha256: string } }) => e.details.fileName)
        .sort(),
    ).toEqual(['a.pdf', 'b.png']);
    expect(await rowsOf(c.id)).toBe(0);
    expect(filesUnder(dir).filter((f) => f.includes(first.id) || f.includes(second.id))).toEqual([]);
  });

  it('sweeps stored files that no row refers to once they are old, and reports the total stored size', async () => {
    const files = t.app.get(AttachmentFilesService);
    const c = await openCase(t, inspector);
    const kept = (await upload(t, inspector, `/cases/${c.id}/attachments`, SAMPLES.pdf, 'a.pdf')).body;
    const orphan = '0f0e0d0c-0000-4000-8000-000000000001';
    mkdirSync(join(dir, '0f'), { recursive: true });
    writeFileSync(join(dir, '0f', orphan), 'left by a crashed upload');
    writeFileSync(join(dir, '0f', `${orphan}.partial`), 'half');
    const old = new Date(Date.now() - 2 * 3600_000);
    utimesSync(join(dir, '0f', orphan), old, old);
    utimesSync(join(dir, '0f', `${orphan}.partial`), old, old);
    const young = '0f0e0d0c-0000-4000-8000-000000000002';
    writeFileSync(join(dir, '0f', young), 'an upload in flight');
    const keptFile = `${kept.id.slice(0, 2)}/${kept.id}`;
    const keptPath = join(dir, keptFile);
    utimesSync(keptPath, old, old);

    expect(await files.sweepOrphans()).toBe(2);
    const left = filesUnder(dir);
    expect(left).toContain(keptFile);
    expect(left).toContain(`0f/${young}`);
    expect(left.filter((f) => f.includes(orphan))).toEqual([]);

    const [sum] = await t.dataSource.query('SELECT sum(size)::int AS n FROM attachment');
    expect(await files.totalStoredBytes()).toBe(sum.n);
    expect(sum.n).toBeGreaterThan(0);
  });

  it('runs the orphan sweep in the worker on its job scheduler', async () => {
    const c = await openCase(t, inspector);
    const kept = (await upload(t, inspector, `/cases/${c.id}/attachments`, SAMPLES.png, 'a.png')).body;
    const orphan = 'ab0e0d0c-0000-4000-8000-000000000003';
    mkdirSync(join(dir, 'ab'), { recursive: true });
    writeFileSync(join(dir, 'ab', orphan), 'left by a crashed upload');
    // Two hours later, as the worker sees it: the orphan is past its grace time, and so is the kept file.
    const worker = await startWorker(t.config, () => new Date(Date.now() + 2 * 3600_000));
    try {
      await waitFor(() => !filesUnder(dir).includes(`ab/${orphan}`));
      expect(filesUnder(dir)).toContain(`${kept.id.slice(0, 2)}/${kept.id}`);
    } finally {
      await worker.close();
    }
  });

  async function logVisit(user: TestUser, fields: Record<string, unknown> = {}): Promise<string> {
    const res = await t
      .http()
      .post('/receptions')
      .set(...bearer(user.token))
      .send({
        visitedAt: '2024-03-12T08:15:00+07:00',
        visitorCount: 1,
        representatives: [{ fullName: 'Lê Văn Bình', idNumber: '051090009999' }],
        category: 'complaint',
        subject: 'Khiếu nại việc thu hồi đất',
        content: 'Công dân trình bày',
        hostedBy: 'desk',
        outcome: 'guided',
        ...fields,
      });
    if (res.status !== 201) {
      throw new Error(`log visit failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return res.body.id;
  }

  async function waitFor(done: () => boolean): Promise<void> {
    for (let i = 0; i < 50 && !done(); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(done()).toBe(true);
  }
});

describe('attachments: per-user upload limit and the OpenAPI document', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-attachments-'));
    t = await TestApp.start({ ATTACHMENTS_DIR: dir, ATTACHMENT_UPLOADS_PER_MINUTE: '2' });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts uploads against the per-user limit: 429 with Retry-After past it, other users unaffected', async () => {
    const unit = (await t.createUnit()).id;
    const busy = await t.createUser('inspector', unit);
    const calm = await t.createUser('inspector', unit);
    const c = await openCase(t, busy);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await upload(t, busy, `/cases/${c.id}/attachments`, SAMPLES.pdf, `a${i}.pdf`)).status);
    }
    expect(statuses).toEqual([201, 201, 429]);
    const refused = await upload(t, busy, `/cases/${c.id}/attachments`, SAMPLES.pdf, 'a.pdf');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await upload(t, calm, `/cases/${c.id}/attachments`, SAMPLES.pdf, 'b.pdf')).status).toBe(201);
  });

  it('describes the endpoints and the response fields in /docs-json', async () => {
    const doc = (await t.http().get('/docs-json').expect(200)).body;
    expect(
      Object.keys(doc.paths)
        .filter((p: string) => p.includes('attachments'))
        .sort(),
    ).toEqual([
      '/attachments/{id}',
      '/attachments/{id}/content',
      '/cases/{id}/attachments',
      '/receptions/{id}/attachments',
    ]);
    expect(Object.keys(doc.paths['/cases/{id}/attachments'].post.requestBody.content)).toEqual([
      'multipart/form-data',
    ]);
    expect(Object.keys(doc.components.schemas.AttachmentResponse.properties).sort()).toEqual(
      [
        'id',
        'caseId',
        'receptionId',
        'kind',
        'fileName',
        'mediaType',
        'size',
        'sha256',
        'uploadedBy',
        'uploadedAt',
        'paperDate',
        'sealed',
        'contentReadable',
        'canDelete',
        'contentUrl',
      ].sort(),
    );
  });
});
