// Kubernetes pods into pooled PodState slots (name '' = a free slot). The STATUS text is
// the one `kubectl get pods` prints, from the same helper. Like containers, each slot
// keeps a plain copy of what was assigned, so an unchanged pod costs comparisons only.
import type { MapSchema } from '@colyseus/schema';
import type { Pod } from '../../../shared/sim/k8s/model.ts';
import type { World } from '../../../shared/sim/model.ts';
import { podStatusText } from '../../../shared/sim/commands/kubectl/podStatus.ts';
import { PodState } from '../../../shared/schema/PodState.ts';
import { clampUint } from './quantise.ts';
import { SlotPool } from './slotPool.ts';

/** What the client holds for a slot: PodState's defaults (a free slot) to begin with. */
function shownPod() {
  return { name: '', deployment: '', node: '', status: '', ready: false, restarts: 0,
    /** Not sent: the owner the deployment name was found from. */
    owner: null as string | null };
}
type ShownPod = ReturnType<typeof shownPod>;

function resetSlot(s: PodState, v: ShownPod): void {
  Object.assign(v, shownPod());
  s.name = '';
  s.deployment = '';
  s.node = '';
  s.status = '';
  s.ready = false;
  s.restarts = 0;
}

function writePod(world: World, s: PodState, v: ShownPod, p: Pod): void {
  if (v.name !== p.name) s.name = v.name = p.name;
  if (v.owner !== p.owner) {
    v.owner = p.owner;
    const deployment = p.owner === null ? '' : (world.k8s.replicaSets.get(p.owner)?.deployment ?? '');
    if (v.deployment !== deployment) s.deployment = v.deployment = deployment;
  }
  const node = p.nodeName ?? '';
  if (v.node !== node) s.node = v.node = node;
  const status = podStatusText(p);
  if (v.status !== status) s.status = v.status = status;
  if (v.ready !== p.ready) s.ready = v.ready = p.ready;
  const restarts = clampUint(p.restartCount, 65535);
  if (v.restarts !== restarts) s.restarts = v.restarts = restarts;
}

export class PodProjector {
  /** Keyed by pod uid: a pod deleted and created again under its name is a new pod. */
  private readonly pool: SlotPool<string, PodState>;
  private readonly shown: ShownPod[] = [];
  private readonly fresh: Pod[] = [];

  constructor(map: MapSchema<PodState>) {
    this.pool = new SlotPool(map, () => new PodState(), (child, slot) => resetSlot(child, this.shown[slot] as ShownPod));
  }

  get used(): number {
    return this.pool.used;
  }

  project(world: World): void {
    const pool = this.pool;
    pool.begin();
    for (const p of world.k8s.pods.values()) {
      const slot = pool.visit(p.uid);
      if (slot < 0) this.fresh.push(p);
      else writePod(world, pool.slots[slot] as PodState, this.shown[slot] as ShownPod, p);
    }
    pool.releaseUnvisited();
    for (const p of this.fresh) {
      const slot = pool.claim(p.uid);
      const v = this.shown[slot] ?? (this.shown[slot] = shownPod());
      writePod(world, pool.slots[slot] as PodState, v, p);
    }
    this.fresh.length = 0;
    pool.settle();
  }
}
