/**
 * The case file's rules, as data and pure functions: document kinds, the accepted media types (judged from the
 * bytes), and the headers and names a download carries.
 */

export const ATTACHMENT_KINDS = ['petition', 'evidence', 'acceptance_notice', 'decision', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** The media types accepted, as `file-type` names them, with the extension a download gets. */
export const ACCEPTED_MEDIA_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/tiff': 'tif',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
};

/** Shown by a browser (PDF viewer, image); anything else is downloaded. */
const INLINE_MEDIA_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png', 'image/webp']);

export function isAcceptedMediaType(mediaType: string | undefined): mediaType is string {
  return mediaType !== undefined && Object.hasOwn(ACCEPTED_MEDIA_TYPES, mediaType);
}

export function isInline(mediaType: string): boolean {
  return INLINE_MEDIA_TYPES.has(mediaType);
}

/**
 * The name a client sent, made safe to keep: the last path segment only, NFC, no control characters or
 * characters that file systems refuse, at most 255 characters; a generic name when nothing is left.
 */
export function cleanFileName(raw: string | undefined, mediaType: string): string {
  const last = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = last
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const name = cleaned === '' ? `tai-lieu.${ACCEPTED_MEDIA_TYPES[mediaType] ?? 'bin'}` : cleaned;
  return [...name].slice(0, 255).join('');
}

/** An ASCII stand-in for a Vietnamese name (for old clients): diacritics dropped, đ as d, the rest as `_`. */
export function asciiFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._ -]/g, '_');
}

/** RFC 5987 `value-chars`: percent-encoding of everything but attr-char (encodeURIComponent leaves `'()*`). */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `inline` for what a browser shows, `attachment` otherwise, with an ASCII fallback and the UTF-8 name. */
export function contentDisposition(fileName: string, mediaType: string): string {
  const type = isInline(mediaType) ? 'inline' : 'attachment';
  return `${type}; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${rfc5987(fileName)}`;
}

/** The name a sealed document is served under: nothing of the original name, which may hold the author's. */
export function sealedFileName(kind: AttachmentKind, id: string, mediaType: string): string {
  return `${kind}-${id.slice(0, 8)}.${ACCEPTED_MEDIA_TYPES[mediaType] ?? 'bin'}`;
}

/** The uploader may take back a document within this time; an admin at any time. */
export const UPLOADER_DELETE_WINDOW_MS = 60 * 60 * 1000;

export function canDelete(
  actor: { id: string; role: string },
  attachment: { uploadedBy: string; uploadedAt: Date },
  now: Date,
): boolean {
  return (
    actor.role === 'admin' ||
    (attachment.uploadedBy === actor.id &&
      now.getTime() - attachment.uploadedAt.getTime() <= UPLOADER_DELETE_WINDOW_MS)
  );
}

export interface UploadFields {
  kind: AttachmentKind;
  paperDate: string | null;
}

/**
 * The form fields of an upload, checked like a JSON body: `kind` required, `paperDate` optional (a real
 * date, not after `today`), nothing else. Returns the fields or every problem found.
 */
export function parseUploadFields(
  fields: Record<string, string>,
  today: string,
): { fields: UploadFields } | { problems: string[] } {
  const problems = Object.keys(fields)
    .filter((name) => name !== 'kind' && name !== 'paperDate')
    .map((name) => `property ${name} should not exist`);
  const kind = fields.kind as AttachmentKind;
  if (!ATTACHMENT_KINDS.includes(kind)) {
    problems.push(`kind must be one of the following values: ${ATTACHMENT_KINDS.join(', ')}`);
  }
  const paperDate = fields.paperDate === undefined || fields.paperDate === '' ? null : fields.paperDate;
  if (paperDate !== null && !isRealDate(paperDate)) {
    problems.push('paperDate must be a date YYYY-MM-DD');
  } else if (paperDate !== null && paperDate > today) {
    problems.push('paperDate must not be in the future');
  }
  return problems.length ? { problems } : { fields: { kind, paperDate } };
}

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return false;
  }
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}
