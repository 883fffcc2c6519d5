import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Multipart } from '@fastify/multipart';
import { fileTypeFromFile } from 'file-type';
import { DomainError, ValidationError } from '../common/errors/domain-error.js';
import { cleanFileName, isAcceptedMediaType } from './domain/attachment-rules.js';

/** The parts of a multipart request, as @fastify/multipart gives them. */
export interface MultipartSource {
  isMultipart(): boolean;
  parts(): AsyncIterableIterator<Multipart>;
}

/** An upload received whole into a private temporary file, its type judged from its bytes. */
export interface ReceivedFile {
  path: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  fields: Record<string, string>;
  /** Removes the temporary file; call it whatever happens. */
  discard(): Promise<void>;
}

const ACCEPTED_TEXT = 'PDF, JPEG, PNG, TIFF, WebP, DOCX, XLSX, ODT';

/**
 * Streams the one file of a multipart request to a temporary file (never the whole file in memory), with its
 * size and SHA-256 counted on the way, then judges its type from the bytes. Refuses an empty, truncated or
 * oversized file or one of another type, leaving nothing behind.
 */
export async function receiveUpload(source: MultipartSource, maxBytes: number): Promise<ReceivedFile> {
  if (!source.isMultipart()) {
    throw new ValidationError('Tệp phải được gửi dạng multipart/form-data (trường "file")');
  }
  const dir = await mkdtemp(join(tmpdir(), 'cc-upload-'));
  const discard = (): Promise<void> => rm(dir, { recursive: true, force: true });
  try {
    const received = await readParts(source, join(dir, 'upload'), maxBytes);
    const detected = await fileTypeFromFile(received.path);
    if (!isAcceptedMediaType(detected?.mime)) {
      throw new DomainError(
        'unsupported_media_type',
        `Loại tệp không được chấp nhận; chỉ nhận ${ACCEPTED_TEXT} (xác định theo nội dung tệp, không theo tên)`,
      );
    }
    return {
      ...received,
      fileName: cleanFileName(received.fileName, detected.mime),
      mediaType: detected.mime,
      discard,
    };
  } catch (error) {
    await discard();
    throw error;
  }
}

async function readParts(
  source: MultipartSource,
  path: string,
  maxBytes: number,
): Promise<Omit<ReceivedFile, 'mediaType' | 'discard'>> {
  const fields: Record<string, string> = {};
  let file: { fileName: string; size: number; sha256: string } | null = null;
  try {
    for await (const part of source.parts()) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
      } else if (part.fieldname !== 'file' || file) {
        part.file.resume();
        throw new ValidationError('Mỗi lần tải lên gửi đúng một tệp, trong trường "file"');
      } else {
        file = await writePart(part.file, path, part.filename);
        if (part.file.truncated) {
          throw new DomainError(
            'too_large',
            `Tệp vượt quá dung lượng cho phép (${Math.floor(maxBytes / 1024 / 1024)} MB)`,
          );
        }
      }
    }
  } catch (error) {
    if (error instanceof DomainError || (error as { syscall?: string }).syscall) {
      throw error; // ours, or the disk's (a server fault, not the client's)
    }
    throw refusedUpload(error);
  }
  if (!file) {
    throw new ValidationError('Chưa có tệp: gửi tệp trong trường "file"');
  }
  if (file.size === 0) {
    throw new ValidationError('Tệp rỗng (0 byte)');
  }
  return { path, fields, ...file };
}

async function writePart(
  stream: NodeJS.ReadableStream & { truncated?: boolean },
  path: string,
  fileName: string,
): Promise<{ fileName: string; size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(stream, counter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  return { fileName, size, sha256: hash.digest('hex') };
}

/** The parser's refusals (a second file, too many parts, a body cut short) as 400 or 413 in Vietnamese. */
function refusedUpload(error: unknown): DomainError {
  const code = (error as { code?: string }).code;
  if (code === 'FST_FILES_LIMIT') {
    return new ValidationError('Mỗi lần tải lên gửi đúng một tệp, trong trường "file"');
  }
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new ValidationError('Yêu cầu tải lên có quá nhiều trường');
  }
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new DomainError('too_large', 'Tệp vượt quá dung lượng cho phép');
  }
  return new ValidationError(
    'Tệp tải lên không trọn vẹn (yêu cầu bị cắt ngang hoặc sai định dạng multipart)',
  );
}
