// Readings of another process from Linux's /proc, as `top` and `ps` take them: CPU time
// (utime + stime in /proc/<pid>/stat) and resident memory (VmRSS in /proc/<pid>/status).
// The server bench reads the server this way, from outside, so that measuring costs the
// server nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let clockTicks: number | null = null;

/** Kernel clock ticks per second (the unit of utime and stime); 100 on almost every Linux. */
export function clockTicksPerSecond(): number {
  if (clockTicks === null) {
    try {
      const n = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
      clockTicks = Number.isFinite(n) && n > 0 ? n : 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/**
 * utime + stime, in clock ticks, from the text of /proc/<pid>/stat. The command name
 * (field 2) is in parentheses and may hold spaces, so fields are counted after its ')'.
 */
export function parseCpuTicks(statText: string): number {
  const close = statText.lastIndexOf(')');
  if (close < 0) throw new Error('not a /proc/<pid>/stat line');
  // After ')' come field 3 (state) onwards: utime is field 14, stime field 15.
  const fields = statText.slice(close + 2).trim().split(/\s+/);
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error('no utime/stime in /proc/<pid>/stat');
  return utime + stime;
}

/** VmRSS in KiB from the text of /proc/<pid>/status. */
export function parseRssKiB(statusText: string): number {
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(statusText);
  if (!m) throw new Error('no VmRSS in /proc/<pid>/status');
  return Number(m[1]);
}

/** CPU seconds the process has used so far (user + system). */
export function cpuSeconds(pid: number): number {
  return parseCpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8')) / clockTicksPerSecond();
}

/** Resident memory of the process now, MiB. */
export function rssMiB(pid: number): number {
  return parseRssKiB(readFileSync(`/proc/${pid}/status`, 'utf8')) / 1024;
}
