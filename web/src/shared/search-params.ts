import { useSearchParams } from 'react-router';

/**
 * Sets some of the address's search params (an empty or undefined value removes one), starting from the address
 * as it is when the change lands, so that two changes in a row (a filter, then a date) both stay. A list's
 * filter change returns to its first page (`page` removed) unless the change is the page itself.
 */
export function useSetSearchParams(
  options: { replace?: boolean; firstPageOnChange?: boolean } = {},
): (changes: Record<string, string | undefined>) => void {
  const [, setParams] = useSearchParams();
  return (changes) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value) {
            next.set(key, value);
          } else {
            next.delete(key);
          }
        }
        if (options.firstPageOnChange && !('page' in changes)) {
          next.delete('page');
        }
        return next;
      },
      { replace: options.replace },
    );
}
