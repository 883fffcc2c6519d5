import { useCallback, useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { fieldErrors } from '../../api/errors';
import type { useAttachmentQueue } from './AttachmentPicker';
import type { AttachmentParent } from './upload';

/**
 * A form that creates something (a case, a visit) and then uploads to it the files chosen meanwhile. It is
 * created once: submitting again only sends the files that did not go. A refusal is mapped onto the form's
 * fields (the rest in `general`); `stuck` while some file has not gone; `done` once every one has.
 */
export function useCreateWithFiles<T extends { id: string }, F extends FieldValues>({
  parent,
  queue,
  setError,
  done,
}: {
  parent: AttachmentParent;
  queue: ReturnType<typeof useAttachmentQueue>;
  setError: UseFormSetError<F>;
  done: (created: T) => Promise<void>;
}) {
  const [general, setGeneral] = useState<string[]>([]);
  const [created, setCreated] = useState<T | null>(null);
  const [stuck, setStuck] = useState(false); // some files did not go: the alert stays until they do
  const [retrying, setRetrying] = useState(false);

  const sendFiles = async (item: T) => {
    const left = await queue.uploadAll(parent, item.id);
    setStuck(left.length > 0);
    if (left.length === 0) {
      await done(item);
    }
  };
  const retry = async () => {
    if (created) {
      setRetrying(true);
      await sendFiles(created).finally(() => setRetrying(false));
    }
  };
  /** `make` creates the thing (once); `then` runs after it is created, before the files go. */
  const create = async (make: () => Promise<T>, then?: (item: T) => Promise<unknown>) => {
    if (created) {
      return retry(); // Enter in a field once it exists: the files again, never a second one
    }
    setGeneral([]);
    let item: T;
    try {
      item = await make();
    } catch (error) {
      const { fields, general: rest } = fieldErrors(error);
      for (const [path, message] of Object.entries(fields)) {
        setError(path as Path<F>, { message });
      }
      setGeneral(rest);
      return;
    }
    setCreated(item);
    await then?.(item);
    await sendFiles(item);
  };
  const { clear } = queue;
  /** Back to an empty form (the dialog opened again). */
  const restart = useCallback(() => {
    setGeneral([]);
    setCreated(null);
    setStuck(false);
    clear();
  }, [clear]);
  return { general, created, stuck, retrying, retry, create, restart };
}
