// The Kubernetes-like control plane's objects (data only): nodes, pods, replica sets,
// deployments, services, secrets, autoscalers and events. A pod's container is a real
// container of the simulation (created by the kubelet on the node's engine), so cgroups,
// OOM kills and crashes behave as everywhere else; the pod adds the orchestrator's view.

/** CPU, memory and pod slots of a node, millicores and MiB. */
export interface NodeResources {
  cpuMillis: number;
  memoryMiB: number;
  pods: number;
}

/**
 * What the pods bound to a node request, kept in step on every bind and removal so the
 * scheduler never sums pods. The non-zero figures count a pod without requests as
 * 100m CPU and 200 MB, as kube-scheduler's scoring does.
 */
export interface NodeRequested extends NodeResources {
  nonZeroCpuMillis: number;
  nonZeroMemoryMiB: number;
}

/** A machine that joined the cluster: a container host or a Linux VM. */
export interface K8sNode {
  name: string;
  /** Host or VM id of the machine. */
  machineId: string;
  /** Tick the node registered. */
  createdTick: number;
  /** The machine's CPU and memory (and the kubelet's max-pods), before reservations. */
  capacity: NodeResources;
  requested: NodeRequested;
  /** Address the node registered with (`INTERNAL-IP`). */
  internalIP: string;
  /** Pod network of this node (`10.244.<n>.0/24`); pods get their IPs from it. */
  podCidr: string;
  nextPodIp: number;
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
  /** `kubectl rollout restart`: tick stamped into the template's annotations (a new template, so a rollout). */
  restartedAt?: number;
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
  | 'CreateContainerConfigError'
  | 'RunContainerError';

/** How the scheduler chose the node (the answer to "why here"). */
export interface Placement {
  /** Nodes in the cluster, nodes checked by the filters, and those that passed. */
  total: number;
  evaluated: number;
  feasible: number;
  /** Weighted sum of the chosen node's scores, and each plugin's normalised score (0–100). */
  score: number;
  scores: { plugin: string; weight: number; score: number }[];
  /** Best other node and its weighted score ('' when the chosen node was the only one). */
  runnerUp: string;
  runnerUpScore: number;
}

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
  lastTermination: { reason: string; exitCode: number; tick: number; startedTick?: number } | null;
  /** Why the scheduler could not place it (`0/4 nodes are available: …`). */
  unschedulableReason: string;
  /** Pod IP from the node's pod CIDR ('' until it runs). */
  ip: string;
  /** Tick the kubelet accepted it (`Start Time`); -1 before. */
  startTick: number;
  /** The container of the run before (kept for `kubectl logs --previous`). */
  previousContainerId: string | null;
  /** Tick the crash-loop back-off was last advanced (it is forgotten 10 min later). */
  backoffUpdatedTick: number;
  /** Image pull in progress on the node, and when it began. */
  pullJobId: string | null;
  pullStartedTick: number;
  /** Image pull back-off (10 s doubling to 300 s), as for crashes. */
  pullBackoffSeconds: number;
  /** Detail of the current waiting state (`Back-off pulling image "…"`). */
  statusMessage: string;
  /** Grace period of a deletion in progress, ticks. */
  deletionGraceTicks: number;
  /** The scheduler's next attempt for an unschedulable pod. */
  nextScheduleTick: number;
  placement: Placement | null;
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
  /** metadata.labels of the deployment object itself (`kubectl create deployment` sets app=<name>). */
  labels: Record<string, string>;
  /** The `kubernetes.io/change-cause` annotation ('' = none): copied to each new revision. */
  changeCause: string;
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
  createdTick: number;
}

/** A `kubectl rollout status` still watching: answered by the workload controllers when it ends. */
export interface RolloutWatch {
  commandId: string;
  actor: string;
  line: string;
  deployment: string;
  /** Status lines printed so far (each distinct line once, as the watch prints them). */
  lines: string[];
  /** `--timeout`: tick at which the watch gives up (-1: never). */
  deadlineTick: number;
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
  /** Component that reported it: `default-scheduler`, `kubelet`, `node-controller`, … */
  source: string;
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
  /** Manifests the scenario provides by name (`kubectl apply -f web.yaml`): YAML text. */
  manifests: Map<string, string>;
  /** `kubectl rollout status` commands waiting for their rollout to end. */
  rolloutWatches: RolloutWatch[];
  /** Where the scheduler's next search over the nodes starts (kube-scheduler goes round-robin). */
  schedulerNextStart: number;
  /** Last tick something changed that may let Pending pods fit (they are tried again then). */
  wakeTick: number;
  /** Next /24 handed to a joining node. */
  nextPodCidr: number;
  /** Containers of force-deleted pods still running on a node the kubelet could not reach. */
  orphans: string[];
  /** `VERSION` of every kubelet. */
  version: string;
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
    manifests: new Map(),
    rolloutWatches: [],
    schedulerNextStart: 0,
    wakeTick: -1,
    nextPodCidr: 1,
    orphans: [],
    version: 'v1.29.2',
  };
}
