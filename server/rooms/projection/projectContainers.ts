// Containers into pooled ContainerState slots (the hot path: 10,000 of them in the
// reference world). Each slot keeps a plain copy of what was last assigned to it, so a
// tick costs plain comparisons and a schema setter only for a real change (reading a
// schema field is a megamorphic accessor call, see mirroredEntries.ts). CPU and memory
// go through their dead-bands (quantise.ts).
import type { MapSchema } from '@colyseus/schema';
import type { Container, World } from '../../../shared/sim/model.ts';
import { ContainerState } from '../../../shared/schema/ContainerState.ts';
import { CONTAINER_STATE } from '../../../shared/schema/codes.ts';
import { codeLookup } from './codeLookup.ts';
import { CPU_STEP_MILLIS, MEM_STEP_MIB, clampUint, cpuBand, deadBand, memBand } from './quantise.ts';
import { DenseSlotIndex, SlotPool } from './slotPool.ts';

const containerCode = codeLookup(CONTAINER_STATE);
/** Label the kubelet puts on a pod's container. */
const POD_LABEL = 'io.kubernetes.pod.name';

/** What the client holds for a slot: ContainerState's defaults (a free slot) to begin with. */
function shownContainer() {
  return { uid: 0, name: '', image: '', target: '', state: 0, exitCode: 0, oomKilled: false, restarts: 0, cpu: 0, mem: 0, cpuLimit: 0, memLimit: 0, app: '', pod: '',
    /** Not sent: the labels `app` and `pod` were read from, the machine's CPU, the state word. */
    labels: null as Container['labels'] | null, machineCpu: 0, rawState: '' };
}
type ShownContainer = ReturnType<typeof shownContainer>;

/** Back to the values of a free slot (uid 0), in the child and in its copy. */
function resetSlot(s: ContainerState, v: ShownContainer): void {
  Object.assign(v, shownContainer());
  s.uid = 0;
  s.name = '';
  s.image = '';
  s.target = '';
  s.state = 0;
  s.exitCode = 0;
  s.oomKilled = false;
  s.restarts = 0;
  s.cpuMillis = 0;
  s.memMiB = 0;
  s.cpuLimitMillis = 0;
  s.memLimitMiB = 0;
  s.app = '';
  s.pod = '';
}

/** CPU of the machine whose engine runs the container, millicores (its band when unlimited). */
function machineMillis(world: World, c: Container): number {
  const vm = world.vms.get(c.targetId);
  if (vm) return vm.vcpus * 1000;
  return (world.hosts.get(c.targetId)?.cores ?? 1) * 1000;
}

function writeContainer(s: ContainerState, v: ShownContainer, c: Container): void {
  const uid = c.index + 1;
  if (v.uid !== uid) s.uid = v.uid = uid;
  if (v.name !== c.name) s.name = v.name = c.name;
  if (v.image !== c.imageRef) s.image = v.image = c.imageRef;
  if (v.target !== c.targetId) s.target = v.target = c.targetId;
  if (v.rawState !== c.state) {
    v.rawState = c.state;
    const state = containerCode(c.state);
    if (v.state !== state) s.state = v.state = state;
  }
  const exit = clampUint(c.exitCode, 255);
  if (v.exitCode !== exit) s.exitCode = v.exitCode = exit;
  if (v.oomKilled !== c.oomKilled) s.oomKilled = v.oomKilled = c.oomKilled;
  if (v.restarts !== c.restartCount) s.restarts = v.restarts = c.restartCount;
  if (v.cpuLimit !== c.cpuLimitMillis) s.cpuLimitMillis = v.cpuLimit = c.cpuLimitMillis;
  if (v.memLimit !== c.memoryLimitMiB) s.memLimitMiB = v.memLimit = c.memoryLimitMiB;
  const m = c.metrics;
  const cpu = deadBand(v.cpu, m.cpuUsedMillis, CPU_STEP_MILLIS, cpuBand(v.cpuLimit, v.machineCpu));
  if (v.cpu !== cpu) s.cpuMillis = v.cpu = cpu;
  const mem = deadBand(v.mem, m.memoryUsageMiB, MEM_STEP_MIB, memBand(v.memLimit, m.memoryUsageMiB));
  if (v.mem !== mem) s.memMiB = v.mem = mem;
  // Labels are set when a container is created; read them again only if replaced.
  if (v.labels !== c.labels) {
    v.labels = c.labels;
    const app = c.labels.app ?? '';
    if (v.app !== app) s.app = v.app = app;
    const pod = c.labels[POD_LABEL] ?? '';
    if (v.pod !== pod) s.pod = v.pod = pod;
  }
}

export class ContainerProjector {
  private readonly pool: SlotPool<number, ContainerState>;
  private readonly shown: ShownContainer[] = [];
  private readonly fresh: Container[] = [];

  constructor(map: MapSchema<ContainerState>) {
    this.pool = new SlotPool(map, () => new ContainerState(), (child, slot) => resetSlot(child, this.shown[slot] as ShownContainer), new DenseSlotIndex());
  }

  /** Slots holding a container. */
  get used(): number {
    return this.pool.used;
  }

  project(world: World): void {
    const pool = this.pool;
    const slots = pool.slots;
    const shown = this.shown;
    pool.begin();
    // Containers are keyed by their dense index, which is never reused.
    for (const c of world.containers.values()) {
      const slot = pool.visit(c.index);
      if (slot < 0) this.fresh.push(c);
      else writeContainer(slots[slot] as ContainerState, shown[slot] as ShownContainer, c);
    }
    pool.releaseUnvisited();
    for (const c of this.fresh) {
      const slot = pool.claim(c.index);
      const v = shown[slot] ?? (shown[slot] = shownContainer());
      v.machineCpu = machineMillis(world, c);
      writeContainer(slots[slot] as ContainerState, v, c);
    }
    this.fresh.length = 0;
    pool.settle();
  }
}
