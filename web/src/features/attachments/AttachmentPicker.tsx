import { Alert, Button, Progress, Select, Space, Upload } from 'antd';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import {
  ACCEPTED_FILES,
  ATTACHMENT_KIND_LABELS,
  formatSize,
  uploadAttachment,
  uploadErrorSentence,
  type AttachmentKind,
  type AttachmentParent,
} from './upload';

export interface QueuedFile {
  key: number;
  file: File;
  kind: AttachmentKind;
  status: 'waiting' | 'uploading' | 'done' | 'failed';
  percent: number;
  error?: string;
}

const KIND_OPTIONS = Object.entries(ATTACHMENT_KIND_LABELS).map(([value, label]) => ({ value, label }));

/**
 * The files chosen in a form (intake, visit) before what they belong to exists: kept in the page, then sent
 * one after the other once the case or visit is created. A failed one stays, with its reason, for "Thử lại".
 */
export function useAttachmentQueue(defaultKind: AttachmentKind) {
  const [files, setFiles] = useState<QueuedFile[]>([]);
  const [kind, setKind] = useState<AttachmentKind>(defaultKind);
  const state = useRef({ files: [] as QueuedFile[], kind: defaultKind, next: 1 });
  state.current.kind = kind;
  // Stable actions (a form's effects may depend on them); the list is mirrored in a ref for the upload loop.
  const actions = useMemo(() => {
    const change = (edit: (files: QueuedFile[]) => QueuedFile[]) => {
      state.current.files = edit(state.current.files);
      setFiles(state.current.files);
    };
    const update = (key: number, patch: Partial<QueuedFile>) =>
      change((fs) => fs.map((f) => (f.key === key ? { ...f, ...patch } : f)));
    return {
      add: (file: File) =>
        change((fs) => [
          ...fs,
          { key: state.current.next++, file, kind: state.current.kind, status: 'waiting', percent: 0 },
        ]),
      remove: (key: number) => change((fs) => fs.filter((f) => f.key !== key)),
      setFileKind: (key: number, k: AttachmentKind) => update(key, { kind: k }),
      clear: () => change(() => []),
      /** Sends every file not yet sent, one after the other; the ones that failed (none: all are in). */
      async uploadAll(parent: AttachmentParent, id: string): Promise<QueuedFile[]> {
        for (const f of state.current.files.filter((q) => q.status !== 'done')) {
          update(f.key, { status: 'uploading', percent: 0, error: undefined });
          try {
            await uploadAttachment(parent, id, f.file, f.kind, (percent) => update(f.key, { percent }));
            update(f.key, { status: 'done', percent: 100 });
          } catch (error) {
            update(f.key, { status: 'failed', error: uploadErrorSentence(error) });
          }
        }
        return state.current.files.filter((q) => q.status === 'failed');
      },
    };
  }, []);
  return { files, kind, setKind, ...actions };
}

export type AttachmentQueue = ReturnType<typeof useAttachmentQueue>;

function FileStatus({ f }: { f: QueuedFile }) {
  switch (f.status) {
    case 'waiting':
      return <span className="attachment-queue-note">Chờ gửi cùng biểu mẫu</span>;
    case 'uploading':
      return (
        <Progress
          percent={f.percent}
          size="small"
          style={{ width: 160, margin: 0 }}
          aria-label={`Đang tải lên ${f.file.name}`}
        />
      );
    case 'done':
      return <span className="attachment-queue-done">Đã tải lên</span>;
    case 'failed':
      // On a line of its own under the file's row (the message can be long).
      return <span className="field-error attachment-queue-error">Không tải lên được: {f.error}</span>;
  }
}

/**
 * "Tài liệu đính kèm" of a form: pick or drop files (several at once), each with its kind ("Loại tài liệu"
 * applies to the files added next, each file's own kind can be changed), removable until it is sent. Keyboard:
 * Tab to the drop zone, Enter opens the file chooser.
 */
export function AttachmentPicker({ queue, idPrefix }: { queue: AttachmentQueue; idPrefix: string }) {
  const editable = (f: QueuedFile) => f.status === 'waiting' || f.status === 'failed';
  return (
    <fieldset className="person-fieldset">
      <legend>Tài liệu đính kèm</legend>
      <Space style={{ marginBottom: 8 }} wrap>
        <label htmlFor={`${idPrefix}-attachment-kind`}>Loại tài liệu</label>
        <Select<AttachmentKind>
          id={`${idPrefix}-attachment-kind`}
          value={queue.kind}
          onChange={queue.setKind}
          style={{ minWidth: 180 }}
          options={KIND_OPTIONS}
          showSearch
          optionFilterProp="label"
          disabled={false}
        />
      </Space>
      <Upload.Dragger
        multiple
        accept={ACCEPTED_FILES}
        showUploadList={false}
        disabled={false}
        beforeUpload={(file) => {
          queue.add(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <p style={{ margin: 0 }}>
          <strong>Chọn tệp</strong>: kéo thả vào đây hoặc bấm để chọn (bản scan PDF, ảnh, DOCX, XLSX, ODT;
          nhiều tệp một lúc). Tệp được gửi lên cùng biểu mẫu.
        </p>
      </Upload.Dragger>
      {queue.files.length > 0 && (
        <ul className="attachment-queue" aria-label="Tệp sẽ đính kèm">
          {queue.files.map((f) => (
            <li key={f.key}>
              <span className="attachment-queue-name">
                {f.file.name} <span className="attachment-queue-note">({formatSize(f.file.size)})</span>
              </span>
              <Select<AttachmentKind>
                aria-label={`Loại tài liệu của ${f.file.name}`}
                value={f.kind}
                onChange={(k) => queue.setFileKind(f.key, k)}
                options={KIND_OPTIONS}
                showSearch
                optionFilterProp="label"
                size="small"
                style={{ minWidth: 150 }}
                disabled={!editable(f)}
              />
              {f.status !== 'failed' && <FileStatus f={f} />}
              {editable(f) && (
                <Button
                  size="small"
                  onClick={() => queue.remove(f.key)}
                  disabled={false}
                  aria-label={`Bỏ tệp ${f.file.name}`}
                >
                  Bỏ
                </Button>
              )}
              {f.status === 'failed' && <FileStatus f={f} />}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/**
 * After the case or visit was created and some files did not go: it stays created (nothing is lost), the files
 * that failed are named with their reason, "Thử lại" sends them again and the other button moves on without.
 */
export function FailedUploads({
  created,
  failed,
  onRetry,
  retrying,
  skip,
}: {
  created: ReactNode;
  failed: QueuedFile[];
  onRetry: () => void;
  retrying: boolean;
  skip: ReactNode;
}) {
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      title={
        failed.length > 0 ? (
          <>
            {created} Chưa tải lên được {failed.length} tệp:
          </>
        ) : (
          <>{created} Không còn tệp nào chờ tải lên.</>
        )
      }
      description={
        <>
          <ul style={{ margin: '4px 0 8px', paddingLeft: 20 }}>
            {failed.map((f) => (
              <li key={f.key}>
                <strong>{f.file.name}</strong>: {f.error}
              </li>
            ))}
          </ul>
          <Space wrap>
            <Button type="primary" onClick={onRetry} loading={retrying}>
              {failed.length > 0 ? 'Thử lại' : 'Tiếp tục'}
            </Button>
            {skip}
          </Space>
        </>
      }
    />
  );
}
