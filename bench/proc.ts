/** What the benchmarks read from /proc: CPU seconds and resident memory of processes. Linux only. */
import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds (user + system) used so far by each process `pick` selects (by pid and command name). */
function cpuByProcess(pick: (pid: number, command: string) => boolean): Map<number, number> {
  const seconds = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (pick(Number(entry), command)) {
        seconds.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / 100); // USER_HZ
      }
    } catch {
      // the process ended meanwhile
    }
  }
  return seconds;
}

/** CPU seconds spent between two readings by the processes alive at the second (one started meanwhile counts whole). */
function cpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) {
    total += seconds - (before.get(pid) ?? 0);
  }
  return total;
}

/** This process's CPU seconds so far (user + system). */
function ownCpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** The processes a side of a benchmark is: those a pick selects (by pid and command name), or this process. */
export type Side = ((pid: number, command: string) => boolean) | 'self';

/** PostgreSQL: the server and all its backends. */
export const POSTGRES: Side = (_, command) => command === 'postgres';

/** Runs `work`; answers its value, its wall time (ms) and the CPU seconds each side spent meanwhile. */
export async function measureCpu<K extends string, T>(
  sides: Record<K, Side>,
  work: () => Promise<T>,
): Promise<{ value: T; ms: number; cpu: Record<K, number> }> {
  const entries = Object.entries(sides) as [K, Side][];
  const read = (): (Map<number, number> | number)[] =>
    entries.map(([, side]) => (side === 'self' ? ownCpu() : cpuByProcess(side)));
  const before = read();
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  const after = read();
  const spent = (b: Map<number, number> | number, a: Map<number, number> | number): number =>
    typeof a === 'number' ? a - (b as number) : cpuSpent(b as Map<number, number>, a);
  const cpu = Object.fromEntries(entries.map(([key], i) => [key, spent(before[i], after[i])])) as Record<
    K,
    number
  >;
  return { value, ms, cpu };
}

/** A process's resident memory in MiB: now (VmRSS) or its peak so far (VmHWM); NaN once it is gone. */
export function rssOf(pid: number, which: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  try {
    const kb = new RegExp(`${which}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return kb ? Number(kb[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}
