// The Kubernetes-like control plane's objects (data only): nodes, pods, replica sets,
// deployments, services, secrets, autoscalers and events. A pod's container is a real
// container of the simulation (created by the kubelet on the node's engine), so cgroups,
// OOM kills and crashes behave as everywhere else; the pod adds the orchestrator's view.

/** A machine that joined the cluster: a container host or a Linux VM. */
export interface K8sNode {
  name: string;
  /** Host or VM id of the machine. */
  machineId: string;
  ready: boolean;
  /** Last tick the kubelet reported (every 10 s while the machine is up and reachable). */
  lastHeartbeatTick: number;
  /** Tick the node became NotReady (-1 while Ready). */
  notReadySinceTick: number;
  unschedulable: boolean;
  taints: Taint[];
  labels: Record<string, string>;
  /** What the scheduler may hand out: capacity minus system reservations. */
  allocatable: { cpuMillis: number; memoryMiB: number; pods: number };
}

export interface Taint {
  key: string;
  value: string;
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
  /** Tick the taint was added (NoExecute evictions count from here). */
  sinceTick: number;
}

export interface EnvVar {
  name: string;
  value?: string;
  /** Value read from a secret when the container starts (mounted at run time, not baked in). */
  secretKeyRef?: { name: string; key: string };
}

export interface ContainerSpec {
  name: string;
  image: string;
  /** Scheduling requests and cgroup limits; 0 = not set. */
  cpuRequestMillis: number;
  cpuLimitMillis: number;
  memoryRequestMiB: number;
  memoryLimitMiB: number;
  containerPort: number;
  env: EnvVar[];
  /** Ticks after start before the readiness probe passes. */
  readinessDelayTicks: number;
}

export interface PodTemplate {
  labels: Record<string, string>;
  container: ContainerSpec;
}

/** The STATUS column of `kubectl get pods`. */
export type PodStatus =
  | 'Pending'
  | 'ContainerCreating'
  | 'Running'
  | 'CrashLoopBackOff'
  | 'OOMKilled'
  | 'ImagePullBackOff'
  | 'ErrImagePull'
  | 'Terminating'
  | 'Completed'
  | 'Error'
  | 'CreateContainerConfigError';

export interface Pod {
  name: string;
  uid: string;
  /** Replica set that owns it (null for a bare pod). */
  owner: string | null;
  labels: Record<string, string>;
  spec: ContainerSpec;
  /** Template hash of the owning replica set (pod-template-hash label). */
  templateHash: string;
  nodeName: string | null;
  phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed';
  status: PodStatus;
  /** The simulation container running this pod's process, if any. */
  containerId: string | null;
  restartCount: number;
  /** Crash-loop back-off: the next start may not happen before this tick. */
  backoffUntilTick: number;
  /** Current back-off delay in seconds (10, 20, 40 … 300). */
  backoffSeconds: number;
  ready: boolean;
  readySinceTick: number;
  createdTick: number;
  /** Set when the pod is being deleted (graceful termination). */
  deletionTick: number;
  lastTermination: { reason: string; exitCode: number; tick: number } | null;
  /** Why the scheduler could not place it (`0/4 nodes are available: …`). */
  unschedulableReason: string;
}

export interface ReplicaSet {
  name: string;
  deployment: string;
  revision: number;
  templateHash: string;
  template: PodTemplate;
  replicas: number;
  createdTick: number;
}

export interface Deployment {
  name: string;
  replicas: number;
  selector: Record<string, string>;
  template: PodTemplate;
  /** Rolling update parameters, as given (`25%` or a number). */
  maxSurge: string;
  maxUnavailable: string;
  revision: number;
  progressDeadlineTicks: number;
  /** Tick the current rollout started (-1: none in progress). */
  rolloutStartedTick: number;
  /** Tick the rollout last made progress. */
  lastProgressTick: number;
  /** Set when a rollout made no progress for progressDeadlineTicks. */
  progressDeadlineExceeded: boolean;
  /** Change cause per revision (`kubectl rollout history`). */
  changeCauses: Record<number, string>;
  createdTick: number;
}

export interface K8sService {
  name: string;
  type: 'ClusterIP' | 'LoadBalancer';
  selector: Record<string, string>;
  port: number;
  targetPort: number;
  clusterIP: string;
  /** `<name>.default.svc.cluster.local`, resolvable from every pod. */
  dnsName: string;
  externalIP: string;
  createdTick: number;
}

export interface Secret {
  name: string;
  data: Record<string, string>;
  /** Bumped on each change: pods started before it still hold the old values. */
  version: number;
  createdTick: number;
}

export interface Hpa {
  name: string;
  deployment: string;
  minReplicas: number;
  maxReplicas: number;
  targetCpuPercent: number;
  currentCpuPercent: number;
  lastScaleTick: number;
  /** Recommendations of the last 5 minutes (downscale stabilisation window). */
  recent: { tick: number; replicas: number }[];
}

export interface K8sEvent {
  firstTick: number;
  lastTick: number;
  count: number;
  type: 'Normal' | 'Warning';
  reason: string;
  /** `pod/web-7d9c…`, `node/host-1`, `deployment/web`. */
  object: string;
  message: string;
}

export interface Cluster {
  /** False in scenarios without an orchestrator: kubectl then says it cannot connect. */
  enabled: boolean;
  nodes: Map<string, K8sNode>;
  pods: Map<string, Pod>;
  replicaSets: Map<string, ReplicaSet>;
  deployments: Map<string, Deployment>;
  services: Map<string, K8sService>;
  secrets: Map<string, Secret>;
  hpas: Map<string, Hpa>;
  /** Bounded, newest last. */
  events: K8sEvent[];
  /** Seconds a pod stays on a NotReady node before it is evicted (tolerationSeconds). */
  evictionTolerationTicks: number;
  /** Next ClusterIP host part. */
  nextClusterIp: number;
}

export function emptyCluster(): Cluster {
  return {
    enabled: false,
    nodes: new Map(),
    pods: new Map(),
    replicaSets: new Map(),
    deployments: new Map(),
    services: new Map(),
    secrets: new Map(),
    hpas: new Map(),
    events: [],
    evictionTolerationTicks: 300,
    nextClusterIp: 10,
  };
}
