import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { binary } from './http.js';
import { bearer, type TestApp, type TestUser } from './test-app.js';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP archive of stored (uncompressed) entries: enough for OOXML and ODF containers. */
export function zip(entries: [name: string, content: string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Small real files of each accepted type, built here (no fixtures on disk). */
export const SAMPLES = {
  pdf: Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
      'trailer<</Root 1 0 R>>\n%%EOF\n',
  ),
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
  jpeg: Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'),
    Buffer.from([0xff, 0xd9]),
  ]),
  tiff: Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]),
  webp: Buffer.concat([
    Buffer.from('RIFF'),
    Buffer.from([0x1a, 0, 0, 0]),
    Buffer.from('WEBPVP8 '),
    Buffer.alloc(18, 0),
  ]),
  docx: zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    ['word/document.xml', '<w:document/>'],
  ]),
  xlsx: zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ],
    ['xl/workbook.xml', '<workbook/>'],
  ]),
  odt: zip([
    ['mimetype', 'application/vnd.oasis.opendocument.text'],
    ['content.xml', '<office:document-content/>'],
  ]),
};

/** Uploads one file as `user`; returns the raw answer (status and body). */
export function upload(
  t: TestApp,
  user: TestUser,
  path: string,
  file: Buffer,
  fileName: string,
  fields: Record<string, string> = { kind: 'evidence' },
  contentType = 'application/octet-stream',
): Promise<Response> {
  let req = t
    .http()
    .post(path)
    .set(...bearer(user.token));
  for (const [name, value] of Object.entries(fields)) {
    req = req.field(name, value);
  }
  return req.attach('file', file, { filename: fileName, contentType });
}

/** GET /attachments/:id/content as `user`, with the body as a Buffer. */
export function download(t: TestApp, user: TestUser, id: string): Promise<Response> {
  return t
    .http()
    .get(`/attachments/${id}/content`)
    .set(...bearer(user.token))
    .buffer(true)
    .parse(binary);
}

/** Every file under a directory, as paths relative to it. */
export function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

/**
 * Upload, list, download and delete through the API, whatever the storage driver; `stored()` lists the keys the
 * driver holds, so that the test sees the file arrive and leave.
 */
export async function roundTrip(
  t: TestApp,
  uploader: TestUser,
  caseId: string,
  stored: () => Promise<string[]>,
): Promise<void> {
  const before = await stored();
  const sent = await upload(
    t,
    uploader,
    `/cases/${caseId}/attachments`,
    SAMPLES.pdf,
    'Đơn khiếu nại (bản quét).pdf',
    {
      kind: 'petition',
      paperDate: '2024-02-01',
    },
  );
  expect(sent.status).toBe(201);
  const id: string = sent.body.id;
  expect((await stored()).sort()).toEqual([...before, id].sort());

  const list = await t
    .http()
    .get(`/cases/${caseId}/attachments`)
    .set(...bearer(uploader.token))
    .expect(200);
  expect(list.body.items.find((a: { id: string }) => a.id === id)).toMatchObject({
    kind: 'petition',
    fileName: 'Đơn khiếu nại (bản quét).pdf',
    mediaType: 'application/pdf',
    size: SAMPLES.pdf.length,
    paperDate: '2024-02-01',
    uploadedBy: uploader.id,
    sealed: false,
  });

  const got = await download(t, uploader, id);
  expect(got.status).toBe(200);
  expect(Buffer.compare(got.body, SAMPLES.pdf)).toBe(0);
  expect(got.headers['content-type']).toBe('application/pdf');

  await t
    .http()
    .delete(`/attachments/${id}`)
    .set(...bearer(uploader.token))
    .expect(204);
  expect(await stored()).toEqual(before);
  await t
    .http()
    .get(`/attachments/${id}/content`)
    .set(...bearer(uploader.token))
    .expect(404);
}
