import { useSearchParams } from 'react-router';

/**
 * Sets some of the address's search params (an empty or undefined value removes one), starting from the address
 * as it is when the change lands, so that two changes in a row (a filter, then a date) both stay. React Router's
 * functional update hands over the params of the hook's last render, which a picker that kept an earlier
 * `onChange` (antd's date picker does) sees stale: the browser's own address is read instead. A list's
 * filter change returns to its first page (`page` removed) unless the change is the page itself.
 */
export function useSetSearchParams(
  options: { replace?: boolean; firstPageOnChange?: boolean } = {},
): (changes: Record<string, string | undefined>) => void {
  const [, setParams] = useSearchParams();
  return (changes) =>
    setParams(
      () => {
        const next = new URLSearchParams(window.location.search);
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
