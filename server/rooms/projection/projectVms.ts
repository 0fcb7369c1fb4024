// Virtual machines into VmState by id: placement and size, state codes, boot or
// shutdown progress, and per-mille readings after their step and dead-band. Compared
// against a plain copy of what was sent (mirroredEntries.ts), assigned only on a change.
import type { MapSchema } from '@colyseus/schema';
import type { Vm, World } from '../../../shared/sim/model.ts';
import { PROGRESS_DONE, bootWork } from '../../../shared/sim/systems/lifecycle.ts';
import { VmState } from '../../../shared/schema/VmState.ts';
import { VM_STATE } from '../../../shared/schema/codes.ts';
import { codeLookup } from './codeLookup.ts';
import { KernelReading, type NodeIndex } from './machineStatus.ts';
import { MirroredEntries } from './mirroredEntries.ts';
import { bandPermille, clampUint, permilleOf } from './quantise.ts';

const vmCode = codeLookup(VM_STATE);

/** Boot or shutdown progress, per-mille (999 at most until the transition ends); 0 otherwise. */
export function vmProgressPermille(world: World, vm: Vm): number {
  if (vm.state === 'booting') return permilleOf(vm.progress, bootWork(world, vm), 999);
  if (vm.state === 'shutting-down') return permilleOf(vm.progress, PROGRESS_DONE, 999);
  return 0;
}

/** What the client holds for a VM; starts at VmState's defaults, as the child does. */
function shownVm() {
  return { id: '', name: '', host: '', vcpus: 0, memoryMiB: 0, os: '', state: 0, kernel: 0, node: 0, progress: 0, cpu: 0, mem: 0, steal: 0, swap: 0,
    /** Not sent: the state word the code was made from, and the guest kernel as last read. */
    rawState: '', kernelReading: new KernelReading() };
}
type ShownVm = ReturnType<typeof shownVm>;

function writeVm(world: World, nodes: NodeIndex, s: VmState, v: ShownVm, vm: Vm): void {
  if (v.id !== vm.id) s.id = v.id = vm.id;
  if (v.name !== vm.name) s.name = v.name = vm.name;
  if (v.host !== vm.hostId) s.host = v.host = vm.hostId;
  const vcpus = clampUint(vm.vcpus, 255);
  if (v.vcpus !== vcpus) s.vcpus = v.vcpus = vcpus;
  if (v.memoryMiB !== vm.memoryMiB) s.memoryMiB = v.memoryMiB = vm.memoryMiB;
  if (v.os !== vm.os) s.os = v.os = vm.os;
  if (v.rawState !== vm.state) {
    v.rawState = vm.state;
    const state = vmCode(vm.state);
    if (v.state !== state) s.state = v.state = state;
  }
  const kernel = v.kernelReading.codeOf(world, vm.kernelId);
  if (v.kernel !== kernel) s.kernel = v.kernel = kernel;
  const node = nodes.vmCode(vm);
  if (v.node !== node) s.node = v.node = node;
  // Progress moves every tick of a boot; shown in the same 10 ‰ steps as the readings.
  const progress = vm.state === 'booting' || vm.state === 'shutting-down' ? bandPermille(v.progress, vmProgressPermille(world, vm), 999) : 0;
  if (v.progress !== progress) s.progressPermille = v.progress = progress;
  const m = vm.metrics;
  const cpu = bandPermille(v.cpu, permilleOf(m.cpuUsedMillis, vm.vcpus * 1000));
  if (v.cpu !== cpu) s.cpuPermille = v.cpu = cpu;
  const mem = bandPermille(v.mem, permilleOf(m.memoryUsedMiB, vm.memoryMiB));
  if (v.mem !== mem) s.memPermille = v.mem = mem;
  const steal = bandPermille(v.steal, clampUint(m.stealPermille, 1000));
  if (v.steal !== steal) s.stealPermille = v.steal = steal;
  const swap = bandPermille(v.swap, clampUint(m.swappedPermille, 1000));
  if (v.swap !== swap) s.swapPermille = v.swap = swap;
}

export class VmProjector {
  private readonly entries: MirroredEntries<VmState, ShownVm>;

  constructor(map: MapSchema<VmState>) {
    this.entries = new MirroredEntries(map, () => new VmState(), shownVm);
  }

  project(world: World, nodes: NodeIndex): void {
    const entries = this.entries;
    entries.begin();
    for (const vm of world.vms.values()) {
      const e = entries.visit(vm.id, vm.index);
      writeVm(world, nodes, e.child, e.shown, vm);
    }
    entries.end();
  }
}
