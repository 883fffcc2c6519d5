import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { AttachmentFilesService } from '../../src/attachments/attachment-files.service.js';
import { roundTrip, SAMPLES, upload } from '../utils/attachments.js';
import { openCase } from '../utils/cases.js';
import { TestApp, type TestUser } from '../utils/test-app.js';

const BUCKET = 'cc-case-files';
const PREFIX = 'ubnd/';

/** The S3 driver against a real S3-compatible server (s3rver, pure JavaScript) that the test starts itself. */
describe('attachments (S3-compatible storage)', () => {
  let server: S3rver;
  let dir: string;
  let client: S3Client;
  let t: TestApp;
  let inspector: TestUser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-s3rver-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir });
    const { port } = await server.run();
    const endpoint = `http://127.0.0.1:${port}`;
    client = new S3Client({
      region: 'us-east-1',
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    t = await TestApp.start({
      ATTACHMENTS_STORAGE: 's3',
      ATTACHMENTS_S3_ENDPOINT: endpoint,
      ATTACHMENTS_S3_BUCKET: BUCKET,
      ATTACHMENTS_S3_PREFIX: PREFIX,
      ATTACHMENTS_S3_ACCESS_KEY_ID: 'S3RVER',
      ATTACHMENTS_S3_SECRET_ACCESS_KEY: 'S3RVER',
    });
    inspector = await t.createUser('inspector', (await t.createUnit()).id);
  });
  afterAll(async () => {
    await t.close();
    client.destroy();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The keys in the bucket under the prefix (the bucket was created by the API at start). */
  async function stored(): Promise<string[]> {
    const page = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: PREFIX }));
    return (page.Contents ?? []).map((o) => o.Key!.slice(PREFIX.length)).sort();
  }

  it('uploads, lists, downloads and deletes through the bucket', async () => {
    const c = await openCase(t, inspector);
    await roundTrip(t, inspector, c.id, stored);
  });

  it('leaves nothing in the bucket for a refused upload', async () => {
    const c = await openCase(t, inspector);
    const before = await stored();
    const res = await upload(t, inspector, `/cases/${c.id}/attachments`, Buffer.from('plain text'), 'a.pdf');
    expect(res.status).toBe(415);
    expect(await stored()).toEqual(before);
  });

  it('sweeps objects that no row refers to and keeps the others', async () => {
    const c = await openCase(t, inspector);
    const kept = (await upload(t, inspector, `/cases/${c.id}/attachments`, SAMPLES.png, 'a.png')).body;
    const orphan = '0f0e0d0c-0000-4000-8000-00000000000a';
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: PREFIX + orphan, Body: 'left behind' }));
    expect(await stored()).toContain(orphan);
    const files = t.app.get(AttachmentFilesService);
    expect(await files.sweepOrphans(new Date(Date.now() - 3600_000))).toBe(0);
    expect(await files.sweepOrphans(new Date(Date.now() + 60_000))).toBe(1);
    expect(await stored()).toEqual([kept.id]);
  });
});
