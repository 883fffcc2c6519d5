/**
 * Marks an element for the browser's Element Timing API (`elementtiming`): the browser then reports when it
 * was first painted. The dashboard's speed is measured this way (web/e2e/paint.ts); React passes the
 * attribute through, the DOM typings do not know it yet.
 */
export function paintTiming(identifier: string): Record<string, string> {
  return { elementtiming: identifier };
}
