// What a host or VM shows about the software on it: the KERNEL_STATE code of the kernel
// it runs, and the NODE_STATUS code when it joined the cluster as a node.
import type { Host, Kernel, Vm, World } from '../../../shared/sim/model.ts';
import { KERNEL_STATE, NODE_STATUS, codeOf } from '../../../shared/schema/codes.ts';
import { codeLookup } from './codeLookup.ts';

const READY = codeOf(NODE_STATUS, 'Ready');
const NOT_READY = codeOf(NODE_STATUS, 'NotReady');
const KERNEL_UP = codeOf(KERNEL_STATE, 'up');
const KERNEL_OFF = codeOf(KERNEL_STATE, 'off');
const kernelStateCode = codeLookup(KERNEL_STATE);

/**
 * A machine's kernel, remembered between ticks: the kernel object is looked up again
 * only when the machine's kernel id changes, its code only when its state does.
 */
export class KernelReading {
  private id: string | null = null;
  private kernel: Kernel | undefined = undefined;
  private state = '';
  private code = KERNEL_OFF;

  /** KERNEL_STATE code of kernel `id` (a missing kernel reads as off). */
  codeOf(world: World, id: string): number {
    if (id !== this.id) {
      this.id = id;
      this.kernel = world.kernels.get(id);
      this.state = '';
      this.code = KERNEL_OFF;
    }
    const k = this.kernel;
    if (k !== undefined && k.state !== this.state) {
      this.state = k.state;
      this.code = kernelStateCode(k.state);
    }
    return this.code;
  }

  /**
   * KERNEL_STATE code of the OS on a host's hardware. A type-1 hypervisor has no
   * general-purpose kernel: it reads as up while the host is up, off while it is down.
   */
  hostCode(world: World, host: Host): number {
    if (host.kernelId === null) return host.state === 'up' ? KERNEL_UP : KERNEL_OFF;
    return this.codeOf(world, host.kernelId);
  }
}

/** NODE_STATUS codes of the machines that are cluster nodes, by host / VM dense index. */
export class NodeIndex {
  private hosts = new Uint8Array(0);
  private vms = new Uint8Array(0);

  /** Reads the cluster's nodes again; call once per projection, before the machines. */
  refresh(world: World): void {
    if (this.hosts.length < world.nextIndex.host) this.hosts = new Uint8Array(world.nextIndex.host * 2);
    else this.hosts.fill(0);
    if (this.vms.length < world.nextIndex.vm) this.vms = new Uint8Array(world.nextIndex.vm * 2);
    else this.vms.fill(0);
    if (!world.k8s.enabled) return;
    for (const n of world.k8s.nodes.values()) {
      const code = n.ready ? READY : NOT_READY;
      const host = world.hosts.get(n.machineId);
      if (host) this.hosts[host.index] = code;
      const vm = world.vms.get(n.machineId);
      if (vm) this.vms[vm.index] = code;
    }
  }

  /** The host's node status code, or 0 when it is not a node. */
  hostCode(host: Host): number {
    return this.hosts[host.index] ?? 0;
  }

  vmCode(vm: Vm): number {
    return this.vms[vm.index] ?? 0;
  }
}
