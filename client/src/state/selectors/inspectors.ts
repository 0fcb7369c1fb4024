// Inspector view-models: everything the side panel shows about one host, VM, container,
// service or deployment — its tile (status, bars), labelled facts, the things inside it
// and the "why" hints. Null when the entity is gone (the panel closes or says so).
import type { ClientStore } from '../ClientStore.ts';
import type { PodView } from '../snapshot.ts';
import { bar, cpusText, milliPercentText, sizeText, valueLabel, type Bar } from './format.ts';
import { t } from '../../i18n/index.ts';
import { containerTile, hostTile, selectAlertSubjects, vmTile, type ContainerTile, type HostTile, type VmTile } from './layout.ts';
import { whyContainer, whyHost, whyPod, whyService, whyVm, type WhyHint } from './why.ts';

export interface Fact {
  label: string;
  value: string;
}

export interface HostInspector {
  kind: 'host';
  tile: HostTile;
  facts: readonly Fact[];
  /** VMs on a hypervisor host. */
  vms: readonly VmTile[];
  /** Uids of the containers on its own kernel (bare metal). */
  containers: readonly number[];
  why: readonly WhyHint[];
}

export function selectHostInspector(store: ClientStore, id: string): HostInspector | null {
  const h = store.hosts.get(id);
  if (!h) return null;
  const alerts = selectAlertSubjects(store);
  const vms = [...store.vms.values()].filter((vm) => vm.host === id).map((vm) => vmTile(vm, alerts));
  return {
    kind: 'host',
    tile: hostTile(h, alerts),
    facts: [
      { label: t('inspector.rack'), value: h.rack },
      { label: t('inspector.hostType'), value: h.type },
      { label: t('inspector.cpu'), value: t('inspector.cores', { count: h.cores }) },
      { label: t('inspector.memory'), value: sizeText(h.memoryMiB) },
      { label: t('inspector.disk'), value: sizeText(h.diskMiB) },
    ],
    vms,
    containers: h.role === 'container-host' ? [...store.containersOn(id)] : [],
    why: whyHost(h),
  };
}

export interface VmInspector {
  kind: 'vm';
  tile: VmTile;
  facts: readonly Fact[];
  containers: readonly number[];
  why: readonly WhyHint[];
}

export function selectVmInspector(store: ClientStore, id: string): VmInspector | null {
  const vm = store.vms.get(id);
  if (!vm) return null;
  return {
    kind: 'vm',
    tile: vmTile(vm, selectAlertSubjects(store)),
    facts: [
      { label: t('inspector.host'), value: vm.host },
      { label: t('inspector.os'), value: valueLabel('os', vm.os) },
      { label: t('inspector.cpu'), value: t('inspector.vcpus', { count: vm.vcpus }) },
      { label: t('inspector.memory'), value: sizeText(vm.memoryMiB) },
    ],
    containers: [...store.containersOn(id)],
    why: whyVm(vm),
  };
}

export interface ContainerInspector {
  kind: 'container';
  tile: ContainerTile;
  facts: readonly Fact[];
  /** Its kernel's owner: `docker -H <target>` commands go there. */
  target: string;
  targetKind: 'host' | 'vm' | 'unknown';
  pod: PodView | null;
  why: readonly WhyHint[];
}

export function selectContainerInspector(store: ClientStore, uid: number): ContainerInspector | null {
  const c = store.containers.get(uid);
  if (!c) return null;
  const vm = store.vms.get(c.target);
  const host = vm ? store.hosts.get(vm.host) : store.hosts.get(c.target);
  const pod = c.pod ? (store.pods.get(c.pod) ?? null) : null;
  const limit = (value: string, set: boolean) => (set ? value : t('inspector.unlimited'));
  return {
    kind: 'container',
    tile: containerTile(c, selectAlertSubjects(store)),
    facts: [
      { label: t('inspector.image'), value: c.image },
      { label: t('inspector.target'), value: c.target },
      { label: t('inspector.cpu'), value: `${cpusText(c.cpuMillis)} / ${limit(cpusText(c.cpuLimitMillis), c.cpuLimitMillis > 0)}` },
      { label: t('inspector.memory'), value: `${sizeText(c.memMiB)} / ${limit(sizeText(c.memLimitMiB), c.memLimitMiB > 0)}` },
      { label: t('inspector.restarts'), value: String(c.restarts) },
      { label: t('inspector.exitCode'), value: String(c.exitCode) },
      ...(c.app ? [{ label: t('inspector.app'), value: c.app }] : []),
      ...(c.pod ? [{ label: t('inspector.pod'), value: c.pod }] : []),
    ],
    target: c.target,
    targetKind: vm ? 'vm' : store.hosts.has(c.target) ? 'host' : 'unknown',
    pod,
    why: whyContainer(c, { ...(host ? { host } : {}), ...(vm ? { vm } : {}) }, pod ?? undefined),
  };
}

export interface ServiceInspector {
  kind: 'service';
  name: string;
  availability: string;
  target: string;
  budget: Bar;
  /** `Error budget 85 % left`. */
  budgetLeft: string;
  traffic: string;
  backends: string;
  /** Containers labelled `app=<name>` (what its load balancer selects). */
  backendUids: readonly number[];
  why: readonly WhyHint[];
}

export function selectServiceInspector(store: ClientStore, name: string): ServiceInspector | null {
  const s = store.services.get(name);
  if (!s) return null;
  const backendUids: number[] = [];
  for (const c of store.containers.values()) if (c.app === name) backendUids.push(c.uid);
  return {
    kind: 'service',
    name,
    availability: milliPercentText(s.availabilityMilli),
    target: s.targetMilli > 0 ? milliPercentText(s.targetMilli) : '—',
    // The bar shows the budget spent, so that a full bar reads as trouble like the others.
    budget: bar('budget', 1000 - s.budgetPermille),
    budgetLeft: t('hud.budget', { percent: Math.round(s.budgetPermille / 10) }),
    traffic: t('inspector.traffic', { served: s.servedRps, offered: s.offeredRps, errors: s.errorRps }),
    backends: t('inspector.backends', { count: s.healthyBackends }),
    backendUids,
    why: whyService(s),
  };
}

export interface DeploymentInspector {
  kind: 'deployment';
  name: string;
  image: string;
  replicas: string;
  revision: string;
  pods: readonly { name: string; status: string; node: string; ready: boolean; restarts: number; why: readonly WhyHint[] }[];
}

export function selectDeploymentInspector(store: ClientStore, name: string): DeploymentInspector | null {
  const d = store.deployments.get(name);
  if (!d) return null;
  const pods = [...store.pods.values()]
    .filter((p) => p.deployment === name)
    .map((p) => ({ name: p.name, status: p.status, node: p.node, ready: p.ready, restarts: p.restarts, why: whyPod(p) }));
  return {
    kind: 'deployment',
    name,
    image: d.image,
    replicas: t('inspector.replicas', { ready: d.ready, replicas: d.replicas, updated: d.updated, available: d.available }),
    revision: t('inspector.revision', { revision: d.revision }),
    pods,
  };
}
