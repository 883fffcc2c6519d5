// One document sent to the case file, with its progress: XMLHttpRequest, because fetch reports no upload
// progress. Same origin, the session cookie, and `X-Requested-With` as every change the app makes.
import type { Schemas } from '../../api/client';
import { ApiError, errorSentence } from '../../api/errors';

export type Attachment = Schemas['AttachmentResponse'];
export type AttachmentKind = Attachment['kind'];
export type AttachmentParent = 'cases' | 'receptions';

export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  petition: 'Đơn',
  evidence: 'Chứng cứ',
  acceptance_notice: 'Thông báo thụ lý',
  decision: 'Quyết định',
  other: 'Khác',
};

/** What the file picker offers (the API judges the type from the bytes anyway). */
export const ACCEPTED_FILES = '.pdf,.jpg,.jpeg,.png,.tif,.tiff,.webp,.docx,.xlsx,.odt';

/** What the API serves `inline` and a browser shows in the page: PDFs and the usual images (not TIFF). */
export function previewable(mediaType: string): boolean {
  return ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'].includes(mediaType);
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  if (bytes < 1024 * 1024) {
    return `${(bytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB`;
  }
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/**
 * Why an upload was refused, in Vietnamese: the API's own sentence for what is about the file (400 empty or
 * cut short, 409 too many documents, 413 too large, 415 type), the app's usual one for the rest.
 */
export function uploadErrorSentence(error: unknown): string {
  if (error instanceof ApiError && [400, 409, 413, 415].includes(error.status) && error.messages.length) {
    return error.messages.join(' ');
  }
  if (error instanceof ApiError && error.status === 413) {
    return 'Tệp vượt quá dung lượng cho phép.';
  }
  return errorSentence(error);
}

/** POST /cases/:id/attachments or /receptions/:id/attachments; `onProgress` gets 0-100. */
export function uploadAttachment(
  parent: AttachmentParent,
  id: string,
  file: File,
  kind: AttachmentKind,
  onProgress: (percent: number) => void,
): Promise<Attachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/${parent}/${id}/attachments`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('X-Requested-With', 'citizen-cases-web');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        onProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)));
      }
    };
    xhr.onload = () => {
      if (xhr.status === 201) {
        onProgress(100);
        resolve(xhr.response as Attachment);
        return;
      }
      const body = xhr.response as { message?: unknown } | null;
      const raw = body?.message;
      const messages = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [];
      const retry = Number(xhr.getResponseHeader('retry-after'));
      reject(new ApiError(xhr.status, messages, Number.isFinite(retry) && retry > 0 ? retry : null));
    };
    xhr.onerror = () => reject(new TypeError('network error'));
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
