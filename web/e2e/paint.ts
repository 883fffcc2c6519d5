import type { Browser, BrowserContextOptions } from '@playwright/test';

/**
 * The dashboard's first paint with the year's chart, as the browser itself reports it.
 *
 * The screen marks three elements with `elementtiming` (the leaders' sentence, the resolution table's first
 * cell, the chart's caption, which React commits together with the chart's SVG); Chromium's Element Timing API
 * reports when each was painted, relative to the navigation's start (`performance.timeOrigin`). The figure is
 * the latest of the three: from navigation start until the sentence, the table and the chart are all on screen.
 *
 * Conditions: a signed-in user (the session cookie of `storageState`), a cold browser cache (a new browser
 * context each time: its HTTP cache starts empty), a warm server (the caller loads the screen once before).
 */
export const PAINT_TARGETS = ['bao-cao-cau', 'bao-cao-bang', 'bao-cao-bieu-do'] as const;

export interface Fetched {
  /** The path and query of the request. */
  name: string;
  start: number;
  end: number;
  bytes: number;
  /** Whether it came from the browser's cache (nothing transferred). */
  cached?: boolean;
  /** When the server's answer began, ms after navigation start (the wait before it is the server's). */
  firstByte?: number;
}

export interface DashboardPaint {
  /** Navigation start to the last of the three paints, ms. */
  ms: number;
  /** Each target's paint time, ms. */
  parts: Record<string, number>;
  /** The HTML, scripts, styles, fonts and API calls the load made, by start time. */
  fetched: Fetched[];
  /**
   * CPU time of the page's main thread until then, ms (Chromium's thread ticks): the part of the wait that is
   * the browser's own work, whatever else the machine is doing (the wall-clock figure is not).
   */
  cpu: { thread: number; script: number; layout: number; style: number };
}

const CONTEXT: BrowserContextOptions = {
  locale: 'vi-VN',
  timezoneId: 'America/New_York',
  viewport: { width: 1366, height: 768 },
};

declare global {
  interface Window {
    __paints?: Record<string, number>;
    __busy?: { start: number; end: number }[];
  }
}

/**
 * Loads `address` in a fresh context signed in with `storageState`, and reads the paint times. `cache: 'cold'`:
 * the context's HTTP cache is empty (a first visit). `cache: 'warm'`: the screen was opened twice before in the
 * same context, so its files come from the HTTP cache (hashed, cached for a year) and their compiled code from
 * Chromium's code cache (kept from a script's second load): a leader opening the dashboard again another day.
 */
export async function measureDashboardPaint(
  browser: Browser,
  storageState: BrowserContextOptions['storageState'],
  address: string,
  cache: 'cold' | 'warm' = 'cold',
): Promise<DashboardPaint> {
  const context = await browser.newContext({ ...CONTEXT, storageState });
  try {
    if (cache === 'warm') {
      for (let i = 0; i < 2; i += 1) {
        const earlier = await context.newPage();
        await earlier.goto(address);
        await earlier.getByTestId('cau-bao-cao').waitFor();
        await earlier.close();
      }
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.addInitScript(() => {
      const paints: Record<string, number> = {};
      window.__paints = paints;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          identifier: string;
          renderTime: number;
          loadTime: number;
        })[]) {
          const at = entry.renderTime || entry.loadTime;
          paints[entry.identifier] = Math.max(paints[entry.identifier] ?? 0, at);
        }
      }).observe({ type: 'element', buffered: true });
      const busy: { start: number; end: number }[] = [];
      window.__busy = busy;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          busy.push({ start: entry.startTime, end: entry.startTime + entry.duration });
        }
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(address);
    await page.waitForFunction(
      (targets) => targets.every((t) => (window.__paints?.[t] ?? 0) > 0),
      PAINT_TARGETS as unknown as string[],
      { timeout: 20_000 },
    );
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => Math.round((metrics.find((m) => m.name === name)?.value ?? 0) * 1000);
    const cpu = {
      thread: metric('ThreadTime'),
      script: metric('ScriptDuration'),
      layout: metric('LayoutDuration'),
      style: metric('RecalcStyleDuration'),
    };
    const seen = await page.evaluate(
      (targets) => {
        const parts = Object.fromEntries(targets.map((t) => [t, Math.round(window.__paints![t])]));
        const origin = location.origin;
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const fetched = [navigation, ...resources].map((r) => ({
          name: r.name.startsWith(origin) ? r.name.slice(origin.length) : r.name,
          start: Math.round(r.startTime),
          end: Math.round(r.responseEnd),
          bytes: r.encodedBodySize,
          cached: r.transferSize === 0 && r.encodedBodySize > 0,
          firstByte: Math.round(r.responseStart),
        }));
        const marks = performance.getEntriesByType('mark').map((m) => ({
          name: `mark ${m.name}`,
          start: Math.round(m.startTime),
          end: Math.round(m.startTime),
          bytes: 0,
        }));
        const busy = window.__busy!.map((b) => ({
          name: 'main thread busy (long task)',
          start: Math.round(b.start),
          end: Math.round(b.end),
          bytes: 0,
        }));
        return { ms: Math.max(...Object.values(parts)), parts, fetched: [...fetched, ...busy, ...marks] };
      },
      PAINT_TARGETS as unknown as string[],
    );
    return { ...seen, cpu };
  } finally {
    await context.close();
  }
}

/** The middle of the figures (the upper middle for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One line per request: when it started and ended after navigation start, and its size. */
export function waterfall(paint: DashboardPaint): string {
  return paint.fetched
    .sort((a, b) => a.start - b.start)
    .map(
      (f) =>
        `  ${String(f.start).padStart(5)}–${String(f.end).padStart(5)} ms ${String(Math.round(f.bytes / 1024)).padStart(4)} kB ${f.name}` +
        (f.cached ? ' (cache)' : f.firstByte ? ` (first byte ${f.firstByte} ms)` : ''),
    )
    .join('\n');
}
