import { useEffect, useState } from 'react';

/**
 * Marks an element for the browser's Element Timing API (`elementtiming`): the browser then reports when it
 * was first painted. The dashboard's speed is measured this way (web/e2e/paint.ts); React passes the
 * attribute through, the DOM typings do not know it yet.
 */
export function paintTiming(identifier: string): Record<string, string> {
  return { elementtiming: identifier };
}

/**
 * False until the frame after `ready` became true has been painted: what a screen shows below its first figures
 * renders then, so that those figures paint without waiting for it.
 */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!ready || after) {
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The animation frame runs before the next paint; a task queued from it runs after that paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setAfter(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, after]);
  return after;
}
