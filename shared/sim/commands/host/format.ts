// Number formats shared by the host and vm commands: binary sizes as virsh and kubectl
// print them, core counts from millicores, and `Key:   value` blocks like virsh dominfo.

/** `512MiB`, `4GiB`, `1.5GiB`, `2TiB` from MiB. */
export function binSize(mib: number): string {
  const m = Math.max(0, Math.round(mib));
  const trim = (n: number) => n.toFixed(1).replace(/\.0$/, '');
  if (m < 1024) return `${m}MiB`;
  if (m < 1024 * 1024) return `${trim(m / 1024)}GiB`;
  return `${trim(m / (1024 * 1024))}TiB`;
}

/** Cores with one decimal from millicores (`1.2`). */
export function cores(millis: number): string {
  return (Math.max(0, millis) / 1000).toFixed(1);
}

/** Whole percent of `part` in `whole` (0 when whole is 0). */
export function percent(part: number, whole: number): string {
  return `${whole > 0 ? Math.round((part * 100) / whole) : 0}%`;
}

/** A per-mille reading as a percentage with one decimal (`12.5%`). */
export function permille(value: number): string {
  return `${(value / 10).toFixed(1)}%`;
}

/** `Key:    value` lines with the values aligned at `width` (or past the longest key), indented by `indent`. */
export function fields(rows: readonly (readonly [string, string])[], indent = 0, width = 23): string[] {
  const pad = ' '.repeat(indent);
  const col = Math.max(width - indent, ...rows.map(([k]) => k.length + 2));
  return rows.map(([k, v]) => `${pad}${`${k}:`.padEnd(col)}${v}`.trimEnd());
}

/** `1 VM`, `3 VMs`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Link speed as NICs are sold: `10 Gbit/s`, `100 Mbit/s`. */
export function linkSpeed(mbps: number): string {
  return mbps >= 1000 ? `${(mbps / 1000).toFixed(1).replace(/\.0$/, '')} Gbit/s` : `${mbps} Mbit/s`;
}
