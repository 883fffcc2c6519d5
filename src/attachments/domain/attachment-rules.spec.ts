import {
  asciiFileName,
  canDelete,
  cleanFileName,
  contentDisposition,
  isAcceptedMediaType,
  parseUploadFields,
  sealedFileName,
} from './attachment-rules.js';

describe('attachment rules', () => {
  it('keeps the last segment of a client path, in NFC, without characters file systems refuse', () => {
    expect(cleanFileName('C:\\Users\\an\\Đơn khiếu nại.pdf', 'application/pdf')).toBe('Đơn khiếu nại.pdf');
    expect(cleanFileName('../../etc/passwd', 'application/pdf')).toBe('passwd');
    expect(cleanFileName('Quye\u0302\u0301t định.pdf', 'application/pdf')).toBe('Quyết định.pdf');
    expect(cleanFileName('a\u0000b<c>:"d|e?*.png', 'image/png')).toBe('abcde.png');
    expect(cleanFileName('...hidden', 'image/png')).toBe('hidden');
  });

  it('names a file that has no usable name after its type, and cuts long names at 255 characters', () => {
    expect(cleanFileName(undefined, 'image/tiff')).toBe('tai-lieu.tif');
    expect(cleanFileName('///', 'application/pdf')).toBe('tai-lieu.pdf');
    expect([...cleanFileName('ấ'.repeat(300), 'application/pdf')]).toHaveLength(255);
  });

  it('gives an ASCII fallback and the RFC 5987 UTF-8 name, inline only for what a browser shows', () => {
    expect(asciiFileName('Quyết định Đất đai (bản 2).pdf')).toBe('Quyet dinh Dat dai _ban 2_.pdf');
    expect(contentDisposition("Đơn của bà O'Neil (1).pdf", 'application/pdf')).toBe(
      `inline; filename="Don cua ba O_Neil _1_.pdf"; filename*=UTF-8''%C4%90%C6%A1n%20c%E1%BB%A7a%20b%C3%A0%20O%27Neil%20%281%29.pdf`,
    );
    expect(contentDisposition('scan.tif', 'image/tiff')).toMatch(/^attachment; /);
    expect(
      contentDisposition('a.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ).toMatch(/^attachment; /);
    expect(contentDisposition('a.webp', 'image/webp')).toMatch(/^inline; /);
  });

  it('serves a sealed document under its kind and id only', () => {
    expect(sealedFileName('decision', '1f2e3d4c-aaaa-4bbb-8ccc-000000000000', 'application/pdf')).toBe(
      'decision-1f2e3d4c.pdf',
    );
  });

  it('accepts the eight document types and nothing else', () => {
    expect(isAcceptedMediaType('application/pdf')).toBe(true);
    expect(isAcceptedMediaType('application/vnd.oasis.opendocument.text')).toBe(true);
    expect(isAcceptedMediaType('image/gif')).toBe(false);
    expect(isAcceptedMediaType('application/zip')).toBe(false);
    expect(isAcceptedMediaType('toString')).toBe(false);
    expect(isAcceptedMediaType(undefined)).toBe(false);
  });

  it('lets the uploader delete for one hour, an admin always, nobody else', () => {
    const uploadedAt = new Date('2024-03-12T08:00:00Z');
    const doc = { uploadedBy: 'u1', uploadedAt };
    expect(canDelete({ id: 'u1', role: 'inspector' }, doc, new Date('2024-03-12T09:00:00Z'))).toBe(true);
    expect(canDelete({ id: 'u1', role: 'inspector' }, doc, new Date('2024-03-12T09:00:01Z'))).toBe(false);
    expect(canDelete({ id: 'u2', role: 'leader' }, doc, new Date('2024-03-12T08:00:01Z'))).toBe(false);
    expect(canDelete({ id: 'u3', role: 'admin' }, doc, new Date('2025-01-01T00:00:00Z'))).toBe(true);
  });

  it('checks the form fields like a JSON body', () => {
    const today = '2024-03-12';
    expect(parseUploadFields({ kind: 'decision', paperDate: '2024-03-12' }, today)).toEqual({
      fields: { kind: 'decision', paperDate: '2024-03-12' },
    });
    expect(parseUploadFields({ kind: 'other', paperDate: '' }, today)).toEqual({
      fields: { kind: 'other', paperDate: null },
    });
    expect(parseUploadFields({ kind: 'photo', paperDate: '2024-03-13', x: '1' }, today)).toEqual({
      problems: [
        'property x should not exist',
        'kind must be one of the following values: petition, evidence, acceptance_notice, decision, other',
        'paperDate must not be in the future',
      ],
    });
    expect(parseUploadFields({ kind: 'evidence', paperDate: '2023-02-29' }, today)).toEqual({
      problems: ['paperDate must be a date YYYY-MM-DD'],
    });
  });
});
