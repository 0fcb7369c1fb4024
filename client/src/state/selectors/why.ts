// The "why" hints an inspector shows, read from the synced state only: why a container
// was killed (OOM, exit code), why it restarts, why its pod is Pending or crash-looping,
// why it is slow (CPU quota, memory near the limit), why a machine is in trouble
// (down, panicked kernel, swap, steal) and why a service fails. The real reasons in
// detail come from the commands (`docker inspect`, `kubectl describe`); these point
// at them in a sentence.
import { CONTAINER_STATE, HOST_STATE, KERNEL_STATE, NODE_STATUS, VM_STATE, labelOf } from '../../../../shared/schema/codes.ts';
import { hasText, t } from '../../i18n/index.ts';
import type { ContainerView, HostView, PodView, ServiceView, VmView } from '../snapshot.ts';
import { cpusText, sizeText, type Tone } from './format.ts';

export interface WhyHint {
  /** The i18n key under `why.` (stable: tests and icons can rely on it). */
  key: string;
  text: string;
  tone: Tone;
}

function hint(key: string, tone: Tone, params: Record<string, string | number> = {}): WhyHint {
  return { key, text: t(`why.${key}`, params), tone };
}

const POD_STATUS_HINT: Record<string, { key: string; tone: Tone }> = {
  Pending: { key: 'podPending', tone: 'warn' },
  CrashLoopBackOff: { key: 'podCrashLoop', tone: 'bad' },
  ErrImagePull: { key: 'podImagePull', tone: 'bad' },
  ImagePullBackOff: { key: 'podImagePull', tone: 'bad' },
  ContainerCreating: { key: 'podCreating', tone: 'busy' },
  CreateContainerConfigError: { key: 'podConfigError', tone: 'bad' },
  Terminating: { key: 'podTerminating', tone: 'idle' },
};

/** Why a pod is not simply Running and Ready. */
export function whyPod(pod: PodView): WhyHint[] {
  const known = POD_STATUS_HINT[pod.status];
  if (known) return [hint(known.key, known.tone, { pod: pod.name, status: pod.status })];
  if (pod.status === 'Running' && !pod.ready) return [hint('podNotReady', 'warn', { pod: pod.name })];
  return [];
}

/** The machine a container runs on: a bare-metal host, or a VM and its host. */
export interface ContainerMachine {
  host?: HostView;
  vm?: VmView;
}

export function whyContainer(c: ContainerView, machine: ContainerMachine, pod?: PodView): WhyHint[] {
  const out: WhyHint[] = [];
  const state = labelOf(CONTAINER_STATE, c.state);
  if (c.oomKilled) {
    out.push(c.memLimitMiB > 0 ? hint('oomKilledLimit', 'bad', { limit: sizeText(c.memLimitMiB) }) : hint('oomKilledHost', 'bad'));
  } else if ((state === 'exited' || state === 'dead') && c.exitCode !== 0) {
    out.push(c.exitCode === 137 ? hint('exit137', 'bad') : c.exitCode === 143 ? hint('exit143', 'idle') : hint('exitCode', 'bad', { code: c.exitCode }));
  }
  if (state === 'restarting') out.push(hint('restarting', 'warn', { count: c.restarts }));
  if (pod) out.push(...whyPod(pod));
  if (state === 'running') {
    if (c.cpuLimitMillis > 0 && c.cpuMillis * 100 >= c.cpuLimitMillis * 95) out.push(hint('cpuThrottled', 'warn', { limit: cpusText(c.cpuLimitMillis) }));
    if (c.memLimitMiB > 0 && c.memMiB * 10 >= c.memLimitMiB * 9) out.push(hint('memNearLimit', 'warn', { used: sizeText(c.memMiB), limit: sizeText(c.memLimitMiB) }));
  }
  const kernel = machine.vm ? machine.vm.kernel : machine.host?.kernel;
  if (kernel !== undefined && labelOf(KERNEL_STATE, kernel) === 'panicked') out.push(hint('kernelPanicked', 'bad', { target: c.target }));
  else if (machineDown(machine)) out.push(hint('targetDown', 'bad', { target: c.target }));
  return out;
}

function machineDown(m: ContainerMachine): boolean {
  if (m.host && labelOf(HOST_STATE, m.host.state) !== 'up') return true;
  return m.vm !== undefined && labelOf(VM_STATE, m.vm.state) !== 'running';
}

export function whyHost(h: HostView): WhyHint[] {
  const out: WhyHint[] = [];
  if (labelOf(HOST_STATE, h.state) !== 'up') out.push(hint('hostDown', 'bad'));
  else if (labelOf(KERNEL_STATE, h.kernel) === 'panicked') out.push(hint('hostKernelPanicked', 'bad'));
  if (h.partitioned) out.push(hint('hostPartitioned', 'warn'));
  if (h.cordoned) out.push(hint('hostCordoned', 'idle'));
  if (labelOf(NODE_STATUS, h.node) === 'NotReady') out.push(hint('nodeNotReady', 'warn'));
  if (h.swapPermille > 0) out.push(hint('hostSwapping', 'warn', { percent: Math.round(h.swapPermille / 10) }));
  if (h.cpuPermille >= 950) out.push(hint('hostBusy', 'warn', { percent: Math.round(h.cpuPermille / 10) }));
  return out;
}

export function whyVm(vm: VmView): WhyHint[] {
  const out: WhyHint[] = [];
  const state = labelOf(VM_STATE, vm.state);
  if (state === 'crashed') out.push(hint('vmCrashed', 'bad'));
  else if (state === 'booting') out.push(hint('vmBooting', 'busy', { percent: Math.round(vm.progressPermille / 10) }));
  else if (state === 'shut-off') out.push(hint('vmOff', 'idle'));
  if (state !== 'crashed' && labelOf(KERNEL_STATE, vm.kernel) === 'panicked') out.push(hint('kernelPanicked', 'bad', { target: vm.id }));
  if (labelOf(NODE_STATUS, vm.node) === 'NotReady') out.push(hint('nodeNotReady', 'warn'));
  if (vm.stealPermille > 0) out.push(hint('vmSteal', 'warn', { percent: Math.round(vm.stealPermille / 10) }));
  if (vm.swapPermille > 0) out.push(hint('vmSwapping', 'bad', { percent: Math.round(vm.swapPermille / 10) }));
  return out;
}

export function whyService(s: ServiceView): WhyHint[] {
  if (!s.cause) return [];
  const key = `service.${s.cause}`;
  return hasText(`why.${key}`) ? [hint(key, 'bad', { name: s.name })] : [{ key, text: s.cause, tone: 'bad' }];
}
