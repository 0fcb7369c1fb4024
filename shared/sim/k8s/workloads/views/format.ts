// Formatting shared by the workload views: ages and the Events table (kubectl/format.ts),
// `describe` key/value blocks aligned like kubectl's tabwriter (two spaces after the
// longest key), label and selector text.
import type { World } from '../../../model.ts';
import { eventsSection, humanAge } from '../../../commands/kubectl/format.ts';

/** Age of something created at `tick`, in kubectl's AGE form (`45s`, `5m10s`, `3h5m`). */
export function ageOf(world: World, tick: number): string {
  return humanAge(world.tick - tick);
}

/** `app=web,tier=front` (keys sorted), or `<none>`. */
export function selectorText(m: Record<string, string>): string {
  const keys = Object.keys(m).sort();
  return keys.length === 0 ? '<none>' : keys.map((k) => `${k}=${m[k]}`).join(',');
}

/** Label lines for describe: the first goes after the key, the rest under it. */
export function labelLines(m: Record<string, string>): string[] {
  const keys = Object.keys(m).sort();
  return keys.length === 0 ? ['<none>'] : keys.map((k) => `${k}=${m[k]}`);
}

export type KvRow = [key: string, value: string | string[]];

/** `Key:   value` rows aligned on the longest key; multi-line values continue under the first. */
export function kv(rows: readonly KvRow[], indent = ''): string[] {
  const width = Math.max(...rows.map(([k]) => k.length + 1)) + 2;
  const out: string[] = [];
  for (const [k, v] of rows) {
    const lines = Array.isArray(v) ? v : [v];
    out.push(`${indent}${`${k}:`.padEnd(width)}${lines[0] ?? ''}`.trimEnd());
    for (const more of lines.slice(1)) out.push(`${indent}${' '.repeat(width)}${more}`);
  }
  return out;
}

/** The `Events:` block of describe for one object (`deployment/web`), oldest first. */
export function eventsBlock(world: World, object: string): string[] {
  return eventsSection(world.k8s.events.filter((e) => e.object === object), world.tick);
}
