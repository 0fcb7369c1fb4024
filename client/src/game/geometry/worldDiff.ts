// Turns the store's change sets into "which host pictures must be redrawn". A picture
// shows quantised numbers (bars in 2 % steps) and a few codes, so most metric changes
// leave it as it is: each drawn entity keeps a signature of what was drawn, and only a
// different signature dirties its host. Costs O(changed entities) per patch.
import type { StoreChanges } from '../../state/ChangeTracker.ts';
import type { ClientStore } from '../../state/ClientStore.ts';
import type { ContainerView, HostView, VmView } from '../../state/snapshot.ts';
import { hostOfTarget, type HostBox, type KernelBox, type WorldGeometry } from './worldLayout.ts';

/** Bars are drawn in 2 % steps. */
export const quantise = (permille: number): number => Math.round(permille / 20);

/** What a container's tile shows by colour and glyph (its name aside), as one number. */
export function containerCode(c: ContainerView): number {
  return c.state * 4 + (c.oomKilled ? 2 : 0) + (c.exitCode !== 0 ? 1 : 0);
}

/** What a host's far picture shows (its condition). */
export function hostFarSignature(h: HostView): string {
  return `${h.state}|${h.kernel}|${h.node}|${h.cordoned ? 1 : 0}|${h.partitioned ? 1 : 0}|${h.role}`;
}

/** What a host's near picture shows: its condition and its bars. */
export function hostSignature(h: HostView): string {
  return `${hostFarSignature(h)}|${quantise(h.cpuPermille)}|${quantise(h.memPermille)}|${quantise(h.diskPermille)}|${quantise(h.nicPermille)}|${quantise(h.swapPermille)}`;
}

export function vmFarSignature(v: VmView): string {
  return `${v.state}|${v.kernel}|${v.stealPermille > 0 ? 1 : 0}|${v.swapPermille > 0 ? 1 : 0}`;
}

export function vmSignature(v: VmView): string {
  return `${vmFarSignature(v)}|${v.node}|${v.os}|${v.name}|${quantise(v.progressPermille)}|${quantise(v.cpuPermille)}|${quantise(v.memPermille)}|${quantise(v.stealPermille)}|${quantise(v.swapPermille)}`;
}

export interface DiffResult {
  /** Host pictures (near zoom) to redraw. */
  hosts: Set<string>;
  /** Hosts whose far picture changed (status colours, not numbers): their chunks redraw. */
  farHosts: Set<string>;
  /** The nesting changed: rebuild the geometry, then diffGeometry says what moved. */
  structure: boolean;
  /** Start over (a new state). */
  reset: boolean;
  /** Alerts appeared, changed or went away: redraw the alert markers. */
  alerts: boolean;
}

export class WorldDiff {
  private readonly codes = new Map<number, number>();
  private readonly names = new Map<number, string>();
  private readonly drawn = new Map<string, string>();
  private readonly drawnFar = new Map<string, string>();
  private readonly transferTargets = new Map<string, string>();

  constructor(private readonly store: ClientStore) {}

  /** What `changes` mean for the pictures; `geometry` maps a target to its host. */
  collect(changes: StoreChanges, geometry: WorldGeometry | null, structureChanged: boolean): DiffResult {
    const out: DiffResult = { hosts: new Set(), farHosts: new Set(), structure: structureChanged || changes.reset, reset: changes.reset, alerts: changes.reset };
    // After a reset everything is redrawn anyway: remember it all as drawn.
    if (changes.reset) this.seed();
    const { containers, hosts, vms, transfers, alerts } = changes.collections;
    const touch = (target: string | undefined, far: boolean) => {
      if (!target || !geometry) return;
      const host = hostOfTarget(geometry, target);
      if (!host) return;
      out.hosts.add(host.id);
      if (far) out.farHosts.add(host.id);
    };
    for (const uid of containers.upserted) {
      const c = this.store.containers.get(uid);
      if (!c) continue;
      const code = containerCode(c);
      const far = this.codes.get(uid) !== code;
      if (far) this.codes.set(uid, code);
      const named = this.names.get(uid) !== c.name;
      if (named) this.names.set(uid, c.name);
      if (far || named) touch(c.target, far);
    }
    for (const uid of containers.removed) {
      this.codes.delete(uid);
      this.names.delete(uid);
    }
    for (const id of hosts.upserted) {
      const h = this.store.hosts.get(id);
      if (!h) continue;
      if (this.changed(this.drawn, id, hostSignature(h))) out.hosts.add(id);
      if (this.changed(this.drawnFar, id, hostFarSignature(h))) out.farHosts.add(id);
    }
    for (const id of vms.upserted) {
      const v = this.store.vms.get(id);
      if (!v) continue;
      const near = this.changed(this.drawn, `vm:${id}`, vmSignature(v));
      const far = this.changed(this.drawnFar, `vm:${id}`, vmFarSignature(v));
      if (near || far) touch(v.host, far);
    }
    for (const id of transfers.upserted) {
      const target = this.store.transfers.get(id)?.target;
      const known = this.transferTargets.get(id) === target;
      if (target) this.transferTargets.set(id, target);
      touch(target, !known);
    }
    for (const id of transfers.removed) {
      touch(this.transferTargets.get(id), true);
      this.transferTargets.delete(id);
    }
    if (alerts.upserted.size > 0 || alerts.removed.size > 0) out.alerts = true;
    return out;
  }

  /** Records every entity of the store as drawn (a fresh start: all pictures get painted). */
  seed(): void {
    for (const map of [this.codes, this.names, this.drawn, this.drawnFar, this.transferTargets]) map.clear();
    for (const c of this.store.containers.values()) {
      this.codes.set(c.uid, containerCode(c));
      this.names.set(c.uid, c.name);
    }
    for (const h of this.store.hosts.values()) {
      this.drawn.set(h.id, hostSignature(h));
      this.drawnFar.set(h.id, hostFarSignature(h));
    }
    for (const v of this.store.vms.values()) {
      this.drawn.set(`vm:${v.id}`, vmSignature(v));
      this.drawnFar.set(`vm:${v.id}`, vmFarSignature(v));
    }
    for (const [id, tr] of this.store.transfers) this.transferTargets.set(id, tr.target);
  }

  private changed(map: Map<string, string>, key: string, signature: string): boolean {
    if (map.get(key) === signature) return false;
    map.set(key, signature);
    return true;
  }
}

function sameKernel(a: KernelBox | null, b: KernelBox | null): boolean {
  if (!a || !b) return a === b;
  if (a.frame.x !== b.frame.x || a.frame.y !== b.frame.y || a.frame.h !== b.frame.h || a.containers.length !== b.containers.length) return false;
  for (let i = 0; i < a.containers.length; i++) if (a.containers[i] !== b.containers[i]) return false;
  return true;
}

function sameHost(a: HostBox, b: HostBox): boolean {
  if (a.frame.x !== b.frame.x || a.frame.y !== b.frame.y || a.frame.h !== b.frame.h || a.vms.length !== b.vms.length) return false;
  if (!sameKernel(a.kernel, b.kernel)) return false;
  return a.vms.every((vm, i) => vm.id === b.vms[i]?.id && sameKernel(vm.kernel, b.vms[i]?.kernel ?? null));
}

/** Hosts of `next` that are new, moved, resized or hold other containers than in `prev`. */
export function diffGeometry(prev: WorldGeometry | null, next: WorldGeometry): Set<string> {
  const out = new Set<string>();
  for (const [id, box] of next.hosts) {
    const old = prev?.hosts.get(id);
    if (!old || !sameHost(old, box)) out.add(id);
  }
  return out;
}
