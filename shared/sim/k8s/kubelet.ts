// The kubelet of every reachable node, one sync per tick for each pod bound there:
// start the pod's container (pulling its image first), report readiness, restart a
// container that ended (restartPolicy Always) with the crash-loop back-off — the first
// crash is restarted at once, then 10 s, 20 s, 40 s … capped at 300 s, and the back-off
// is forgotten after 10 minutes without a crash — and stop the containers of a pod
// being deleted. A node whose machine is down or cut off syncs nothing: its pods keep
// the last status they reported.
import { logLine, stopContainer } from '../containers.ts';
import type { EventSink } from '../events.ts';
import { resolveTarget, type DockerTarget } from '../machines.ts';
import type { Container, World } from '../model.ts';
import { K8S_APP_SHUTDOWN_TICKS, K8S_BACKOFF_INITIAL_SECONDS, K8S_BACKOFF_MAX_SECONDS, K8S_BACKOFF_RESET_TICKS } from '../realism.ts';
import { recordEvent } from './events.ts';
import { reapOrphans, removePodContainers, resolveEnv, runPodContainer } from './kubeletContainer.ts';
import { enterPullBackOff, ensureImage } from './kubeletImage.ts';
import type { K8sNode, Pod, PodStatus } from './model.ts';
import { machineReachability } from './nodes.ts';
import { removePod } from './pods.ts';

function event(world: World, pod: Pod, type: 'Normal' | 'Warning', reason: string, message: string): void {
  recordEvent(world, { type, reason, object: `pod/${pod.name}`, message, source: 'kubelet' });
}

/** `web-7d9c5b8f6d-x2x7k_default(uid)`, as the kubelet names a pod in its messages. */
function podRef(pod: Pod): string {
  return `${pod.name}_default(${pod.uid})`;
}

/** A pod being deleted: SIGTERM to its process, which exits within the grace period; then the pod goes. */
function terminate(world: World, pod: Pod, c: Container | undefined): void {
  if (c && c.state === 'running') {
    if (pod.status !== 'Terminating') {
      pod.status = 'Terminating';
      event(world, pod, 'Normal', 'Killing', `Stopping container ${pod.spec.name}`);
    }
    if (world.tick < pod.deletionTick + Math.min(pod.deletionGraceTicks, K8S_APP_SHUTDOWN_TICKS)) return;
    stopContainer(world, c);
  }
  removePodContainers(world, pod);
  removePod(world, pod);
}

/** Readiness: the probe passes once the container has run its delay and the app answers. */
function running(world: World, pod: Pod, c: Container): void {
  pod.phase = 'Running';
  pod.status = 'Running';
  pod.statusMessage = '';
  if (pod.ready) return;
  const probeDelay = pod.spec.readinessDelayTicks;
  const appReady = Math.max(probeDelay, c.profile.readyAfterTicks ?? 0);
  const up = c.metrics.uptimeTicks;
  if (up >= appReady) {
    pod.ready = true;
    pod.readySinceTick = world.tick;
  } else if (probeDelay > 0 && up >= probeDelay && (up - probeDelay) % 10 === 0 && pod.spec.containerPort > 0) {
    const at = `${pod.ip}:${pod.spec.containerPort}`;
    event(world, pod, 'Warning', 'Unhealthy', `Readiness probe failed: Get "http://${at}/": dial tcp ${at}: connect: connection refused`);
  }
}

/** The kubelet notices that the container ended; decides when it may start again (doBackOff). */
function observeTermination(world: World, pod: Pod, c: Container): void {
  const reason = c.oomKilled ? 'OOMKilled' : c.exitCode === 0 ? 'Completed' : 'Error';
  pod.lastTermination = { reason, exitCode: c.exitCode, tick: c.finishedTick, startedTick: c.startedTick };
  pod.status = reason as PodStatus;
  pod.statusMessage = '';
  pod.ready = false;
  const forgotten = pod.backoffSeconds > 0 && c.finishedTick - pod.backoffUpdatedTick > K8S_BACKOFF_RESET_TICKS;
  if (pod.backoffSeconds === 0 || forgotten) {
    pod.backoffSeconds = 0;
    pod.backoffUntilTick = world.tick + 1;
  } else {
    pod.backoffUntilTick = c.finishedTick + pod.backoffSeconds;
  }
}

function inCrashBackOff(world: World, pod: Pod): void {
  if (pod.status !== 'CrashLoopBackOff') event(world, pod, 'Warning', 'BackOff', `Back-off restarting failed container ${pod.spec.name} in pod ${podRef(pod)}`);
  pod.status = 'CrashLoopBackOff';
  pod.statusMessage = `back-off ${pod.backoffSeconds}s restarting failed container=${pod.spec.name} pod=${podRef(pod)}`;
}

/** Starts the pod's (next) container once its image and its configuration are there. */
function start(world: World, pod: Pod, node: K8sNode, target: DockerTarget, sink: EventSink): void {
  if (world.tick < pod.backoffUntilTick) {
    enterPullBackOff(world, pod);
    return;
  }
  const imageId = ensureImage(world, pod, target, sink);
  if (imageId === null) return;
  const env = resolveEnv(world, pod);
  if (!env.ok) {
    pod.status = 'CreateContainerConfigError';
    pod.statusMessage = env.message;
    pod.backoffUntilTick = world.tick + K8S_BACKOFF_INITIAL_SECONDS;
    event(world, pod, 'Warning', 'Failed', `Error: ${env.message}`);
    return;
  }
  if (pod.containerId !== null) {
    // A restart: the run before is kept for `logs --previous`, the one before that goes.
    const older = pod.previousContainerId === null ? undefined : world.containers.get(pod.previousContainerId);
    if (older) world.containers.delete(older.id);
    pod.previousContainerId = world.containers.has(pod.containerId) ? pod.containerId : null;
    pod.restartCount++;
    pod.backoffSeconds = pod.backoffSeconds === 0 ? K8S_BACKOFF_INITIAL_SECONDS : Math.min(K8S_BACKOFF_MAX_SECONDS, pod.backoffSeconds * 2);
    pod.backoffUpdatedTick = pod.lastTermination?.tick ?? world.tick;
  }
  const refused = runPodContainer(world, pod, node, target, imageId, env.env);
  event(world, pod, 'Normal', 'Created', `Created container ${pod.spec.name}`);
  if (refused) {
    const c = pod.containerId === null ? undefined : world.containers.get(pod.containerId);
    if (c) {
      logLine(c, refused);
      c.state = 'exited';
      c.exitCode = 128;
      c.finishedTick = world.tick;
    }
    pod.status = 'RunContainerError';
    pod.statusMessage = `failed to start container "${pod.spec.name}": Error response from daemon: ${refused}`;
    event(world, pod, 'Warning', 'Failed', `Error: ${pod.statusMessage}`);
    return;
  }
  event(world, pod, 'Normal', 'Started', `Started container ${pod.spec.name}`);
  pod.phase = 'Running';
  pod.status = 'Running';
  pod.statusMessage = '';
}

/**
 * Per node, for one kubelet pass: whether its machine is reachable and a usable docker
 * target. Nothing a kubelet does changes a machine's state, so the answer holds for
 * every pod of the node in the pass: it is worked out once per node instead of once per
 * pod, and without building resolveTarget's target objects every tick.
 */
interface NodeCheck {
  pass: number;
  up: boolean;
  target: boolean;
}

const checks = new WeakMap<K8sNode, NodeCheck>();
let pass = 0;

function nodeCheck(world: World, node: K8sNode): NodeCheck {
  let check = checks.get(node);
  if (!check) {
    check = { pass: -1, up: false, target: false };
    checks.set(node, check);
  }
  if (check.pass !== pass) {
    check.pass = pass;
    check.up = machineReachability(world, node.machineId) === 'up';
    // resolveTarget(...).ok, given a reachable machine: a host's kernel and a VM, its
    // host and its kernel are then up, so only a hypervisor host is refused.
    check.target = check.up && world.hosts.get(node.machineId)?.role !== 'hypervisor';
  }
  return check;
}

function syncPod(world: World, pod: Pod, node: K8sNode, targetOk: boolean, sink: EventSink): void {
  if (!targetOk) return;
  const c = pod.containerId === null ? undefined : world.containers.get(pod.containerId);
  if (pod.deletionTick >= 0) {
    terminate(world, pod, c);
    return;
  }
  if (pod.startTick < 0) {
    // The kubelet admitted the pod; its sandbox and container come on the next sync.
    pod.startTick = world.tick;
    pod.status = 'ContainerCreating';
    return;
  }
  if (c && c.state === 'running') {
    running(world, pod, c);
    return;
  }
  if (c && c.finishedTick >= 0 && pod.lastTermination?.tick !== c.finishedTick) {
    observeTermination(world, pod, c);
    return;
  }
  if (c && world.tick < pod.backoffUntilTick && pod.lastTermination?.tick === c.finishedTick) {
    inCrashBackOff(world, pod);
    return;
  }
  const found = resolveTarget(world, node.machineId);
  if (found.ok) start(world, pod, node, found.target, sink);
}

/** Every reachable kubelet syncs its pods. Linear in the pods. */
export function advanceKubelets(world: World, sink: EventSink): void {
  const k8s = world.k8s;
  reapOrphans(world);
  if (k8s.pods.size === 0) return;
  pass++;
  for (const pod of k8s.pods.values()) {
    // Loose on purpose: a pod object without a binding at all is nobody's to sync.
    if (pod.nodeName == null) continue;
    const node = k8s.nodes.get(pod.nodeName);
    if (!node) {
      // Pod GC: a pod bound to a node that no longer exists is deleted.
      removePodContainers(world, pod);
      removePod(world, pod);
      continue;
    }
    const check = nodeCheck(world, node);
    if (!check.up) continue;
    syncPod(world, pod, node, check.target, sink);
  }
}
