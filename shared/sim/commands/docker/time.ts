// Game time as the docker CLI and procps print wall-clock time. Tick 0 is a Monday
// morning, 2024-03-04 09:00:00 UTC; calendar maths is done by hand (no Date in the sim).
import { GAME_EPOCH_SECONDS, civilFromDays } from '../../calendar.ts';

export { GAME_EPOCH_SECONDS };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** RFC 3339 timestamp of a tick (`2024-03-04T09:02:05Z`), as docker inspect prints times; tick < 0 is Go's zero time. */
export function isoTime(tick: number): string {
  if (tick < 0) return '0001-01-01T00:00:00Z';
  const t = GAME_EPOCH_SECONDS + tick;
  const { y, m: mo, d } = civilFromDays(Math.floor(t / 86400));
  const s = t % 86400;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}Z`;
}

/** `HH:MM` of a tick, as the STIME/START columns of ps show a process started today. */
export function clockTime(tick: number): string {
  const s = (GAME_EPOCH_SECONDS + Math.max(0, tick)) % 86400;
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}`;
}

/** CPU time as ps prints it: `00:01:02` (TIME of `ps -ef`) or `1:02` (TIME of `ps aux`). */
export function cpuTime(seconds: number, long: boolean): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return long ? `${pad(h)}:${pad(m)}:${pad(s)}` : `${h * 60 + m}:${pad(s)}`;
}
