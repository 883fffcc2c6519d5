import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/errors';
import { caseKeys } from './queries';

/**
 * Sends one change to a case (an action, a correction) and settles it the way every case dialog does: the
 * case's data is fetched again whatever happened; on success `done`; a 409 (someone changed the case
 * meanwhile) goes to `stale`, which shows the fresh case; any other refusal comes back as the sentence to show.
 */
export async function sendCaseChange(
  queryClient: QueryClient,
  send: () => Promise<{ response: Response; error?: unknown }>,
  then: { done: () => void; stale: () => void; sentence: (failure: ApiError) => string },
): Promise<string | null> {
  const { response, error } = await send();
  await queryClient.invalidateQueries({ queryKey: caseKeys.all });
  if (response.ok) {
    then.done();
    return null;
  }
  const failure = ApiError.from(response, error);
  if (failure.status === 409) {
    then.stale();
    return null;
  }
  return then.sentence(failure);
}
