// Container lookup as dockerd does it, on one engine only: the full id, then the name
// (with or without its leading `/`), then a unique id prefix. A container on another
// host or VM does not exist for this engine.
import type { Container, World } from '../../model.ts';

export type Lookup = { ok: true; c: Container } | { ok: false; reason: 'missing' | 'ambiguous' };

/** Containers of an engine that dockerd knows of (one still waiting for its image pull is not created yet). */
export function* engineContainers(world: World, targetId: string): Generator<Container> {
  for (const c of world.containers.values()) if (c.targetId === targetId && c.waitingForJob === null) yield c;
}

/** The container `ref` names on engine `targetId`. */
export function lookupContainer(world: World, targetId: string, ref: string): Lookup {
  const name = ref.startsWith('/') ? ref.slice(1) : ref;
  const byId = world.containers.get(ref);
  if (byId && byId.targetId === targetId && byId.waitingForJob === null) return { ok: true, c: byId };
  let byPrefix: Container | null = null;
  let ambiguous = false;
  const isHex = /^[0-9a-f]+$/.test(ref);
  for (const c of engineContainers(world, targetId)) {
    if (c.name === name) return { ok: true, c };
    if (isHex && c.id.startsWith(ref)) {
      if (byPrefix) ambiguous = true;
      byPrefix = c;
    }
  }
  if (ambiguous) return { ok: false, reason: 'ambiguous' };
  return byPrefix ? { ok: true, c: byPrefix } : { ok: false, reason: 'missing' };
}

/** The container named `name` on an engine, including one reserved by a pull in progress (for name conflicts). */
export function containerNamed(world: World, targetId: string, name: string): Container | null {
  for (const c of world.containers.values()) if (c.targetId === targetId && c.name === name) return c;
  return null;
}

/**
 * The error text for a failed lookup. Commands that go through the daemon say
 * `Error response from daemon: No such container: x`; those where the CLI inspects the
 * container first (logs, exec, stats) print the client's `Error: No such container: x`.
 */
export function lookupError(l: Lookup & { ok: false }, ref: string, daemon: boolean): string {
  if (l.reason === 'ambiguous') return `Error response from daemon: multiple IDs found with provided prefix: ${ref}`;
  return daemon ? `Error response from daemon: No such container: ${ref}` : `Error: No such container: ${ref}`;
}

export type ResolvedAll = { ok: true; list: Container[] } | { ok: false; error: string };

/**
 * Resolves every argument of a multi-container command (stop, start, rm…). dockerd acts
 * on each name in turn; the game refuses the whole command when one name is unknown, so
 * a refused command changes nothing.
 */
export function resolveAll(world: World, targetId: string, refs: readonly string[], daemon = true): ResolvedAll {
  const list: Container[] = [];
  const errors: string[] = [];
  for (const ref of refs) {
    const l = lookupContainer(world, targetId, ref);
    if (l.ok) list.push(l.c);
    else errors.push(lookupError(l, ref, daemon));
  }
  return errors.length ? { ok: false, error: errors.join('\n') } : { ok: true, list };
}
