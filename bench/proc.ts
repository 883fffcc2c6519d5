/** What the benchmarks read from /proc: CPU seconds and resident memory of processes. Linux only. */
import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds (user + system) used so far by each process `pick` selects (by pid and command name). */
export function cpuByProcess(pick: (pid: number, command: string) => boolean): Map<number, number> {
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
export function cpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) {
    total += seconds - (before.get(pid) ?? 0);
  }
  return total;
}

/** This process's CPU seconds so far (user + system). */
export function ownCpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
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
