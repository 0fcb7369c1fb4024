// Small integer codes for enum-like fields of the synced state. Strings such as
// "running" would cost their length in every entity of a 10,000-container snapshot;
// these codes cost one byte. The client maps them back with the same tables.
export const HOST_STATE = ['up', 'down'] as const;
export const VM_STATE = ['booting', 'running', 'shutting-down', 'shut-off', 'crashed'] as const;
export const CONTAINER_STATE = ['created', 'pulling', 'running', 'restarting', 'exited', 'dead'] as const;
export const KERNEL_STATE = ['up', 'panicked', 'off'] as const;
export const NODE_STATUS = ['', 'Ready', 'NotReady'] as const;
export const SEVERITY = ['warning', 'critical'] as const;
export const ROLE = ['player', 'facilitator', 'spectator'] as const;

export type Role = (typeof ROLE)[number];

/** Index of `value` in `table` (0 when unknown, so a new sim state degrades to the first label). */
export function codeOf<T extends readonly string[]>(table: T, value: string): number {
  const i = table.indexOf(value as T[number]);
  return i < 0 ? 0 : i;
}

/** Label of `code` in `table` (`?` when out of range: an older client, a newer server). */
export function labelOf<T extends readonly string[]>(table: T, code: number): T[number] | '?' {
  return table[code] ?? '?';
}
