// The datacenter's shape and its tiles. selectLayout gives the nesting racks → hosts →
// (hypervisor → VMs →) kernels → containers, with the kernel boundary explicit: each
// KernelNode is one kernel (a bare-metal host's, or a VM's guest kernel) and lists the
// containers sharing it. It holds ids only and is cached per structureVersion, so a
// patch that only moves metrics costs nothing here. The *Tile selectors give what one
// drawn thing shows (status, label, tone, bars), cheap enough to call per changed entity.
import { CONTAINER_STATE, HOST_STATE, KERNEL_STATE, NODE_STATUS, SEVERITY, VM_STATE, labelOf } from '../../../../shared/schema/codes.ts';
import type { ClientStore } from '../ClientStore.ts';
import type { ContainerView, HostView, VmView } from '../snapshot.ts';
import { t } from '../../i18n/index.ts';
import { bar, codeLabel, valueLabel, type Bar, type Tone } from './format.ts';

export interface KernelNode {
  /** The host or VM id: `docker -H <target>` reaches this kernel's engine. */
  target: string;
  targetKind: 'host' | 'vm';
  /** Uids of the containers sharing this kernel, oldest first. */
  containers: readonly number[];
}

export interface VmNode {
  id: string;
  kernel: KernelNode;
}

export interface HostNode {
  id: string;
  rack: string;
  /** `bare-metal`: one kernel on the hardware runs containers; `hypervisor`: VMs, each with its kernel. */
  kind: 'bare-metal' | 'hypervisor';
  /** The host's own kernel where containers can run (bare metal), else null. */
  kernel: KernelNode | null;
  vms: readonly VmNode[];
}

export interface RackNode {
  id: string;
  hosts: readonly HostNode[];
}

export interface Layout {
  racks: readonly RackNode[];
  /** Containers whose target is no known host or VM (its machine is gone). */
  orphans: readonly number[];
  /** The store's structureVersion this layout was built from. */
  structureVersion: number;
}

const byId = new Intl.Collator('en', { numeric: true }).compare;
const cache = new WeakMap<ClientStore, Layout>();

function kernel(store: ClientStore, target: string, targetKind: 'host' | 'vm'): KernelNode {
  return { target, targetKind, containers: [...store.containersOn(target)].sort((a, b) => a - b) };
}

/** The nesting of the whole datacenter; the same object until the structure changes. */
export function selectLayout(store: ClientStore): Layout {
  const cached = cache.get(store);
  if (cached && cached.structureVersion === store.structureVersion) return cached;
  const vmsByHost = new Map<string, VmView[]>();
  for (const vm of store.vms.values()) {
    const list = vmsByHost.get(vm.host);
    if (list) list.push(vm);
    else vmsByHost.set(vm.host, [vm]);
  }
  const racks = new Map<string, HostNode[]>();
  for (const h of [...store.hosts.values()].sort((a, b) => byId(a.id, b.id))) {
    const bare = h.role === 'container-host';
    const vms = (vmsByHost.get(h.id) ?? []).sort((a, b) => byId(a.id, b.id)).map((vm) => ({ id: vm.id, kernel: kernel(store, vm.id, 'vm') }));
    const node: HostNode = { id: h.id, rack: h.rack, kind: bare ? 'bare-metal' : 'hypervisor', kernel: bare ? kernel(store, h.id, 'host') : null, vms };
    const list = racks.get(h.rack);
    if (list) list.push(node);
    else racks.set(h.rack, [node]);
  }
  const orphans: number[] = [];
  for (const c of store.containers.values()) if (!store.hosts.has(c.target) && !store.vms.has(c.target)) orphans.push(c.uid);
  const layout: Layout = {
    racks: [...racks.entries()].sort(([a], [b]) => byId(a, b)).map(([id, hosts]) => ({ id, hosts })),
    orphans: orphans.sort((a, b) => a - b),
    structureVersion: store.structureVersion,
  };
  cache.set(store, layout);
  return layout;
}

/** Firing alerts by subject (`host-1`, `host-1/web`, `pod/web-…`, a VM or service name), worst first. */
export function selectAlertSubjects(store: ClientStore): ReadonlyMap<string, 'warning' | 'critical'> {
  const out = new Map<string, 'warning' | 'critical'>();
  for (const a of store.alerts.values()) {
    if (a.resolvedTick >= 0) continue;
    const severity = labelOf(SEVERITY, a.severity) === 'critical' ? 'critical' : 'warning';
    if (out.get(a.subject) !== 'critical') out.set(a.subject, severity);
  }
  return out;
}

export interface HostTile {
  id: string;
  status: string;
  label: string;
  tone: Tone;
  roleLabel: string;
  kernelStatus: string;
  kernelLabel: string;
  /** `Ready`, `NotReady`, or '' when not a cluster node. */
  nodeStatus: string;
  cordoned: boolean;
  partitioned: boolean;
  bars: readonly Bar[];
  alert: 'warning' | 'critical' | null;
}

export function hostTile(h: HostView, alerts?: ReadonlyMap<string, 'warning' | 'critical'>): HostTile {
  const state = codeLabel('hostState', HOST_STATE, h.state);
  const k = codeLabel('kernelState', KERNEL_STATE, h.kernel);
  const down = state.status !== 'up' || k.status === 'panicked';
  const tone: Tone = down ? 'bad' : h.partitioned || labelOf(NODE_STATUS, h.node) === 'NotReady' ? 'warn' : h.cordoned ? 'idle' : 'ok';
  return {
    id: h.id,
    status: state.status,
    label: state.label,
    tone,
    roleLabel: valueLabel('hostRole', h.role),
    kernelStatus: k.status,
    kernelLabel: k.label,
    nodeStatus: labelOf(NODE_STATUS, h.node),
    cordoned: h.cordoned,
    partitioned: h.partitioned,
    bars: [bar('cpu', h.cpuPermille), bar('memory', h.memPermille), bar('disk', h.diskPermille), bar('nic', h.nicPermille), ...(h.swapPermille > 0 ? [bar('swap', h.swapPermille)] : [])],
    alert: alerts?.get(h.id) ?? null,
  };
}

export interface VmTile {
  id: string;
  host: string;
  os: string;
  status: string;
  label: string;
  tone: Tone;
  /** Boot or shutdown progress 0…1 while booting or shutting down, else null. */
  progress: number | null;
  kernelStatus: string;
  kernelLabel: string;
  nodeStatus: string;
  bars: readonly Bar[];
  alert: 'warning' | 'critical' | null;
}

export function vmTile(vm: VmView, alerts?: ReadonlyMap<string, 'warning' | 'critical'>): VmTile {
  const state = codeLabel('vmState', VM_STATE, vm.state);
  const k = codeLabel('kernelState', KERNEL_STATE, vm.kernel);
  const moving = state.status === 'booting' || state.status === 'shutting-down';
  const tone: Tone = state.status === 'crashed' || k.status === 'panicked' ? 'bad' : moving ? 'busy' : state.status === 'shut-off' ? 'idle' : vm.stealPermille > 0 || vm.swapPermille > 0 ? 'warn' : 'ok';
  const extra = [...(vm.stealPermille > 0 ? [bar('steal', vm.stealPermille)] : []), ...(vm.swapPermille > 0 ? [bar('swap', vm.swapPermille)] : [])];
  return {
    id: vm.id,
    host: vm.host,
    os: vm.os,
    status: state.status,
    label: state.label,
    tone,
    progress: moving ? Math.min(1, vm.progressPermille / 1000) : null,
    kernelStatus: k.status,
    kernelLabel: k.label,
    nodeStatus: labelOf(NODE_STATUS, vm.node),
    bars: [bar('cpu', vm.cpuPermille), bar('memory', vm.memPermille), ...extra],
    alert: alerts?.get(vm.id) ?? null,
  };
}

export interface ContainerTile {
  uid: number;
  name: string;
  image: string;
  target: string;
  status: string;
  label: string;
  tone: Tone;
  /** CPU use against its limit (or 0 when unlimited), 0…1. */
  cpuRatio: number;
  /** Memory use against its limit (or 0 when unlimited), 0…1. */
  memRatio: number;
  restarts: number;
  oomKilled: boolean;
  alert: 'warning' | 'critical' | null;
}

const CONTAINER_TONE: Record<string, Tone> = { created: 'idle', pulling: 'busy', running: 'ok', restarting: 'warn', exited: 'idle', dead: 'bad' };

export function containerTile(c: ContainerView, alerts?: ReadonlyMap<string, 'warning' | 'critical'>): ContainerTile {
  const state = codeLabel('containerState', CONTAINER_STATE, c.state);
  const failed = state.status === 'exited' && (c.oomKilled || c.exitCode !== 0);
  return {
    uid: c.uid,
    name: c.name,
    image: c.image,
    target: c.target,
    status: state.status,
    label: state.label,
    tone: failed ? 'bad' : (CONTAINER_TONE[state.status] ?? 'idle'),
    cpuRatio: c.cpuLimitMillis > 0 ? Math.min(1, c.cpuMillis / c.cpuLimitMillis) : 0,
    memRatio: c.memLimitMiB > 0 ? Math.min(1, c.memMiB / c.memLimitMiB) : 0,
    restarts: c.restarts,
    oomKilled: c.oomKilled,
    alert: alerts?.get(`${c.target}/${c.name}`) ?? (c.pod ? alerts?.get(`pod/${c.pod}`) : undefined) ?? null,
  };
}

export interface TransferTile {
  id: string;
  kind: 'pull' | 'push';
  image: string;
  progress: number;
  label: string;
}

/** Pulls and pushes in progress per target (host or VM id). */
export function selectTransfersByTarget(store: ClientStore): ReadonlyMap<string, readonly TransferTile[]> {
  const out = new Map<string, TransferTile[]>();
  for (const [id, tr] of store.transfers) {
    const percent = Math.round(tr.progressPermille / 10);
    const kind = tr.kind === 'push' ? 'push' : 'pull';
    const tile: TransferTile = { id, kind, image: tr.image, progress: Math.min(1, tr.progressPermille / 1000), label: t(`label.transfer.${kind}`, { image: tr.image, percent }) };
    const list = out.get(tr.target);
    if (list) list.push(tile);
    else out.set(tr.target, [tile]);
  }
  return out;
}
