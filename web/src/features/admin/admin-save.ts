import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { showAdminErrors } from './admin-errors';

/**
 * How an administration dialog saves: `send` the change; a refusal goes under its fields (those of `fields`) or,
 * belonging to none, into `general`; on success the dialog closes, says `success` and refreshes `refresh`.
 */
export function useAdminSave<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  onClose: () => void,
) {
  const { message } = AntApp.useApp();
  const client = useQueryClient();
  const [general, setGeneral] = useState<string[]>([]);
  const save = async (send: () => Promise<unknown>, success: string, refresh?: QueryKey) => {
    setGeneral([]);
    try {
      await send();
    } catch (error) {
      setGeneral(showAdminErrors(error, setError, fields));
      return;
    }
    onClose();
    message.success(success);
    if (refresh) {
      await client.invalidateQueries({ queryKey: refresh });
    }
  };
  return { general, save };
}
