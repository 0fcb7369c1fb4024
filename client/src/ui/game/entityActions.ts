// What a player can do to one entity, as command lines built with commandBuilders: the
// inspector's buttons and the context menu both list these, so a button and a menu item
// always run the same line. Only state decides which are offered (stop for a running
// container, start for a stopped one); whether one is allowed is the server's answer.
import * as cmd from '../../input/commandBuilders.ts';
import { t } from '../../i18n/index.ts';
import type { ClientStore } from '../../state/ClientStore.ts';
import { CONTAINER_STATE, HOST_STATE, KERNEL_STATE, VM_STATE, labelOf } from '../../../../shared/schema/codes.ts';
import { containerOf, type EntityRef } from './entities.ts';

export interface EntityAction {
  /** Stable id (`stop`, `logs`, …): the label is `menu.action.<id>`. */
  id: string;
  label: string;
  /** The command line it runs; '' for `runImage`, which asks for an image first. */
  line: string;
  /** Destroys or interrupts something (styled as such, never by colour alone). */
  danger?: boolean;
}

const action = (id: string, line: string, danger = false): EntityAction => ({ id, label: t(`menu.action.${id}`), line, ...(danger ? { danger } : {}) });

function hostActions(store: ClientStore, id: string): EntityAction[] {
  const h = store.hosts.get(id);
  if (!h) return [];
  const broken = labelOf(HOST_STATE, h.state) !== 'up' || labelOf(KERNEL_STATE, h.kernel) === 'panicked';
  const bare = h.role === 'container-host';
  return [
    action('inspect', cmd.hostInspect(id)),
    ...(bare ? [action('runImage', ''), action('ps', cmd.dockerPs(id, true)), action('images', cmd.dockerImages(id))] : []),
    action('dmesg', cmd.hostDmesg(id)),
    h.cordoned ? action('uncordon', cmd.hostUncordon(id)) : action('cordon', cmd.hostCordon(id)),
    ...(broken ? [action('repair', cmd.hostRepair(id))] : []),
  ];
}

function vmActions(store: ClientStore, id: string): EntityAction[] {
  const vm = store.vms.get(id);
  if (!vm) return [];
  const name = vm.name || vm.id;
  const state = labelOf(VM_STATE, vm.state);
  const up = state === 'running';
  return [
    action('inspect', cmd.vmInspect(name)),
    ...(up ? [action('runImage', ''), action('ps', cmd.dockerPs(id, true)), action('images', cmd.dockerImages(id))] : []),
    action('dmesg', cmd.hostDmesg(id)),
    ...(state === 'shut-off' || state === 'crashed' ? [action('vmStart', cmd.vmStart(name))] : []),
    ...(up || state === 'booting' ? [action('vmStop', cmd.vmStop(name), true)] : []),
  ];
}

function containerActions(store: ClientStore, id: string): EntityAction[] {
  const c = containerOf(store, id);
  if (!c) return [];
  const state = labelOf(CONTAINER_STATE, c.state);
  const live = state === 'running' || state === 'restarting';
  return [
    action('logs', cmd.dockerLogs(c.target, c.name)),
    action('inspect', cmd.dockerInspect(c.target, c.name)),
    ...(state === 'running' ? [action('top', cmd.dockerTop(c.target, c.name))] : []),
    ...(live ? [action('stop', cmd.dockerStop(c.target, c.name), true)] : []),
    ...(state === 'exited' || state === 'created' || state === 'dead' ? [action('start', cmd.dockerStart(c.target, c.name))] : []),
    action('restart', cmd.dockerRestart(c.target, c.name)),
    live ? action('forceRemove', cmd.dockerRm(c.target, c.name, true), true) : action('remove', cmd.dockerRm(c.target, c.name), true),
  ];
}

function podActions(store: ClientStore, name: string): EntityAction[] {
  if (!store.pods.has(name)) return [];
  return [action('describe', cmd.kubectlDescribePod(name)), action('logs', cmd.kubectlLogs(name)), action('deletePod', cmd.kubectlDeletePod(name), true)];
}

function deploymentActions(store: ClientStore, name: string): EntityAction[] {
  const d = store.deployments.get(name);
  if (!d) return [];
  return [
    action('rolloutStatus', cmd.kubectlRolloutStatus(name)),
    action('scaleUp', cmd.kubectlScale(name, d.replicas + 1)),
    ...(d.replicas > 0 ? [action('scaleDown', cmd.kubectlScale(name, d.replicas - 1), true)] : []),
    action('rolloutRestart', cmd.kubectlRolloutRestart(name)),
    ...(d.revision > 1 ? [action('rolloutUndo', cmd.kubectlRolloutUndo(name), true)] : []),
  ];
}

/** The actions offered for `ref` in its current state (empty when it is gone). */
export function entityActions(store: ClientStore, ref: EntityRef): EntityAction[] {
  switch (ref.type) {
    case 'host': return hostActions(store, ref.id);
    case 'vm': return vmActions(store, ref.id);
    case 'container': return containerActions(store, ref.id);
    case 'pod': return podActions(store, ref.id);
    case 'deployment': return deploymentActions(store, ref.id);
    case 'service': return store.services.has(ref.id) ? [action('inspect', cmd.serviceInspect(ref.id))] : [];
  }
}
