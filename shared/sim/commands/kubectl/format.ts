// How kubectl prints times and aligned blocks: ages in its short human form (`45s`,
// `2m30s`, `10m`, `3h5m`, `4d`), timestamps in RFC 1123 (`Mon, 04 Mar 2024 09:00:00 +0000`,
// the game's tick 0 being that moment), and `describe`'s indented key/value lines and
// tables. Pure integer arithmetic: the simulation has no clock.
import { GAME_EPOCH_SECONDS, civilFromDays } from '../../calendar.ts';
import type { K8sEvent } from '../../k8s/model.ts';

/** kubectl's HumanDuration (k8s.io/apimachinery/pkg/util/duration), for whole seconds. */
export function humanAge(seconds: number): string {
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  const days = Math.floor(hours / 24);
  if (hours < 24 * 8) return hours % 24 === 0 ? `${days}d` : `${days}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${days}d`;
  return `${Math.floor(days / 365)}y`;
}

const DAYS = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (n: number) => String(n).padStart(2, '0');

/** `Mon, 04 Mar 2024 09:00:05 +0000` for a tick (the same calendar as docker's times). */
export function timestamp(tick: number): string {
  const total = GAME_EPOCH_SECONDS + Math.max(0, tick);
  const days = Math.floor(total / 86400);
  const s = total % 86400;
  const { y, m, d } = civilFromDays(days);
  return `${DAYS[days % 7]}, ${two(d)} ${MONTHS[m - 1]} ${y} ${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)} +0000`;
}

/** `key:  value` lines with the values aligned, as describe prints a block; multi-line values continue under the first. */
export function keyValues(pairs: readonly (readonly [string, string])[], indent = 0, minWidth = 0): string[] {
  const width = Math.max(minWidth, ...pairs.map(([k]) => k.length + 3));
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  for (const [k, v] of pairs) {
    const [first, ...rest] = v.split('\n');
    out.push(`${pad}${`${k}:`.padEnd(width)}${first ?? ''}`.trimEnd());
    for (const r of rest) out.push(`${pad}${' '.repeat(width)}${r}`);
  }
  return out;
}

/** A describe table: header, a dashed rule under it, columns two spaces apart. */
export function describeTable(header: readonly string[], rows: readonly (readonly string[])[], indent = 2): string[] {
  const all = [header, header.map((h) => '-'.repeat(h.length)), ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const pad = ' '.repeat(indent);
  return all.map((r) => `${pad}${r.map((c, i) => (i === r.length - 1 ? c : c.padEnd((widths[i] ?? 0) + 2))).join('')}`.trimEnd());
}

/** `Labels:` value: one `k=v` per line, or `<none>`. */
export function labelLines(labels: Record<string, string>): string {
  const keys = Object.keys(labels).sort();
  return keys.length ? keys.map((k) => `${k}=${labels[k]}`).join('\n') : '<none>';
}

/** Age column of an event: `2m` or `46s (x4 over 2m)`. */
export function eventAge(e: K8sEvent, tick: number): string {
  const last = humanAge(tick - e.lastTick);
  return e.count > 1 ? `${last} (x${e.count} over ${humanAge(tick - e.firstTick)})` : last;
}

/** The `Events:` section of describe. */
export function eventsSection(events: readonly K8sEvent[], tick: number): string[] {
  if (events.length === 0) return ['Events:  <none>'];
  const rows = events.map((e) => [e.type, e.reason, eventAge(e, tick), e.source, e.message]);
  return ['Events:', ...describeTable(['Type', 'Reason', 'Age', 'From', 'Message'], rows)];
}
