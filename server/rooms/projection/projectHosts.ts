// Physical hosts into HostState by id: identity and capacity, state codes, and the
// per-mille readings after their step and dead-band (quantise.ts). Compared against a
// plain copy of what was sent (mirroredEntries.ts), assigned only on a change.
import type { MapSchema } from '@colyseus/schema';
import type { Host, World } from '../../../shared/sim/model.ts';
import { nicMiBps } from '../../../shared/sim/realism.ts';
import { HostState } from '../../../shared/schema/HostState.ts';
import { HOST_STATE } from '../../../shared/schema/codes.ts';
import { codeLookup } from './codeLookup.ts';
import { KernelReading, type NodeIndex } from './machineStatus.ts';
import { MirroredEntries } from './mirroredEntries.ts';
import { bandPermille, clampUint, permilleOf } from './quantise.ts';

const hostCode = codeLookup(HOST_STATE);

/** `container-host`, `type1` or `type2`: what runs on the hardware. */
export function hostRole(host: Host): string {
  return host.role === 'container-host' ? 'container-host' : (host.hypervisor ?? 'type1');
}

/** What the client holds for a host; starts at HostState's defaults, as the child does. */
function shownHost() {
  return { id: '', rack: '', type: '', role: '', state: 0, cordoned: false, partitioned: false, kernel: 0, node: 0, cores: 0, memoryMiB: 0, diskMiB: 0, cpu: 0, mem: 0, disk: 0, nic: 0, swap: 0,
    /** Not sent: the state word the code was made from, and the kernel as last read. */
    rawState: '', kernelReading: new KernelReading() };
}
type ShownHost = ReturnType<typeof shownHost>;

function writeHost(world: World, nodes: NodeIndex, s: HostState, v: ShownHost, h: Host): void {
  if (v.id !== h.id) s.id = v.id = h.id;
  if (v.rack !== h.rack) s.rack = v.rack = h.rack;
  if (v.type !== h.type) s.type = v.type = h.type;
  const role = hostRole(h);
  if (v.role !== role) s.role = v.role = role;
  if (v.rawState !== h.state) {
    v.rawState = h.state;
    const state = hostCode(h.state);
    if (v.state !== state) s.state = v.state = state;
  }
  if (v.cordoned !== h.cordoned) s.cordoned = v.cordoned = h.cordoned;
  const partitioned = h.partitioned === true;
  if (v.partitioned !== partitioned) s.partitioned = v.partitioned = partitioned;
  const kernel = v.kernelReading.hostCode(world, h);
  if (v.kernel !== kernel) s.kernel = v.kernel = kernel;
  const node = nodes.hostCode(h);
  if (v.node !== node) s.node = v.node = node;
  const cores = clampUint(h.cores, 65535);
  if (v.cores !== cores) s.cores = v.cores = cores;
  if (v.memoryMiB !== h.memoryMiB) s.memoryMiB = v.memoryMiB = h.memoryMiB;
  if (v.diskMiB !== h.diskMiB) s.diskMiB = v.diskMiB = h.diskMiB;
  const m = h.metrics;
  const cpu = bandPermille(v.cpu, permilleOf(m.cpuUsedMillis, h.cores * 1000));
  if (v.cpu !== cpu) s.cpuPermille = v.cpu = cpu;
  const mem = bandPermille(v.mem, permilleOf(m.memoryUsedMiB, h.memoryMiB));
  if (v.mem !== mem) s.memPermille = v.mem = mem;
  const disk = bandPermille(v.disk, permilleOf(m.diskUsedMiB, h.diskMiB));
  if (v.disk !== disk) s.diskPermille = v.disk = disk;
  const nic = bandPermille(v.nic, permilleOf(m.nicUsedMiBps, nicMiBps(h.nicMbps)));
  if (v.nic !== nic) s.nicPermille = v.nic = nic;
  const swap = bandPermille(v.swap, permilleOf(m.swapUsedMiB, h.swapMiB));
  if (v.swap !== swap) s.swapPermille = v.swap = swap;
}

export class HostProjector {
  private readonly entries: MirroredEntries<HostState, ShownHost>;

  constructor(map: MapSchema<HostState>) {
    this.entries = new MirroredEntries(map, () => new HostState(), shownHost);
  }

  project(world: World, nodes: NodeIndex): void {
    const entries = this.entries;
    entries.begin();
    for (const h of world.hosts.values()) {
      const e = entries.visit(h.id, h.index);
      writeHost(world, nodes, e.child, e.shown, h);
    }
    entries.end();
  }
}
