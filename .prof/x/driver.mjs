// .prof/x/driver.ts
import { readFileSync } from "node:fs";

// shared/sim/scenario/schema.ts
import { z as z7 } from "zod";

// shared/sim/units.ts
function parseSizeMiB(text3) {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|ki|kib|m|mb|mi|mib|g|gb|gi|gib|t|tb|ti|tib)?$/i.exec(text3.trim());
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? "m").toLowerCase();
  let mib;
  if (unit === "b") mib = n / (1024 * 1024);
  else if (unit.startsWith("k")) mib = n / 1024;
  else if (unit.startsWith("m")) mib = n;
  else if (unit.startsWith("g")) mib = n * 1024;
  else mib = n * 1024 * 1024;
  const rounded = Math.round(mib);
  if (!Number.isFinite(rounded) || rounded <= 0 || rounded > 1024 * 1024 * 1024) return null;
  return rounded;
}
function parseDurationSeconds(text3) {
  const t2 = text3.trim();
  if (/^\d+$/.test(t2)) return Number(t2);
  const re = /(\d+)(ms|s|m|h|d)/gy;
  let total = 0;
  let consumed = 0;
  let m;
  while ((m = re.exec(t2)) !== null) {
    const n = Number(m[1]);
    const unit = m[2];
    total += unit === "ms" ? n / 1e3 : unit === "s" ? n : unit === "m" ? n * 60 : unit === "h" ? n * 3600 : n * 86400;
    consumed = re.lastIndex;
  }
  if (consumed !== t2.length || consumed === 0) return null;
  return Math.ceil(total);
}
function humanDuration(seconds) {
  if (seconds < 1) return "Less than a second";
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return minutes === 1 ? "About a minute" : `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return hours === 1 ? "About an hour" : `${hours} hours`;
  return `${Math.floor(hours / 24)} days`;
}
function clock(seconds) {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds % 3600 / 60);
  const s = seconds % 60;
  return `${h}h${String(m).padStart(2, "0")}m${String(s).padStart(2, "0")}s`;
}

// shared/sim/scenario/clusterSchema.ts
import { z as z2 } from "zod";

// shared/sim/k8s/manifests/quantity.ts
var QUANTITY_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
var QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
var BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50 };
var DECIMAL = { "": 1, n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15 };
function baseValue(raw) {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== "string") return null;
  const m = QUANTITY.exec(raw.trim());
  if (!m) return null;
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return null;
  const suffix = m[2];
  const bin = BINARY[suffix];
  if (bin !== void 0) return n * bin;
  const dec = DECIMAL[suffix];
  if (dec !== void 0) return n * dec;
  const exp = /^[eE]([-+]?[0-9]+)$/.exec(suffix);
  if (exp) return n * 10 ** Number(exp[1]);
  return null;
}
function cpuMillis(raw) {
  const v = baseValue(raw);
  if (v === null || v < 0) return null;
  return Math.ceil(Math.round(v * 1e6) / 1e3);
}
function memoryMiB(raw) {
  const v = baseValue(raw);
  if (v === null || v < 0) return null;
  return Math.ceil(v / 2 ** 20);
}
function cpuText(millis) {
  return millis % 1e3 === 0 ? String(millis / 1e3) : `${millis}m`;
}
function memoryText(mib) {
  return mib % 1024 === 0 ? `${mib / 1024}Gi` : `${mib}Mi`;
}

// shared/sim/realism.ts
var GUEST_OS = {
  linux: {
    memoryMiB: 512,
    idleCpuMillis: 20,
    bootTicks: 30,
    shutdownTicks: 5,
    diskMiB: 20 * 1024,
    osDiskMiB: 2 * 1024,
    licencePerHour: 0,
    kernelRelease: "5.15.0-91-generic"
  },
  windows: {
    memoryMiB: 2048,
    idleCpuMillis: 100,
    bootTicks: 55,
    shutdownTicks: 15,
    diskMiB: 40 * 1024,
    osDiskMiB: 14 * 1024,
    licencePerHour: 0.5,
    kernelRelease: "10.0.20348"
  }
};
var HYPERVISOR = {
  type1: { cpuOverheadPermille: 30, memoryMiB: 1024, perVmMiB: 64, perVcpuMiB: 8, bootPenaltyPermille: 0, osDiskMiB: 4 * 1024 },
  type2: { cpuOverheadPermille: 120, memoryMiB: 3072, perVmMiB: 128, perVcpuMiB: 8, bootPenaltyPermille: 200, osDiskMiB: 12 * 1024 }
};
var CONTAINER_HOST_OS = {
  memoryMiB: 768,
  cpuMillis: 100,
  osDiskMiB: 8 * 1024,
  kernelRelease: "6.1.0-18-amd64"
};
var MAX_CONCURRENT_DOWNLOADS = 3;
var PUBLIC_REGISTRY_PER_LAYER_MIBPS = 24;
var PRIVATE_REGISTRY_PER_LAYER_MIBPS = 124;
function nicMiBps(nicMbps) {
  return nicMbps * 1e6 / 8 / (1024 * 1024);
}
function dockerRestartDelayTicks(restartCount) {
  const ms = Math.min(100 * 2 ** Math.min(restartCount, 20), 6e4);
  return Math.max(1, Math.ceil(ms / 1e3));
}
var RESTART_RESET_TICKS = 10;
var EXIT_SIGKILL = 137;
var REPLICATED_VOLUME_COPIES = 3;
var LOG_LINES_KEPT = 200;
var COMMAND_LOG_KEPT = 500;
var UNKNOWN_RUN_STEP_MIB = 2;
var PACKAGE_INSTALL_BASE_MIB = 8;
var PACKAGE_SIZES_MIB = {
  python3: 110,
  "python3-pip": 40,
  nodejs: 160,
  npm: 40,
  "openjdk-17-jre": 200,
  "openjdk-17-jdk": 320,
  golang: 250,
  "build-essential": 230,
  gcc: 90,
  curl: 4,
  wget: 3,
  git: 35,
  nginx: 6,
  "ca-certificates": 1,
  postgresql: 60,
  redis: 8,
  vim: 30
};
var K8S_HEARTBEAT_TICKS = 10;
var K8S_NODE_GRACE_TICKS = 40;
var K8S_NODE_MONITOR_TICKS = 5;
var K8S_EVICTION_TOLERATION_TICKS = 300;
var K8S_BACKOFF_INITIAL_SECONDS = 10;
var K8S_BACKOFF_MAX_SECONDS = 300;
var K8S_BACKOFF_RESET_TICKS = 600;
var K8S_MAX_PODS = 110;
var K8S_TERMINATION_GRACE_TICKS = 30;
var K8S_APP_SHUTDOWN_TICKS = 2;
var K8S_SCHEDULER_RETRY_TICKS = 10;
var K8S_EVENTS_KEPT = 1e3;
var K8S_EVENT_TTL_TICKS = 3600;
var K8S_DEFAULT_CPU_REQUEST_MILLIS = 100;
var K8S_DEFAULT_MEMORY_REQUEST_MIB = 191;
var K8S_EVICTION_HARD_MIB = 100;

// shared/sim/k8s/events.ts
var DEDUPE_WINDOW = 64;
function same(a, b) {
  return a.object === b.object && a.reason === b.reason && a.message === b.message && a.type === b.type && a.source === b.source;
}
function recordEvent(world2, e) {
  const events = world2.k8s.events;
  const stop = Math.max(0, events.length - DEDUPE_WINDOW);
  for (let i = events.length - 1; i >= stop; i--) {
    const old = events[i];
    if (!same(old, e)) continue;
    old.count++;
    old.lastTick = world2.tick;
    if (i !== events.length - 1) {
      events.splice(i, 1);
      events.push(old);
    }
    return;
  }
  events.push({ firstTick: world2.tick, lastTick: world2.tick, count: 1, type: e.type, reason: e.reason, object: e.object, message: e.message, source: e.source });
  let drop = 0;
  while (drop < events.length && events[drop].lastTick < world2.tick - K8S_EVENT_TTL_TICKS) drop++;
  drop = Math.max(drop, events.length - K8S_EVENTS_KEPT);
  if (drop > 0) events.splice(0, drop);
}
function eventsFor(world2, object) {
  return world2.k8s.events.filter((e) => e.object === object);
}

// shared/sim/rng.ts
function seedState(seed) {
  let s = (seed ^ 2654435769) >>> 0;
  s = Math.imul(s ^ s >>> 16, 2246822507) >>> 0;
  s = Math.imul(s ^ s >>> 13, 3266489909) >>> 0;
  s = (s ^ s >>> 16) >>> 0;
  return s === 0 ? 1831565813 : s;
}
function nextU32(world2) {
  let x = world2.rng;
  x ^= x << 13;
  x >>>= 0;
  x ^= x >>> 17;
  x ^= x << 5;
  x >>>= 0;
  world2.rng = x;
  return x;
}
function nextInt(world2, n) {
  return nextU32(world2) % n;
}
function nextHex(world2, length) {
  let out = "";
  while (out.length < length) out += nextU32(world2).toString(16).padStart(8, "0");
  return out.slice(0, length);
}

// shared/sim/k8s/pods.ts
var HEX = "0123456789abcdef";
function newUid(world2) {
  let s = "";
  for (let i = 0; i < 32; i++) s += HEX[nextInt(world2, 16)];
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
function defaultedSpec(spec) {
  return {
    ...spec,
    cpuRequestMillis: spec.cpuRequestMillis > 0 ? spec.cpuRequestMillis : spec.cpuLimitMillis,
    memoryRequestMiB: spec.memoryRequestMiB > 0 ? spec.memoryRequestMiB : spec.memoryLimitMiB,
    env: spec.env.map((e) => ({ ...e, ...e.secretKeyRef ? { secretKeyRef: { ...e.secretKeyRef } } : {} }))
  };
}
function createPod(world2, p) {
  const pod = {
    name: p.name,
    uid: newUid(world2),
    owner: p.owner,
    labels: { ...p.labels },
    spec: defaultedSpec(p.spec),
    templateHash: p.templateHash ?? "",
    nodeName: null,
    phase: "Pending",
    status: "Pending",
    containerId: null,
    restartCount: 0,
    backoffUntilTick: -1,
    backoffSeconds: 0,
    ready: false,
    readySinceTick: -1,
    createdTick: world2.tick,
    deletionTick: -1,
    lastTermination: null,
    unschedulableReason: "",
    ip: "",
    startTick: -1,
    previousContainerId: null,
    backoffUpdatedTick: -1,
    pullJobId: null,
    pullStartedTick: -1,
    pullBackoffSeconds: 0,
    statusMessage: "",
    deletionGraceTicks: 0,
    nextScheduleTick: world2.tick,
    placement: null
  };
  world2.k8s.pods.set(pod.name, pod);
  return pod;
}
function isActive(pod) {
  return pod.deletionTick < 0 && pod.phase !== "Succeeded" && pod.phase !== "Failed";
}
function podRequests(spec) {
  return {
    cpuMillis: spec.cpuRequestMillis,
    memoryMiB: spec.memoryRequestMiB,
    nonZeroCpuMillis: spec.cpuRequestMillis > 0 ? spec.cpuRequestMillis : K8S_DEFAULT_CPU_REQUEST_MILLIS,
    nonZeroMemoryMiB: spec.memoryRequestMiB > 0 ? spec.memoryRequestMiB : K8S_DEFAULT_MEMORY_REQUEST_MIB
  };
}
function book(node, spec, sign) {
  const r2 = podRequests(spec);
  const q = node.requested;
  q.cpuMillis += sign * r2.cpuMillis;
  q.memoryMiB += sign * r2.memoryMiB;
  q.nonZeroCpuMillis += sign * r2.nonZeroCpuMillis;
  q.nonZeroMemoryMiB += sign * r2.nonZeroMemoryMiB;
  q.pods += sign;
}
function bindPod(pod, node) {
  pod.nodeName = node.name;
  pod.unschedulableReason = "";
  book(node, pod.spec, 1);
}
function deletePod(world2, pod, graceTicks = K8S_TERMINATION_GRACE_TICKS) {
  if (pod.deletionTick >= 0) return;
  if (pod.nodeName === null) {
    removePod(world2, pod);
    return;
  }
  pod.deletionTick = world2.tick;
  pod.deletionGraceTicks = graceTicks;
  pod.ready = false;
}
function removePod(world2, pod) {
  const k8s = world2.k8s;
  if (k8s.pods.get(pod.name) !== pod) return;
  k8s.pods.delete(pod.name);
  const node = pod.nodeName === null ? void 0 : k8s.nodes.get(pod.nodeName);
  if (node) book(node, pod.spec, -1);
  wakeUnschedulable(world2);
}
function wakeUnschedulable(world2) {
  world2.k8s.wakeTick = world2.tick;
}
function qosClass(spec) {
  const none = spec.cpuRequestMillis === 0 && spec.memoryRequestMiB === 0 && spec.cpuLimitMillis === 0 && spec.memoryLimitMiB === 0;
  if (none) return "BestEffort";
  const guaranteed = spec.cpuLimitMillis > 0 && spec.memoryLimitMiB > 0 && spec.cpuRequestMillis === spec.cpuLimitMillis && spec.memoryRequestMiB === spec.memoryLimitMiB;
  return guaranteed ? "Guaranteed" : "Burstable";
}
function oomScoreAdjFor(spec, nodeMemoryMiB) {
  const qos = qosClass(spec);
  if (qos === "Guaranteed") return -997;
  if (qos === "BestEffort") return 1e3;
  const adj = 1e3 - Math.floor(1e3 * spec.memoryRequestMiB / Math.max(1, nodeMemoryMiB));
  return Math.min(Math.max(2, adj), 999);
}

// shared/sim/k8s/nodes.ts
var TAINT_UNREACHABLE = "node.kubernetes.io/unreachable";
var TAINT_NOT_READY = "node.kubernetes.io/not-ready";
var TAINT_UNSCHEDULABLE = "node.kubernetes.io/unschedulable";
function reservedCpuMillis(cores2) {
  let m = 0;
  if (cores2 >= 1) m += 60;
  if (cores2 >= 2) m += 10;
  m += Math.min(2, Math.max(0, cores2 - 2)) * 5;
  m += Math.floor(Math.max(0, cores2 - 4) * 1e3 * 25 / 1e4);
  return m;
}
function reservedMemoryMiB(memoryMiB2) {
  if (memoryMiB2 < 1024) return 255 + K8S_EVICTION_HARD_MIB;
  const bands = [[4096, 25], [4096, 20], [8192, 10], [114688, 6], [Infinity, 2]];
  let left = memoryMiB2;
  let r2 = 0;
  for (const [size2, pct3] of bands) {
    const take = Math.min(left, size2);
    r2 += take * pct3 / 100;
    left -= take;
    if (left <= 0) break;
  }
  return Math.floor(r2) + K8S_EVICTION_HARD_MIB;
}
function allocatableFor(capacity) {
  return {
    cpuMillis: capacity.cpuMillis - reservedCpuMillis(Math.floor(capacity.cpuMillis / 1e3)),
    memoryMiB: capacity.memoryMiB - reservedMemoryMiB(capacity.memoryMiB),
    pods: capacity.pods
  };
}
function partitioned(m) {
  return m?.partitioned === true;
}
function machineReachability(world2, machineId) {
  const host = world2.hosts.get(machineId);
  if (host) {
    const kernel2 = host.kernelId ? world2.kernels.get(host.kernelId) : void 0;
    if (host.state !== "up" || !kernel2 || kernel2.state !== "up") return "down";
    return partitioned(host) ? "partitioned" : "up";
  }
  const vm = world2.vms.get(machineId);
  if (!vm) return "down";
  const under = world2.hosts.get(vm.hostId);
  const kernel = world2.kernels.get(vm.kernelId);
  if (vm.state !== "running" || !under || under.state !== "up" || !kernel || kernel.state !== "up") return "down";
  return partitioned(vm) || partitioned(under) ? "partitioned" : "up";
}
function machineCapacity(world2, machineId) {
  const host = world2.hosts.get(machineId);
  if (host) {
    if (host.role !== "container-host") return `"${machineId}" is a hypervisor host: only container hosts and Linux VMs run a kubelet`;
    return { cpuMillis: host.cores * 1e3, memoryMiB: host.memoryMiB, pods: K8S_MAX_PODS };
  }
  const vm = world2.vms.get(machineId);
  if (vm) {
    if (vm.os !== "linux") return `"${machineId}" is a Windows VM: the game's nodes run Linux`;
    return { cpuMillis: vm.vcpus * 1e3, memoryMiB: vm.memoryMiB, pods: K8S_MAX_PODS };
  }
  return `"${machineId}" is not a host or VM of this scenario`;
}
function joinNode(world2, machineId) {
  const k8s = world2.k8s;
  if (k8s.nodes.has(machineId)) return `"${machineId}" already joined the cluster`;
  const capacity = machineCapacity(world2, machineId);
  if (typeof capacity === "string") return capacity;
  const host = world2.hosts.get(machineId) ?? world2.hosts.get(world2.vms.get(machineId)?.hostId ?? "");
  const cidr = k8s.nextPodCidr++;
  const n = k8s.nodes.size + 1;
  const node = {
    name: machineId,
    machineId,
    createdTick: world2.tick,
    capacity,
    requested: { cpuMillis: 0, memoryMiB: 0, pods: 0, nonZeroCpuMillis: 0, nonZeroMemoryMiB: 0 },
    internalIP: `10.0.${Math.floor(n / 250)}.${n % 250 + 4}`,
    podCidr: `10.244.${cidr}.0/24`,
    nextPodIp: 2,
    ready: machineReachability(world2, machineId) === "up",
    lastHeartbeatTick: world2.tick,
    notReadySinceTick: -1,
    unschedulable: false,
    taints: [],
    labels: {
      "beta.kubernetes.io/arch": "amd64",
      "beta.kubernetes.io/os": "linux",
      "kubernetes.io/arch": "amd64",
      "kubernetes.io/hostname": machineId,
      "kubernetes.io/os": "linux",
      ...host ? { "topology.kubernetes.io/zone": host.rack } : {}
    },
    allocatable: allocatableFor(capacity)
  };
  if (!node.ready) markNotReady(world2, node);
  k8s.nodes.set(node.name, node);
  recordEvent(world2, { type: "Normal", reason: "Starting", object: `node/${node.name}`, message: "Starting kubelet.", source: "kubelet" });
  recordEvent(world2, { type: "Normal", reason: "RegisteredNode", object: `node/${node.name}`, message: `Node ${node.name} event: Registered Node ${node.name} in Controller`, source: "node-controller" });
  wakeUnschedulable(world2);
  return node;
}
function setTaint(node, key, effect, tick) {
  if (!node.taints.some((t2) => t2.key === key && t2.effect === effect)) node.taints.push({ key, value: "", effect, sinceTick: tick });
}
function markNotReady(world2, node) {
  node.ready = false;
  node.notReadySinceTick = world2.tick;
  setTaint(node, TAINT_UNREACHABLE, "NoSchedule", world2.tick);
  setTaint(node, TAINT_UNREACHABLE, "NoExecute", world2.tick);
  for (const p of world2.k8s.pods.values()) if (p.nodeName === node.name) p.ready = false;
}
function markReady(world2, node) {
  node.ready = true;
  node.notReadySinceTick = -1;
  node.taints = node.taints.filter((t2) => t2.key !== TAINT_UNREACHABLE && t2.key !== TAINT_NOT_READY);
  recordEvent(world2, { type: "Normal", reason: "NodeReady", object: `node/${node.name}`, message: `Node ${node.name} status is now: NodeReady`, source: "kubelet" });
  wakeUnschedulable(world2);
}
function advanceNodeLifecycle(world2, _sink) {
  const tick = world2.tick;
  for (const node of world2.k8s.nodes.values()) {
    if (!world2.hosts.has(node.machineId) && !world2.vms.has(node.machineId)) {
      world2.k8s.nodes.delete(node.name);
      recordEvent(world2, { type: "Normal", reason: "DeletingNode", object: `node/${node.name}`, message: `Deleting node ${node.name} because it does not exist in the cloud provider`, source: "cloud-node-lifecycle-controller" });
      continue;
    }
    if (tick - node.lastHeartbeatTick >= K8S_HEARTBEAT_TICKS && machineReachability(world2, node.machineId) === "up") {
      node.lastHeartbeatTick = tick;
      if (!node.ready) markReady(world2, node);
    }
    if (node.ready && tick % K8S_NODE_MONITOR_TICKS === 0 && tick - node.lastHeartbeatTick > K8S_NODE_GRACE_TICKS) {
      markNotReady(world2, node);
      recordEvent(world2, { type: "Normal", reason: "NodeNotReady", object: `node/${node.name}`, message: `Node ${node.name} status is now: NodeNotReady`, source: "node-controller" });
    }
  }
}
function setUnschedulable(world2, node, on) {
  if (node.unschedulable === on) return false;
  node.unschedulable = on;
  if (on) setTaint(node, TAINT_UNSCHEDULABLE, "NoSchedule", world2.tick);
  else node.taints = node.taints.filter((t2) => t2.key !== TAINT_UNSCHEDULABLE);
  const status2 = on ? "NodeNotSchedulable" : "NodeSchedulable";
  recordEvent(world2, { type: "Normal", reason: status2, object: `node/${node.name}`, message: `Node ${node.name} status is now: ${status2}`, source: "kubelet" });
  if (!on) wakeUnschedulable(world2);
  return true;
}
function nodeStatus(node) {
  return `${node.ready ? "Ready" : "NotReady"}${node.unschedulable ? ",SchedulingDisabled" : ""}`;
}

// shared/sim/scenario/workloadsSchema.ts
import { z } from "zod";

// shared/sim/k8s/manifests/invalid.ts
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
function subdomainProblem(name3) {
  if (name3.length <= 253 && DNS1123_SUBDOMAIN.test(name3)) return null;
  return `Invalid value: "${name3}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`;
}
function labelProblem(name3) {
  if (name3.length <= 63 && DNS1123_LABEL.test(name3)) return null;
  return `Invalid value: "${name3}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`;
}
function serviceNameProblem(name3) {
  if (name3.length <= 63 && DNS1035_LABEL.test(name3)) return null;
  return `Invalid value: "${name3}": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`;
}
function goMap(m) {
  const keys = Object.keys(m).sort();
  if (keys.length === 0) return "map[string]string(nil)";
  return `map[string]string{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(m[k])}`).join(", ")}}`;
}
function invalidObject(kind2, name3, causes) {
  const body = causes.length === 1 ? causes[0] : `[${causes.join(", ")}]`;
  return { error: `The ${kind2} "${name3}" is invalid: ${body}` };
}
function badRequest(verb, source, kind2, cause) {
  const where = verb === "creating" ? `error when creating "${source}"` : `error when applying patch:
to:
Resource: "${kind2}"
for: "${source}"`;
  return { error: `Error from server (BadRequest): ${where}: ${kind2} in version "v1" cannot be handled as a ${kind2}: ${cause}` };
}
function notSimulated(path, supported) {
  return {
    error: `error: ${path}: not supported by this simulation`,
    hint: { key: "workloads.hint.notSimulated", params: { path, supported } }
  };
}
function labelKeyProblem(key) {
  const name3 = key.includes("/") ? key.slice(key.indexOf("/") + 1) : key;
  if (name3.length > 0 && name3.length <= 63 && /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/.test(name3)) return null;
  return `Invalid value: "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`;
}

// shared/sim/k8s/workloads/base64.ts
var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function utf8Bytes(text3) {
  const out = [];
  for (const ch of text3) {
    const cp = ch.codePointAt(0);
    if (cp < 128) out.push(cp);
    else if (cp < 2048) out.push(192 | cp >> 6, 128 | cp & 63);
    else if (cp < 65536) out.push(224 | cp >> 12, 128 | cp >> 6 & 63, 128 | cp & 63);
    else out.push(240 | cp >> 18, 128 | cp >> 12 & 63, 128 | cp >> 6 & 63, 128 | cp & 63);
  }
  return out;
}
function fromUtf8(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const need = b < 128 ? 0 : b >= 240 ? 3 : b >= 224 ? 2 : b >= 192 ? 1 : -1;
    let valid = need >= 0 && i + need < bytes.length;
    for (let k = 1; valid && k <= need; k++) valid = (bytes[i + k] & 192) === 128;
    if (!valid) {
      out += "\uFFFD";
      i++;
      continue;
    }
    let cp = need === 0 ? b : b & 63 >> need;
    for (let k = 1; k <= need; k++) cp = cp << 6 | bytes[i + k] & 63;
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}
function base64Decode(text3) {
  const bytes = [];
  let bits = 0;
  let acc = 0;
  let pad2 = 0;
  for (let i = 0; i < text3.length; i++) {
    const ch = text3[i];
    if (ch === "\n" || ch === "\r") continue;
    if (ch === "=") {
      pad2++;
      continue;
    }
    const v = ALPHABET.indexOf(ch);
    if (v < 0 || pad2 > 0) return { ok: false, error: `illegal base64 data at input byte ${i}` };
    acc = acc << 6 | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push(acc >> bits & 255);
    }
  }
  const len = text3.replace(/[\r\n]/g, "").length;
  if (len % 4 !== 0 || pad2 > 2) return { ok: false, error: `illegal base64 data at input byte ${Math.max(0, len - (len % 4 || 4))}` };
  return { ok: true, value: fromUtf8(bytes) };
}

// shared/sim/k8s/manifests/secret.ts
var obj = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};
function secretKeyProblem(key) {
  if (key.length > 0 && key.length <= 253 && /^[-._a-zA-Z0-9]+$/.test(key)) return null;
  return `Invalid value: "${key}": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`;
}
function readSecret(doc, source, exists2) {
  const meta = obj(doc.metadata);
  const name3 = typeof meta.name === "string" ? meta.name : "";
  if (name3 === "") {
    return { error: `error: error when retrieving current configuration of:
Resource: "/v1, Resource=secrets", GroupVersionKind: "/v1, Kind=Secret"
Name: "", Namespace: "default"
from server for: "${source}": resource name may not be empty` };
  }
  const type = doc.type ?? "Opaque";
  if (type !== "Opaque") return notSimulated(`type: ${String(type)}`, "Opaque");
  if (doc.immutable === true) return notSimulated("immutable", "false");
  const causes = [];
  const bad = subdomainProblem(name3);
  if (bad) causes.push(`metadata.name: ${bad}`);
  const data = {};
  for (const [key, raw] of Object.entries(obj(doc.data))) {
    const decoded = base64Decode(String(raw));
    if (!decoded.ok) return badRequest(exists2 ? "applying patch" : "creating", source, "Secret", decoded.error);
    const keyBad = secretKeyProblem(key);
    if (keyBad) causes.push(`data[${key}]: ${keyBad}`);
    data[key] = decoded.value;
  }
  for (const [key, raw] of Object.entries(obj(doc.stringData))) {
    const keyBad = secretKeyProblem(key);
    if (keyBad) causes.push(`data[${key}]: ${keyBad}`);
    data[key] = String(raw);
  }
  if (causes.length > 0) return invalidObject("Secret", name3, causes);
  return { kind: "Secret", name: name3, data };
}

// shared/sim/k8s/workloads/templateHash.ts
var SAFE = "bcdfghjklmnpqrstvwxz2456789";
function canonicalJson(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const obj4 = value;
  const keys = Object.keys(obj4).filter((k) => obj4[k] !== void 0).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj4[k])}`).join(",")}}`;
}
function fnv32a(text3) {
  let h = 2166136261;
  for (let i = 0; i < text3.length; i++) {
    h ^= text3.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}
function templateHash(template) {
  const digits = String(fnv32a(canonicalJson(template)));
  let out = "";
  for (let i = 0; i < digits.length; i++) out += SAFE[digits.charCodeAt(i) % SAFE.length];
  return out;
}
function podSuffix(world2) {
  let out = "";
  for (let i = 0; i < 5; i++) out += SAFE[Math.floor(nextU32(world2) * SAFE.length / 4294967296)];
  return out;
}

// shared/sim/k8s/workloads/strategy.ts
var DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;
var DEFAULT_ROLLING_PERCENT = "25%";
function percentProblem(raw, capAt100) {
  if (typeof raw === "number") return raw < 0 ? `Invalid value: ${raw}: must be greater than or equal to 0` : null;
  const text3 = String(raw);
  if (!/^[0-9]+%$/.test(text3)) {
    return `Invalid value: "${text3}": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')`;
  }
  if (capAt100 && Number(text3.slice(0, -1)) > 100) return `Invalid value: "${text3}": must not be greater than 100%`;
  return null;
}
function scaled(value, replicas, roundUp) {
  if (!value.endsWith("%")) return Number(value) || 0;
  const times100 = Number(value.slice(0, -1)) * replicas;
  return roundUp ? Math.ceil(times100 / 100) : Math.floor(times100 / 100);
}
function resolveFenceposts(maxSurge, maxUnavailable, replicas) {
  const surge = scaled(maxSurge, replicas, true);
  let unavailable = scaled(maxUnavailable, replicas, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}

// shared/sim/k8s/workloads/objects.ts
function cloneTemplate(t2) {
  const env = t2.container.env.map((e) => e.secretKeyRef ? { ...e, secretKeyRef: { ...e.secretKeyRef } } : { ...e });
  const copy = { labels: { ...t2.labels }, container: { ...t2.container, env } };
  if (t2.restartedAt !== void 0) copy.restartedAt = t2.restartedAt;
  return copy;
}
function plainContainer(image2, port) {
  let name3 = image2.split("/").pop() ?? image2;
  name3 = (name3.split("@")[0] ?? name3).split(":")[0] ?? name3;
  name3 = name3.toLowerCase().replace(/[^a-z0-9-]/g, "-").replace(/^-+|-+$/g, "") || "container";
  return { name: name3, image: image2, cpuRequestMillis: 0, cpuLimitMillis: 0, memoryRequestMiB: 0, memoryLimitMiB: 0, containerPort: port, env: [], readinessDelayTicks: 0 };
}
function createdDeploymentFields(name3, image2, replicas, port) {
  const app = { app: name3 };
  return {
    name: name3,
    labels: { ...app },
    changeCause: "",
    replicas,
    selector: { ...app },
    template: { labels: { ...app }, container: plainContainer(image2, port) },
    maxSurge: DEFAULT_ROLLING_PERCENT,
    maxUnavailable: DEFAULT_ROLLING_PERCENT,
    progressDeadlineSeconds: DEFAULT_PROGRESS_DEADLINE_SECONDS
  };
}
function addDeployment(world2, f2) {
  const d = {
    name: f2.name,
    replicas: f2.replicas ?? 1,
    selector: { ...f2.selector },
    template: cloneTemplate(f2.template),
    maxSurge: f2.maxSurge,
    maxUnavailable: f2.maxUnavailable,
    revision: 0,
    progressDeadlineTicks: f2.progressDeadlineSeconds,
    rolloutStartedTick: -1,
    lastProgressTick: world2.tick,
    progressDeadlineExceeded: false,
    changeCauses: {},
    createdTick: world2.tick,
    labels: { ...f2.labels },
    changeCause: f2.changeCause
  };
  world2.k8s.deployments.set(d.name, d);
  return d;
}
function templateDiffers(d, template) {
  return canonicalJson(d.template) !== canonicalJson(template);
}
function updateDeployment(d, f2) {
  const before = canonicalJson(d);
  if (f2.replicas !== null) d.replicas = f2.replicas;
  d.template = cloneTemplate(f2.template);
  d.maxSurge = f2.maxSurge;
  d.maxUnavailable = f2.maxUnavailable;
  d.progressDeadlineTicks = f2.progressDeadlineSeconds;
  d.labels = { ...f2.labels };
  d.changeCause = f2.changeCause;
  return canonicalJson(d) === before ? "unchanged" : "configured";
}
function removeDeployment(world2, d) {
  const k8s = world2.k8s;
  k8s.deployments.delete(d.name);
  const owned = /* @__PURE__ */ new Set();
  for (const rs of [...k8s.replicaSets.values()]) {
    if (rs.deployment !== d.name) continue;
    owned.add(rs.name);
    k8s.replicaSets.delete(rs.name);
  }
  for (const p of [...k8s.pods.values()]) if (p.owner !== null && owned.has(p.owner)) deletePod(world2, p);
}
function allocateClusterIp(world2) {
  for (; ; ) {
    const n = world2.k8s.nextClusterIp++;
    const third = Math.floor(n / 256) % 4096;
    const fourth = n % 256;
    if (fourth === 0 || fourth === 255) continue;
    const ip = `10.${96 + Math.floor(third / 256)}.${third % 256}.${fourth}`;
    let taken = false;
    for (const s of world2.k8s.services.values()) if (s.clusterIP === ip) taken = true;
    if (!taken) return ip;
  }
}
var LB_PROVISION_TICKS = 20;
function addService(world2, f2) {
  const s = {
    name: f2.name,
    type: f2.type,
    selector: { ...f2.selector },
    port: f2.port,
    targetPort: f2.targetPort,
    clusterIP: allocateClusterIp(world2),
    dnsName: `${f2.name}.default.svc.cluster.local`,
    externalIP: "",
    createdTick: world2.tick
  };
  if (f2.type === "LoadBalancer") s.externalIP = `203.0.113.${10 + world2.k8s.services.size % 240}`;
  world2.k8s.services.set(s.name, s);
  return s;
}
function updateService(world2, s, f2) {
  const before = canonicalJson(s);
  if (s.type !== f2.type && f2.type === "LoadBalancer") s.externalIP = `203.0.113.${10 + world2.k8s.services.size % 240}`;
  if (f2.type === "ClusterIP") s.externalIP = "";
  s.type = f2.type;
  s.selector = { ...f2.selector };
  s.port = f2.port;
  s.targetPort = f2.targetPort;
  return canonicalJson(s) === before ? "unchanged" : "configured";
}
function addHpa(world2, name3, deployment2, min, max, cpuPercent) {
  const hpa = {
    name: name3,
    deployment: deployment2,
    minReplicas: min,
    maxReplicas: max,
    targetCpuPercent: cpuPercent,
    currentCpuPercent: -1,
    lastScaleTick: -1,
    recent: [],
    createdTick: world2.tick
  };
  world2.k8s.hpas.set(name3, hpa);
  return hpa;
}

// shared/sim/k8s/workloads/secrets.ts
function putSecret(world2, name3, data) {
  const sorted = {};
  for (const k of Object.keys(data).sort()) sorted[k] = data[k];
  const old = world2.k8s.secrets.get(name3);
  if (!old) {
    world2.k8s.secrets.set(name3, { name: name3, data: sorted, version: 1, createdTick: world2.tick });
    return "created";
  }
  const same2 = Object.keys(sorted).length === Object.keys(old.data).length && Object.keys(sorted).every((k) => old.data[k] === sorted[k]);
  if (same2) return "unchanged";
  old.data = sorted;
  old.version++;
  return "configured";
}
function secretSizes(secret2) {
  return Object.keys(secret2.data).sort().map((key) => ({ key, bytes: utf8Bytes(secret2.data[key]).length }));
}

// shared/sim/scenario/workloadsSchema.ts
var quantity = z.union([z.string(), z.number()]);
var deployment = z.object({
  name: z.string().min(1),
  image: z.string().min(1),
  replicas: z.number().int().min(0).max(1e3).default(1),
  /** containerPort of the pods (0: none). */
  port: z.number().int().min(0).max(65535).default(0),
  requests: z.object({ cpu: quantity.optional(), memory: quantity.optional() }).default({}),
  limits: z.object({ cpu: quantity.optional(), memory: quantity.optional() }).default({}),
  /** Plain env vars. */
  env: z.record(z.string(), z.string()).default({}),
  /** Env vars read from a secret at container start: `{"DB_PASSWORD": "db:password"}` (secret:key). */
  secretEnv: z.record(z.string(), z.string().regex(/^[^:]+:[^:]+$/, 'expected "<secret>:<key>"')).default({}),
  /** readinessProbe.initialDelaySeconds. */
  readinessDelaySeconds: z.number().int().min(0).max(3600).default(0),
  maxSurge: z.union([z.string(), z.number().int().min(0)]).default("25%"),
  maxUnavailable: z.union([z.string(), z.number().int().min(0)]).default("25%")
});
var k8sService = z.object({
  name: z.string().min(1),
  type: z.enum(["ClusterIP", "LoadBalancer"]).default("ClusterIP"),
  /** Pod labels to select (default: app=<name>). */
  selector: z.record(z.string(), z.string()).optional(),
  port: z.number().int().min(1).max(65535),
  targetPort: z.number().int().min(1).max(65535).optional()
});
var secret = z.object({ name: z.string().min(1), data: z.record(z.string(), z.string()).default({}) });
var workloadsFields = {
  deployments: z.array(deployment).default([]),
  k8sServices: z.array(k8sService).default([]),
  secrets: z.array(secret).default([]),
  /** Manifests by name (`web.yaml`): YAML text players apply with `kubectl apply -f web.yaml`. */
  manifests: z.record(z.string().min(1), z.string()).default({})
};
function quantityOf(raw, parse, path, problems) {
  if (raw === void 0) return 0;
  const v = parse(raw);
  if (v === null) problems.push(`${path}: "${String(raw)}" is not a quantity (e.g. 250m, 0.5, 128Mi, 1Gi)`);
  return v ?? 0;
}
function buildDeployments(world2, scenario, problems) {
  scenario.deployments.forEach((d, i) => {
    const at = `deployments[${i}]`;
    const bad = subdomainProblem(d.name);
    if (bad) problems.push(`${at}.name: ${bad}`);
    if (world2.k8s.deployments.has(d.name)) problems.push(`${at}.name: duplicate deployment "${d.name}"`);
    const fields2 = createdDeploymentFields(d.name, d.image, d.replicas, d.port);
    const c = fields2.template.container;
    if (labelProblem(c.name)) problems.push(`${at}.image: "${d.image}" gives no valid container name`);
    c.cpuRequestMillis = quantityOf(d.requests.cpu, cpuMillis, `${at}.requests.cpu`, problems);
    c.memoryRequestMiB = quantityOf(d.requests.memory, memoryMiB, `${at}.requests.memory`, problems);
    c.cpuLimitMillis = quantityOf(d.limits.cpu, cpuMillis, `${at}.limits.cpu`, problems);
    c.memoryLimitMiB = quantityOf(d.limits.memory, memoryMiB, `${at}.limits.memory`, problems);
    if (c.cpuRequestMillis === 0) c.cpuRequestMillis = c.cpuLimitMillis;
    if (c.memoryRequestMiB === 0) c.memoryRequestMiB = c.memoryLimitMiB;
    const env = Object.keys(d.env).sort().map((name3) => ({ name: name3, value: d.env[name3] }));
    for (const name3 of Object.keys(d.secretEnv).sort()) {
      const [secretName, key] = d.secretEnv[name3].split(":");
      env.push({ name: name3, secretKeyRef: { name: secretName, key } });
      if (!scenario.secrets.some((s) => s.name === secretName)) problems.push(`${at}.secretEnv.${name3}: secret "${secretName}" is not in "secrets" (its pods would fail with CreateContainerConfigError)`);
    }
    c.env = env;
    c.readinessDelayTicks = d.readinessDelaySeconds;
    fields2.maxSurge = String(d.maxSurge);
    fields2.maxUnavailable = String(d.maxUnavailable);
    addDeployment(world2, fields2);
  });
}
function buildServices(world2, scenario, problems) {
  scenario.k8sServices.forEach((s, i) => {
    const bad = serviceNameProblem(s.name);
    if (bad) problems.push(`k8sServices[${i}].name: ${bad}`);
    if (world2.k8s.services.has(s.name)) problems.push(`k8sServices[${i}].name: duplicate service "${s.name}"`);
    addService(world2, { name: s.name, type: s.type, selector: s.selector ?? { app: s.name }, port: s.port, targetPort: s.targetPort ?? s.port });
  });
}
function buildWorkloads(world2, scenario, problems) {
  const any = scenario.deployments.length + scenario.k8sServices.length + scenario.secrets.length + Object.keys(scenario.manifests).length > 0;
  if (!any) return;
  if (!world2.k8s.enabled) {
    problems.push('deployments: workloads need an orchestrator: add "cluster": {"nodes": [...]} to the scenario');
    return;
  }
  scenario.secrets.forEach((s, i) => {
    const bad = subdomainProblem(s.name);
    if (bad) problems.push(`secrets[${i}].name: ${bad}`);
    for (const k of Object.keys(s.data)) if (secretKeyProblem(k)) problems.push(`secrets[${i}].data.${k}: ${secretKeyProblem(k)}`);
    putSecret(world2, s.name, s.data);
  });
  buildDeployments(world2, scenario, problems);
  buildServices(world2, scenario, problems);
  for (const name3 of Object.keys(scenario.manifests).sort()) world2.k8s.manifests.set(name3, scenario.manifests[name3]);
}

// shared/sim/scenario/clusterSchema.ts
var podName = z2.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'a DNS label: lower-case letters, digits and "-"');
var quantity2 = z2.union([z2.string(), z2.number()]);
var clusterPod = z2.object({
  name: podName,
  image: z2.string().min(1),
  labels: z2.record(z2.string(), z2.string()).default({}),
  requests: z2.object({ cpu: quantity2.optional(), memory: quantity2.optional() }).default({}),
  limits: z2.object({ cpu: quantity2.optional(), memory: quantity2.optional() }).default({}),
  port: z2.number().int().min(0).max(65535).default(0),
  /** spec.nodeName: bound there directly, without the scheduler. */
  node: z2.string().optional()
});
var cluster = z2.object({
  nodes: z2.array(z2.string().min(1)).min(1),
  /** tolerationSeconds of the default unreachable/not-ready tolerations (`300s`, `90s`, or seconds). */
  evictionToleration: z2.union([z2.number().int().min(0), z2.string()]).default(`${K8S_EVICTION_TOLERATION_TICKS}s`),
  pods: z2.array(clusterPod).default([])
});
var clusterFields = {
  cluster: cluster.optional(),
  // Workloads helper: deployments, k8sServices, secrets, manifests (workloadsSchema.ts).
  ...workloadsFields
};
function expandNodes(world2, spec, problems) {
  const out = [];
  const add = (id2) => {
    if (!out.includes(id2)) out.push(id2);
  };
  spec.nodes.forEach((entry2, i) => {
    if (entry2 === "*hosts") {
      for (const h of world2.hosts.values()) if (h.role === "container-host") add(h.id);
    } else if (entry2 === "*vms") {
      for (const v of world2.vms.values()) if (v.os === "linux" && v.state === "running") add(v.id);
    } else if (out.includes(entry2)) {
      problems.push(`cluster.nodes[${i}]: "${entry2}" is listed twice`);
    } else if (!world2.hosts.has(entry2) && !world2.vms.has(entry2)) {
      problems.push(`cluster.nodes[${i}]: "${entry2}" is not a host or VM of this scenario (or use "*hosts", "*vms")`);
    } else {
      add(entry2);
    }
  });
  return out;
}
function quantityOf2(raw, parse, path, problems) {
  if (raw === void 0) return 0;
  const v = parse(raw);
  if (v === null) problems.push(`${path}: "${String(raw)}" is not a quantity (e.g. 250m, 0.5, 128Mi, 1Gi)`);
  return v ?? 0;
}
function buildPods(world2, spec, problems) {
  spec.pods.forEach((p, i) => {
    const at = `cluster.pods[${i}]`;
    if (world2.k8s.pods.has(p.name)) problems.push(`${at}.name: duplicate pod "${p.name}"`);
    const container2 = {
      name: p.name,
      image: p.image,
      cpuRequestMillis: quantityOf2(p.requests.cpu, cpuMillis, `${at}.requests.cpu`, problems),
      memoryRequestMiB: quantityOf2(p.requests.memory, memoryMiB, `${at}.requests.memory`, problems),
      cpuLimitMillis: quantityOf2(p.limits.cpu, cpuMillis, `${at}.limits.cpu`, problems),
      memoryLimitMiB: quantityOf2(p.limits.memory, memoryMiB, `${at}.limits.memory`, problems),
      containerPort: p.port,
      env: [],
      readinessDelayTicks: 0
    };
    const pod = createPod(world2, { name: p.name, owner: null, labels: { run: p.name, ...p.labels }, spec: container2 });
    if (p.node === void 0) return;
    const node = world2.k8s.nodes.get(p.node);
    if (!node) problems.push(`${at}.node: "${p.node}" is not a node of the cluster (cluster.nodes)`);
    else bindPod(pod, node);
  });
}
function buildCluster(world2, scenario, problems) {
  const spec = scenario.cluster;
  if (!spec) return buildWorkloads(world2, scenario, problems);
  const k8s = world2.k8s;
  k8s.enabled = true;
  const toleration = typeof spec.evictionToleration === "number" ? spec.evictionToleration : parseDurationSeconds(spec.evictionToleration);
  if (toleration === null) problems.push(`cluster.evictionToleration: "${String(spec.evictionToleration)}" is not a duration such as 300s or 5m`);
  else k8s.evictionTolerationTicks = toleration;
  for (const id2 of expandNodes(world2, spec, problems)) {
    const joined = joinNode(world2, id2);
    if (typeof joined === "string") problems.push(`cluster.nodes: ${joined}`);
  }
  buildPods(world2, spec, problems);
  buildWorkloads(world2, scenario, problems);
}

// shared/sim/scenario/servicesSchema.ts
import { z as z3 } from "zod";

// shared/sim/services/model.ts
function emptyServiceMetrics() {
  return { offeredRps: 0, servedRps: 0, errorRps: 0, timeoutRps: 0, latencyMsP95: 0, healthyBackends: 0, utilisationPermille: 0, cause: "" };
}

// shared/sim/services/slo.ts
function emptyWindow(size2) {
  return { good: new Array(size2).fill(0), total: new Array(size2).fill(0), cursor: 0, size: size2 };
}
function recordWindow(service3, goodMilli, totalMilli) {
  const w = service3.sloWindow;
  w.good[w.cursor] = goodMilli;
  w.total[w.cursor] = totalMilli;
  w.cursor = (w.cursor + 1) % w.size;
}
function windowCounts(service3, windowTicks = service3.sloWindow.size) {
  const w = service3.sloWindow;
  const n = Math.min(Math.max(0, windowTicks), w.size);
  let good = 0;
  let total = 0;
  for (let k = 1; k <= n; k++) {
    const i = (w.cursor - k + w.size) % w.size;
    good += w.good[i] ?? 0;
    total += w.total[i] ?? 0;
  }
  return { good, total };
}
function serviceAvailabilityPermille(service3, windowTicks = service3.sloWindow.size) {
  const { good, total } = windowCounts(service3, windowTicks);
  return total > 0 ? Math.floor(good * 1e3 / total) : 1e3;
}
function serviceAvailabilityPpm(service3, windowTicks = service3.sloWindow.size) {
  const { good, total } = windowCounts(service3, windowTicks);
  return total > 0 ? Math.floor(good * 1e6 / total) : 1e6;
}
function errorBudgetRemainingPermille(service3, windowTicks = service3.sloWindow.size) {
  const { good, total } = windowCounts(service3, windowTicks);
  if (total <= 0) return 1e3;
  const allowed = total * (1e3 - service3.slo.availabilityPermille);
  if (allowed <= 0) return good >= total ? 1e3 : -1e3;
  return 1e3 - Math.ceil((total - good) * 1e6 / allowed);
}

// shared/sim/scenario/servicesSchema.ts
var name = z3.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'lower-case letters, digits, ".", "_" or "-", starting with a letter or digit');
var duration = z3.union([z3.number().int().min(0), z3.string()]).transform((v, ctx) => {
  const s = typeof v === "number" ? v : parseDurationSeconds(v);
  if (s === null) {
    ctx.addIssue({ code: "custom", message: `expected a duration such as 90s, 30m or 1h30m (or a number of seconds), got "${String(v)}"` });
    return z3.NEVER;
  }
  return s;
});
var dollars = z3.number().min(0).max(1e12).transform((v, ctx) => {
  const cents = Math.round(v * 100);
  if (Math.abs(v * 100 - cents) > 1e-6) {
    ctx.addIssue({ code: "custom", message: `expected dollars with at most two decimals (whole cents), got ${v}` });
    return z3.NEVER;
  }
  return cents;
});
var labelKey = z3.string().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,252}$/, 'a label key such as "app" or "tier"');
var entry = z3.strictObject({
  /** A load balancer that sends to running containers carrying all these labels (`docker run -l app=shop-web`). */
  labels: z3.record(labelKey, z3.string().max(63)).optional(),
  /** kube-proxy: the endpoints of the k8s Service of this name (it may be created during play). */
  k8sService: name.optional()
}).superRefine((e, ctx) => {
  if (e.labels === void 0 === (e.k8sService === void 0)) {
    ctx.addIssue({ code: "custom", message: 'give exactly one of "labels" (e.g. {"app": "shop-web"}) or "k8sService" (e.g. "shop-web")' });
  } else if (e.labels && Object.keys(e.labels).length === 0) {
    ctx.addIssue({ code: "custom", path: ["labels"], message: "an empty selector would send requests to every container: name at least one label" });
  }
});
var spike = z3.strictObject({
  at: duration,
  duration,
  /** Multiplier of the traffic while it lasts (3 = three times the usual rate). */
  factor: z3.number().min(0).max(1e3)
});
var traffic = z3.strictObject({
  baseRps: z3.number().int().min(0).max(1e7),
  peakRps: z3.number().int().min(0).max(1e7).optional(),
  dayLength: duration.default(86400),
  peakAt: duration.optional(),
  /** Random variation per tick, per-mille of the curve. */
  noise: z3.number().int().min(0).max(1e3).default(0),
  spikes: z3.array(spike).default([])
}).superRefine((t2, ctx) => {
  if (t2.dayLength < 2) ctx.addIssue({ code: "custom", path: ["dayLength"], message: "a day must last at least 2 seconds" });
  if (t2.peakRps !== void 0 && t2.peakRps < t2.baseRps) {
    ctx.addIssue({ code: "custom", path: ["peakRps"], message: `the peak (${t2.peakRps}) is below the base rate (${t2.baseRps})` });
  }
  if (t2.peakAt !== void 0 && t2.peakAt >= t2.dayLength) {
    ctx.addIssue({ code: "custom", path: ["peakAt"], message: `${t2.peakAt}s is past the end of the ${t2.dayLength}s day` });
  }
  t2.spikes.forEach((s, i) => {
    if (s.duration < 1) ctx.addIssue({ code: "custom", path: ["spikes", i, "duration"], message: "a spike must last at least 1s" });
  });
});
var slo = z3.strictObject({
  /** Percent of requests that must be good (served, in time, within latencyMs). */
  availability: z3.number().gt(0).max(100).refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-6, { message: "the game counts availability in steps of 0.1 % (99.9, not 99.95)" }).default(99.9),
  latencyMs: z3.number().int().min(1).max(6e5).default(300)
});
var service = z3.strictObject({
  name,
  entry,
  port: z3.number().int().min(1).max(65535),
  traffic,
  /** CPU time per request, millicore-seconds (20 → one core serves 50 req/s). */
  cpuPerRequestMilli: z3.number().int().min(1).max(1e6).default(20),
  /** p95 latency at low load, ms. */
  baseLatencyMs: z3.number().int().min(1).max(6e5).default(50),
  slo: slo.default({ availability: 99.9, latencyMs: 300 }),
  /** Game dollars earned per 1,000 served requests. */
  revenuePerThousand: dollars.default(0),
  /** How far back availability and the error budget look. */
  sloWindow: duration.refine((v) => v >= 1 && v <= 86400, { message: "expected a window from 1s to 24h" }).default(600)
});
var servicesFields = {
  /** Customer-facing services: where their requests enter and how much traffic they get. */
  services: z3.array(service).default([])
};
function toEntry(e) {
  return e.labels ? { kind: "labels", selector: { ...e.labels } } : { kind: "k8s-service", name: e.k8sService ?? "" };
}
function buildServices2(world2, scenario, problems) {
  scenario.services.forEach((spec, i) => {
    const at = `services[${i}]`;
    if (world2.services.has(spec.name)) {
      problems.push(`${at}.name: duplicate service "${spec.name}"`);
      return;
    }
    if (spec.entry.k8sService !== void 0 && !world2.k8s.enabled) {
      problems.push(`${at}.entry.k8sService: "${spec.entry.k8sService}" needs the orchestrator, and this scenario has none (add the cluster part, or use "labels")`);
      return;
    }
    const t2 = spec.traffic;
    const s = {
      name: spec.name,
      entry: toEntry(spec.entry),
      port: spec.port,
      traffic: {
        baseRps: t2.baseRps,
        peakRps: t2.peakRps ?? t2.baseRps,
        dayTicks: t2.dayLength,
        peakAtTick: t2.peakAt ?? Math.floor(t2.dayLength / 2),
        noisePermille: t2.noise,
        spikes: t2.spikes.map((p) => ({ atTick: p.at, durationTicks: p.duration, factorPermille: Math.round(p.factor * 1e3) }))
      },
      cpuPerRequestMilli: spec.cpuPerRequestMilli,
      baseLatencyMs: spec.baseLatencyMs,
      slo: { availabilityPermille: Math.round(spec.slo.availability * 10), latencyMs: spec.slo.latencyMs },
      revenuePerKiloRequestCents: spec.revenuePerThousand,
      trafficFactorPermille: 1e3,
      metrics: emptyServiceMetrics(),
      totals: { requests: 0, served: 0, failed: 0, slow: 0 },
      sloWindow: emptyWindow(spec.sloWindow)
    };
    world2.services.set(s.name, s);
  });
}

// shared/sim/scenario/opsSchema.ts
import { z as z4 } from "zod";

// shared/sim/ops/pick.ts
function pick(world2, list4) {
  return list4[nextInt(world2, list4.length)];
}

// shared/sim/ops/figures.ts
var HOST_REPAIR_TICKS = 300;
var HOST_BOOT_TICKS = 120;
var HOST_REIMAGE_TICKS = 420;
var NIC_REPAIR_TICKS = 90;
var PARTITION_HEAL_TICKS = 1800;
var PANIC_REBOOT_TICKS = 60;
var POWER_RESTORE_TICKS = 900;
var REGISTRY_OUTAGE_TICKS = 1200;
var RATE_LIMIT_TICKS = 1800;
var REPLICA_RECOVERY_TICKS = 240;
var LEAK_MIB_PER_TICK = 8;
var BAD_RELEASE_CRASH_TICKS = 90;
var BAD_CONFIG_CRASH_TICKS = 2;
var SLOW_RELEASE_LATENCY_PERMILLE = 4e3;
var BUGGY_RELEASE_ERROR_PERMILLE = 300;
var TRAFFIC_SPIKE_PERMILLE = 3e3;
var TRAFFIC_SPIKE_TICKS = 1200;
var LOG_FLOOD_FILL_TICKS = 600;
var OVERCOMMIT_VCPU_RATIO = 2;
var SLO_RESTORED_TICKS = 60;
var ALERT_EVAL_TICKS = 5;
var RESOLVED_ALERTS_KEPT = 200;
var HISTORY_EVERY_TICKS = 10;
var HISTORY_CAPACITY = 60;
var HISTORY_ALL_CONTAINERS_UP_TO = 200;

// shared/sim/hash.ts
function fingerprint(text3) {
  let h1 = 2166136261;
  let h2 = 3421674724;
  for (let i = 0; i < text3.length; i++) {
    const c = text3.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619) >>> 0;
    h2 = Math.imul(h2 ^ c ^ h1 >>> 7, 16777619) >>> 0;
  }
  return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}
function digestOf(text3) {
  const a = fingerprint(text3);
  const b = fingerprint(a + text3);
  const c = fingerprint(b + text3);
  const d = fingerprint(c + text3);
  return a + b + c + d;
}

// shared/sim/images.ts
var PUBLIC_REGISTRY = "docker.io";
var REF_RE = /^(?:([a-z0-9][a-z0-9.-]*(?::\d{1,5})?)\/)?([a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*)(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?$/;
function parseImageRef(text3) {
  const m = REF_RE.exec(text3);
  if (!m) return null;
  let registry = m[1];
  let repo = m[2] ?? "";
  if (registry && !registry.includes(".") && !registry.includes(":") && registry !== "localhost") {
    repo = `${registry}/${repo}`;
    registry = void 0;
  }
  return { registry: registry ?? PUBLIC_REGISTRY, repo, tag: m[3] ?? "latest" };
}
function refKey(ref) {
  return ref.registry === PUBLIC_REGISTRY ? `${ref.repo}:${ref.tag}` : `${ref.registry}/${ref.repo}:${ref.tag}`;
}
function repoColumn(ref) {
  return ref.registry === PUBLIC_REGISTRY ? ref.repo : `${ref.registry}/${ref.repo}`;
}
function layerDigest(parent, createdBy, contentKey) {
  return `sha256:${digestOf(`${parent}
${createdBy}
${contentKey}`)}`;
}
function ensureLayer(world2, layer) {
  if (!world2.layers.has(layer.digest)) world2.layers.set(layer.digest, layer);
  return layer.digest;
}
function imageIdOf(layers, os, profile2, env) {
  const envText = Object.keys(env).sort().map((k) => `${k}=${env[k]}`).join(",");
  return `sha256:${digestOf(`${layers.join(",")}|${os}|${JSON.stringify(profile2)}|${envText}`)}`;
}
function ensureImage(world2, image2) {
  const existing = world2.images.get(image2.id);
  if (existing) return existing;
  world2.images.set(image2.id, image2);
  return image2;
}
function emptyStore() {
  return { layers: [], layersMiB: 0, tags: {} };
}
var METADATA_STEP = /^(?:(?:\/bin\/sh -c|cmd \/S \/C) #\(nop\)\s+)?(?:CMD|ENTRYPOINT|ENV|EXPOSE|LABEL|USER|ARG|WORKDIR|VOLUME|STOPSIGNAL|HEALTHCHECK|SHELL|ONBUILD|MAINTAINER)\b/;
function isEmptyLayer(layer) {
  return layer.sizeMiB === 0 && METADATA_STEP.test(layer.createdBy);
}
function missingLayers(world2, store, imageId) {
  const image2 = world2.images.get(imageId);
  if (!image2) return [];
  const have = new Set(store.layers);
  const out = [];
  for (const d of image2.layers) {
    const layer = world2.layers.get(d);
    if (!have.has(d) && !out.includes(d) && layer && !isEmptyLayer(layer)) out.push(d);
  }
  return out;
}
function storeHasLayer(store, digest) {
  return store.layers.includes(digest);
}
function addLayerToStore(world2, store, digest) {
  if (store.layers.includes(digest)) return;
  store.layers.push(digest);
  store.layersMiB += world2.layers.get(digest)?.sizeMiB ?? 0;
}
function putImageInStore(world2, store, key, imageId) {
  const image2 = world2.images.get(imageId);
  if (!image2) return;
  for (const d of image2.layers) addLayerToStore(world2, store, d);
  store.tags[key] = imageId;
}
function layersInUse(world2, store, extraImageIds) {
  const used = /* @__PURE__ */ new Set();
  const add = (id2) => {
    const img = world2.images.get(id2);
    if (img) for (const d of img.layers) used.add(d);
  };
  for (const id2 of Object.values(store.tags)) add(id2);
  for (const id2 of extraImageIds) add(id2);
  return used;
}
function shortImageId(id2) {
  return id2.replace(/^sha256:/, "").slice(0, 12);
}
function shortLayer(digest) {
  return digest.replace(/^sha256:/, "").slice(0, 12);
}
function resolveInStore(store, text3) {
  const ref = parseImageRef(text3);
  if (ref) {
    const id2 = store.tags[refKey(ref)];
    if (id2) return id2;
  }
  const hex = text3.replace(/^sha256:/, "");
  if (/^[0-9a-f]{4,64}$/.test(hex)) {
    for (const id2 of Object.values(store.tags)) if (id2.replace(/^sha256:/, "").startsWith(hex)) return id2;
  }
  return null;
}
var DANGLING = "<none>@";
function repoTagKey(ref) {
  return `${ref.repo}:${ref.tag}`;
}
function fullRef(ref) {
  const repo = ref.registry === PUBLIC_REGISTRY && !ref.repo.includes("/") ? `library/${ref.repo}` : ref.repo;
  return `${ref.registry}/${repo}:${ref.tag}`;
}
function fullRepo(ref) {
  const repo = ref.registry === PUBLIC_REGISTRY && !ref.repo.includes("/") ? `library/${ref.repo}` : ref.repo;
  return `${ref.registry}/${repo}`;
}
function manifestDigest(imageId) {
  return `sha256:${digestOf(`manifest
${imageId}`)}`;
}
function imageSizeMiB(world2, image2) {
  let sum = 0;
  for (const d of image2.layers) sum += world2.layers.get(d)?.sizeMiB ?? 0;
  return sum;
}
function keysOf(store, imageId) {
  const out = [];
  for (const [key, id2] of Object.entries(store.tags)) if (id2 === imageId) out.push(key);
  return out;
}
function setTag(store, key, imageId) {
  const previous = store.tags[key];
  delete store.tags[`${DANGLING}${imageId}`];
  store.tags[key] = imageId;
  if (previous && previous !== imageId && keysOf(store, previous).length === 0) store.tags[`${DANGLING}${previous}`] = previous;
}
function keepDangling(store, imageId) {
  if (keysOf(store, imageId).length === 0) store.tags[`${DANGLING}${imageId}`] = imageId;
}
function removeUnusedLayers(world2, store, candidates2, extraImageIds) {
  const used = layersInUse(world2, store, extraImageIds);
  const removed = [];
  for (let i = candidates2.length - 1; i >= 0; i--) {
    const d = candidates2[i];
    if (used.has(d) || removed.includes(d)) continue;
    const at = store.layers.indexOf(d);
    if (at < 0) continue;
    store.layers.splice(at, 1);
    store.layersMiB -= world2.layers.get(d)?.sizeMiB ?? 0;
    removed.push(d);
  }
  return removed;
}

// shared/sim/processOutput.ts
var HOSTNAME_MARK = "\0hostname";
var ENV_MARK = "\0env";
var DEFAULT_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
function notFoundError(exe) {
  return `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${exe}": executable file not found in $PATH: unknown`;
}
function printStdout(c) {
  for (const line of c.profile.stdout ?? []) {
    const lines3 = line === HOSTNAME_MARK ? [c.id.slice(0, 12)] : line === ENV_MARK ? [DEFAULT_PATH, `HOSTNAME=${c.id.slice(0, 12)}`, ...Object.entries(c.env).map(([k, v]) => `${k}=${v}`), "HOME=/root"] : [line];
    for (const l of lines3) c.logs.push(l);
  }
  if (c.logs.length > LOG_LINES_KEPT) c.logs.splice(0, c.logs.length - LOG_LINES_KEPT);
}

// shared/sim/containers.ts
function logLine(c, line) {
  c.logs.push(line);
  if (c.logs.length > LOG_LINES_KEPT) c.logs.splice(0, c.logs.length - LOG_LINES_KEPT);
}
var PIDS_PER_CONTAINER = 63;
function hostPid(c, k) {
  return 2e3 + c.index * (PIDS_PER_CONTAINER + 1) + 1 + Math.min(k, PIDS_PER_CONTAINER - 1);
}
function networkKey(engine2, name3) {
  return `${engine2}/${name3}`;
}
function volumeKey(engine2, name3) {
  return `${engine2}/${name3}`;
}
function addressIn(prefix, third, n) {
  const per = 254;
  return `${prefix}.${third + Math.floor((n - 1) / per)}.${(n - 1) % per + 1}`;
}
function allocateIp(world2, target, network) {
  if (network === "host" || network === "none") return "";
  const custom = world2.networks.get(networkKey(target.id, network));
  if (custom) {
    const [a, b, c] = custom.subnet.split(".");
    return addressIn(`${a}.${b}`, Number(c), custom.nextIp++);
  }
  return addressIn("172.17", 0, target.kernel.nextBridgeIp++);
}
function createContainer(world2, target, spec) {
  const c = {
    id: nextHex(world2, 64),
    index: world2.nextIndex.container++,
    name: spec.name,
    imageRef: spec.imageRef,
    imageId: spec.imageId,
    targetId: target.id,
    hostId: target.host.id,
    kernelId: target.kernel.id,
    kernelIndex: target.kernel.index,
    state: "created",
    exitCode: 0,
    oomKilled: false,
    error: "",
    createdTick: world2.tick,
    startedTick: -1,
    finishedTick: -1,
    restartCount: 0,
    restartPolicy: spec.restartPolicy,
    restartMaxRetries: spec.restartMaxRetries ?? 0,
    restartBackoff: 0,
    restartAtTick: -1,
    cpuLimitMillis: spec.cpuLimitMillis,
    memoryLimitMiB: spec.memoryLimitMiB,
    memorySwapMiB: spec.memorySwapMiB ?? 0,
    autoRemove: spec.autoRemove ?? false,
    oomScoreAdj: spec.oomScoreAdj,
    ports: spec.ports,
    network: spec.network,
    ip: allocateIp(world2, target, spec.network),
    userns: spec.userns,
    env: spec.env,
    labels: spec.labels ?? {},
    mounts: spec.mounts,
    profile: spec.profile,
    cmd: spec.cmd ?? [spec.profile.command],
    stoppedByUser: false,
    waitingForJob: null,
    metrics: { cpuDemandMillis: 0, cpuUsedMillis: 0, throttledPermille: 0, starvedPermille: 0, memoryUsageMiB: 0, writableMiB: 0, uptimeTicks: 0, trafficCpuMillis: 0, offeredRps: 0, servedRps: 0 },
    logs: []
  };
  world2.containers.set(c.id, c);
  return c;
}
function isRunning(c) {
  return c.state === "running";
}
function portHolder(world2, targetId, hostPort, exceptId) {
  for (const other of world2.containers.values()) {
    if (other.id === exceptId || other.targetId !== targetId || other.state !== "running") continue;
    if (other.ports.some((p) => p.hostPort === hostPort)) return other;
    if (other.network === "host" && other.profile.listenPort === hostPort) return other;
  }
  return null;
}
function portError(c, hostPort, publishedByOther) {
  const cause = publishedByOther ? `Bind for 0.0.0.0:${hostPort} failed: port is already allocated` : `Error starting userland proxy: listen tcp4 0.0.0.0:${hostPort}: bind: address already in use`;
  return `driver failed programming external connectivity on endpoint ${c.name} (${digestOf(`endpoint
${c.id}`)}): ${cause}`;
}
function startContainer(world2, c) {
  if (c.profile.notFound !== void 0) return notFoundError(c.profile.notFound);
  for (const p of c.ports) {
    const holder = portHolder(world2, c.targetId, p.hostPort, c.id);
    if (holder) return portError(c, p.hostPort, holder.ports.some((q) => q.hostPort === p.hostPort));
  }
  c.state = "running";
  c.startedTick = world2.tick;
  c.exitCode = 0;
  c.oomKilled = false;
  c.error = "";
  c.stoppedByUser = false;
  c.metrics.memoryUsageMiB = c.profile.memoryMiB;
  c.metrics.uptimeTicks = 0;
  logLine(c, `${c.profile.command}: starting (pid 1)`);
  if (c.network === "host" && c.profile.listenPort > 0) {
    const holder = portHolder(world2, c.targetId, c.profile.listenPort, c.id);
    if (holder) {
      const port = c.profile.listenPort;
      logLine(c, c.profile.command === "nginx" ? `nginx: [emerg] bind() to 0.0.0.0:${port} failed (98: Address already in use)` : `${c.profile.command}: listen tcp 0.0.0.0:${port}: bind: address already in use`);
      endRun(world2, c, 1, "", false);
      return null;
    }
  }
  printStdout(c);
  if (c.profile.listenPort > 0) logLine(c, `${c.profile.command}: listening on ${c.network === "host" ? "0.0.0.0" : c.ip}:${c.profile.listenPort}`);
  return null;
}
function wantsRestart(c, exitCode) {
  switch (c.restartPolicy) {
    case "always":
    case "unless-stopped":
      return true;
    case "on-failure":
      return exitCode !== 0 && (c.restartMaxRetries === 0 || c.restartCount < c.restartMaxRetries);
    default:
      return false;
  }
}
function endRun(world2, c, exitCode, error, oomKilled) {
  c.state = "exited";
  c.exitCode = exitCode;
  c.oomKilled = oomKilled;
  c.error = error;
  c.finishedTick = world2.tick;
  c.metrics.cpuDemandMillis = 0;
  c.metrics.cpuUsedMillis = 0;
  c.metrics.memoryUsageMiB = 0;
  if (c.metrics.uptimeTicks >= RESTART_RESET_TICKS) c.restartBackoff = 0;
  if (c.stoppedByUser || !wantsRestart(c, exitCode)) {
    if (c.autoRemove) world2.containers.delete(c.id);
    return;
  }
  c.state = "restarting";
  c.restartAtTick = world2.tick + dockerRestartDelayTicks(c.restartBackoff);
  c.restartBackoff++;
  c.restartCount++;
}
function stopContainer(world2, c) {
  c.stoppedByUser = true;
  if (c.state === "running") {
    logLine(c, `${c.profile.command}: received SIGTERM, shutting down`);
    endRun(world2, c, 0, "", false);
  } else if (c.state === "restarting") {
    c.state = "exited";
  }
}
function killContainer(world2, c, signal) {
  c.stoppedByUser = true;
  if (c.state === "running") endRun(world2, c, 128 + signal, "", false);
  else if (c.state === "restarting") c.state = "exited";
}
function userStart(world2, c) {
  const refused = startContainer(world2, c);
  if (refused) return refused;
  c.restartBackoff = 0;
  c.restartCount = 0;
  return null;
}
function removeContainer(world2, c) {
  world2.containers.delete(c.id);
}
function killContainersOnKernel(world2, kernelId, exitCode, reason) {
  let killed = 0;
  for (const c of world2.containers.values()) {
    if (c.kernelId !== kernelId || c.state !== "running") continue;
    logLine(c, `${c.profile.command}: killed (${reason})`);
    endRun(world2, c, exitCode, reason, false);
    killed++;
  }
  return killed;
}
function removeContainersOnTarget(world2, targetId) {
  let removed = 0;
  for (const c of [...world2.containers.values()]) {
    if (c.targetId !== targetId) continue;
    world2.containers.delete(c.id);
    removed++;
  }
  for (const [key, v] of [...world2.volumes]) if (v.driver === "local" && v.hostId === targetId) world2.volumes.delete(key);
  for (const [key, n] of [...world2.networks]) if (n.engine === targetId) world2.networks.delete(key);
  return removed;
}

// shared/sim/machines.ts
function bootLog(os, release, cpus, memoryMiB2, virtual) {
  if (os === "windows") return [`Microsoft-Windows-Kernel-General: The operating system started (build ${release}), ${cpus} processors, ${memoryMiB2} MB of memory.`];
  const kib = memoryMiB2 * 1024;
  return [
    `Linux version ${release} (gcc 12.2.0, GNU ld 2.40) #1 SMP PREEMPT_DYNAMIC`,
    ...virtual ? ["Hypervisor detected: KVM"] : [],
    `smpboot: Allowing ${cpus} CPUs, 0 hotplug CPUs`,
    `Memory: ${kib - Math.floor(kib / 32)}K/${kib}K available`
  ];
}
function addKernel(world2, os, owner, release) {
  const kernel = {
    id: `kernel-${owner.id}`,
    index: world2.nextIndex.kernel++,
    os,
    release,
    owner,
    state: "up",
    log: [],
    nextBridgeIp: 2
  };
  world2.kernels.set(kernel.id, kernel);
  return kernel;
}
function addHost(world2, id2, rack2, type, role, hypervisor) {
  const host = {
    id: id2,
    index: world2.nextIndex.host++,
    rack: rack2,
    type: type.name,
    cores: type.cores,
    memoryMiB: type.memoryMiB,
    diskMiB: type.diskMiB,
    nicMbps: type.nicMbps,
    role,
    hypervisor,
    state: "up",
    cordoned: false,
    kernelId: null,
    // Hypervisor hosts keep swap the size of half their RAM; container hosts run without
    // swap, as Kubernetes nodes do, so memory pressure ends in the OOM killer.
    swapMiB: role === "hypervisor" ? Math.floor(type.memoryMiB / 2) : 0,
    store: emptyStore(),
    metrics: { cpuDemandMillis: 0, cpuUsedMillis: 0, memoryUsedMiB: 0, memoryOvercommitMiB: 0, swapUsedMiB: 0, diskUsedMiB: 0, nicUsedMiBps: 0 }
  };
  world2.hosts.set(id2, host);
  if (role === "container-host" || hypervisor === "type2") {
    const kernel = addKernel(world2, "linux", { kind: "host", id: id2 }, CONTAINER_HOST_OS.kernelRelease);
    kernel.log.push(...bootLog("linux", kernel.release, host.cores, host.memoryMiB, false));
    host.kernelId = kernel.id;
  }
  return host;
}
function addVm(world2, name3, host, vcpus, memoryMiB2, os) {
  const spec = GUEST_OS[os];
  const vm = {
    id: name3,
    index: world2.nextIndex.vm++,
    name: name3,
    hostId: host.id,
    vcpus,
    memoryMiB: memoryMiB2,
    os,
    state: "booting",
    progress: 0,
    kernelId: "",
    diskMiB: spec.diskMiB,
    createdTick: world2.tick,
    stateSinceTick: world2.tick,
    store: emptyStore(),
    metrics: { diskUsedMiB: spec.osDiskMiB, cpuDemandMillis: 0, cpuUsedMillis: 0, stealPermille: 0, swappedPermille: 0, memoryUsedMiB: 0 }
  };
  world2.vms.set(name3, vm);
  const kernel = addKernel(world2, os, { kind: "vm", id: name3 }, spec.kernelRelease);
  kernel.state = "off";
  kernel.log.push(...bootLog(os, spec.kernelRelease, vcpus, memoryMiB2, true));
  vm.kernelId = kernel.id;
  return vm;
}
function resolveTarget(world2, id2) {
  const host = world2.hosts.get(id2);
  if (host) {
    if (host.role === "hypervisor") return { ok: false, reason: "hypervisor" };
    const kernel = host.kernelId ? world2.kernels.get(host.kernelId) : void 0;
    if (!kernel) return { ok: false, reason: "hypervisor" };
    if (host.state !== "up" || kernel.state !== "up") return { ok: false, reason: "down" };
    return {
      ok: true,
      target: { id: id2, kind: "host", host, vm: null, kernel, store: host.store, diskMiB: host.diskMiB, memoryMiB: host.memoryMiB - CONTAINER_HOST_OS.memoryMiB, nicMbps: host.nicMbps }
    };
  }
  const vm = world2.vms.get(id2);
  if (vm) {
    const vmHost = world2.hosts.get(vm.hostId);
    const kernel = world2.kernels.get(vm.kernelId);
    if (!vmHost || !kernel) return { ok: false, reason: "unknown" };
    if (vm.state !== "running" || kernel.state !== "up" || vmHost.state !== "up") return { ok: false, reason: "vm-off" };
    return {
      ok: true,
      target: { id: id2, kind: "vm", host: vmHost, vm, kernel, store: vm.store, diskMiB: vm.diskMiB, memoryMiB: vm.memoryMiB - GUEST_OS[vm.os].memoryMiB, nicMbps: vmHost.nicMbps }
    };
  }
  return { ok: false, reason: "unknown" };
}
function storeOf(world2, targetId) {
  return world2.hosts.get(targetId)?.store ?? world2.vms.get(targetId)?.store ?? null;
}
function vmIsActive(vm) {
  return vm.state !== "shut-off" && vm.state !== "crashed";
}
function vmOverheadMiB(host, vcpus) {
  if (!host.hypervisor) return 0;
  const hv = HYPERVISOR[host.hypervisor];
  return hv.perVmMiB + hv.perVcpuMiB * vcpus;
}
function hypervisorOverhead(host) {
  if (!host.hypervisor) return { cpuMillis: 0, memoryMiB: 0 };
  const hv = HYPERVISOR[host.hypervisor];
  return { cpuMillis: host.cores * hv.cpuOverheadPermille, memoryMiB: hv.memoryMiB };
}
function hostCommitment(world2, host) {
  const out = { memoryMiB: hypervisorOverhead(host).memoryMiB, vcpus: 0, activeVms: 0, vms: 0, diskMiB: host.hypervisor ? HYPERVISOR[host.hypervisor].osDiskMiB : 0 };
  for (const vm of world2.vms.values()) {
    if (vm.hostId !== host.id) continue;
    out.vms++;
    out.diskMiB += vm.diskMiB;
    if (!vmIsActive(vm)) continue;
    out.activeVms++;
    out.vcpus += vm.vcpus;
    out.memoryMiB += vm.memoryMiB + vmOverheadMiB(host, vm.vcpus);
  }
  return out;
}
function removeVm(world2, vm) {
  let volumes = 0;
  for (const v of world2.volumes.values()) if (v.driver === "local" && v.hostId === vm.id) volumes++;
  const containers2 = removeContainersOnTarget(world2, vm.id);
  world2.kernels.delete(vm.kernelId);
  world2.vms.delete(vm.id);
  return { containers: containers2, volumes };
}
function kernelOfMachine(world2, id2) {
  const host = world2.hosts.get(id2);
  if (host) return { found: true, kernel: host.kernelId ? world2.kernels.get(host.kernelId) ?? null : null };
  const vm = world2.vms.get(id2);
  if (vm) return { found: true, kernel: world2.kernels.get(vm.kernelId) ?? null };
  return { found: false, kernel: null };
}

// shared/sim/registries.ts
var REGISTRY_ROOT = "/var/lib/registry";
function addressesOf(c) {
  const port = c.profile.listenPort;
  if (c.network === "host") return port > 0 ? [`${c.targetId}:${port}`] : [];
  return c.ports.filter((p) => p.containerPort === port).map((p) => `${c.targetId}:${p.hostPort}`);
}
function registryVolume(world2, c) {
  const path = c.profile.dataPath ?? REGISTRY_ROOT;
  const mount = c.mounts.find((m) => m.path === path);
  return mount ? world2.volumes.get(mount.volume) ?? null : null;
}
function containerById(world2, id2) {
  return id2 === null ? null : world2.containers.get(id2) ?? null;
}
function scanRegistryContainers(world2) {
  const serving = /* @__PURE__ */ new Map();
  const existing = /* @__PURE__ */ new Set();
  for (const c of world2.containers.values()) {
    if (!c.profile.registry) continue;
    existing.add(c.id);
    if (c.state !== "running" || !resolveTarget(world2, c.targetId).ok) continue;
    for (const a of addressesOf(c)) if (!serving.has(a)) serving.set(a, c);
  }
  return { serving, existing };
}
function current(world2, address, reg, c, existing) {
  if (c) {
    if (reg && reg.containerId === c.id) return reg.available ? reg : { ...reg, available: true };
    const stored = registryVolume(world2, c)?.registry;
    return {
      id: address,
      kind: "private",
      containerId: c.id,
      available: true,
      perLayerMiBps: reg?.perLayerMiBps ?? PRIVATE_REGISTRY_PER_LAYER_MIBPS,
      tags: stored ? { ...stored.tags } : {},
      blobs: stored ? [...stored.blobs] : []
    };
  }
  if (!reg) return void 0;
  if (reg.containerId !== null && !existing.has(reg.containerId)) return { ...reg, available: false, containerId: null, tags: {}, blobs: [] };
  return reg.available ? { ...reg, available: false } : reg;
}
function viewRegistry(world2, id2) {
  const reg = world2.registries.get(id2);
  if (id2 === PUBLIC_REGISTRY || reg && reg.kind === "public") return reg;
  const { serving, existing } = scanRegistryContainers(world2);
  return current(world2, id2, reg, serving.get(id2), existing);
}
function syncPrivateRegistries(world2) {
  const { serving, existing } = scanRegistryContainers(world2);
  for (const reg of world2.registries.values()) {
    if (reg.kind !== "private") continue;
    const next = current(world2, reg.id, reg, serving.get(reg.id), existing);
    serving.delete(reg.id);
    if (next && next !== reg) Object.assign(reg, next);
  }
  for (const [address, c] of serving) {
    const next = current(world2, address, void 0, c, existing);
    if (next) world2.registries.set(address, next);
  }
}
function registryHostId(world2, reg) {
  const c = containerById(world2, reg.containerId);
  return c ? c.hostId : null;
}
function unreachableError(registryId) {
  const endpoint = registryId === PUBLIC_REGISTRY ? "registry-1.docker.io" : registryId;
  const dial = registryId === PUBLIC_REGISTRY ? "registry-1.docker.io:443" : registryId;
  return `Error response from daemon: Get "https://${endpoint}/v2/": dial tcp ${dial}: connect: connection refused`;
}
function lookupRegistry(world2, registryId) {
  const reg = viewRegistry(world2, registryId);
  if (reg && reg.available) return { ok: true, registry: reg };
  if (reg) return { ok: false, error: unreachableError(registryId), hint: reg.kind === "public" ? "images.hint.publicDown" : "images.hint.privateDown" };
  const host = registryId.replace(/:\d+$/, "");
  if (world2.hosts.has(host) || world2.vms.has(host)) return { ok: false, error: unreachableError(registryId), hint: "images.hint.noRegistryThere" };
  return { ok: false, error: `Error response from daemon: Get "https://${registryId}/v2/": dial tcp: lookup ${host}: no such host`, hint: "images.hint.unknownRegistry" };
}
function pullingFrom(ref) {
  const repo = ref.registry === PUBLIC_REGISTRY && !ref.repo.includes("/") ? `library/${ref.repo}` : ref.repo;
  return `${ref.tag}: Pulling from ${repo}`;
}
function planPull(world2, target, text3) {
  const ref = parseImageRef(text3);
  const refused = (error, hint3, output = "", params = {}) => ({ ok: false, error, output, hint: hint3, params });
  if (!ref) return refused("invalid reference format", null);
  const found = lookupRegistry(world2, ref.registry);
  if (!found.ok) return refused(found.error, found.hint, "", { registry: ref.registry });
  const registry = found.registry;
  if (registry.pullError) return refused(`Error response from daemon: ${registry.pullError}`, "ops.hint.pullRefused", "", { registry: ref.registry });
  const key = refKey(ref);
  const imageId = registry.tags[repoTagKey(ref)];
  if (!imageId) {
    const repoKnown = Object.keys(registry.tags).some((k) => k.startsWith(`${ref.repo}:`));
    if (registry.kind === "public" && !repoKnown) {
      return refused(`Error response from daemon: pull access denied for ${ref.repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`, "images.hint.noSuchRepo", "", { repo: ref.repo });
    }
    return refused(`Error response from daemon: manifest for ${key} not found: manifest unknown: manifest unknown`, "images.hint.noSuchTag", "", { repo: ref.repo, tags: tagsOf(registry, ref.repo) });
  }
  const image2 = world2.images.get(imageId);
  if (!image2) return refused(`Error response from daemon: manifest for ${key} not found: manifest unknown: manifest unknown`, null);
  if (image2.os !== target.kernel.os) {
    const hint3 = image2.os === "windows" ? "images.hint.windowsImage" : "images.hint.linuxImage";
    return refused(`image operating system "${image2.os}" cannot be used on this platform`, hint3, pullingFrom(ref), { target: target.id });
  }
  const missing = missingLayers(world2, target.store, imageId);
  const allLayers = image2.layers.filter((d) => {
    const layer = world2.layers.get(d);
    return layer !== void 0 && !isEmptyLayer(layer);
  });
  return { ok: true, ref, key, registry, imageId, missing, allLayers, upToDate: missing.length === 0 && target.store.tags[key] === imageId };
}
function tagsOf(registry, repo) {
  const tags = Object.keys(registry.tags).filter((k) => k.startsWith(`${repo}:`)).map((k) => k.slice(repo.length + 1));
  return tags.length ? tags.join(", ") : "-";
}
function recordPush(world2, registry, ref, imageId, layers) {
  let addedMiB = 0;
  for (const d of layers) {
    if (registry.blobs.includes(d)) continue;
    registry.blobs.push(d);
    addedMiB += world2.layers.get(d)?.sizeMiB ?? 0;
  }
  registry.tags[repoTagKey(ref)] = imageId;
  if (registry.kind !== "private") return;
  const c = containerById(world2, registry.containerId);
  if (!c) return;
  const volume = registryVolume(world2, c);
  if (volume) {
    volume.registry = { tags: { ...registry.tags }, blobs: [...registry.blobs] };
    volume.usedMiB += addedMiB;
  } else {
    c.metrics.writableMiB += addedMiB;
  }
}

// shared/sim/commands/tokenize.ts
function tokenize(line) {
  const words = [];
  let current3 = "";
  let inWord = false;
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) {
        quote = null;
      } else if (ch === "\\" && quote === '"' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) {
        current3 += line[++i];
      } else {
        current3 += ch;
      }
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === "\\" && i + 1 < line.length) {
      current3 += line[++i];
      inWord = true;
    } else if (ch === " " || ch === "	") {
      if (inWord) words.push(current3);
      current3 = "";
      inWord = false;
    } else {
      current3 += ch;
      inWord = true;
    }
  }
  if (quote) return { ok: false, error: `unexpected end of line: unterminated ${quote === '"' ? "double" : "single"} quote` };
  if (inWord) words.push(current3);
  return { ok: true, words };
}

// shared/sim/commands/types.ts
var ok = (output) => ({ ok: true, output });
var fail = (error, output) => output === void 0 ? { ok: false, error } : { ok: false, error, output };

// shared/i18n/index.ts
import i18next from "i18next";

// shared/i18n/messages/common.ts
var commonMessages = {
  en: {
    hint: "hint: {{text}}",
    notUnlocked: "{{family}} is not unlocked in this scenario"
  },
  ko: {
    hint: "\uD78C\uD2B8: {{text}}",
    notUnlocked: "\uC774 \uC2DC\uB098\uB9AC\uC624\uC5D0\uC11C\uB294 {{family}} \uBA85\uB839\uC744 \uC544\uC9C1 \uC4F8 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4"
  }
};

// shared/i18n/messages/docker.ts
var dockerMessages = {
  en: {
    hint: {
      unknownTarget: '"{{id}}" is not a machine of this datacenter. -H takes a container host or a VM name (see "host list" and "vm list").',
      hypervisorHost: '{{id}} is a hypervisor host: it runs VMs, not containers. Create a Linux VM on it ("vm create") and point -H at the VM.',
      targetDown: "{{id}} is not running, so neither is its docker engine. Start it (or wait for it to boot) and try again.",
      tooManyCpus: "--cpus sets a CFS quota, and a quota cannot exceed the CPUs {{target}} has ({{cpus}}).",
      nameConflict: 'container names are unique per engine: remove the old one ("docker rm -f {{name}}") or choose another --name. Another machine could use the same name.',
      networkNotFound: 'networks belong to one engine: create it on {{target}} first ("docker -H {{target}} network create {{network}}").',
      osMismatch: "containers have no kernel of their own: they share the kernel of the machine they run on. {{image}} needs a {{os}} kernel and {{target}} runs {{kernelOs}}; run it on a {{os}} VM.",
      portTaken: "host port {{port}} on {{target}} is already taken. A host port can be bound once per machine; publish another host port (e.g. -p 8081:80). Containers without -p each have their own IP and can all listen on the same port.",
      removeRunning: 'stop it first ("docker stop {{name}}"), or force it with "docker rm -f {{name}}" (SIGKILL). Anything it wrote outside a volume is deleted with it.',
      pidNamespace: 'each container has its own PID namespace: in {{name}} only its own processes exist, its main process being PID 1. Host PIDs (as "docker top" shows) mean nothing in here.',
      initSigkill: 'the kernel ignores SIGKILL sent to PID 1 from inside its own PID namespace, so {{name}} keeps running. From outside, "docker kill {{name}}" ends it (exit 137).',
      freeShowsHost: `"free" reads /proc/meminfo, which shows the whole machine; this container's cgroup limit is {{limit}} MiB (/sys/fs/cgroup/memory.max). Crossing it gets the process OOM-killed.`,
      nprocShowsHost: `"nproc" counts the machine's CPUs; the --cpus {{cpus}} quota is in /sys/fs/cgroup/cpu.max. Above it the process is throttled, not killed.`,
      usernsRoot: "this container runs in a user namespace: its root is uid {{uid}} on the host, an unprivileged user. A process that escapes it is not root there."
    }
  },
  ko: {
    hint: {
      unknownTarget: '"{{id}}"\uC740(\uB294) \uC774 \uB370\uC774\uD130\uC13C\uD130\uC758 \uBA38\uC2E0\uC774 \uC544\uB2D9\uB2C8\uB2E4. -H\uC5D0\uB294 \uCEE8\uD14C\uC774\uB108 \uD638\uC2A4\uD2B8\uB098 VM \uC774\uB984\uC744 \uC501\uB2C8\uB2E4("host list", "vm list"\uB85C \uD655\uC778\uD558\uC138\uC694).',
      hypervisorHost: '{{id}}\uC740(\uB294) \uD558\uC774\uD37C\uBC14\uC774\uC800 \uD638\uC2A4\uD2B8\uB77C\uC11C \uCEE8\uD14C\uC774\uB108\uAC00 \uC544\uB2C8\uB77C VM\uC744 \uC2E4\uD589\uD569\uB2C8\uB2E4. \uADF8 \uC704\uC5D0 \uB9AC\uB205\uC2A4 VM\uC744 \uB9CC\uB4E4\uACE0("vm create") -H\uB85C \uADF8 VM\uC744 \uC9C0\uC815\uD558\uC138\uC694.',
      targetDown: "{{id}}\uC774(\uAC00) \uAEBC\uC838 \uC788\uC5B4\uC11C \uB3C4\uCEE4 \uC5D4\uC9C4\uB3C4 \uBA48\uCDB0 \uC788\uC2B5\uB2C8\uB2E4. \uCF1C\uAC70\uB098 \uBD80\uD305\uC774 \uB05D\uB0A0 \uB54C\uAE4C\uC9C0 \uAE30\uB2E4\uB9B0 \uB4A4 \uB2E4\uC2DC \uC2DC\uB3C4\uD558\uC138\uC694.",
      tooManyCpus: "--cpus\uB294 CFS \uD560\uB2F9\uB7C9\uC744 \uC815\uD558\uB294\uB370, \uD560\uB2F9\uB7C9\uC740 {{target}}\uC758 CPU \uC218({{cpus}}\uAC1C)\uB97C \uB118\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
      nameConflict: '\uCEE8\uD14C\uC774\uB108 \uC774\uB984\uC740 \uC5D4\uC9C4\uB9C8\uB2E4 \uD558\uB098\uB9CC \uC4F8 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uAE30\uC874 \uCEE8\uD14C\uC774\uB108\uB97C \uC9C0\uC6B0\uAC70\uB098("docker rm -f {{name}}") \uB2E4\uB978 --name\uC744 \uACE0\uB974\uC138\uC694. \uB2E4\uB978 \uBA38\uC2E0\uC5D0\uC11C\uB294 \uAC19\uC740 \uC774\uB984\uC744 \uC368\uB3C4 \uB429\uB2C8\uB2E4.',
      networkNotFound: '\uB124\uD2B8\uC6CC\uD06C\uB294 \uC5D4\uC9C4\uB9C8\uB2E4 \uB530\uB85C \uC788\uC2B5\uB2C8\uB2E4. \uBA3C\uC800 {{target}}\uC5D0 \uB9CC\uB4DC\uC138\uC694("docker -H {{target}} network create {{network}}").',
      osMismatch: "\uCEE8\uD14C\uC774\uB108\uC5D0\uB294 \uC790\uAE30 \uCEE4\uB110\uC774 \uC5C6\uACE0, \uC2E4\uD589\uB418\uB294 \uBA38\uC2E0\uC758 \uCEE4\uB110\uC744 \uD568\uAED8 \uC501\uB2C8\uB2E4. {{image}}\uC5D0\uB294 {{os}} \uCEE4\uB110\uC774 \uD544\uC694\uD55C\uB370 {{target}}\uC758 \uCEE4\uB110\uC740 {{kernelOs}}\uC785\uB2C8\uB2E4. {{os}} VM\uC5D0\uC11C \uC2E4\uD589\uD558\uC138\uC694.",
      portTaken: "{{target}}\uC758 \uD638\uC2A4\uD2B8 \uD3EC\uD2B8 {{port}}\uC740(\uB294) \uC774\uBBF8 \uC4F0\uC774\uACE0 \uC788\uC2B5\uB2C8\uB2E4. \uD638\uC2A4\uD2B8 \uD3EC\uD2B8\uB294 \uBA38\uC2E0\uB9C8\uB2E4 \uD55C \uBC88\uB9CC \uBC14\uC778\uB529\uD560 \uC218 \uC788\uC73C\uB2C8 \uB2E4\uB978 \uD638\uC2A4\uD2B8 \uD3EC\uD2B8\uB97C publish\uD558\uC138\uC694(\uC608: -p 8081:80). -p \uC5C6\uC774 \uC2E4\uD589\uD55C \uCEE8\uD14C\uC774\uB108\uB294 \uC800\uB9C8\uB2E4 IP\uAC00 \uC788\uC5B4\uC11C \uBAA8\uB450 \uAC19\uC740 \uD3EC\uD2B8\uC5D0\uC11C \uB4E4\uC744 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
      removeRunning: '\uBA3C\uC800 \uBA48\uCD94\uAC70\uB098("docker stop {{name}}") "docker rm -f {{name}}"\uC73C\uB85C \uAC15\uC81C\uB85C \uC9C0\uC6B0\uC138\uC694(SIGKILL). \uBCFC\uB968 \uBC16\uC5D0 \uC4F4 \uB370\uC774\uD130\uB294 \uCEE8\uD14C\uC774\uB108\uC640 \uD568\uAED8 \uC0AC\uB77C\uC9D1\uB2C8\uB2E4.',
      pidNamespace: '\uCEE8\uD14C\uC774\uB108\uB9C8\uB2E4 PID \uB124\uC784\uC2A4\uD398\uC774\uC2A4\uAC00 \uB530\uB85C \uC788\uC2B5\uB2C8\uB2E4. {{name}} \uC548\uC5D0\uB294 \uC790\uAE30 \uD504\uB85C\uC138\uC2A4\uB9CC \uC788\uACE0, \uBA54\uC778 \uD504\uB85C\uC138\uC2A4\uAC00 PID 1\uC785\uB2C8\uB2E4. "docker top"\uC774 \uBCF4\uC5EC \uC8FC\uB294 \uD638\uC2A4\uD2B8 PID\uB294 \uC5EC\uAE30\uC11C \uC544\uBB34 \uC758\uBBF8\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4.',
      initSigkill: '\uAC19\uC740 PID \uB124\uC784\uC2A4\uD398\uC774\uC2A4 \uC548\uC5D0\uC11C PID 1\uC5D0 \uBCF4\uB0B8 SIGKILL\uC740 \uCEE4\uB110\uC774 \uBB34\uC2DC\uD558\uBBC0\uB85C {{name}}\uC740(\uB294) \uACC4\uC18D \uC2E4\uD589\uB429\uB2C8\uB2E4. \uBC16\uC5D0\uC11C "docker kill {{name}}"\uC744 \uC4F0\uBA74 \uB05D\uB0A9\uB2C8\uB2E4(\uC885\uB8CC \uCF54\uB4DC 137).',
      freeShowsHost: '"free"\uB294 \uBA38\uC2E0 \uC804\uCCB4\uB97C \uBCF4\uC5EC \uC8FC\uB294 /proc/meminfo\uB97C \uC77D\uC2B5\uB2C8\uB2E4. \uC774 \uCEE8\uD14C\uC774\uB108\uC758 cgroup \uBA54\uBAA8\uB9AC \uC81C\uD55C\uC740 {{limit}} MiB\uC774\uACE0(/sys/fs/cgroup/memory.max), \uC774\uB97C \uB118\uC73C\uBA74 \uD504\uB85C\uC138\uC2A4\uAC00 OOM\uC73C\uB85C \uC885\uB8CC\uB429\uB2C8\uB2E4.',
      nprocShowsHost: '"nproc"\uB294 \uBA38\uC2E0\uC758 CPU \uC218\uB97C \uC149\uB2C8\uB2E4. --cpus {{cpus}} \uD560\uB2F9\uB7C9\uC740 /sys/fs/cgroup/cpu.max\uC5D0 \uC788\uACE0, \uC774\uB97C \uB118\uC73C\uBA74 \uD504\uB85C\uC138\uC2A4\uB294 \uC885\uB8CC\uB418\uC9C0 \uC54A\uACE0 \uC2A4\uB85C\uD2C0\uB9C1\uB429\uB2C8\uB2E4.',
      usernsRoot: "\uC774 \uCEE8\uD14C\uC774\uB108\uB294 \uC0AC\uC6A9\uC790 \uB124\uC784\uC2A4\uD398\uC774\uC2A4 \uC548\uC5D0\uC11C \uC2E4\uD589\uB429\uB2C8\uB2E4. \uC548\uC758 root\uB294 \uD638\uC2A4\uD2B8\uC5D0\uC11C \uAD8C\uD55C \uC5C6\uB294 uid {{uid}}\uC774\uBBC0\uB85C, \uD0C8\uCD9C\uD55C \uD504\uB85C\uC138\uC2A4\uB3C4 \uD638\uC2A4\uD2B8\uC758 root\uAC00 \uC544\uB2D9\uB2C8\uB2E4."
    }
  }
};

// shared/i18n/messages/images.ts
var imageMessages = {
  en: {
    hint: {
      publicDown: "Docker Hub cannot be reached. Images already on this engine are still listed (docker images) and still run; only new pulls and pushes fail until the registry is back.",
      privateDown: "the private registry {{registry}} is not serving: its registry:2 container is stopped, or the machine under it is down.",
      noRegistryThere: "nothing listens on {{registry}}. Run a registry there first, e.g. docker -H <host> run -d -p 5000:5000 registry:2",
      unknownRegistry: "there is no machine of that name in this datacenter. A private registry is named <host>:<port>, e.g. host-2:5000/shop/web:1.1",
      noSuchRepo: 'Docker Hub has no repository "{{repo}}". Check the spelling, or push the image first.',
      noSuchTag: "the registry has no such tag. Tags of {{repo}}: {{tags}}",
      windowsImage: "this is a Windows image. Containers share the kernel of the machine they run on, and {{target}} runs a Linux kernel. A Windows app needs a Windows kernel: create a Windows VM (vm create <name> --host <hypervisor> --vcpus <n> --memory <size> --os windows, sized for Windows itself plus the app) and run it there.",
      linuxImage: "this is a Linux image and {{target}} runs a Windows kernel. Run it on a Linux container host or a Linux VM.",
      notLocal: "push sends an image from this engine's own store. Build or pull it here, or tag an existing one: docker tag <image> {{ref}}",
      pushDenied: "official images (library/\u2026) belong to Docker. Push to your own namespace (e.g. shop/\u2026) or to your private registry (<host>:<port>/\u2026).",
      noSuchImage: "no image of that name on {{target}}: images live in each engine's own store (see docker -H {{target}} images).",
      inUse: "a container still uses this image (even a stopped one keeps its image). Remove it first (docker rm {{container}}), or force with -f.",
      unknownRecipe: 'the recipes of this scenario are: {{recipes}}. An inline Dockerfile also works, in quotes with \\n between lines: docker build -t demo:1 "FROM alpine:3.19\\nRUN echo hi"',
      noContext: "an inline Dockerfile has no build context, so COPY and ADD have no files to copy. Use a scenario recipe for that ({{recipes}}).",
      badTag: "a name is [registry/]repository[:tag] in lower case, e.g. shop/web:1.2 or host-2:5000/shop/web:1.2",
      noSuchContainer: "no container of that name on {{target}}; containers belong to the engine they run on (docker -H {{target}} ps -a)."
    },
    edit: {
      usage: "usage: edit <recipe> <file>   (a developer changes a file of a recipe's build context)\nrecipes: {{recipes}}",
      unknownRecipe: 'edit: unknown recipe "{{recipe}}" (known: {{recipes}})',
      unknownFile: 'edit: recipe "{{recipe}}" has no file "{{file}}" (files: {{files}})',
      changed: "{{recipe}}: a developer changed {{file}} (version {{from}} \u2192 {{to}}).\nRebuild to ship it: docker build -t <name:tag> {{recipe}}\nSteps before the first one that reads {{file}} come from the build cache; that step and every step after it are rebuilt."
    }
  },
  ko: {
    hint: {
      publicDown: "Docker Hub\uC5D0 \uC5F0\uACB0\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uC774 \uC5D4\uC9C4\uC5D0 \uC774\uBBF8 \uC788\uB294 \uC774\uBBF8\uC9C0\uB294 \uADF8\uB300\uB85C \uBCF4\uC774\uACE0(docker images) \uC2E4\uD589\uB3C4 \uB429\uB2C8\uB2E4. \uB808\uC9C0\uC2A4\uD2B8\uB9AC\uAC00 \uB3CC\uC544\uC62C \uB54C\uAE4C\uC9C0 \uC0C8 pull\uACFC push\uB9CC \uC2E4\uD328\uD569\uB2C8\uB2E4.",
      privateDown: "\uD504\uB77C\uC774\uBE57 \uB808\uC9C0\uC2A4\uD2B8\uB9AC {{registry}}\uAC00 \uC751\uB2F5\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. registry:2 \uCEE8\uD14C\uC774\uB108\uAC00 \uBA48\uCDC4\uAC70\uB098 \uADF8 \uC544\uB798 \uBA38\uC2E0\uC774 \uB0B4\uB824\uAC00 \uC788\uC2B5\uB2C8\uB2E4.",
      noRegistryThere: "{{registry}}\uC5D0\uC11C \uB4E3\uACE0 \uC788\uB294 \uAC83\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. \uBA3C\uC800 \uB808\uC9C0\uC2A4\uD2B8\uB9AC\uB97C \uB744\uC6B0\uC138\uC694. \uC608: docker -H <host> run -d -p 5000:5000 registry:2",
      unknownRegistry: "\uC774 \uB370\uC774\uD130\uC13C\uD130\uC5D0 \uADF8\uB7F0 \uC774\uB984\uC758 \uBA38\uC2E0\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. \uD504\uB77C\uC774\uBE57 \uB808\uC9C0\uC2A4\uD2B8\uB9AC\uB294 <host>:<port> \uD615\uC2DD\uC73C\uB85C \uBD80\uB985\uB2C8\uB2E4. \uC608: host-2:5000/shop/web:1.1",
      noSuchRepo: 'Docker Hub\uC5D0 "{{repo}}" \uC800\uC7A5\uC18C\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4. \uC774\uB984\uC744 \uD655\uC778\uD558\uAC70\uB098 \uC774\uBBF8\uC9C0\uB97C \uBA3C\uC800 push\uD558\uC138\uC694.',
      noSuchTag: "\uB808\uC9C0\uC2A4\uD2B8\uB9AC\uC5D0 \uADF8\uB7F0 \uD0DC\uADF8\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4. {{repo}}\uC758 \uD0DC\uADF8: {{tags}}",
      windowsImage: "\uC774\uAC83\uC740 Windows \uC774\uBBF8\uC9C0\uC785\uB2C8\uB2E4. \uCEE8\uD14C\uC774\uB108\uB294 \uC790\uC2E0\uC774 \uB3C4\uB294 \uBA38\uC2E0\uC758 \uCEE4\uB110\uC744 \uD568\uAED8 \uC4F0\uB294\uB370, {{target}}\uC740 Linux \uCEE4\uB110\uC744 \uC501\uB2C8\uB2E4. Windows \uC571\uC5D0\uB294 Windows \uCEE4\uB110\uC774 \uD544\uC694\uD558\uB2C8 Windows VM\uC744 \uB9CC\uB4E4\uC5B4(vm create <\uC774\uB984> --host <\uD558\uC774\uD37C\uBC14\uC774\uC800> --vcpus <n> --memory <\uD06C\uAE30> --os windows, \uC708\uB3C4\uC6B0 \uC790\uCCB4\uC640 \uC571\uC774 \uD568\uAED8 \uB4E4\uC5B4\uAC08 \uD06C\uAE30\uB85C) \uAC70\uAE30\uC11C \uC2E4\uD589\uD558\uC138\uC694.",
      linuxImage: "\uC774\uAC83\uC740 Linux \uC774\uBBF8\uC9C0\uC778\uB370 {{target}}\uC740 Windows \uCEE4\uB110\uC744 \uC501\uB2C8\uB2E4. Linux \uCEE8\uD14C\uC774\uB108 \uD638\uC2A4\uD2B8\uB098 Linux VM\uC5D0\uC11C \uC2E4\uD589\uD558\uC138\uC694.",
      notLocal: "push\uB294 \uC774 \uC5D4\uC9C4\uC758 \uC774\uBBF8\uC9C0 \uC800\uC7A5\uC18C\uC5D0 \uC788\uB294 \uC774\uBBF8\uC9C0\uB97C \uBCF4\uB0C5\uB2C8\uB2E4. \uC5EC\uAE30\uC11C \uBE4C\uB4DC\uD558\uAC70\uB098 pull\uD558\uAC70\uB098, \uC788\uB294 \uC774\uBBF8\uC9C0\uC5D0 \uD0DC\uADF8\uB97C \uBD99\uC774\uC138\uC694: docker tag <\uC774\uBBF8\uC9C0> {{ref}}",
      pushDenied: "\uACF5\uC2DD \uC774\uBBF8\uC9C0(library/\u2026)\uB294 Docker \uC18C\uC720\uC785\uB2C8\uB2E4. \uC790\uAE30 \uB124\uC784\uC2A4\uD398\uC774\uC2A4(\uC608: shop/\u2026)\uB098 \uD504\uB77C\uC774\uBE57 \uB808\uC9C0\uC2A4\uD2B8\uB9AC(<host>:<port>/\u2026)\uB85C push\uD558\uC138\uC694.",
      noSuchImage: "{{target}}\uC5D0 \uADF8\uB7F0 \uC774\uBBF8\uC9C0\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4. \uC774\uBBF8\uC9C0\uB294 \uC5D4\uC9C4\uB9C8\uB2E4 \uB530\uB85C \uC800\uC7A5\uB429\uB2C8\uB2E4(docker -H {{target}} images\uB85C \uD655\uC778).",
      inUse: "\uC544\uC9C1 \uC774 \uC774\uBBF8\uC9C0\uB97C \uC4F0\uB294 \uCEE8\uD14C\uC774\uB108\uAC00 \uC788\uC2B5\uB2C8\uB2E4(\uBA48\uCD98 \uCEE8\uD14C\uC774\uB108\uB3C4 \uC774\uBBF8\uC9C0\uB97C \uBD99\uC7A1\uACE0 \uC788\uC2B5\uB2C8\uB2E4). \uBA3C\uC800 \uC9C0\uC6B0\uAC70\uB098(docker rm {{container}}) -f\uB85C \uAC15\uC81C\uD558\uC138\uC694.",
      unknownRecipe: '\uC774 \uC2DC\uB098\uB9AC\uC624\uC758 \uB808\uC2DC\uD53C: {{recipes}}. Dockerfile\uC744 \uB530\uC634\uD45C \uC548\uC5D0 \uC904\uB9C8\uB2E4 \\n\uC73C\uB85C \uC774\uC5B4 \uC9C1\uC811 \uC801\uC5B4\uB3C4 \uB429\uB2C8\uB2E4: docker build -t demo:1 "FROM alpine:3.19\\nRUN echo hi"',
      noContext: "\uC9C1\uC811 \uC801\uC740 Dockerfile\uC5D0\uB294 \uBE4C\uB4DC \uCEE8\uD14D\uC2A4\uD2B8\uAC00 \uC5C6\uC5B4\uC11C COPY\uC640 ADD\uAC00 \uBCF5\uC0AC\uD560 \uD30C\uC77C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. \uD30C\uC77C\uC774 \uD544\uC694\uD558\uBA74 \uC2DC\uB098\uB9AC\uC624 \uB808\uC2DC\uD53C\uB97C \uC4F0\uC138\uC694({{recipes}}).",
      badTag: "\uC774\uB984\uC740 \uC18C\uBB38\uC790\uB85C [\uB808\uC9C0\uC2A4\uD2B8\uB9AC/]\uC800\uC7A5\uC18C[:\uD0DC\uADF8] \uD615\uC2DD\uC785\uB2C8\uB2E4. \uC608: shop/web:1.2, host-2:5000/shop/web:1.2",
      noSuchContainer: "{{target}}\uC5D0 \uADF8\uB7F0 \uC774\uB984\uC758 \uCEE8\uD14C\uC774\uB108\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4. \uCEE8\uD14C\uC774\uB108\uB294 \uC790\uC2E0\uC774 \uB3C4\uB294 \uC5D4\uC9C4\uC5D0 \uC18D\uD569\uB2C8\uB2E4(docker -H {{target}} ps -a)."
    },
    edit: {
      usage: "\uC0AC\uC6A9\uBC95: edit <\uB808\uC2DC\uD53C> <\uD30C\uC77C>   (\uAC1C\uBC1C\uC790\uAC00 \uB808\uC2DC\uD53C \uBE4C\uB4DC \uCEE8\uD14D\uC2A4\uD2B8\uC758 \uD30C\uC77C \uD558\uB098\uB97C \uACE0\uCE69\uB2C8\uB2E4)\n\uB808\uC2DC\uD53C: {{recipes}}",
      unknownRecipe: 'edit: "{{recipe}}"\uB77C\uB294 \uB808\uC2DC\uD53C\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4 (\uC788\uB294 \uAC83: {{recipes}})',
      unknownFile: 'edit: \uB808\uC2DC\uD53C "{{recipe}}"\uC5D0 "{{file}}" \uD30C\uC77C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4 (\uD30C\uC77C: {{files}})',
      changed: "{{recipe}}: \uAC1C\uBC1C\uC790\uAC00 {{file}}\uC744(\uB97C) \uACE0\uCCE4\uC2B5\uB2C8\uB2E4 (\uBC84\uC804 {{from}} \u2192 {{to}}).\n\uBC30\uD3EC\uD558\uB824\uBA74 \uB2E4\uC2DC \uBE4C\uB4DC\uD558\uC138\uC694: docker build -t <\uC774\uB984:\uD0DC\uADF8> {{recipe}}\n{{file}}\uC744(\uB97C) \uCC98\uC74C \uC77D\uB294 \uB2E8\uACC4 \uC55E\uC758 \uB2E8\uACC4\uB294 \uBE4C\uB4DC \uCE90\uC2DC\uC5D0\uC11C \uAC00\uC838\uC624\uACE0, \uADF8 \uB2E8\uACC4\uC640 \uADF8 \uB4A4\uC758 \uBAA8\uB4E0 \uB2E8\uACC4\uB294 \uB2E4\uC2DC \uBE4C\uB4DC\uB429\uB2C8\uB2E4."
    }
  }
};

// shared/i18n/messages/machines.ts
var machineMessages = {
  en: {
    hint: {
      unknownHost: 'the hosts are: {{hosts}} (see them with "host list")',
      isVm: `'{{id}}' is a VM, not a physical host; use "vm inspect {{id}}". The hosts are: {{hosts}}`,
      unknownMachine: "hosts: {{hosts}}; VMs: {{vms}}",
      isHost: `'{{name}}' is a physical host, not a VM; use "host inspect {{name}}"`,
      noVms: 'there are no VMs yet; create one on a hypervisor host ({{hypervisors}}) with "vm create <name> --host <host> --vcpus <n> --memory <size>"',
      unknownVm: 'the VMs are: {{vms}} (see them with "vm list")',
      noKernel: '{{host}} runs a type-1 hypervisor directly on the hardware: there is no host OS kernel to read. Each VM has its own kernel: try "host dmesg <vm>"',
      hostCommands: 'host commands: list, inspect, dmesg, cordon, uncordon (see "help host")',
      vmCommands: 'vm commands: create, start, stop, delete, list, inspect (see "help vm")',
      containerHost: '{{host}} is a bare-metal container host: it runs no hypervisor, so it cannot run VMs. Containers run there directly ("docker -H {{host}} run \u2026"). VMs need a hypervisor host: {{hypervisors}}',
      hostDown: "{{host}} is down: nothing can start on it until it is repaired",
      vcpusOverCores: "one VM cannot have more vCPUs than {{host}} has physical cores ({{cores}}): each vCPU is a thread that needs a core to run on. Use fewer vCPUs, or split the work over several VMs",
      outOfMemory: "{{host}} has {{ram}} of RAM and {{swap}} of swap. {{committed}} is already promised (the hypervisor plus every running VM with its overhead) and this VM needs {{need}} more. Overcommitting RAM is possible up to RAM + swap, not beyond: stop or delete a VM, make this one smaller, or use another host",
      diskFull: "{{host}} has {{free}} of disk left and the VM disk needs {{need}} (allocated in full at creation). Delete a VM or use another host",
      badName: "VM names use lower-case letters, digits and hyphens, start with a letter and have at most 63 characters, e.g. web-vm-1",
      vmExists: 'a VM called {{name}} already exists: pick another name, or "vm delete {{name}}" first',
      nameIsHost: `'{{name}}' is already the name of a physical host; hosts and VMs share one set of names ("docker -H <name>" must know which machine you mean)`,
      needHost: 'say which hypervisor host should run the VM, e.g. --host host-3 (see "host list")',
      needMemory: "say how much RAM the VM gets, e.g. --memory 4g (512m, 4g, 4Gi and 2048 (MiB) all work)",
      memoryBelowGuest: "a {{os}} guest OS alone keeps {{guest}} in RAM (kernel, init, system services) before any application runs: give the VM more than that, e.g. --memory {{suggest}}",
      alreadyActive: '{{name}} is {{state}}; "vm stop {{name}}" first if you want to restart it',
      notRunning: '{{name}} is not running; start it with "vm start {{name}}"'
    },
    warn: {
      cpuOvercommit: "warning: {{host}} now has {{vcpus}} vCPUs on {{cores}} cores ({{ratio}}:1). CPU overcommit works while the guests are idle; when they are busy they wait for a physical core (steal time) and every VM on the host slows down",
      memOvercommit: "warning: {{host}} memory is overcommitted: {{committed}} promised on {{ram}} of RAM. The host pages guest memory out to swap ({{swap}}) and the guests become slow and unpredictable",
      cordoned: "warning: {{host}} is cordoned: it was marked to receive no new work"
    },
    note: {
      created: "On {{host}}: {{vcpus}} vCPU, {{memory}} RAM, {{os}}. The guest OS itself keeps {{guest}} of it, so about {{app}} is left for applications and containers",
      booting: 'Booting: a {{os}} guest needs about {{seconds}} s (firmware, kernel, init) before anything runs in it; watch it in "vm list"',
      licence: "Licence: Windows Server is licensed per VM, ${{cost}} per hour while it runs",
      killed: "Powered off at once: {{count}} running containers inside were killed (no clean shutdown)",
      stopped: "ACPI shutdown sent: the guest stops its services; {{count}} running containers inside were stopped by its docker engine",
      deleted: "Freed on {{host}}: {{memory}} RAM and the {{disk}} VM disk. Deleted with it: {{containers}} containers and {{volumes}} volumes that lived inside the VM",
      steal: "Steal {{steal}}: this guest wanted CPU but the host gave its cores to other VMs (CPU overcommit or noisy neighbours)",
      swapped: "Swapped {{swapped}}: the host ran out of RAM for its guests and paged part of this one out to disk; everything in it runs slower"
    },
    inspect: {
      roleContainerHost: "bare-metal Linux, containers run directly on its kernel (no hypervisor)",
      roleType1: "bare metal: the hypervisor runs directly on the hardware (like ESXi or Xen)",
      roleType2: "hosted: a hypervisor application on a Linux host OS (like VirtualBox or VMware Workstation)",
      noKernel: "none: a type-1 hypervisor has no general-purpose OS; each VM boots its own kernel",
      hostOsKernel: "{{release}} (the host OS the hypervisor application runs on)",
      cpuOvercommit: "(overcommitted: busy guests wait for cores, steal time)",
      ramOvercommit: "(overcommitted by {{over}}: guests are paged out to swap and slow down)",
      vmsOnContainerHost: "none (a container host runs no hypervisor; VMs go on {{hypervisors}})",
      imagesInVms: "none on the host itself (each VM has its own docker engine): {{layers}} layers, {{size}} inside its VMs"
    }
  },
  ko: {
    hint: {
      unknownHost: '\uD638\uC2A4\uD2B8 \uBAA9\uB85D: {{hosts}} ("host list"\uB85C \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4)',
      isVm: `'{{id}}'\uB294 \uBB3C\uB9AC \uD638\uC2A4\uD2B8\uAC00 \uC544\uB2C8\uB77C VM\uC785\uB2C8\uB2E4. "vm inspect {{id}}"\uB97C \uC4F0\uC138\uC694. \uD638\uC2A4\uD2B8 \uBAA9\uB85D: {{hosts}}`,
      unknownMachine: "\uD638\uC2A4\uD2B8: {{hosts}} / VM: {{vms}}",
      isHost: `'{{name}}'\uB294 VM\uC774 \uC544\uB2C8\uB77C \uBB3C\uB9AC \uD638\uC2A4\uD2B8\uC785\uB2C8\uB2E4. "host inspect {{name}}"\uB97C \uC4F0\uC138\uC694`,
      noVms: '\uC544\uC9C1 VM\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. \uD558\uC774\uD37C\uBC14\uC774\uC800 \uD638\uC2A4\uD2B8({{hypervisors}})\uC5D0 "vm create <name> --host <host> --vcpus <n> --memory <size>"\uB85C \uB9CC\uB4E4\uC5B4 \uBCF4\uC138\uC694',
      unknownVm: 'VM \uBAA9\uB85D: {{vms}} ("vm list"\uB85C \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4)',
      noKernel: '{{host}}\uB294 \uD558\uB4DC\uC6E8\uC5B4 \uC704\uC5D0\uC11C \uBC14\uB85C \uD0C0\uC785 1 \uD558\uC774\uD37C\uBC14\uC774\uC800\uB97C \uB3CC\uB9BD\uB2C8\uB2E4. \uC77D\uC744 \uD638\uC2A4\uD2B8 OS \uCEE4\uB110\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. VM\uB9C8\uB2E4 \uC790\uAE30 \uCEE4\uB110\uC774 \uC788\uC73C\uB2C8 "host dmesg <vm>"\uC744 \uD574 \uBCF4\uC138\uC694',
      hostCommands: 'host \uBA85\uB839: list, inspect, dmesg, cordon, uncordon ("help host" \uCC38\uACE0)',
      vmCommands: 'vm \uBA85\uB839: create, start, stop, delete, list, inspect ("help vm" \uCC38\uACE0)',
      containerHost: '{{host}}\uB294 \uBCA0\uC5B4\uBA54\uD0C8 \uCEE8\uD14C\uC774\uB108 \uD638\uC2A4\uD2B8\uB77C\uC11C \uD558\uC774\uD37C\uBC14\uC774\uC800\uAC00 \uC5C6\uACE0, \uB530\uB77C\uC11C VM\uC744 \uB3CC\uB9B4 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uCEE8\uD14C\uC774\uB108\uB294 \uADF8 \uC704\uC5D0\uC11C \uBC14\uB85C \uC2E4\uD589\uB429\uB2C8\uB2E4("docker -H {{host}} run \u2026"). VM\uC740 \uD558\uC774\uD37C\uBC14\uC774\uC800 \uD638\uC2A4\uD2B8\uAC00 \uD544\uC694\uD569\uB2C8\uB2E4: {{hypervisors}}',
      hostDown: "{{host}}\uAC00 \uB2E4\uC6B4 \uC0C1\uD0DC\uC785\uB2C8\uB2E4. \uC218\uB9AC\uB420 \uB54C\uAE4C\uC9C0 \uC544\uBB34\uAC83\uB3C4 \uC2DC\uC791\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4",
      vcpusOverCores: "VM \uD558\uB098\uC5D0 {{host}}\uC758 \uBB3C\uB9AC \uCF54\uC5B4 \uC218({{cores}})\uBCF4\uB2E4 \uB9CE\uC740 vCPU\uB97C \uC904 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. vCPU \uD558\uB098\uD558\uB098\uAC00 \uCF54\uC5B4 \uC704\uC5D0\uC11C \uB3CC\uC544\uC57C \uD558\uB294 \uC2A4\uB808\uB4DC\uC774\uAE30 \uB54C\uBB38\uC785\uB2C8\uB2E4. vCPU\uB97C \uC904\uC774\uAC70\uB098 \uC77C\uC744 \uC5EC\uB7EC VM\uC5D0 \uB098\uB204\uC138\uC694",
      outOfMemory: "{{host}}\uC5D0\uB294 RAM {{ram}}\uC640 \uC2A4\uC651 {{swap}}\uAC00 \uC788\uC2B5\uB2C8\uB2E4. \uC774\uBBF8 {{committed}}\uB97C \uC57D\uC18D\uD588\uACE0(\uD558\uC774\uD37C\uBC14\uC774\uC800 \uC790\uC2E0\uACFC \uC2E4\uD589 \uC911\uC778 \uBAA8\uB4E0 VM, \uADF8 \uC624\uBC84\uD5E4\uB4DC\uAE4C\uC9C0), \uC774 VM\uC740 {{need}}\uAC00 \uB354 \uD544\uC694\uD569\uB2C8\uB2E4. RAM \uC624\uBC84\uCEE4\uBC0B\uC740 RAM + \uC2A4\uC651\uAE4C\uC9C0\uB9CC \uAC00\uB2A5\uD558\uACE0 \uADF8 \uC774\uC0C1\uC740 \uC548 \uB429\uB2C8\uB2E4. VM\uC744 \uBA48\uCD94\uAC70\uB098 \uC9C0\uC6B0\uACE0, \uC774 VM\uC744 \uC791\uAC8C \uB9CC\uB4E4\uAC70\uB098, \uB2E4\uB978 \uD638\uC2A4\uD2B8\uB97C \uC4F0\uC138\uC694",
      diskFull: "{{host}}\uC758 \uB0A8\uC740 \uB514\uC2A4\uD06C\uB294 {{free}}\uC778\uB370 VM \uB514\uC2A4\uD06C\uC5D0 {{need}}\uAC00 \uD544\uC694\uD569\uB2C8\uB2E4(\uC0DD\uC131\uD560 \uB54C \uC804\uBD80 \uD560\uB2F9\uB429\uB2C8\uB2E4). VM\uC744 \uC9C0\uC6B0\uAC70\uB098 \uB2E4\uB978 \uD638\uC2A4\uD2B8\uB97C \uC4F0\uC138\uC694",
      badName: "VM \uC774\uB984\uC740 \uC601\uBB38 \uC18C\uBB38\uC790, \uC22B\uC790, \uD558\uC774\uD508\uC73C\uB85C \uC9D3\uACE0 \uC601\uBB38\uC790\uB85C \uC2DC\uC791\uD558\uBA70 63\uC790 \uC774\uD558\uC5EC\uC57C \uD569\uB2C8\uB2E4. \uC608: web-vm-1",
      vmExists: '{{name}}\uB77C\uB294 VM\uC774 \uC774\uBBF8 \uC788\uC2B5\uB2C8\uB2E4. \uB2E4\uB978 \uC774\uB984\uC744 \uACE0\uB974\uAC70\uB098 \uBA3C\uC800 "vm delete {{name}}"\uB97C \uD558\uC138\uC694',
      nameIsHost: `'{{name}}'\uB294 \uC774\uBBF8 \uBB3C\uB9AC \uD638\uC2A4\uD2B8\uC758 \uC774\uB984\uC785\uB2C8\uB2E4. \uD638\uC2A4\uD2B8\uC640 VM\uC740 \uC774\uB984\uC744 \uD568\uAED8 \uC501\uB2C8\uB2E4("docker -H <name>"\uC774 \uC5B4\uB290 \uAE30\uACC4\uC778\uC9C0 \uC54C\uC544\uC57C \uD558\uB2C8\uAE4C\uC694)`,
      needHost: 'VM\uC744 \uB3CC\uB9B4 \uD558\uC774\uD37C\uBC14\uC774\uC800 \uD638\uC2A4\uD2B8\uB97C \uC815\uD574 \uC8FC\uC138\uC694. \uC608: --host host-3 ("host list" \uCC38\uACE0)',
      needMemory: "VM\uC5D0 \uC904 RAM\uC744 \uC815\uD574 \uC8FC\uC138\uC694. \uC608: --memory 4g (512m, 4g, 4Gi, 2048(MiB) \uBAA8\uB450 \uB429\uB2C8\uB2E4)",
      memoryBelowGuest: "{{os}} \uAC8C\uC2A4\uD2B8 OS\uB294 \uC560\uD50C\uB9AC\uCF00\uC774\uC158\uC774 \uB3CC\uAE30\uB3C4 \uC804\uC5D0 \uD63C\uC790\uC11C RAM {{guest}}\uB97C \uC501\uB2C8\uB2E4(\uCEE4\uB110, init, \uC2DC\uC2A4\uD15C \uC11C\uBE44\uC2A4). \uADF8\uBCF4\uB2E4 \uB9CE\uC774 \uC8FC\uC138\uC694. \uC608: --memory {{suggest}}",
      alreadyActive: '{{name}}\uB294 \uC9C0\uAE08 {{state}} \uC0C1\uD0DC\uC785\uB2C8\uB2E4. \uB2E4\uC2DC \uC2DC\uC791\uD558\uB824\uBA74 \uBA3C\uC800 "vm stop {{name}}"\uC744 \uD558\uC138\uC694',
      notRunning: '{{name}}\uB294 \uC2E4\uD589 \uC911\uC774 \uC544\uB2D9\uB2C8\uB2E4. "vm start {{name}}"\uC73C\uB85C \uCF1C\uC138\uC694'
    },
    warn: {
      cpuOvercommit: "\uACBD\uACE0: \uC774\uC81C {{host}}\uC5D0\uB294 \uCF54\uC5B4 {{cores}}\uAC1C\uC5D0 vCPU {{vcpus}}\uAC1C\uAC00 \uC788\uC2B5\uB2C8\uB2E4({{ratio}}:1). CPU \uC624\uBC84\uCEE4\uBC0B\uC740 \uAC8C\uC2A4\uD2B8\uAC00 \uD55C\uAC00\uD560 \uB54C\uB294 \uAD1C\uCC2E\uC9C0\uB9CC, \uBC14\uBE60\uC9C0\uBA74 \uBB3C\uB9AC \uCF54\uC5B4\uB97C \uAE30\uB2E4\uB9AC\uAC8C \uB418\uC5B4(\uC2A4\uD2F8 \uD0C0\uC784) \uD638\uC2A4\uD2B8\uC758 \uBAA8\uB4E0 VM\uC774 \uB290\uB824\uC9D1\uB2C8\uB2E4",
      memOvercommit: "\uACBD\uACE0: {{host}}\uC758 \uBA54\uBAA8\uB9AC\uAC00 \uC624\uBC84\uCEE4\uBC0B\uB418\uC5C8\uC2B5\uB2C8\uB2E4. RAM {{ram}}\uC5D0 {{committed}}\uB97C \uC57D\uC18D\uD588\uC2B5\uB2C8\uB2E4. \uD638\uC2A4\uD2B8\uAC00 \uAC8C\uC2A4\uD2B8 \uBA54\uBAA8\uB9AC\uB97C \uC2A4\uC651({{swap}})\uC73C\uB85C \uB0B4\uBCF4\uB0B4\uBBC0\uB85C \uAC8C\uC2A4\uD2B8\uAC00 \uB290\uB824\uC9C0\uACE0 \uC131\uB2A5\uC774 \uB4E4\uCB49\uB0A0\uCB49\uD574\uC9D1\uB2C8\uB2E4",
      cordoned: "\uACBD\uACE0: {{host}}\uB294 cordon \uC0C1\uD0DC\uC785\uB2C8\uB2E4. \uC0C8 \uC791\uC5C5\uC744 \uBC1B\uC9C0 \uC54A\uB3C4\uB85D \uD45C\uC2DC\uB41C \uD638\uC2A4\uD2B8\uC785\uB2C8\uB2E4"
    },
    note: {
      created: "{{host}}\uC5D0 \uC0DD\uC131: vCPU {{vcpus}}\uAC1C, RAM {{memory}}, {{os}}. \uADF8\uC911 {{guest}}\uB294 \uAC8C\uC2A4\uD2B8 OS \uC790\uC2E0\uC774 \uC4F0\uBBC0\uB85C \uC560\uD50C\uB9AC\uCF00\uC774\uC158\uACFC \uCEE8\uD14C\uC774\uB108\uC5D0\uB294 \uC57D {{app}}\uAC00 \uB0A8\uC2B5\uB2C8\uB2E4",
      booting: '\uBD80\uD305 \uC911: {{os}} \uAC8C\uC2A4\uD2B8\uB294 \uBB34\uC5C7\uC774\uB4E0 \uC2E4\uD589\uD558\uAE30 \uC804\uC5D0 \uC57D {{seconds}}\uCD08\uAC00 \uAC78\uB9BD\uB2C8\uB2E4(\uD38C\uC6E8\uC5B4, \uCEE4\uB110, init). "vm list"\uB85C \uC9C0\uCF1C\uBCF4\uC138\uC694',
      licence: "\uB77C\uC774\uC120\uC2A4: Windows Server\uB294 VM\uB9C8\uB2E4 \uB77C\uC774\uC120\uC2A4\uAC00 \uBD99\uC5B4, VM\uC774 \uC2E4\uD589\uB418\uB294 \uB3D9\uC548 \uC2DC\uAC04\uB2F9 ${{cost}}\uC758 \uBE44\uC6A9\uC774 \uB4ED\uB2C8\uB2E4",
      killed: "\uC989\uC2DC \uC804\uC6D0\uC744 \uAED0\uC2B5\uB2C8\uB2E4. \uC548\uC5D0\uC11C \uB3CC\uB358 \uCEE8\uD14C\uC774\uB108 {{count}}\uAC1C\uAC00 \uC815\uC0C1 \uC885\uB8CC \uC5C6\uC774 \uC8FD\uC5C8\uC2B5\uB2C8\uB2E4",
      stopped: "ACPI \uC885\uB8CC \uC2E0\uD638\uB97C \uBCF4\uB0C8\uC2B5\uB2C8\uB2E4. \uAC8C\uC2A4\uD2B8\uAC00 \uC11C\uBE44\uC2A4\uB97C \uBA48\uCD94\uBA70, \uC548\uC5D0\uC11C \uB3CC\uB358 \uCEE8\uD14C\uC774\uB108 {{count}}\uAC1C\uB97C docker \uC5D4\uC9C4\uC774 \uC815\uC9C0\uD588\uC2B5\uB2C8\uB2E4",
      deleted: "{{host}}\uC5D0\uC11C RAM {{memory}}\uC640 VM \uB514\uC2A4\uD06C {{disk}}\uAC00 \uD480\uB838\uC2B5\uB2C8\uB2E4. VM \uC548\uC5D0 \uC788\uB358 \uCEE8\uD14C\uC774\uB108 {{containers}}\uAC1C\uC640 \uBCFC\uB968 {{volumes}}\uAC1C\uB3C4 \uD568\uAED8 \uC0AD\uC81C\uB418\uC5C8\uC2B5\uB2C8\uB2E4",
      steal: "\uC2A4\uD2F8 {{steal}}: \uC774 \uAC8C\uC2A4\uD2B8\uB294 CPU\uAC00 \uD544\uC694\uD588\uC9C0\uB9CC \uD638\uC2A4\uD2B8\uAC00 \uCF54\uC5B4\uB97C \uB2E4\uB978 VM\uC5D0 \uC8FC\uC5C8\uC2B5\uB2C8\uB2E4(CPU \uC624\uBC84\uCEE4\uBC0B\uC774\uB098 \uC2DC\uB044\uB7EC\uC6B4 \uC774\uC6C3)",
      swapped: "\uC2A4\uC651 {{swapped}}: \uD638\uC2A4\uD2B8\uC758 RAM\uC774 \uBAA8\uC790\uB77C \uC774 \uAC8C\uC2A4\uD2B8 \uBA54\uBAA8\uB9AC \uC77C\uBD80\uB97C \uB514\uC2A4\uD06C\uB85C \uB0B4\uBCF4\uB0C8\uC2B5\uB2C8\uB2E4. \uC548\uC758 \uBAA8\uB4E0 \uAC83\uC774 \uB290\uB824\uC9D1\uB2C8\uB2E4"
    },
    inspect: {
      roleContainerHost: "\uBCA0\uC5B4\uBA54\uD0C8 \uB9AC\uB205\uC2A4, \uCEE8\uD14C\uC774\uB108\uAC00 \uC774 \uCEE4\uB110 \uC704\uC5D0\uC11C \uBC14\uB85C \uC2E4\uD589\uB428(\uD558\uC774\uD37C\uBC14\uC774\uC800 \uC5C6\uC74C)",
      roleType1: "\uBCA0\uC5B4\uBA54\uD0C8: \uD558\uC774\uD37C\uBC14\uC774\uC800\uAC00 \uD558\uB4DC\uC6E8\uC5B4 \uC704\uC5D0\uC11C \uBC14\uB85C \uC2E4\uD589\uB428(ESXi, Xen \uAC19\uC740 \uBC29\uC2DD)",
      roleType2: "\uD638\uC2A4\uD2B8\uD615: \uB9AC\uB205\uC2A4 \uD638\uC2A4\uD2B8 OS \uC704\uC758 \uD558\uC774\uD37C\uBC14\uC774\uC800 \uC560\uD50C\uB9AC\uCF00\uC774\uC158(VirtualBox, VMware Workstation \uAC19\uC740 \uBC29\uC2DD)",
      noKernel: "\uC5C6\uC74C: \uD0C0\uC785 1 \uD558\uC774\uD37C\uBC14\uC774\uC800\uC5D0\uB294 \uBC94\uC6A9 OS\uAC00 \uC5C6\uACE0, VM\uB9C8\uB2E4 \uC790\uAE30 \uCEE4\uB110\uB85C \uBD80\uD305\uD568",
      hostOsKernel: "{{release}} (\uD558\uC774\uD37C\uBC14\uC774\uC800 \uC560\uD50C\uB9AC\uCF00\uC774\uC158\uC774 \uB3C4\uB294 \uD638\uC2A4\uD2B8 OS)",
      cpuOvercommit: "(\uC624\uBC84\uCEE4\uBC0B: \uBC14\uC05C \uAC8C\uC2A4\uD2B8\uB294 \uCF54\uC5B4\uB97C \uAE30\uB2E4\uB9BC, \uC2A4\uD2F8 \uD0C0\uC784)",
      ramOvercommit: "({{over}}\uB9CC\uD07C \uC624\uBC84\uCEE4\uBC0B: \uAC8C\uC2A4\uD2B8 \uBA54\uBAA8\uB9AC\uAC00 \uC2A4\uC651\uC73C\uB85C \uBC00\uB824\uB098 \uB290\uB824\uC9D0)",
      vmsOnContainerHost: "\uC5C6\uC74C(\uCEE8\uD14C\uC774\uB108 \uD638\uC2A4\uD2B8\uC5D0\uB294 \uD558\uC774\uD37C\uBC14\uC774\uC800\uAC00 \uC5C6\uC74C. VM\uC740 {{hypervisors}}\uC5D0)",
      imagesInVms: "\uD638\uC2A4\uD2B8 \uC790\uCCB4\uC5D0\uB294 \uC5C6\uC74C(VM\uB9C8\uB2E4 \uC790\uAE30 docker \uC5D4\uC9C4\uC774 \uC788\uC74C): VM \uC548\uC5D0 \uB808\uC774\uC5B4 {{layers}}\uAC1C, {{size}}"
    }
  }
};

// shared/i18n/messages/help.ts
var helpMessages = {
  en: {
    label: {
      intro: "Commands work like the real tools: docker for containers and images, virsh/cloud-CLI-like vm and host for machines.",
      footer: 'Run "help <command>" for its usage and flags, e.g. "help docker run" or "help vm create"; "explain" teaches the concepts.',
      usage: "Usage:",
      options: "Options:",
      example: "Example:",
      more: 'Run "help {{family}} <command>" for the usage and flags of one command.',
      unknown: "help knows these command families: {{families}}",
      locked: "locked in this scenario"
    },
    family: {
      docker: "containers and images (docker CLI)",
      host: "physical hosts",
      vm: "virtual machines on hypervisor hosts (virsh / cloud CLI)",
      edit: "change a build recipe's files",
      alerts: "alerts firing on symptoms",
      alert: "acknowledge an alert",
      incidents: "incidents the team knows about, with time to detect and resolve",
      inject: "start an incident (facilitators, or where the scenario allows it)",
      service: "customer-facing services: load balancers, traffic, latency, SLOs",
      kubectl: "the orchestrator (Kubernetes kubectl): pods, nodes, deployments, rollouts, services, secrets, autoscaling",
      help: "this help",
      explain: "short lessons on the concepts",
      status: "where the game stands",
      objectives: "the level's objectives",
      hint: "the level's hints (they cost score points)"
    },
    cmd: {
      "docker-run": "Create and start a container from an image (pulls it first if it is missing)",
      "docker-ps": "List containers (running ones; -a for all)",
      "docker-logs": "Show what a container's process printed",
      "docker-inspect": "Show everything about a container or an image as JSON",
      "docker-stop": "Stop running containers (SIGTERM, then SIGKILL)",
      "docker-start": "Start stopped containers",
      "docker-restart": "Stop and start containers again",
      "docker-rm": "Remove containers (and their writable layers)",
      "docker-stats": "Live CPU, memory and I/O use of the running containers",
      "docker-exec": "Run a command inside a running container",
      "docker-top": "List the processes running in a container",
      "docker-network": "Create and list networks",
      "docker-volume": "Create and list volumes",
      "docker-pull": "Download an image; only the layers this machine lacks travel",
      "docker-push": "Upload an image to a registry; only the layers it lacks travel",
      "docker-tag": "Give an image another name (a new tag, same layers)",
      "docker-images": "List the images stored on this machine",
      "docker-history": "Show the layers of an image and the steps that made them",
      "docker-build": "Build an image from a recipe (Dockerfile); unchanged steps come from the cache",
      "docker-commit": "Turn a container's writable layer into a new image layer",
      "docker-rmi": "Remove images (layers still used by another image stay)",
      "host-list": "List the physical hosts with their role and usage",
      "host-inspect": "Hardware, overhead, VMs, containers and disk use of one host",
      "host-dmesg": "Print a host's or VM's kernel log (OOM kills and panics show up here)",
      "host-cordon": "Mark a host so that no new work is placed on it",
      "host-uncordon": "Let new work be placed on a host again",
      "host-repair": "Repair a failed or cut-off host (it boots again after a while); --reimage reinstalls it from a clean image",
      alerts: "List the alerts firing now (--all: resolved ones too)",
      "alert-ack": "Acknowledge an alert: you are on it (this counts as detecting its incident)",
      incidents: "List the known incidents with their time to detect and time to resolve; root causes once resolved",
      inject: "Start an incident of a kind on a target, now or at a game time",
      "host-buy": "Order a host; it is paid at once and arrives after the delivery delay",
      "service-list": "List the services with backends, requests, p95 latency, errors, availability and error budget",
      "service-inspect": "The load balancer's view of a service: traffic, backends, SLO, and why requests fail or are slow",
      "kubectl-get": "List objects of a type (pods, nodes, events, \u2026) with their status; -o wide adds IP and node",
      "kubectl-describe": "Everything about an object, with its events at the end (why a pod is Pending, crashing, not pulling)",
      "kubectl-logs": "What a pod's container printed; --previous for the run before the last restart",
      "kubectl-delete": "Delete objects; a pod stops gracefully (Terminating) unless --grace-period=0 --force",
      "kubectl-cordon": "Mark a node unschedulable: its pods stay, new ones go elsewhere",
      "kubectl-uncordon": "Let the scheduler place pods on a node again",
      "kubectl-drain": "Cordon a node and evict its pods so that their replica sets recreate them elsewhere (before maintenance)",
      "kubectl-create-deployment": "Create a deployment: a replica set keeps that many pods of the image running",
      "kubectl-create-secret": "Create a secret from key=value pairs; pods read it at container start (env secretKeyRef)",
      "kubectl-apply": "Create or update objects from a manifest (Deployment, Service, Secret): created, configured or unchanged",
      "kubectl-scale": "Set the number of replicas of a deployment",
      "kubectl-set-image": "Change a deployment's image: a new revision, rolled out a few pods at a time",
      "kubectl-rollout-status": "Watch a rollout until it finishes or exceeds its progress deadline",
      "kubectl-rollout-history": "List a deployment's revisions and their change causes",
      "kubectl-rollout-undo": "Roll back to the previous revision (or --to-revision)",
      "kubectl-rollout-restart": "Replace every pod through a rolling update (e.g. to read a changed secret)",
      "kubectl-expose": "Create a Service for a deployment: one virtual IP and DNS name in front of its Ready pods",
      "kubectl-autoscale": "Create a horizontal pod autoscaler: replicas follow CPU use against the pods' CPU requests",
      "vm-create": "Create a VM on a hypervisor host and boot it",
      "vm-start": "Boot a stopped VM",
      "vm-stop": "Shut a VM down (ACPI); --force cuts the power",
      "vm-delete": "Destroy a VM and its disk, with everything inside it",
      "vm-list": "List the VMs and their state",
      "vm-inspect": "Details of one VM: memory use, steal time, swap, disk, cost",
      edit: "Change a file of a build recipe's context (a developer changed the code)",
      help: "List the commands, or show one command's usage and flags",
      explain: "A short lesson on a concept; alone, the list of concepts",
      status: "Game time, the level's progress and score, money, services against their SLO, alerts and incidents",
      objectives: "The level's objectives: met, not met or failed, with their progress",
      hint: "List the level's hints and their cost, or read one (its cost comes off the score once)"
    },
    flag: {
      "kubectl-get": { output: "wide: more columns; name: type/name only", namespace: "Namespace to look in (default: default)", all: "Every namespace, with a NAMESPACE column" },
      "kubectl-logs": { previous: "The logs of the container's run before the last restart", tail: "Only the last n lines" },
      "kubectl-delete": { grace: "Seconds the process gets between SIGTERM and SIGKILL (default 30)", force: "With --grace-period=0: remove from the API at once, without waiting for the kubelet" },
      "kubectl-drain": { daemonsets: "Leave DaemonSet pods alone (the game has none)", emptydir: "Evict pods with emptyDir volumes too (their data is lost)", force: "Also delete pods no controller would recreate" },
      "kubectl-create-deployment": {
        image: "Image the pods run",
        replicas: "Number of pods (default 1)",
        port: "containerPort the pods declare (used by expose)"
      },
      "kubectl-create-secret": { literal: "A key and its value; repeat for more keys" },
      "kubectl-apply": { file: "A manifest of the scenario by name, or inline YAML in quotes with \\n between lines", record: "Record the command as the change cause (deprecated)" },
      "kubectl-scale": { replicas: "The new number of pods" },
      "kubectl-set-image": { record: "Record the command as the change cause (deprecated)" },
      "kubectl-rollout-status": { watch: "Print the current status once instead of waiting", timeout: "Stop waiting after this long (e.g. 2m)" },
      "kubectl-rollout-history": { revision: "Show the pod template of one revision" },
      "kubectl-rollout-undo": { to: "Revision to go back to (default: the previous one)" },
      "kubectl-expose": {
        port: "Port the service listens on (default: the containerPort)",
        target: "Port of the pods the traffic goes to (default: --port)",
        type: "ClusterIP (inside the cluster) or LoadBalancer (an external IP)",
        name: "Name of the service (default: the deployment's)"
      },
      "kubectl-autoscale": {
        min: "Fewest replicas (default 1)",
        max: "Most replicas (required)",
        cpu: "Target CPU use, percent of the pods' CPU requests (default 80)"
      },
      "docker-run": {
        detach: "Run in the background and print the container id",
        name: "Name of the container",
        cpus: "CPU limit in cores (CFS quota): over it the process is throttled, not killed",
        memory: "Memory limit (512m, 1g): over it the kernel OOM-kills the process (exit 137)",
        publish: "Publish a container port on a port of the machine",
        network: "Network to join: bridge (own IP), host (the machine's own network stack) or a created one",
        userns: "Run in a user namespace: root inside is an unprivileged user outside",
        restart: "Restart policy: no, always, on-failure or unless-stopped",
        env: "Set an environment variable",
        volume: "Mount a volume at a path in the container"
      },
      "docker-ps": { all: "Show all containers, stopped ones too" },
      "docker-logs": { tail: "Only the last n lines" },
      "docker-rm": { force: "Kill and remove a running container" },
      "docker-build": { tag: "Name and tag of the built image" },
      "docker-rmi": { force: "Remove even if the image has other tags" },
      "host-dmesg": { tail: "Only the last n lines" },
      "host-buy": {
        rack: "Rack to install it in (a new rack id sets up a new rack); default: the rack with the fewest hosts",
        role: "What it runs on the hardware: containers directly, or a hypervisor for VMs (default container-host)",
        hypervisor: "With --role hypervisor: type1 on the hardware (default) or type2 on a host OS"
      },
      "vm-create": {
        host: "Hypervisor host to run the VM on",
        vcpus: "Number of virtual CPUs (at most the host's physical cores)",
        memory: "RAM of the VM (512m, 4g, 4Gi, or MiB); the guest OS takes its share first",
        os: "Guest OS: linux (default) or windows (boots slower, needs more RAM, licensed)"
      },
      "vm-stop": { force: "Cut the power at once instead of a clean shutdown" },
      "vm-list": { host: "Only the VMs of this host" },
      "host-repair": { reimage: "Reinstall the OS from a clean image: containers, images and local volumes are wiped" },
      alerts: { all: "Also show resolved alerts" },
      incidents: { all: "Also show incidents resolved long ago" },
      inject: { variant: "Which form of the kind (e.g. slow, errors or crash for bad-release)", at: "When: a game time (10m) or a delay from now (+90s)" }
    }
  },
  ko: {
    label: {
      intro: "\uBA85\uB839\uC740 \uC2E4\uC81C \uB3C4\uAD6C\uCC98\uB7FC \uB3D9\uC791\uD569\uB2C8\uB2E4. \uCEE8\uD14C\uC774\uB108\uC640 \uC774\uBBF8\uC9C0\uB294 docker, \uAE30\uACC4\uB294 virsh\uB098 \uD074\uB77C\uC6B0\uB4DC CLI\uB97C \uB2EE\uC740 vm\uACFC host\uB85C \uB2E4\uB8F9\uB2C8\uB2E4.",
      footer: '\uBA85\uB839 \uD558\uB098\uC758 \uC0AC\uC6A9\uBC95\uACFC \uC635\uC158\uC740 "help <command>"\uB85C \uBD05\uB2C8\uB2E4. \uC608: "help docker run", "help vm create". \uAC1C\uB150\uC740 "explain"\uC774 \uAC00\uB974\uCCD0 \uC90D\uB2C8\uB2E4.',
      usage: "\uC0AC\uC6A9\uBC95:",
      options: "\uC635\uC158:",
      example: "\uC608:",
      more: '\uBA85\uB839 \uD558\uB098\uC758 \uC0AC\uC6A9\uBC95\uACFC \uC635\uC158\uC740 "help {{family}} <command>"\uB85C \uBD05\uB2C8\uB2E4.',
      unknown: "help\uAC00 \uC544\uB294 \uBA85\uB839 \uBB36\uC74C: {{families}}",
      locked: "\uC774 \uC2DC\uB098\uB9AC\uC624\uC5D0\uC11C\uB294 \uC7A0\uAE40"
    },
    family: {
      docker: "\uCEE8\uD14C\uC774\uB108\uC640 \uC774\uBBF8\uC9C0 (docker CLI)",
      host: "\uBB3C\uB9AC \uD638\uC2A4\uD2B8",
      vm: "\uD558\uC774\uD37C\uBC14\uC774\uC800 \uD638\uC2A4\uD2B8 \uC704\uC758 \uAC00\uC0C1 \uBA38\uC2E0 (virsh / \uD074\uB77C\uC6B0\uB4DC CLI)",
      edit: "\uBE4C\uB4DC \uB808\uC2DC\uD53C\uC758 \uD30C\uC77C \uBC14\uAFB8\uAE30",
      alerts: "\uC99D\uC0C1\uC5D0 \uB530\uB77C \uC6B8\uB9AC\uB294 \uC54C\uB9BC",
      alert: "\uC54C\uB9BC \uD655\uC778\uD558\uAE30",
      incidents: "\uD300\uC774 \uC544\uB294 \uC7A5\uC560\uC640 \uD0D0\uC9C0\xB7\uD574\uACB0 \uC2DC\uAC04",
      inject: "\uC7A5\uC560 \uC77C\uC73C\uD0A4\uAE30 (\uC9C4\uD589\uC790, \uB610\uB294 \uC2DC\uB098\uB9AC\uC624\uAC00 \uD5C8\uB77D\uD560 \uB54C)",
      service: "\uACE0\uAC1D\uC6A9 \uC11C\uBE44\uC2A4: \uB85C\uB4DC \uBC38\uB7F0\uC11C, \uD2B8\uB798\uD53D, \uC9C0\uC5F0 \uC2DC\uAC04, SLO",
      kubectl: "\uC624\uCF00\uC2A4\uD2B8\uB808\uC774\uD130 (\uCFE0\uBC84\uB124\uD2F0\uC2A4 kubectl): \uD30C\uB4DC, \uB178\uB4DC, \uB514\uD50C\uB85C\uC774\uBA3C\uD2B8, \uBC30\uD3EC, \uC11C\uBE44\uC2A4, \uC2DC\uD06C\uB9BF, \uC624\uD1A0\uC2A4\uCF00\uC77C\uB9C1",
      help: "\uC774 \uB3C4\uC6C0\uB9D0",
      explain: "\uAC1C\uB150\uC5D0 \uB300\uD55C \uC9E7\uC740 \uC218\uC5C5",
      status: "\uC9C0\uAE08 \uAC8C\uC784 \uC0C1\uD669",
      objectives: "\uB808\uBCA8\uC758 \uBAA9\uD45C",
      hint: "\uB808\uBCA8\uC758 \uD78C\uD2B8 (\uC810\uC218\uAC00 \uAE4E\uC784)"
    },
    cmd: {
      "docker-run": "\uC774\uBBF8\uC9C0\uB85C \uCEE8\uD14C\uC774\uB108\uB97C \uB9CC\uB4E4\uACE0 \uC2DC\uC791\uD569\uB2C8\uB2E4 (\uC774\uBBF8\uC9C0\uAC00 \uC5C6\uC73C\uBA74 \uBA3C\uC800 \uBC1B\uC2B5\uB2C8\uB2E4)",
      "docker-ps": "\uCEE8\uD14C\uC774\uB108 \uBAA9\uB85D (\uC2E4\uD589 \uC911\uC778 \uAC83\uB9CC, -a\uB294 \uC804\uBD80)",
      "docker-logs": "\uCEE8\uD14C\uC774\uB108 \uD504\uB85C\uC138\uC2A4\uAC00 \uCD9C\uB825\uD55C \uB0B4\uC6A9\uC744 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4",
      "docker-inspect": "\uCEE8\uD14C\uC774\uB108\uB098 \uC774\uBBF8\uC9C0\uC758 \uBAA8\uB4E0 \uC815\uBCF4\uB97C JSON\uC73C\uB85C \uBCF4\uC5EC \uC90D\uB2C8\uB2E4",
      "docker-stop": "\uC2E4\uD589 \uC911\uC778 \uCEE8\uD14C\uC774\uB108\uB97C \uBA48\uCDA5\uB2C8\uB2E4 (SIGTERM, \uADF8\uB2E4\uC74C SIGKILL)",
      "docker-start": "\uBA48\uCD98 \uCEE8\uD14C\uC774\uB108\uB97C \uC2DC\uC791\uD569\uB2C8\uB2E4",
      "docker-restart": "\uCEE8\uD14C\uC774\uB108\uB97C \uBA48\uCDC4\uB2E4\uAC00 \uB2E4\uC2DC \uC2DC\uC791\uD569\uB2C8\uB2E4",
      "docker-rm": "\uCEE8\uD14C\uC774\uB108\uB97C \uC9C0\uC6C1\uB2C8\uB2E4 (\uC4F0\uAE30 \uAC00\uB2A5 \uB808\uC774\uC5B4\uB3C4 \uD568\uAED8)",
      "docker-stats": "\uC2E4\uD589 \uC911\uC778 \uCEE8\uD14C\uC774\uB108\uC758 CPU, \uBA54\uBAA8\uB9AC, I/O \uC0AC\uC6A9\uB7C9",
      "docker-exec": "\uC2E4\uD589 \uC911\uC778 \uCEE8\uD14C\uC774\uB108 \uC548\uC5D0\uC11C \uBA85\uB839\uC744 \uC2E4\uD589\uD569\uB2C8\uB2E4",
      "docker-top": "\uCEE8\uD14C\uC774\uB108 \uC548\uC5D0\uC11C \uB3C4\uB294 \uD504\uB85C\uC138\uC2A4 \uBAA9\uB85D",
      "docker-network": "\uB124\uD2B8\uC6CC\uD06C\uB97C \uB9CC\uB4E4\uACE0 \uBAA9\uB85D\uC744 \uBD05\uB2C8\uB2E4",
      "docker-volume": "\uBCFC\uB968\uC744 \uB9CC\uB4E4\uACE0 \uBAA9\uB85D\uC744 \uBD05\uB2C8\uB2E4",
      "docker-pull": "\uC774\uBBF8\uC9C0\uB97C \uBC1B\uC2B5\uB2C8\uB2E4. \uC774 \uAE30\uACC4\uC5D0 \uC5C6\uB294 \uB808\uC774\uC5B4\uB9CC \uC804\uC1A1\uB429\uB2C8\uB2E4",
      "docker-push": "\uC774\uBBF8\uC9C0\uB97C \uB808\uC9C0\uC2A4\uD2B8\uB9AC\uC5D0 \uC62C\uB9BD\uB2C8\uB2E4. \uB808\uC9C0\uC2A4\uD2B8\uB9AC\uC5D0 \uC5C6\uB294 \uB808\uC774\uC5B4\uB9CC \uC804\uC1A1\uB429\uB2C8\uB2E4",
      "docker-tag": "\uC774\uBBF8\uC9C0\uC5D0 \uB2E4\uB978 \uC774\uB984\uC744 \uBD99\uC785\uB2C8\uB2E4 (\uC0C8 \uD0DC\uADF8, \uAC19\uC740 \uB808\uC774\uC5B4)",
      "docker-images": "\uC774 \uAE30\uACC4\uC5D0 \uC800\uC7A5\uB41C \uC774\uBBF8\uC9C0 \uBAA9\uB85D",
      "docker-history": "\uC774\uBBF8\uC9C0\uC758 \uB808\uC774\uC5B4\uC640 \uADF8\uAC83\uC744 \uB9CC\uB4E0 \uB2E8\uACC4\uB97C \uBCF4\uC5EC \uC90D\uB2C8\uB2E4",
      "docker-build": "\uB808\uC2DC\uD53C(Dockerfile)\uB85C \uC774\uBBF8\uC9C0\uB97C \uBE4C\uB4DC\uD569\uB2C8\uB2E4. \uBC14\uB00C\uC9C0 \uC54A\uC740 \uB2E8\uACC4\uB294 \uCE90\uC2DC\uC5D0\uC11C \uC635\uB2C8\uB2E4",
      "docker-commit": "\uCEE8\uD14C\uC774\uB108\uC758 \uC4F0\uAE30 \uAC00\uB2A5 \uB808\uC774\uC5B4\uB97C \uC0C8 \uC774\uBBF8\uC9C0 \uB808\uC774\uC5B4\uB85C \uB9CC\uB4ED\uB2C8\uB2E4",
      "docker-rmi": "\uC774\uBBF8\uC9C0\uB97C \uC9C0\uC6C1\uB2C8\uB2E4 (\uB2E4\uB978 \uC774\uBBF8\uC9C0\uAC00 \uC4F0\uB294 \uB808\uC774\uC5B4\uB294 \uB0A8\uC2B5\uB2C8\uB2E4)",
      "host-list": "\uBB3C\uB9AC \uD638\uC2A4\uD2B8 \uBAA9\uB85D\uACFC \uC5ED\uD560, \uC0AC\uC6A9\uB7C9",
      "host-inspect": "\uD638\uC2A4\uD2B8 \uD558\uB098\uC758 \uD558\uB4DC\uC6E8\uC5B4, \uC624\uBC84\uD5E4\uB4DC, VM, \uCEE8\uD14C\uC774\uB108, \uB514\uC2A4\uD06C \uC0AC\uC6A9\uB7C9",
      "host-dmesg": "\uD638\uC2A4\uD2B8\uB098 VM\uC758 \uCEE4\uB110 \uB85C\uADF8 (OOM \uD0AC\uACFC \uD328\uB2C9\uC774 \uC5EC\uAE30\uC5D0 \uB0A8\uC2B5\uB2C8\uB2E4)",
      "host-cordon": "\uD638\uC2A4\uD2B8\uC5D0 \uC0C8 \uC791\uC5C5\uC774 \uBC30\uCE58\uB418\uC9C0 \uC54A\uB3C4\uB85D \uD45C\uC2DC\uD569\uB2C8\uB2E4",
      "host-uncordon": "\uD638\uC2A4\uD2B8\uAC00 \uB2E4\uC2DC \uC0C8 \uC791\uC5C5\uC744 \uBC1B\uAC8C \uD569\uB2C8\uB2E4",
      "host-repair": "\uACE0\uC7A5 \uB098\uAC70\uB098 \uB124\uD2B8\uC6CC\uD06C\uAC00 \uB04A\uAE34 \uD638\uC2A4\uD2B8\uB97C \uACE0\uCE69\uB2C8\uB2E4 (\uC7A0\uC2DC \uB4A4 \uB2E4\uC2DC \uBD80\uD305). --reimage\uB294 \uAE68\uB057\uD55C \uC774\uBBF8\uC9C0\uB85C \uB2E4\uC2DC \uC124\uCE58\uD569\uB2C8\uB2E4",
      alerts: "\uC9C0\uAE08 \uC6B8\uB9AC\uB294 \uC54C\uB9BC \uBAA9\uB85D (--all: \uD574\uC18C\uB41C \uC54C\uB9BC\uB3C4)",
      "alert-ack": "\uC54C\uB9BC\uC744 \uD655\uC778\uD569\uB2C8\uB2E4: \uB0B4\uAC00 \uB9E1\uC558\uB2E4\uB294 \uB73B\uC785\uB2C8\uB2E4 (\uADF8 \uC7A5\uC560\uB97C \uD0D0\uC9C0\uD55C \uAC83\uC73C\uB85C \uC149\uB2C8\uB2E4)",
      incidents: "\uC54C\uB824\uC9C4 \uC7A5\uC560\uC640 \uD0D0\uC9C0\xB7\uD574\uACB0\uAE4C\uC9C0 \uAC78\uB9B0 \uC2DC\uAC04, \uD574\uACB0\uB41C \uC7A5\uC560\uC758 \uADFC\uBCF8 \uC6D0\uC778",
      inject: "\uB300\uC0C1\uC5D0 \uC5B4\uB5A4 \uC885\uB958\uC758 \uC7A5\uC560\uB97C \uC9C0\uAE08\uC774\uB098 \uC815\uD55C \uAC8C\uC784 \uC2DC\uAC01\uC5D0 \uC77C\uC73C\uD0B5\uB2C8\uB2E4",
      "host-buy": "\uD638\uC2A4\uD2B8\uB97C \uC8FC\uBB38\uD569\uB2C8\uB2E4. \uAC12\uC740 \uBC14\uB85C \uCE58\uB974\uACE0 \uBC30\uC1A1 \uC2DC\uAC04\uC774 \uC9C0\uB098\uBA74 \uB3C4\uCC29\uD569\uB2C8\uB2E4",
      "service-list": "\uC11C\uBE44\uC2A4 \uBAA9\uB85D: \uBC31\uC5D4\uB4DC, \uC694\uCCAD \uC218, p95 \uC9C0\uC5F0 \uC2DC\uAC04, \uC624\uB958, \uAC00\uC6A9\uC131, \uC624\uB958 \uC608\uC0B0",
      "service-inspect": "\uB85C\uB4DC \uBC38\uB7F0\uC11C\uAC00 \uBCF4\uB294 \uC11C\uBE44\uC2A4: \uD2B8\uB798\uD53D, \uBC31\uC5D4\uB4DC, SLO, \uC694\uCCAD\uC774 \uC2E4\uD328\uD558\uAC70\uB098 \uB290\uB9B0 \uC774\uC720",
      "kubectl-get": "\uD55C \uC885\uB958\uC758 \uAC1D\uCCB4(\uD30C\uB4DC, \uB178\uB4DC, \uC774\uBCA4\uD2B8 \uB4F1) \uBAA9\uB85D\uACFC \uC0C1\uD0DC. -o wide\uB294 IP\uC640 \uB178\uB4DC\uB97C \uB367\uBD99\uC785\uB2C8\uB2E4",
      "kubectl-describe": "\uAC1D\uCCB4 \uD558\uB098\uC758 \uBAA8\uB4E0 \uC815\uBCF4\uC640 \uB05D\uC5D0 \uC774\uBCA4\uD2B8 (\uD30C\uB4DC\uAC00 \uC65C Pending\uC778\uC9C0, \uC65C \uC8FD\uB294\uC9C0, \uC65C \uC774\uBBF8\uC9C0\uB97C \uBABB \uBC1B\uB294\uC9C0)",
      "kubectl-logs": "\uD30C\uB4DC \uCEE8\uD14C\uC774\uB108\uAC00 \uCD9C\uB825\uD55C \uB0B4\uC6A9. --previous\uB294 \uB9C8\uC9C0\uB9C9 \uC7AC\uC2DC\uC791 \uC804 \uC2E4\uD589\uC758 \uB85C\uADF8",
      "kubectl-delete": "\uAC1D\uCCB4\uB97C \uC9C0\uC6C1\uB2C8\uB2E4. \uD30C\uB4DC\uB294 \uC815\uC0C1 \uC885\uB8CC \uACFC\uC815(Terminating)\uC744 \uAC70\uCE69\uB2C8\uB2E4. --grace-period=0 --force\uBA74 \uC989\uC2DC",
      "kubectl-cordon": "\uB178\uB4DC\uB97C \uC2A4\uCF00\uC904 \uBD88\uAC00\uB85C \uD45C\uC2DC\uD569\uB2C8\uB2E4. \uC788\uB358 \uD30C\uB4DC\uB294 \uB0A8\uACE0 \uC0C8 \uD30C\uB4DC\uB294 \uB2E4\uB978 \uACF3\uC73C\uB85C \uAC11\uB2C8\uB2E4",
      "kubectl-uncordon": "\uC2A4\uCF00\uC904\uB7EC\uAC00 \uB2E4\uC2DC \uADF8 \uB178\uB4DC\uC5D0 \uD30C\uB4DC\uB97C \uB450\uAC8C \uD569\uB2C8\uB2E4",
      "kubectl-drain": "\uB178\uB4DC\uB97C cordon\uD558\uACE0 \uD30C\uB4DC\uB97C \uCD95\uCD9C\uD574 \uB808\uD50C\uB9AC\uCE74\uC14B\uC774 \uB2E4\uB978 \uACF3\uC5D0 \uB2E4\uC2DC \uB9CC\uB4E4\uAC8C \uD569\uB2C8\uB2E4 (\uC810\uAC80 \uC804\uC5D0)",
      "kubectl-create-deployment": "\uB514\uD50C\uB85C\uC774\uBA3C\uD2B8\uB97C \uB9CC\uB4ED\uB2C8\uB2E4. \uB808\uD50C\uB9AC\uCE74\uC14B\uC774 \uADF8 \uC774\uBBF8\uC9C0\uC758 \uD30C\uB4DC\uB97C \uC9C0\uC815\uD55C \uC218\uB9CC\uD07C \uACC4\uC18D \uB744\uC6CC \uB461\uB2C8\uB2E4",
      "kubectl-create-secret": "key=value \uC30D\uC73C\uB85C \uC2DC\uD06C\uB9BF\uC744 \uB9CC\uB4ED\uB2C8\uB2E4. \uD30C\uB4DC\uB294 \uCEE8\uD14C\uC774\uB108\uAC00 \uC2DC\uC791\uB420 \uB54C \uC77D\uC2B5\uB2C8\uB2E4 (env secretKeyRef)",
      "kubectl-apply": "\uB9E4\uB2C8\uD398\uC2A4\uD2B8(Deployment, Service, Secret)\uB85C \uAC1D\uCCB4\uB97C \uB9CC\uB4E4\uAC70\uB098 \uACE0\uCE69\uB2C8\uB2E4: created, configured, unchanged",
      "kubectl-scale": "\uB514\uD50C\uB85C\uC774\uBA3C\uD2B8\uC758 \uB808\uD50C\uB9AC\uCE74 \uC218\uB97C \uC815\uD569\uB2C8\uB2E4",
      "kubectl-set-image": "\uB514\uD50C\uB85C\uC774\uBA3C\uD2B8\uC758 \uC774\uBBF8\uC9C0\uB97C \uBC14\uAFC9\uB2C8\uB2E4. \uC0C8 \uB9AC\uBE44\uC804\uC774 \uD30C\uB4DC \uBA87 \uAC1C\uC529 \uCC28\uB840\uB85C \uBC30\uD3EC\uB429\uB2C8\uB2E4",
      "kubectl-rollout-status": "\uBC30\uD3EC\uAC00 \uB05D\uB098\uAC70\uB098 \uC9C4\uD589 \uAE30\uD55C\uC744 \uB118\uAE38 \uB54C\uAE4C\uC9C0 \uC9C0\uCF1C\uBD05\uB2C8\uB2E4",
      "kubectl-rollout-history": "\uB514\uD50C\uB85C\uC774\uBA3C\uD2B8\uC758 \uB9AC\uBE44\uC804\uACFC \uBCC0\uACBD \uC0AC\uC720 \uBAA9\uB85D",
      "kubectl-rollout-undo": "\uBC14\uB85C \uC804 \uB9AC\uBE44\uC804(\uB610\uB294 --to-revision)\uC73C\uB85C \uB418\uB3CC\uB9BD\uB2C8\uB2E4",
      "kubectl-rollout-restart": "\uB864\uB9C1 \uC5C5\uB370\uC774\uD2B8\uB85C \uBAA8\uB4E0 \uD30C\uB4DC\uB97C \uC0C8\uB85C \uB744\uC6C1\uB2C8\uB2E4 (\uC608: \uBC14\uB010 \uC2DC\uD06C\uB9BF\uC744 \uC77D\uAC8C \uD560 \uB54C)",
      "kubectl-expose": "\uB514\uD50C\uB85C\uC774\uBA3C\uD2B8 \uC55E\uC5D0 \uC11C\uBE44\uC2A4\uB97C \uB9CC\uB4ED\uB2C8\uB2E4. Ready \uD30C\uB4DC\uB4E4 \uC55E\uC758 \uAC00\uC0C1 IP \uD558\uB098\uC640 DNS \uC774\uB984",
      "kubectl-autoscale": "\uC218\uD3C9 \uD30C\uB4DC \uC624\uD1A0\uC2A4\uCF00\uC77C\uB7EC\uB97C \uB9CC\uB4ED\uB2C8\uB2E4. \uB808\uD50C\uB9AC\uCE74 \uC218\uAC00 CPU \uC694\uCCAD\uB7C9 \uB300\uBE44 \uC0AC\uC6A9\uB960\uC744 \uB530\uB77C\uAC11\uB2C8\uB2E4",
      "vm-create": "\uD558\uC774\uD37C\uBC14\uC774\uC800 \uD638\uC2A4\uD2B8\uC5D0 VM\uC744 \uB9CC\uB4E4\uACE0 \uBD80\uD305\uD569\uB2C8\uB2E4",
      "vm-start": "\uAEBC\uC9C4 VM\uC744 \uBD80\uD305\uD569\uB2C8\uB2E4",
      "vm-stop": "VM\uC744 \uC885\uB8CC\uD569\uB2C8\uB2E4 (ACPI). --force\uB294 \uC804\uC6D0\uC744 \uB04A\uC2B5\uB2C8\uB2E4",
      "vm-delete": "VM\uACFC \uADF8 \uB514\uC2A4\uD06C\uB97C \uC548\uC758 \uBAA8\uB4E0 \uAC83\uACFC \uD568\uAED8 \uC5C6\uC571\uB2C8\uB2E4",
      "vm-list": "VM \uBAA9\uB85D\uACFC \uC0C1\uD0DC",
      "vm-inspect": "VM \uD558\uB098\uC758 \uC790\uC138\uD55C \uC815\uBCF4: \uBA54\uBAA8\uB9AC \uC0AC\uC6A9, \uC2A4\uD2F8 \uD0C0\uC784, \uC2A4\uC651, \uB514\uC2A4\uD06C, \uBE44\uC6A9",
      edit: "\uBE4C\uB4DC \uB808\uC2DC\uD53C \uCEE8\uD14D\uC2A4\uD2B8\uC758 \uD30C\uC77C\uC744 \uBC14\uAFC9\uB2C8\uB2E4 (\uAC1C\uBC1C\uC790\uAC00 \uCF54\uB4DC\uB97C \uACE0\uCE5C \uC0C1\uD669)",
      help: "\uBA85\uB839 \uBAA9\uB85D, \uB610\uB294 \uBA85\uB839 \uD558\uB098\uC758 \uC0AC\uC6A9\uBC95\uACFC \uC635\uC158\uC744 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4",
      explain: "\uAC1C\uB150 \uD558\uB098\uC5D0 \uB300\uD55C \uC9E7\uC740 \uC218\uC5C5. \uC778\uC790 \uC5C6\uC774 \uC4F0\uBA74 \uAC1C\uB150 \uBAA9\uB85D",
      status: "\uAC8C\uC784 \uC2DC\uAC04, \uB808\uBCA8 \uC9C4\uD589\uACFC \uC810\uC218, \uC790\uAE08, SLO \uB300\uBE44 \uC11C\uBE44\uC2A4 \uC0C1\uD0DC, \uC54C\uB9BC\uACFC \uC7A5\uC560",
      objectives: "\uB808\uBCA8\uC758 \uBAA9\uD45C: \uB2EC\uC131, \uBBF8\uB2EC\uC131, \uC2E4\uD328 \uC5EC\uBD80\uC640 \uC9C4\uD589 \uC0C1\uD669",
      hint: "\uB808\uBCA8\uC758 \uD78C\uD2B8\uC640 \uBE44\uC6A9\uC744 \uBCF4\uAC70\uB098 \uD78C\uD2B8 \uD558\uB098\uB97C \uC77D\uC2B5\uB2C8\uB2E4 (\uBE44\uC6A9\uC740 \uC810\uC218\uC5D0\uC11C \uD55C \uBC88\uB9CC \uBE60\uC9D1\uB2C8\uB2E4)"
    },
    flag: {
      "kubectl-get": { output: "wide: \uC5F4\uC744 \uB354 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4. name: \uC885\uB958/\uC774\uB984\uB9CC", namespace: "\uCC3E\uC544\uBCFC \uB124\uC784\uC2A4\uD398\uC774\uC2A4 (\uAE30\uBCF8: default)", all: "\uBAA8\uB4E0 \uB124\uC784\uC2A4\uD398\uC774\uC2A4. NAMESPACE \uC5F4\uC774 \uBD99\uC2B5\uB2C8\uB2E4" },
      "kubectl-logs": { previous: "\uB9C8\uC9C0\uB9C9 \uC7AC\uC2DC\uC791 \uC804 \uC2E4\uD589\uC758 \uB85C\uADF8", tail: "\uB9C8\uC9C0\uB9C9 n\uC904\uB9CC" },
      "kubectl-delete": { grace: "SIGTERM\uACFC SIGKILL \uC0AC\uC774\uC5D0 \uD504\uB85C\uC138\uC2A4\uAC00 \uBC1B\uB294 \uCD08 (\uAE30\uBCF8 30)", force: "--grace-period=0\uACFC \uD568\uAED8: kubelet\uC744 \uAE30\uB2E4\uB9AC\uC9C0 \uC54A\uACE0 API\uC5D0\uC11C \uBC14\uB85C \uC9C0\uC6C1\uB2C8\uB2E4" },
      "kubectl-drain": { daemonsets: "\uB370\uBAAC\uC14B \uD30C\uB4DC\uB294 \uADF8\uB300\uB85C \uB461\uB2C8\uB2E4 (\uAC8C\uC784\uC5D0\uB294 \uC5C6\uC2B5\uB2C8\uB2E4)", emptydir: "emptyDir \uBCFC\uB968\uC744 \uC4F0\uB294 \uD30C\uB4DC\uB3C4 \uCD95\uCD9C\uD569\uB2C8\uB2E4 (\uADF8 \uB370\uC774\uD130\uB294 \uC0AC\uB77C\uC9D1\uB2C8\uB2E4)", force: "\uC5B4\uB5A4 \uCEE8\uD2B8\uB864\uB7EC\uB3C4 \uB2E4\uC2DC \uB9CC\uB4E4\uC9C0 \uC54A\uC744 \uD30C\uB4DC\uAE4C\uC9C0 \uC9C0\uC6C1\uB2C8\uB2E4" },
      "kubectl-create-deployment": {
        image: "\uD30C\uB4DC\uAC00 \uC2E4\uD589\uD560 \uC774\uBBF8\uC9C0",
        replicas: "\uD30C\uB4DC \uC218 (\uAE30\uBCF8 1)",
        port: "\uD30C\uB4DC\uAC00 \uC120\uC5B8\uD558\uB294 containerPort (expose\uAC00 \uC501\uB2C8\uB2E4)"
      },
      "kubectl-create-secret": { literal: "\uD0A4\uC640 \uAC12 \uD558\uB098. \uD0A4\uAC00 \uC5EC\uB7FF\uC774\uBA74 \uBC18\uBCF5\uD569\uB2C8\uB2E4" },
      "kubectl-apply": { file: "\uC2DC\uB098\uB9AC\uC624\uC758 \uB9E4\uB2C8\uD398\uC2A4\uD2B8 \uC774\uB984, \uB610\uB294 \uB530\uC634\uD45C \uC548\uC758 \uC778\uB77C\uC778 YAML (\uC904 \uC0AC\uC774\uB294 \\n)", record: "\uBA85\uB839\uC744 \uBCC0\uACBD \uC0AC\uC720\uB85C \uAE30\uB85D\uD569\uB2C8\uB2E4 (\uD3D0\uAE30 \uC608\uC815)" },
      "kubectl-scale": { replicas: "\uC0C8 \uD30C\uB4DC \uC218" },
      "kubectl-set-image": { record: "\uBA85\uB839\uC744 \uBCC0\uACBD \uC0AC\uC720\uB85C \uAE30\uB85D\uD569\uB2C8\uB2E4 (\uD3D0\uAE30 \uC608\uC815)" },
      "kubectl-rollout-status": { watch: "\uAE30\uB2E4\uB9AC\uC9C0 \uC54A\uACE0 \uD604\uC7AC \uC0C1\uD0DC\uB97C \uD55C \uBC88\uB9CC \uCD9C\uB825\uD569\uB2C8\uB2E4", timeout: "\uC774 \uC2DC\uAC04\uC774 \uC9C0\uB098\uBA74 \uADF8\uB9CC \uAE30\uB2E4\uB9BD\uB2C8\uB2E4 (\uC608: 2m)" },
      "kubectl-rollout-history": { revision: "\uB9AC\uBE44\uC804 \uD558\uB098\uC758 \uD30C\uB4DC \uD15C\uD50C\uB9BF\uC744 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4" },
      "kubectl-rollout-undo": { to: "\uB418\uB3CC\uC544\uAC08 \uB9AC\uBE44\uC804 (\uAE30\uBCF8: \uBC14\uB85C \uC804 \uB9AC\uBE44\uC804)" },
      "kubectl-expose": {
        port: "\uC11C\uBE44\uC2A4\uAC00 \uBC1B\uB294 \uD3EC\uD2B8 (\uAE30\uBCF8: containerPort)",
        target: "\uD2B8\uB798\uD53D\uC774 \uAC00\uB294 \uD30C\uB4DC\uC758 \uD3EC\uD2B8 (\uAE30\uBCF8: --port)",
        type: "ClusterIP (\uD074\uB7EC\uC2A4\uD130 \uC548) \uB610\uB294 LoadBalancer (\uC678\uBD80 IP)",
        name: "\uC11C\uBE44\uC2A4 \uC774\uB984 (\uAE30\uBCF8: \uB514\uD50C\uB85C\uC774\uBA3C\uD2B8 \uC774\uB984)"
      },
      "kubectl-autoscale": {
        min: "\uCD5C\uC18C \uB808\uD50C\uB9AC\uCE74 \uC218 (\uAE30\uBCF8 1)",
        max: "\uCD5C\uB300 \uB808\uD50C\uB9AC\uCE74 \uC218 (\uD544\uC218)",
        cpu: "\uBAA9\uD45C CPU \uC0AC\uC6A9\uB960, \uD30C\uB4DC CPU \uC694\uCCAD\uB7C9 \uB300\uBE44 \uD37C\uC13C\uD2B8 (\uAE30\uBCF8 80)"
      },
      "docker-run": {
        detach: "\uBC31\uADF8\uB77C\uC6B4\uB4DC\uC5D0\uC11C \uC2E4\uD589\uD558\uACE0 \uCEE8\uD14C\uC774\uB108 ID\uB97C \uCD9C\uB825\uD569\uB2C8\uB2E4",
        name: "\uCEE8\uD14C\uC774\uB108 \uC774\uB984",
        cpus: "\uCF54\uC5B4 \uB2E8\uC704 CPU \uC81C\uD55C (CFS \uCFFC\uD130). \uB118\uC73C\uBA74 \uC8FD\uC9C0 \uC54A\uACE0 \uC2A4\uB85C\uD2C0\uB9C1\uB429\uB2C8\uB2E4",
        memory: "\uBA54\uBAA8\uB9AC \uC81C\uD55C (512m, 1g). \uB118\uC73C\uBA74 \uCEE4\uB110\uC774 \uD504\uB85C\uC138\uC2A4\uB97C OOM \uD0AC\uD569\uB2C8\uB2E4 (\uC885\uB8CC \uCF54\uB4DC 137)",
        publish: "\uCEE8\uD14C\uC774\uB108 \uD3EC\uD2B8\uB97C \uAE30\uACC4\uC758 \uD3EC\uD2B8\uB85C \uACF5\uAC1C\uD569\uB2C8\uB2E4",
        network: "\uBD99\uC744 \uB124\uD2B8\uC6CC\uD06C: bridge (\uC790\uAE30 IP), host (\uAE30\uACC4 \uC790\uC2E0\uC758 \uB124\uD2B8\uC6CC\uD06C \uC2A4\uD0DD), \uB610\uB294 \uC9C1\uC811 \uB9CC\uB4E0 \uB124\uD2B8\uC6CC\uD06C",
        userns: "\uC0AC\uC6A9\uC790 \uB124\uC784\uC2A4\uD398\uC774\uC2A4\uC5D0\uC11C \uC2E4\uD589\uD569\uB2C8\uB2E4. \uC548\uC758 root\uAC00 \uBC16\uC5D0\uC11C\uB294 \uAD8C\uD55C \uC5C6\uB294 \uC0AC\uC6A9\uC790\uC785\uB2C8\uB2E4",
        restart: "\uC7AC\uC2DC\uC791 \uC815\uCC45: no, always, on-failure, unless-stopped",
        env: "\uD658\uACBD \uBCC0\uC218\uB97C \uC124\uC815\uD569\uB2C8\uB2E4",
        volume: "\uBCFC\uB968\uC744 \uCEE8\uD14C\uC774\uB108 \uC548\uC758 \uACBD\uB85C\uC5D0 \uB9C8\uC6B4\uD2B8\uD569\uB2C8\uB2E4"
      },
      "docker-ps": { all: "\uBA48\uCD98 \uAC83\uAE4C\uC9C0 \uBAA8\uB4E0 \uCEE8\uD14C\uC774\uB108\uB97C \uBCF4\uC5EC \uC90D\uB2C8\uB2E4" },
      "docker-logs": { tail: "\uB9C8\uC9C0\uB9C9 n\uC904\uB9CC" },
      "docker-rm": { force: "\uC2E4\uD589 \uC911\uC778 \uCEE8\uD14C\uC774\uB108\uB97C \uC8FD\uC774\uACE0 \uC9C0\uC6C1\uB2C8\uB2E4" },
      "docker-build": { tag: "\uBE4C\uB4DC\uD55C \uC774\uBBF8\uC9C0\uC758 \uC774\uB984\uACFC \uD0DC\uADF8" },
      "docker-rmi": { force: "\uC774\uBBF8\uC9C0\uC5D0 \uB2E4\uB978 \uD0DC\uADF8\uAC00 \uC788\uC5B4\uB3C4 \uC9C0\uC6C1\uB2C8\uB2E4" },
      "host-dmesg": { tail: "\uB9C8\uC9C0\uB9C9 n\uC904\uB9CC" },
      "host-buy": {
        rack: "\uC124\uCE58\uD560 \uB799 (\uC0C8 \uB799 \uC774\uB984\uC744 \uC8FC\uBA74 \uB799\uC744 \uC0C8\uB85C \uB193\uC2B5\uB2C8\uB2E4). \uAE30\uBCF8\uAC12\uC740 \uD638\uC2A4\uD2B8\uAC00 \uAC00\uC7A5 \uC801\uC740 \uB799",
        role: "\uD558\uB4DC\uC6E8\uC5B4 \uC704\uC5D0\uC11C \uBB34\uC5C7\uC744 \uB3CC\uB9B4\uC9C0: \uCEE8\uD14C\uC774\uB108\uB97C \uC9C1\uC811, \uB610\uB294 VM\uC744 \uC704\uD55C \uD558\uC774\uD37C\uBC14\uC774\uC800 (\uAE30\uBCF8\uAC12 container-host)",
        hypervisor: "--role hypervisor\uC77C \uB54C: \uD558\uB4DC\uC6E8\uC5B4 \uC704\uC758 type1 (\uAE30\uBCF8\uAC12) \uB610\uB294 \uD638\uC2A4\uD2B8 OS \uC704\uC758 type2"
      },
      "vm-create": {
        host: "VM\uC744 \uB3CC\uB9B4 \uD558\uC774\uD37C\uBC14\uC774\uC800 \uD638\uC2A4\uD2B8",
        vcpus: "\uAC00\uC0C1 CPU \uC218 (\uCD5C\uB300 \uD638\uC2A4\uD2B8\uC758 \uBB3C\uB9AC \uCF54\uC5B4 \uC218)",
        memory: "VM\uC758 RAM (512m, 4g, 4Gi, \uB610\uB294 MiB \uC22B\uC790). \uAC8C\uC2A4\uD2B8 OS\uAC00 \uBA3C\uC800 \uC790\uAE30 \uBAAB\uC744 \uAC00\uC838\uAC11\uB2C8\uB2E4",
        os: "\uAC8C\uC2A4\uD2B8 OS: linux (\uAE30\uBCF8) \uB610\uB294 windows (\uBD80\uD305\uC774 \uB290\uB9AC\uACE0 RAM\uC774 \uB354 \uD544\uC694\uD558\uBA70 \uB77C\uC774\uC120\uC2A4 \uBE44\uC6A9\uC774 \uB4ED\uB2C8\uB2E4)"
      },
      "vm-stop": { force: "\uC815\uC0C1 \uC885\uB8CC \uB300\uC2E0 \uC989\uC2DC \uC804\uC6D0\uC744 \uB04A\uC2B5\uB2C8\uB2E4" },
      "vm-list": { host: "\uC774 \uD638\uC2A4\uD2B8\uC758 VM\uB9CC" },
      "host-repair": { reimage: "\uAE68\uB057\uD55C \uC774\uBBF8\uC9C0\uB85C OS\uB97C \uB2E4\uC2DC \uC124\uCE58\uD569\uB2C8\uB2E4: \uCEE8\uD14C\uC774\uB108, \uC774\uBBF8\uC9C0, \uB85C\uCEEC \uBCFC\uB968\uC774 \uC9C0\uC6CC\uC9D1\uB2C8\uB2E4" },
      alerts: { all: "\uD574\uC18C\uB41C \uC54C\uB9BC\uB3C4 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4" },
      incidents: { all: "\uC624\uB798\uC804\uC5D0 \uD574\uACB0\uB41C \uC7A5\uC560\uB3C4 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4" },
      inject: { variant: "\uC7A5\uC560\uC758 \uD615\uD0DC (\uC608: bad-release\uB294 slow, errors, crash)", at: "\uC5B8\uC81C: \uAC8C\uC784 \uC2DC\uAC01(10m)\uC774\uB098 \uC9C0\uAE08\uBD80\uD130\uC758 \uC9C0\uC5F0(+90s)" }
    }
  }
};

// shared/i18n/messages/services.ts
var serviceMessages = {
  en: {
    hint: {
      commands: 'service commands: list, inspect (see "help service")',
      unknownService: 'the services are: {{services}} (see them with "service list")',
      noServices: "this scenario defines no customer-facing services",
      noBackends: 'the load balancer only sends requests to running containers that carry every label of its selector. Start one, e.g. "docker run -d {{labels}} <image>" (the app listens on port {{port}}); more than one survives the loss of a host',
      noEndpoints: 'a k8s Service sends only to Ready pods whose labels match its selector ({{selector}}). Check "kubectl get pods --show-labels": are the pods running, Ready, and labelled as the selector says?',
      noK8sService: 'pods alone are not reachable by name: a Service gives them one stable name and IP and load-balances over the Ready ones. Create "{{name}}" with kubectl expose',
      unreachable: "kube-proxy keeps sending to a pod until it is marked not Ready; a node that stops answering is noticed only after ~40 s without a heartbeat. Run more replicas spread over several nodes so a lost node costs only its share",
      targetPort: "kube-proxy forwards to the pod IP on the Service's targetPort, and nothing listens there. Recreate the Service with the port the app listens on: kubectl delete service {{name}}, then kubectl expose ... --target-port {{port}}",
      overload: "the backends get more requests than their CPU can serve: the excess waits past the deadline. Add backends (scale out), give them more CPU, or remove what competes with them",
      appErrors: "the requests reach the application and it answers with errors: look at its logs; if a new release started it, roll back"
    },
    note: {
      throttled: "{{name}} hits its CPU quota (--cpus {{cpus}}): every 100 ms period it runs out of quota and its requests wait for the next one. Give it more CPU or add backends",
      runQueue: "the kernel of {{machine}} is asked for more CPU than it has: requests of {{name}} wait in the run queue behind other processes (a noisy neighbour?). Put a --cpus limit on the others or move {{name}}",
      steal: "{{machine}} waits for physical CPUs (steal {{steal}}): its hypervisor host is overcommitted, so {{name}} answers slowly",
      swap: "{{machine}} is partly swapped out by its host: page faults stall the requests of {{name}}",
      busy: "{{name}} is {{util}} busy: past ~70 % a queue forms and latency climbs steeply. Add a backend before the peak"
    },
    buy: {
      hint: {
        forSale: 'host types for sale here: {{types}} (their sizes and prices are in the scenario; "host list" shows what you have)',
        nothingForSale: "this scenario sells no hardware: make do with the hosts you have",
        funds: "the balance ({{balance}}) does not cover {{price}}: served requests earn money, idle hosts cost it. Wait for revenue, or buy a smaller type",
        containerHost: "a container host runs Linux and containers directly; only a hypervisor host has a hypervisor (type1 on the hardware, type2 on a host OS)"
      },
      note: {
        arrives: "Until then it does not exist. When it arrives ({{host}}) it is empty: images must be pulled onto it before containers run there"
      }
    }
  },
  ko: {
    hint: {
      commands: 'service \uBA85\uB839: list, inspect ("help service" \uCC38\uACE0)',
      unknownService: '\uC11C\uBE44\uC2A4 \uBAA9\uB85D: {{services}} ("service list"\uB85C \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4)',
      noServices: "\uC774 \uC2DC\uB098\uB9AC\uC624\uC5D0\uB294 \uACE0\uAC1D\uC6A9 \uC11C\uBE44\uC2A4\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4",
      noBackends: '\uB85C\uB4DC \uBC38\uB7F0\uC11C\uB294 \uC140\uB809\uD130\uC758 \uB808\uC774\uBE14\uC744 \uBAA8\uB450 \uAC00\uC9C4 \uC2E4\uD589 \uC911\uC778 \uCEE8\uD14C\uC774\uB108\uC5D0\uB9CC \uC694\uCCAD\uC744 \uBCF4\uB0C5\uB2C8\uB2E4. \uC608\uB97C \uB4E4\uC5B4 "docker run -d {{labels}} <image>"\uB85C \uD558\uB098 \uB744\uC6B0\uC138\uC694 (\uC571\uC740 {{port}}\uBC88 \uD3EC\uD2B8\uC5D0\uC11C \uBC1B\uC2B5\uB2C8\uB2E4). \uB450 \uAC1C \uC774\uC0C1\uC774\uBA74 \uD638\uC2A4\uD2B8 \uD558\uB098\uB97C \uC783\uC5B4\uB3C4 \uBC84\uD301\uB2C8\uB2E4',
      noEndpoints: 'k8s Service\uB294 \uB808\uC774\uBE14\uC774 \uC140\uB809\uD130({{selector}})\uC640 \uB9DE\uB294 Ready \uD30C\uB4DC\uC5D0\uB9CC \uC694\uCCAD\uC744 \uBCF4\uB0C5\uB2C8\uB2E4. "kubectl get pods --show-labels"\uB85C \uD30C\uB4DC\uAC00 \uC2E4\uD589 \uC911\uC774\uACE0 Ready\uC774\uBA70 \uC140\uB809\uD130\uB300\uB85C \uB808\uC774\uBE14\uC774 \uBD99\uC5C8\uB294\uC9C0 \uD655\uC778\uD558\uC138\uC694',
      noK8sService: '\uD30C\uB4DC\uB9CC\uC73C\uB85C\uB294 \uC774\uB984\uC73C\uB85C \uCC3E\uC544\uAC08 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. Service\uAC00 \uD30C\uB4DC\uB4E4\uC5D0 \uACE0\uC815\uB41C \uC774\uB984\uACFC IP\uB97C \uC8FC\uACE0 Ready\uC778 \uD30C\uB4DC\uB4E4\uB85C \uBD80\uD558\uB97C \uB098\uB215\uB2C8\uB2E4. kubectl expose\uB85C "{{name}}"\uC744(\uB97C) \uB9CC\uB4DC\uC138\uC694',
      unreachable: "kube-proxy\uB294 \uD30C\uB4DC\uAC00 Not Ready\uB85C \uD45C\uC2DC\uB420 \uB54C\uAE4C\uC9C0 \uACC4\uC18D \uC694\uCCAD\uC744 \uBCF4\uB0C5\uB2C8\uB2E4. \uC751\uB2F5\uC774 \uB04A\uAE34 \uB178\uB4DC\uB294 \uD558\uD2B8\uBE44\uD2B8 \uC5C6\uC774 \uC57D 40\uCD08\uAC00 \uC9C0\uB098\uC57C \uC54C\uC544\uCC55\uB2C8\uB2E4. \uB808\uD50C\uB9AC\uCE74\uB97C \uB298\uB824 \uC5EC\uB7EC \uB178\uB4DC\uC5D0 \uD769\uC5B4 \uB450\uBA74 \uB178\uB4DC \uD558\uB098\uB97C \uC783\uC5B4\uB3C4 \uADF8 \uBAAB\uB9CC \uC783\uC2B5\uB2C8\uB2E4",
      targetPort: "kube-proxy\uB294 \uD30C\uB4DC IP\uC758 Service targetPort\uB85C \uC694\uCCAD\uC744 \uB118\uAE30\uB294\uB370, \uADF8 \uD3EC\uD2B8\uC5D0\uC11C \uB4E3\uB294 \uD504\uB85C\uC138\uC2A4\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4. \uC571\uC774 \uC2E4\uC81C\uB85C \uB4E3\uB294 \uD3EC\uD2B8\uB85C Service\uB97C \uB2E4\uC2DC \uB9CC\uB4DC\uC138\uC694: kubectl delete service {{name}} \uD6C4 kubectl expose ... --target-port {{port}}",
      overload: "\uBC31\uC5D4\uB4DC\uAC00 CPU\uB85C \uCC98\uB9AC\uD560 \uC218 \uC788\uB294 \uAC83\uBCF4\uB2E4 \uB9CE\uC740 \uC694\uCCAD\uC744 \uBC1B\uACE0 \uC788\uC5B4 \uB118\uCE58\uB294 \uC694\uCCAD\uC740 \uAE30\uD55C\uC744 \uB118\uACA8 \uD0C0\uC784\uC544\uC6C3\uB429\uB2C8\uB2E4. \uBC31\uC5D4\uB4DC\uB97C \uB298\uB9AC\uAC70\uB098(\uC2A4\uCF00\uC77C \uC544\uC6C3), CPU\uB97C \uB354 \uC8FC\uAC70\uB098, \uAC19\uC774 CPU\uB97C \uB2E4\uD22C\uB294 \uAC83\uC744 \uCE58\uC6B0\uC138\uC694",
      appErrors: "\uC694\uCCAD\uC740 \uC560\uD50C\uB9AC\uCF00\uC774\uC158\uAE4C\uC9C0 \uAC00\uC9C0\uB9CC \uC560\uD50C\uB9AC\uCF00\uC774\uC158\uC774 \uC624\uB958\uB85C \uB2F5\uD569\uB2C8\uB2E4. \uB85C\uADF8\uB97C \uBCF4\uACE0, \uC0C8 \uB9B4\uB9AC\uC2A4 \uB4A4\uB85C \uC2DC\uC791\uB410\uB2E4\uBA74 \uB864\uBC31\uD558\uC138\uC694"
    },
    note: {
      throttled: "{{name}}\uC774(\uAC00) CPU \uCFFC\uD130(--cpus {{cpus}})\uC5D0 \uAC78\uB9BD\uB2C8\uB2E4. 100ms \uC8FC\uAE30\uB9C8\uB2E4 \uCFFC\uD130\uB97C \uB2E4 \uC368\uC11C \uC694\uCCAD\uC774 \uB2E4\uC74C \uC8FC\uAE30\uB97C \uAE30\uB2E4\uB9BD\uB2C8\uB2E4. CPU\uB97C \uB354 \uC8FC\uAC70\uB098 \uBC31\uC5D4\uB4DC\uB97C \uB298\uB9AC\uC138\uC694",
      runQueue: "{{machine}}\uC758 \uCEE4\uB110\uC774 \uAC00\uC9C4 \uAC83\uBCF4\uB2E4 \uB9CE\uC740 CPU\uB97C \uC694\uAD6C\uBC1B\uACE0 \uC788\uC5B4 {{name}}\uC758 \uC694\uCCAD\uC774 \uB2E4\uB978 \uD504\uB85C\uC138\uC2A4 \uB4A4\uC5D0\uC11C \uC2E4\uD589 \uD050\uB97C \uAE30\uB2E4\uB9BD\uB2C8\uB2E4 (\uC2DC\uB044\uB7EC\uC6B4 \uC774\uC6C3?). \uB2E4\uB978 \uCEE8\uD14C\uC774\uB108\uC5D0 --cpus \uC81C\uD55C\uC744 \uAC78\uAC70\uB098 {{name}}\uC744(\uB97C) \uC62E\uAE30\uC138\uC694",
      steal: "{{machine}}\uC774(\uAC00) \uBB3C\uB9AC CPU\uB97C \uAE30\uB2E4\uB9BD\uB2C8\uB2E4 (steal {{steal}}). \uD558\uC774\uD37C\uBC14\uC774\uC800 \uD638\uC2A4\uD2B8\uAC00 \uACFC\uD560\uB2F9\uB418\uC5B4 {{name}}\uC758 \uC751\uB2F5\uC774 \uB290\uB9BD\uB2C8\uB2E4",
      swap: "{{machine}}\uC758 \uBA54\uBAA8\uB9AC \uC77C\uBD80\uAC00 \uD638\uC2A4\uD2B8\uC758 \uC2A4\uC651\uC73C\uB85C \uBC00\uB824\uB0AC\uC2B5\uB2C8\uB2E4. \uD398\uC774\uC9C0 \uD3F4\uD2B8\uAC00 {{name}}\uC758 \uC694\uCCAD\uC744 \uBA48\uCDB0 \uC138\uC6C1\uB2C8\uB2E4",
      busy: "{{name}}\uC758 \uC0AC\uC6A9\uB960\uC774 {{util}}\uC785\uB2C8\uB2E4. \uC57D 70%\uB97C \uB118\uC73C\uBA74 \uD050\uAC00 \uC0DD\uAE30\uACE0 \uC9C0\uC5F0 \uC2DC\uAC04\uC774 \uAC00\uD30C\uB974\uAC8C \uC624\uB985\uB2C8\uB2E4. \uD53C\uD06C \uC804\uC5D0 \uBC31\uC5D4\uB4DC\uB97C \uCD94\uAC00\uD558\uC138\uC694"
    },
    buy: {
      hint: {
        forSale: '\uC5EC\uAE30\uC11C \uC0B4 \uC218 \uC788\uB294 \uD638\uC2A4\uD2B8 \uC885\uB958: {{types}} (\uD06C\uAE30\uC640 \uAC00\uACA9\uC740 \uC2DC\uB098\uB9AC\uC624\uC5D0 \uC788\uACE0, \uAC00\uC9C4 \uD638\uC2A4\uD2B8\uB294 "host list"\uB85C \uBD05\uB2C8\uB2E4)',
        nothingForSale: "\uC774 \uC2DC\uB098\uB9AC\uC624\uC5D0\uC11C\uB294 \uD558\uB4DC\uC6E8\uC5B4\uB97C \uC0B4 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uC9C0\uAE08 \uC788\uB294 \uD638\uC2A4\uD2B8\uB85C \uD574\uACB0\uD558\uC138\uC694",
        funds: "\uC794\uC561({{balance}})\uC73C\uB85C\uB294 {{price}}\uC744(\uB97C) \uB0BC \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uCC98\uB9AC\uD55C \uC694\uCCAD\uC740 \uB3C8\uC744 \uBC8C\uACE0 \uB180\uACE0 \uC788\uB294 \uD638\uC2A4\uD2B8\uB294 \uB3C8\uC744 \uC501\uB2C8\uB2E4. \uC218\uC775\uC744 \uAE30\uB2E4\uB9AC\uAC70\uB098 \uB354 \uC791\uC740 \uC885\uB958\uB97C \uC0AC\uC138\uC694",
        containerHost: "\uCEE8\uD14C\uC774\uB108 \uD638\uC2A4\uD2B8\uB294 \uB9AC\uB205\uC2A4 \uC704\uC5D0\uC11C \uCEE8\uD14C\uC774\uB108\uB97C \uC9C1\uC811 \uB3CC\uB9BD\uB2C8\uB2E4. \uD558\uC774\uD37C\uBC14\uC774\uC800\uB294 \uD558\uC774\uD37C\uBC14\uC774\uC800 \uD638\uC2A4\uD2B8\uC5D0\uB9CC \uC788\uC2B5\uB2C8\uB2E4 (type1\uC740 \uD558\uB4DC\uC6E8\uC5B4 \uC704, type2\uB294 \uD638\uC2A4\uD2B8 OS \uC704)"
      },
      note: {
        arrives: "\uADF8\uB54C\uAE4C\uC9C0 \uC774 \uD638\uC2A4\uD2B8\uB294 \uC5C6\uC2B5\uB2C8\uB2E4. \uB3C4\uCC29\uD558\uBA74({{host}}) \uBE44\uC5B4 \uC788\uC73C\uBBC0\uB85C \uCEE8\uD14C\uC774\uB108\uB97C \uB3CC\uB9AC\uAE30 \uC804\uC5D0 \uC774\uBBF8\uC9C0\uB97C \uBC1B\uC544\uC57C \uD569\uB2C8\uB2E4"
      }
    }
  }
};

// shared/i18n/messages/conceptsEn.ts
var lines = (...l) => l.join("\n");
var conceptsEn = {
  label: {
    list: "Concepts (explain <concept>):",
    usage: "Example: explain cgroups. Other words work too: explain vm, explain layers, explain oom.",
    see: "See it in the game:",
    unknown: "the concepts are: {{concepts}}"
  },
  hardware: {
    title: "hardware, kernel and operating system",
    body: lines(
      "A physical host has a fixed number of CPU cores, a fixed amount of RAM, a disk and a network card (NIC). Nothing on it can use more than that.",
      "The kernel is the part of the operating system that owns this hardware: it schedules processes onto the cores, hands out memory and enforces it.",
      'When demand passes what the host has, work first slows down (processes queue for the CPU), then fails: the OOM killer ends a process, writes fail with "no space left on device".',
      "The rest of the OS (init, services, agents) runs on the kernel and costs some CPU and RAM of its own."
    ),
    see: "host list; host inspect host-1; host dmesg host-1"
  },
  hypervisor: {
    title: "hypervisors, type 1 and type 2",
    body: lines(
      "A hypervisor splits one physical host into virtual machines and gives each of them virtual CPUs, RAM, a disk and a NIC.",
      "Type 1 (bare metal: ESXi, Xen, Hyper-V) runs directly on the hardware. It costs a few percent of the CPU and a little RAM.",
      "Type 2 (hosted: VirtualBox, VMware Workstation) is an application on an ordinary host OS. Guest work passes through that OS, so it costs more CPU, the host OS keeps RAM for itself, and guests boot and do I/O more slowly.",
      "Data centres run type 1; type 2 is for laptops and labs.",
      "Here host-3 runs type 1 and host-4 type 2: compare their overhead."
    ),
    see: "host inspect host-3; host inspect host-4; vm create test --host host-4 --vcpus 1 --memory 1g"
  },
  "virtual-machine": {
    title: "virtual machines and the guest OS",
    body: lines(
      "A VM reserves vCPUs and RAM on its host and runs a whole operating system of its own, the guest OS, with its own kernel.",
      "The guest OS takes part of the VM before any application runs: about 512 MiB for a small Linux, 2 GiB or more for Windows, plus some idle CPU.",
      "A VM boots like a real computer (firmware, kernel, init): tens of seconds, where a container starts in about one second.",
      "Windows guests carry a licence cost per VM.",
      "The hypervisor isolates VMs from each other: a crash, an OOM kill or a break-in inside one VM does not reach its neighbours."
    ),
    see: "vm create web-vm --host host-3 --vcpus 2 --memory 4g; vm list; vm inspect web-vm"
  },
  "vm-density": {
    title: "VM density limits and overcommit",
    body: lines(
      "A hypervisor lets you promise more vCPUs than it has cores and more RAM than it has (overcommit), betting that the guests are not all busy at once.",
      "CPU overcommit: when the guests do get busy, each vCPU waits for a free core. Inside the guest this shows as steal time, and everything runs slower.",
      "RAM overcommit: when the guests really use what they were promised, the host pages part of their memory out to swap (or reclaims it with a balloon driver). Memory access becomes disk access: slow and unpredictable.",
      "Beyond RAM plus swap nothing works: a VM that cannot get its memory does not start.",
      "Watch the commitment ratios and the steal and swap readings, and move or shrink VMs before the guests feel it."
    ),
    see: "host inspect host-4 (vCPU:core, RAM committed); vm inspect <vm> (steal, swapped); vm list"
  },
  "virtual-nic": {
    title: "virtual NICs and the virtual switch",
    body: lines(
      "A VM's network card is software: the hypervisor gives each guest a virtual NIC and plugs it into a virtual switch (a bridge) inside the host.",
      "The virtual switch carries the guests' traffic to each other and, through the one physical NIC, to the rest of the network.",
      "So all the VMs of a host share its physical bandwidth: one guest pulling a big image slows down the downloads of the others.",
      "Containers are wired the same way: each gets a virtual interface on a bridge (docker0) of its machine."
    ),
    see: "host inspect host-3 (NIC); docker -H <vm> pull <image> on two VMs of one host at the same time"
  },
  container: {
    title: "containers",
    body: lines(
      "A container is an ordinary group of processes on a shared kernel, fenced in by namespaces (what it can see) and cgroups (what it can use), running from its image's files.",
      "It boots no operating system: once its image is on the machine, it starts in about a second.",
      "Needing no guest OS of its own, it packs many times denser than VMs on the same host.",
      "It runs on a bare-metal container host or inside a Linux VM (docker -H <vm> \u2026).",
      "When its main process ends, the container ends; a restart policy can start it again."
    ),
    see: "docker run -d --name web nginx:1.25; docker ps; docker top web"
  },
  "shared-kernel": {
    title: "the shared kernel",
    body: lines(
      "All containers of a machine use that machine's one kernel; there is no kernel inside a container.",
      "So an image needs a kernel of its kind: a Linux image runs on a Linux kernel, and a Windows-only app needs a Windows VM.",
      "What happens to the kernel happens to all of them: a kernel panic stops every container on it, and an attacker who exploits a kernel bug from one container can reach all the others.",
      "VMs do not share this fate: each has its own kernel, so a panic or an exploit stays inside one VM. That is why untrusted work often runs in containers inside VMs."
    ),
    see: "docker -H host-1 run -d legacy/billing:1.0 (refused); host dmesg host-1; host inspect host-1 (Kernel)"
  },
  namespaces: {
    title: "namespaces",
    body: lines(
      "Namespaces give each container its own view of the system.",
      "UTS: its own hostname. IPC: its own shared memory and queues. PID: it sees only its own processes and cannot signal anyone else's. Mount: its own filesystem tree, from its image.",
      "Net: its own network stack and IP address, so two containers can both listen on port 80. With --network host it uses the machine's stack, and two of them on one port collide.",
      "User (--userns): root inside the container is an unprivileged user on the host, so a process that breaks out is not root there.",
      "Namespaces hide; they do not limit how much CPU or memory is used (that is cgroups)."
    ),
    see: "docker run -d --name a nginx:1.25; docker run -d --name b nginx:1.25; docker run -d --network host nginx:1.25 (twice); docker inspect a"
  },
  cgroups: {
    title: "control groups (cgroups): limits and accounting",
    body: lines(
      "cgroups let the kernel count and limit the resources of a group of processes.",
      "CPU limit (--cpus 0.5): a quota per 100 ms period. A container that has used its quota waits for the next period: it is throttled, slower, never killed.",
      `Memory limit (-m 256m): memory cannot be slowed down, so a container over its limit is killed by the kernel's OOM killer: exit code 137, "OOMKilled": true.`,
      "Without limits one greedy container takes what its neighbours needed (noisy neighbour), and when the machine runs out of memory the OOM killer picks a victim by OOM score, not necessarily the guilty one.",
      "The app's own log shows nothing of an OOM kill; the kernel log does."
    ),
    see: "docker run -d -m 256m memhog:1.0; docker ps -a; docker inspect <container>; host dmesg host-1; docker stats"
  },
  "image-layers": {
    title: "images, layers and the union filesystem",
    body: lines(
      "An image is an ordered stack of read-only layers (base OS, runtime, dependencies, app), each with a content digest.",
      'Images that share lower layers share them: on disk each layer is stored once, and a pull skips the layers the machine already has ("Already exists").',
      "Change the app and only the layers above the change are new: a new version ships megabytes, not the whole image.",
      "A running container adds a thin writable layer on top (copy-on-write). Logs and temp files grow it until docker rm, and can fill the disk.",
      "A union filesystem (overlayfs) shows the whole stack as one directory tree."
    ),
    see: "docker history shop/web:1.1; docker pull shop/web:1.0; docker pull shop/web:1.1; docker images; host inspect host-1"
  },
  dockerfile: {
    title: "the Dockerfile: an image as code",
    body: lines(
      "An image is built from a recipe, a Dockerfile: FROM a base image, then steps such as RUN, COPY, ENV and CMD.",
      "Each step that changes files makes a layer. The builder caches a layer by its parent and its step (for COPY, also by the content of the copied files).",
      "When a step changes, it and every step after it are rebuilt; the steps before it come from the cache.",
      "So order matters: put what rarely changes (installing dependencies) before what changes often (copying the code). Copy the code first, and every code change reinstalls and re-ships the dependencies.",
      "The recipe lives in version control, so anyone can rebuild the same image."
    ),
    see: "docker build -t shop/web:1.2 shop-web; edit shop-web app/; docker build -t shop/web:1.3 shop-web; docker build -t shop/web:2.0 shop-web-copy-first"
  },
  registry: {
    title: "registries",
    body: lines(
      "A registry stores images: docker push uploads one, docker pull downloads one.",
      "Both move only the layers the other side lacks, at the speed of the machine's NIC, which every transfer on that host shares.",
      "A team can run its own private registry (a registry:2 container) close to its hosts: faster, and independent of the public one.",
      "A registry can go down or limit pulls. Machines that already hold the layers keep running and starting containers; new machines cannot get the image."
    ),
    see: "docker pull nginx:1.25; docker run -d -p 5000:5000 registry:2; docker tag shop/web:1.0 host-1:5000/shop/web:1.0; docker push host-1:5000/shop/web:1.0"
  },
  portability: {
    title: "portability",
    body: lines(
      "An image carries everything the app needs except the kernel: libraries, runtime, the app and its default configuration.",
      "So the same image runs unchanged on any machine with a matching kernel: a laptop, a bare-metal host, a VM, in any data centre.",
      `"It works on my machine" goes away: the machine's own files no longer matter, only the image's.`,
      "The limit is the kernel: a Linux image needs Linux, and a Windows image needs a Windows kernel."
    ),
    see: "docker -H host-1 run -d shop/web:1.0; docker -H <linux-vm> run -d shop/web:1.0; docker -H <windows-vm> run -d shop/web:1.0 (refused)"
  },
  "network-virtualisation": {
    title: "network virtualisation",
    body: lines(
      "In a virtualised data centre the networks are software: virtual networks and switches connect VMs and containers whichever physical host they are on.",
      "A load balancer (L7) takes the requests of a service's clients and spreads them over the instances behind it.",
      "Firewall rules decide which traffic may pass between networks.",
      "Underneath, all traffic still crosses a virtual switch and a host's physical NIC, whose bandwidth is limited and shared."
    ),
    see: "docker network create backend; docker run -d --network backend nginx:1.25; docker network ls; host inspect host-1 (NIC)"
  },
  "storage-virtualisation": {
    title: "storage virtualisation",
    body: lines(
      "Local disks fail, and data kept on one disk or one host is lost with it.",
      "A replicated volume (RAID across disks, or a Ceph-like pool across hosts) keeps several copies and survives the loss of a disk or a host; the price is capacity, since every copy takes space.",
      "A container's writable layer is temporary (docker rm deletes it), so stateful services such as a database keep their data in a volume.",
      "A big database can be sharded: split over several containers, each with its part of the data and its own volume."
    ),
    see: "docker volume create --driver replicated pgdata; docker run -d -v pgdata:/var/lib/postgresql/data postgres:16; docker volume ls"
  },
  scheduling: {
    title: "orchestration: scheduling",
    body: lines(
      "An orchestrator such as Kubernetes decides which node runs each piece of work, instead of a person picking hosts.",
      "Like kube-scheduler, it first filters out the nodes that cannot take the work (too little free CPU or memory, cordoned, down), then scores the others (e.g. the least loaded) and picks the best.",
      "When a node dies, the orchestrator places its work again on the nodes that remain.",
      "Cordoning a node takes it out of placement without stopping what already runs there (e.g. before maintenance)."
    ),
    see: "host cordon host-2; host list; host uncordon host-2 (with orchestration unlocked: kubectl get nodes, kubectl get pods -o wide)"
  },
  "self-healing": {
    title: "orchestration: self-healing",
    body: lines(
      'A deployment declares a desired state, "N replicas of this image"; a controller keeps comparing it with what runs and fixes the difference.',
      "A crashed container is restarted with a growing back-off (10 s, 20 s, 40 s \u2026 up to 5 minutes: CrashLoopBackOff), so a broken app does not burn the machine.",
      "Replicas lost with a node are recreated on other nodes.",
      "Meanwhile clients behind a service keep getting answers from the healthy replicas.",
      "Docker's restart policies (--restart always) are the one-machine version of the same idea."
    ),
    see: "docker run -d -m 256m --restart always memhog:1.0; docker ps -a (with orchestration unlocked: kubectl get pods, kubectl describe pod)"
  },
  "rolling-update": {
    title: "rolling update and rollback",
    body: lines(
      "A new version replaces the old one a few replicas at a time: by default at most 25 % extra replicas are started (surge) and at most 25 % may be unavailable.",
      "Each new replica must pass its health check before the next old one goes, so the service stays up during the release.",
      "If the new version crashes or fails its checks, the rollout stops, and a rollback returns to the last good revision.",
      "Revisions are kept, so going back is one command."
    ),
    see: "docker pull shop/web:1.1 (with orchestration unlocked: kubectl set image, kubectl rollout status, kubectl rollout undo)"
  },
  "service-discovery": {
    title: "service discovery and load balancing",
    body: lines(
      "Replicas come and go and change IP addresses; clients should not need to know them.",
      "A service gives a stable name (and virtual IP) that resolves to the healthy replicas, wherever they run.",
      "Traffic sent to the service is spread across those replicas; a replica that fails its health check stops receiving it.",
      "So scaling out or replacing a replica needs no change in any client."
    ),
    see: "docker inspect <container> (each replica has its own IP) (with orchestration unlocked: kubectl expose, kubectl get services)"
  },
  secrets: {
    title: "secrets",
    body: lines(
      "Passwords, tokens and keys belong in a secret store and reach the container at run time, as a mounted file or an environment variable.",
      "A secret written into an image layer (ENV, or a COPY of a key file) stays in the image: anyone who can pull it can read the layer, even if a later step deletes the file.",
      "A leaked secret must be rotated: replaced at its source and everywhere it is used. Rebuilding the image is not enough.",
      "Keep secrets out of recipes and images; give them to containers when they start."
    ),
    see: "docker history <image>; docker inspect <image> (with orchestration unlocked: kubectl create secret)"
  },
  observability: {
    title: "logging, monitoring and alerting",
    body: lines(
      "Metrics are numbers over time (CPU, memory, latency, errors); logs are what each process wrote; alerts fire when a symptom crosses a threshold.",
      "Alert on symptoms that users feel (errors, slow answers), then find the cause by reading metrics and logs.",
      "Read the right log: the app's log says what the app saw; the kernel log says what the kernel did to it (an OOM kill, a panic).",
      "Throttling, steal time and swapping show up as latency before they show up as errors."
    ),
    see: "docker stats; docker logs <container>; host dmesg <host-or-vm>; host inspect <host>; vm inspect <vm>"
  },
  "scale-out": {
    title: "scale-out and microservices",
    body: lines(
      "Scaling up means a bigger machine: it has a ceiling and takes time to buy. Scaling out means more replicas on more machines: fast, and each one adds capacity.",
      "Scale-out needs stateless replicas behind a load balancer; the state lives in volumes and databases.",
      "Microservices split an application into small services that are released and scaled on their own.",
      "Services split apart fail apart: one broken service need not take the others down, if their callers handle its failure (time-outs, fallbacks)."
    ),
    see: "docker -H host-1 run -d shop/web:1.0; docker -H host-2 run -d shop/web:1.0 (with orchestration unlocked: kubectl scale, kubectl autoscale)"
  }
};

// shared/i18n/messages/conceptsKo.ts
var lines2 = (...l) => l.join("\n");
var conceptsKo = {
  label: {
    list: "\uAC1C\uB150 \uBAA9\uB85D (explain <concept>):",
    usage: "\uC608: explain cgroups. \uB2E4\uB978 \uB9D0\uB85C\uB3C4 \uB429\uB2C8\uB2E4: explain vm, explain layers, explain oom.",
    see: "\uAC8C\uC784\uC5D0\uC11C \uC9C1\uC811 \uBCF4\uAE30:",
    unknown: "\uAC1C\uB150 \uBAA9\uB85D: {{concepts}}"
  },
  hardware: {
    title: "\uD558\uB4DC\uC6E8\uC5B4, \uCEE4\uB110, \uC6B4\uC601\uCCB4\uC81C",
    body: lines2(
      "\uBB3C\uB9AC \uD638\uC2A4\uD2B8\uC5D0\uB294 \uC815\uD574\uC9C4 \uC218\uC758 CPU \uCF54\uC5B4, \uC815\uD574\uC9C4 \uC591\uC758 RAM, \uB514\uC2A4\uD06C, \uB124\uD2B8\uC6CC\uD06C \uCE74\uB4DC(NIC)\uAC00 \uC788\uC2B5\uB2C8\uB2E4. \uADF8 \uC704\uC758 \uBB34\uC5C7\uB3C4 \uC774\uBCF4\uB2E4 \uB354 \uC4F8 \uC218\uB294 \uC5C6\uC2B5\uB2C8\uB2E4.",
      "\uCEE4\uB110\uC740 \uC774 \uD558\uB4DC\uC6E8\uC5B4\uB97C \uC950\uACE0 \uC788\uB294 \uC6B4\uC601\uCCB4\uC81C\uC758 \uD575\uC2EC\uC785\uB2C8\uB2E4. \uD504\uB85C\uC138\uC2A4\uB97C \uCF54\uC5B4\uC5D0 \uBC30\uCE58(\uC2A4\uCF00\uC904\uB9C1)\uD558\uACE0, \uBA54\uBAA8\uB9AC\uB97C \uB098\uB220 \uC8FC\uACE0, \uADF8 \uD55C\uB3C4\uB97C \uC9C0\uD0A4\uAC8C \uD569\uB2C8\uB2E4.",
      '\uC218\uC694\uAC00 \uD638\uC2A4\uD2B8\uC758 \uC6A9\uB7C9\uC744 \uB118\uC73C\uBA74 \uC791\uC5C5\uC740 \uBA3C\uC800 \uB290\uB824\uC9C0\uACE0(\uD504\uB85C\uC138\uC2A4\uAC00 CPU\uB97C \uAE30\uB2E4\uB9AC\uBA70 \uC904\uC744 \uC12C), \uADF8\uB2E4\uC74C \uC2E4\uD328\uD569\uB2C8\uB2E4. OOM \uD0AC\uB7EC\uAC00 \uD504\uB85C\uC138\uC2A4\uB97C \uB05D\uB0B4\uACE0, \uC4F0\uAE30\uB294 "no space left on device"\uB85C \uC2E4\uD328\uD569\uB2C8\uB2E4.',
      "\uB098\uBA38\uC9C0 OS(init, \uC11C\uBE44\uC2A4, \uC5D0\uC774\uC804\uD2B8)\uB294 \uCEE4\uB110 \uC704\uC5D0\uC11C \uB3CC\uBA70 \uADF8 \uC790\uCCB4\uB85C\uB3C4 CPU\uC640 RAM\uC744 \uC870\uAE08 \uC501\uB2C8\uB2E4."
    ),
    see: "host list; host inspect host-1; host dmesg host-1"
  },
  hypervisor: {
    title: "\uD558\uC774\uD37C\uBC14\uC774\uC800, \uD0C0\uC785 1\uACFC \uD0C0\uC785 2",
    body: lines2(
      "\uD558\uC774\uD37C\uBC14\uC774\uC800\uB294 \uBB3C\uB9AC \uD638\uC2A4\uD2B8 \uD55C \uB300\uB97C \uC5EC\uB7EC \uAC00\uC0C1 \uBA38\uC2E0\uC73C\uB85C \uB098\uB204\uACE0, \uAC01\uAC01\uC5D0 \uAC00\uC0C1 CPU, RAM, \uB514\uC2A4\uD06C, NIC\uB97C \uC90D\uB2C8\uB2E4.",
      "\uD0C0\uC785 1(\uBCA0\uC5B4\uBA54\uD0C8: ESXi, Xen, Hyper-V)\uC740 \uD558\uB4DC\uC6E8\uC5B4 \uC704\uC5D0\uC11C \uBC14\uB85C \uB3D5\uB2C8\uB2E4. CPU \uBA87 \uD37C\uC13C\uD2B8\uC640 \uC57D\uAC04\uC758 RAM\uB9CC \uB4ED\uB2C8\uB2E4.",
      "\uD0C0\uC785 2(\uD638\uC2A4\uD2B8\uD615: VirtualBox, VMware Workstation)\uB294 \uC77C\uBC18 \uD638\uC2A4\uD2B8 OS \uC704\uC758 \uC560\uD50C\uB9AC\uCF00\uC774\uC158\uC785\uB2C8\uB2E4. \uAC8C\uC2A4\uD2B8\uC758 \uC77C\uC774 \uADF8 OS\uB97C \uAC70\uCE58\uBBC0\uB85C CPU\uAC00 \uB354 \uB4E4\uACE0, \uD638\uC2A4\uD2B8 OS\uAC00 \uC790\uAE30 RAM\uC744 \uCC28\uC9C0\uD558\uBA70, \uAC8C\uC2A4\uD2B8\uC758 \uBD80\uD305\uACFC I/O\uB3C4 \uB354 \uB290\uB9BD\uB2C8\uB2E4.",
      "\uB370\uC774\uD130\uC13C\uD130\uB294 \uD0C0\uC785 1\uC744 \uC501\uB2C8\uB2E4. \uD0C0\uC785 2\uB294 \uB178\uD2B8\uBD81\uACFC \uC2E4\uC2B5\uC6A9\uC785\uB2C8\uB2E4.",
      "\uC5EC\uAE30\uC11C\uB294 host-3\uC774 \uD0C0\uC785 1, host-4\uAC00 \uD0C0\uC785 2\uC785\uB2C8\uB2E4. \uB450 \uD638\uC2A4\uD2B8\uC758 \uC624\uBC84\uD5E4\uB4DC\uB97C \uBE44\uAD50\uD574 \uBCF4\uC138\uC694."
    ),
    see: "host inspect host-3; host inspect host-4; vm create test --host host-4 --vcpus 1 --memory 1g"
  },
  "virtual-machine": {
    title: "\uAC00\uC0C1 \uBA38\uC2E0\uACFC \uAC8C\uC2A4\uD2B8 OS",
    body: lines2(
      "VM\uC740 \uD638\uC2A4\uD2B8\uC758 vCPU\uC640 RAM\uC744 \uC608\uC57D\uD558\uACE0, \uC790\uAE30 \uCEE4\uB110\uC744 \uAC00\uC9C4 \uC644\uC804\uD55C \uC6B4\uC601\uCCB4\uC81C, \uC989 \uAC8C\uC2A4\uD2B8 OS\uB97C \uB530\uB85C \uB3CC\uB9BD\uB2C8\uB2E4.",
      "\uAC8C\uC2A4\uD2B8 OS\uB294 \uC560\uD50C\uB9AC\uCF00\uC774\uC158\uC774 \uB3CC\uAE30\uB3C4 \uC804\uC5D0 VM\uC758 \uC77C\uBD80\uB97C \uCC28\uC9C0\uD569\uB2C8\uB2E4. \uC791\uC740 \uB9AC\uB205\uC2A4\uB294 \uC57D 512 MiB, Windows\uB294 2 GiB \uC774\uC0C1\uC774\uACE0, \uD55C\uAC00\uD560 \uB54C\uB3C4 CPU\uB97C \uC870\uAE08 \uC501\uB2C8\uB2E4.",
      "VM\uC740 \uC2E4\uC81C \uCEF4\uD4E8\uD130\uCC98\uB7FC \uBD80\uD305\uD569\uB2C8\uB2E4(\uD38C\uC6E8\uC5B4, \uCEE4\uB110, init). \uCEE8\uD14C\uC774\uB108\uAC00 1\uCD08\uCBE4\uC5D0 \uC2DC\uC791\uD558\uB294 \uB370 \uBE44\uD574 \uC218\uC2ED \uCD08\uAC00 \uAC78\uB9BD\uB2C8\uB2E4.",
      "Windows \uAC8C\uC2A4\uD2B8\uB294 VM\uB9C8\uB2E4 \uB77C\uC774\uC120\uC2A4 \uBE44\uC6A9\uC774 \uB4ED\uB2C8\uB2E4.",
      "\uD558\uC774\uD37C\uBC14\uC774\uC800\uAC00 VM\uB07C\uB9AC \uACA9\uB9AC\uD569\uB2C8\uB2E4. \uD55C VM \uC548\uC758 \uD06C\uB798\uC2DC, OOM \uD0AC, \uCE68\uC785\uC740 \uC774\uC6C3 VM\uC5D0 \uB2FF\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4."
    ),
    see: "vm create web-vm --host host-3 --vcpus 2 --memory 4g; vm list; vm inspect web-vm"
  },
  "vm-density": {
    title: "VM \uBC00\uB3C4\uC758 \uD55C\uACC4\uC640 \uC624\uBC84\uCEE4\uBC0B",
    body: lines2(
      "\uD558\uC774\uD37C\uBC14\uC774\uC800\uB294 \uCF54\uC5B4 \uC218\uBCF4\uB2E4 \uB9CE\uC740 vCPU, \uC2E4\uC81C\uBCF4\uB2E4 \uB9CE\uC740 RAM\uC744 \uC57D\uC18D\uD558\uAC8C \uD574 \uC90D\uB2C8\uB2E4(\uC624\uBC84\uCEE4\uBC0B). \uAC8C\uC2A4\uD2B8\uAC00 \uD55C\uAEBC\uBC88\uC5D0 \uBC14\uC058\uC9C0\uB294 \uC54A\uC73C\uB9AC\uB77C\uB294 \uB370 \uAC70\uB294 \uAC83\uC785\uB2C8\uB2E4.",
      "CPU \uC624\uBC84\uCEE4\uBC0B: \uAC8C\uC2A4\uD2B8\uB4E4\uC774 \uC815\uB9D0 \uBC14\uBE60\uC9C0\uBA74 vCPU\uB9C8\uB2E4 \uBE48 \uCF54\uC5B4\uB97C \uAE30\uB2E4\uB9BD\uB2C8\uB2E4. \uAC8C\uC2A4\uD2B8 \uC548\uC5D0\uC11C\uB294 \uC774\uAC83\uC774 \uC2A4\uD2F8 \uD0C0\uC784\uC73C\uB85C \uBCF4\uC774\uACE0, \uBAA8\uB4E0 \uAC83\uC774 \uB290\uB824\uC9D1\uB2C8\uB2E4.",
      "RAM \uC624\uBC84\uCEE4\uBC0B: \uAC8C\uC2A4\uD2B8\uAC00 \uC57D\uC18D\uBC1B\uC740 \uBA54\uBAA8\uB9AC\uB97C \uC2E4\uC81C\uB85C \uC4F0\uBA74, \uD638\uC2A4\uD2B8\uB294 \uADF8 \uC77C\uBD80\uB97C \uC2A4\uC651\uC73C\uB85C \uB0B4\uBCF4\uB0C5\uB2C8\uB2E4(\uB610\uB294 \uBC8C\uB8EC \uB4DC\uB77C\uC774\uBC84\uB85C \uD68C\uC218\uD569\uB2C8\uB2E4). \uBA54\uBAA8\uB9AC \uC811\uADFC\uC774 \uB514\uC2A4\uD06C \uC811\uADFC\uC774 \uB418\uC5B4 \uB290\uB9AC\uACE0 \uB4E4\uCB49\uB0A0\uCB49\uD574\uC9D1\uB2C8\uB2E4.",
      "RAM\uACFC \uC2A4\uC651\uC744 \uD569\uCE5C \uC591\uC744 \uB118\uC5B4\uC11C\uBA74 \uC544\uBB34\uAC83\uB3C4 \uC548 \uB429\uB2C8\uB2E4. \uBA54\uBAA8\uB9AC\uB97C \uC5BB\uC9C0 \uBABB\uD55C VM\uC740 \uC2DC\uC791\uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
      "\uC57D\uC18D \uBE44\uC728\uACFC \uC2A4\uD2F8\xB7\uC2A4\uC651 \uC218\uCE58\uB97C \uC9C0\uCF1C\uBCF4\uACE0, \uAC8C\uC2A4\uD2B8\uAC00 \uB290\uB07C\uAE30 \uC804\uC5D0 VM\uC744 \uC62E\uAE30\uAC70\uB098 \uC904\uC774\uC138\uC694."
    ),
    see: "host inspect host-4 (vCPU:core, RAM \uC57D\uC18D\uB7C9); vm inspect <vm> (\uC2A4\uD2F8, \uC2A4\uC651); vm list"
  },
  "virtual-nic": {
    title: "\uAC00\uC0C1 NIC\uC640 \uAC00\uC0C1 \uC2A4\uC704\uCE58",
    body: lines2(
      "VM\uC758 \uB124\uD2B8\uC6CC\uD06C \uCE74\uB4DC\uB294 \uC18C\uD504\uD2B8\uC6E8\uC5B4\uC785\uB2C8\uB2E4. \uD558\uC774\uD37C\uBC14\uC774\uC800\uAC00 \uAC8C\uC2A4\uD2B8\uB9C8\uB2E4 \uAC00\uC0C1 NIC\uB97C \uC8FC\uACE0, \uD638\uC2A4\uD2B8 \uC548\uC758 \uAC00\uC0C1 \uC2A4\uC704\uCE58(\uBE0C\uB9AC\uC9C0)\uC5D0 \uAF42\uC2B5\uB2C8\uB2E4.",
      "\uAC00\uC0C1 \uC2A4\uC704\uCE58\uB294 \uAC8C\uC2A4\uD2B8\uB07C\uB9AC\uC758 \uD2B8\uB798\uD53D\uC744 \uC804\uB2EC\uD558\uACE0, \uD558\uB098\uBFD0\uC778 \uBB3C\uB9AC NIC\uB97C \uD1B5\uD574 \uBC14\uAE65 \uB124\uD2B8\uC6CC\uD06C\uB85C\uB3C4 \uB0B4\uBCF4\uB0C5\uB2C8\uB2E4.",
      "\uADF8\uB798\uC11C \uD55C \uD638\uC2A4\uD2B8\uC758 VM\uB4E4\uC740 \uBB3C\uB9AC \uB300\uC5ED\uD3ED\uC744 \uB098\uB220 \uC501\uB2C8\uB2E4. \uD55C \uAC8C\uC2A4\uD2B8\uAC00 \uD070 \uC774\uBBF8\uC9C0\uB97C \uBC1B\uC73C\uBA74 \uB2E4\uB978 \uAC8C\uC2A4\uD2B8\uC758 \uB2E4\uC6B4\uB85C\uB4DC\uAC00 \uB290\uB824\uC9D1\uB2C8\uB2E4.",
      "\uCEE8\uD14C\uC774\uB108\uB3C4 \uB611\uAC19\uC774 \uC5F0\uACB0\uB429\uB2C8\uB2E4. \uAC01 \uCEE8\uD14C\uC774\uB108\uAC00 \uC790\uAE30 \uAE30\uACC4\uC758 \uBE0C\uB9AC\uC9C0(docker0)\uC5D0 \uAC00\uC0C1 \uC778\uD130\uD398\uC774\uC2A4\uB97C \uD558\uB098\uC529 \uBC1B\uC2B5\uB2C8\uB2E4."
    ),
    see: "host inspect host-3 (NIC); \uD55C \uD638\uC2A4\uD2B8\uC758 \uB450 VM\uC5D0\uC11C \uB3D9\uC2DC\uC5D0 docker -H <vm> pull <image>"
  },
  container: {
    title: "\uCEE8\uD14C\uC774\uB108",
    body: lines2(
      "\uCEE8\uD14C\uC774\uB108\uB294 \uACF5\uC720 \uCEE4\uB110 \uC704\uC758 \uD3C9\uBC94\uD55C \uD504\uB85C\uC138\uC2A4 \uBB36\uC74C\uC785\uB2C8\uB2E4. \uB124\uC784\uC2A4\uD398\uC774\uC2A4(\uBB34\uC5C7\uC744 \uBCFC \uC218 \uC788\uB098)\uC640 cgroup(\uBB34\uC5C7\uC744 \uC4F8 \uC218 \uC788\uB098)\uC73C\uB85C \uC6B8\uD0C0\uB9AC\uB97C \uCE58\uACE0, \uC774\uBBF8\uC9C0\uC758 \uD30C\uC77C\uB85C \uC2E4\uD589\uB429\uB2C8\uB2E4.",
      "\uC6B4\uC601\uCCB4\uC81C\uB97C \uBD80\uD305\uD558\uC9C0 \uC54A\uC73C\uBBC0\uB85C, \uC774\uBBF8\uC9C0\uAC00 \uAE30\uACC4\uC5D0 \uC788\uC73C\uBA74 1\uCD08\uCBE4\uC5D0 \uC2DC\uC791\uD569\uB2C8\uB2E4.",
      "\uC790\uAE30 \uAC8C\uC2A4\uD2B8 OS\uAC00 \uD544\uC694 \uC5C6\uC5B4\uC11C, \uAC19\uC740 \uD638\uC2A4\uD2B8\uC5D0 VM\uBCF4\uB2E4 \uBA87 \uBC30\uB098 \uBE7D\uBE7D\uD558\uAC8C \uB4E4\uC5B4\uAC11\uB2C8\uB2E4.",
      "\uBCA0\uC5B4\uBA54\uD0C8 \uCEE8\uD14C\uC774\uB108 \uD638\uC2A4\uD2B8\uB098 \uB9AC\uB205\uC2A4 VM \uC548\uC5D0\uC11C \uB3D5\uB2C8\uB2E4(docker -H <vm> \u2026).",
      "\uC8FC \uD504\uB85C\uC138\uC2A4\uAC00 \uB05D\uB098\uBA74 \uCEE8\uD14C\uC774\uB108\uB3C4 \uB05D\uB0A9\uB2C8\uB2E4. \uC7AC\uC2DC\uC791 \uC815\uCC45\uC774 \uC788\uC73C\uBA74 \uB2E4\uC2DC \uC2DC\uC791\uB420 \uC218 \uC788\uC2B5\uB2C8\uB2E4."
    ),
    see: "docker run -d --name web nginx:1.25; docker ps; docker top web"
  },
  "shared-kernel": {
    title: "\uACF5\uC720 \uCEE4\uB110",
    body: lines2(
      "\uD55C \uAE30\uACC4\uC758 \uBAA8\uB4E0 \uCEE8\uD14C\uC774\uB108\uB294 \uADF8 \uAE30\uACC4\uC758 \uCEE4\uB110 \uD558\uB098\uB97C \uD568\uAED8 \uC501\uB2C8\uB2E4. \uCEE8\uD14C\uC774\uB108 \uC548\uC5D0\uB294 \uCEE4\uB110\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
      "\uADF8\uB798\uC11C \uC774\uBBF8\uC9C0\uB294 \uB9DE\uB294 \uC885\uB958\uC758 \uCEE4\uB110\uC774 \uD544\uC694\uD569\uB2C8\uB2E4. \uB9AC\uB205\uC2A4 \uC774\uBBF8\uC9C0\uB294 \uB9AC\uB205\uC2A4 \uCEE4\uB110\uC5D0\uC11C \uB3CC\uACE0, Windows \uC804\uC6A9 \uC571\uC740 Windows VM\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
      "\uCEE4\uB110\uC5D0 \uC77C\uC5B4\uB09C \uC77C\uC740 \uBAA8\uB450\uC5D0\uAC8C \uC77C\uC5B4\uB0A9\uB2C8\uB2E4. \uCEE4\uB110 \uD328\uB2C9\uC740 \uADF8 \uC704\uC758 \uBAA8\uB4E0 \uCEE8\uD14C\uC774\uB108\uB97C \uBA48\uCD94\uACE0, \uD55C \uCEE8\uD14C\uC774\uB108\uC5D0\uC11C \uCEE4\uB110 \uBC84\uADF8\uB97C \uC545\uC6A9\uD55C \uACF5\uACA9\uC790\uB294 \uB098\uBA38\uC9C0 \uBAA8\uB450\uC5D0 \uB2FF\uC744 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
      "VM\uC740 \uC774\uB7F0 \uC6B4\uBA85\uC744 \uD568\uAED8\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. VM\uB9C8\uB2E4 \uCEE4\uB110\uC774 \uB530\uB85C \uC788\uC5B4 \uD328\uB2C9\uC774\uB098 \uACF5\uACA9\uC774 \uD55C VM \uC548\uC5D0 \uBA38\uBB45\uB2C8\uB2E4. \uADF8\uB798\uC11C \uBBFF\uC744 \uC218 \uC5C6\uB294 \uC791\uC5C5\uC740 \uD754\uD788 VM \uC548\uC758 \uCEE8\uD14C\uC774\uB108\uB85C \uB3CC\uB9BD\uB2C8\uB2E4."
    ),
    see: "docker -H host-1 run -d legacy/billing:1.0 (\uAC70\uBD80\uB428); host dmesg host-1; host inspect host-1 (Kernel)"
  },
  namespaces: {
    title: "\uB124\uC784\uC2A4\uD398\uC774\uC2A4",
    body: lines2(
      "\uB124\uC784\uC2A4\uD398\uC774\uC2A4\uB294 \uCEE8\uD14C\uC774\uB108\uB9C8\uB2E4 \uC2DC\uC2A4\uD15C\uC744 \uB530\uB85C \uBCF4\uAC8C \uD574 \uC90D\uB2C8\uB2E4.",
      "UTS: \uC790\uAE30 \uD638\uC2A4\uD2B8 \uC774\uB984. IPC: \uC790\uAE30 \uACF5\uC720 \uBA54\uBAA8\uB9AC\uC640 \uD050. PID: \uC790\uAE30 \uD504\uB85C\uC138\uC2A4\uB9CC \uBCF4\uC774\uACE0 \uB0A8\uC758 \uD504\uB85C\uC138\uC2A4\uC5D0 \uC2DC\uADF8\uB110\uC744 \uBCF4\uB0BC \uC218 \uC5C6\uC74C. Mount: \uC774\uBBF8\uC9C0\uB85C \uB9CC\uB4E0 \uC790\uAE30 \uD30C\uC77C \uC2DC\uC2A4\uD15C \uD2B8\uB9AC.",
      "Net: \uC790\uAE30 \uB124\uD2B8\uC6CC\uD06C \uC2A4\uD0DD\uACFC IP \uC8FC\uC18C. \uADF8\uB798\uC11C \uB450 \uCEE8\uD14C\uC774\uB108\uAC00 \uBAA8\uB450 80\uBC88 \uD3EC\uD2B8\uB97C \uC5F4 \uC218 \uC788\uC2B5\uB2C8\uB2E4. --network host\uBA74 \uAE30\uACC4\uC758 \uC2A4\uD0DD\uC744 \uADF8\uB300\uB85C \uC368\uC11C, \uAC19\uC740 \uD3EC\uD2B8\uB97C \uC4F0\uB294 \uB450 \uCEE8\uD14C\uC774\uB108\uAC00 \uCDA9\uB3CC\uD569\uB2C8\uB2E4.",
      "User(--userns): \uCEE8\uD14C\uC774\uB108 \uC548\uC758 root\uAC00 \uD638\uC2A4\uD2B8\uC5D0\uC11C\uB294 \uAD8C\uD55C \uC5C6\uB294 \uC0AC\uC6A9\uC790\uC785\uB2C8\uB2E4. \uADF8\uB798\uC11C \uD0C8\uCD9C\uD55C \uD504\uB85C\uC138\uC2A4\uB3C4 \uD638\uC2A4\uD2B8\uC758 root\uAC00 \uC544\uB2D9\uB2C8\uB2E4.",
      "\uB124\uC784\uC2A4\uD398\uC774\uC2A4\uB294 \uAC00\uB9B4 \uBFD0, CPU\uB098 \uBA54\uBAA8\uB9AC\uB97C \uC5BC\uB9C8\uB098 \uC4F0\uB294\uC9C0\uB294 \uC81C\uD55C\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4(\uADF8\uAC83\uC740 cgroup\uC758 \uC77C)."
    ),
    see: "docker run -d --name a nginx:1.25; docker run -d --name b nginx:1.25; docker run -d --network host nginx:1.25 (\uB450 \uBC88); docker inspect a"
  },
  cgroups: {
    title: "\uCEE8\uD2B8\uB864 \uADF8\uB8F9(cgroup): \uC81C\uD55C\uACFC \uD68C\uACC4",
    body: lines2(
      "cgroup\uC73C\uB85C \uCEE4\uB110\uC740 \uD504\uB85C\uC138\uC2A4 \uBB36\uC74C\uC758 \uC790\uC6D0 \uC0AC\uC6A9\uC744 \uC138\uACE0 \uC81C\uD55C\uD569\uB2C8\uB2E4.",
      "CPU \uC81C\uD55C(--cpus 0.5): 100 ms \uC8FC\uAE30\uB9C8\uB2E4 \uC4F8 \uC218 \uC788\uB294 \uBAAB(\uCFFC\uD130)\uC785\uB2C8\uB2E4. \uBAAB\uC744 \uB2E4 \uC4F4 \uCEE8\uD14C\uC774\uB108\uB294 \uB2E4\uC74C \uC8FC\uAE30\uAE4C\uC9C0 \uAE30\uB2E4\uB9BD\uB2C8\uB2E4. \uC2A4\uB85C\uD2C0\uB9C1\uB418\uC5B4 \uB290\uB824\uC9C8 \uBFD0, \uC8FD\uC9C0\uB294 \uC54A\uC2B5\uB2C8\uB2E4.",
      '\uBA54\uBAA8\uB9AC \uC81C\uD55C(-m 256m): \uBA54\uBAA8\uB9AC\uB294 \uB290\uB9AC\uAC8C \uC904 \uC218\uAC00 \uC5C6\uC5B4\uC11C, \uD55C\uB3C4\uB97C \uB118\uC740 \uCEE8\uD14C\uC774\uB108\uB294 \uCEE4\uB110\uC758 OOM \uD0AC\uB7EC\uAC00 \uC8FD\uC785\uB2C8\uB2E4. \uC885\uB8CC \uCF54\uB4DC 137, "OOMKilled": true.',
      "\uC81C\uD55C\uC774 \uC5C6\uC73C\uBA74 \uC695\uC2EC \uB9CE\uC740 \uCEE8\uD14C\uC774\uB108 \uD558\uB098\uAC00 \uC774\uC6C3\uC774 \uC4F8 \uC790\uC6D0\uAE4C\uC9C0 \uAC00\uC838\uAC11\uB2C8\uB2E4(\uC2DC\uB044\uB7EC\uC6B4 \uC774\uC6C3). \uAE30\uACC4 \uC804\uCCB4\uC758 \uBA54\uBAA8\uB9AC\uAC00 \uBC14\uB2E5\uB098\uBA74 OOM \uD0AC\uB7EC\uB294 OOM \uC810\uC218\uB85C \uD76C\uC0DD\uC790\uB97C \uACE0\uB974\uB294\uB370, \uAF2D \uBC94\uC778\uC744 \uACE0\uB974\uC9C0\uB294 \uC54A\uC2B5\uB2C8\uB2E4.",
      "\uC571 \uC790\uC2E0\uC758 \uB85C\uADF8\uC5D0\uB294 OOM \uD0AC\uC774 \uC804\uD600 \uBCF4\uC774\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uCEE4\uB110 \uB85C\uADF8\uC5D0 \uBCF4\uC785\uB2C8\uB2E4."
    ),
    see: "docker run -d -m 256m memhog:1.0; docker ps -a; docker inspect <container>; host dmesg host-1; docker stats"
  },
  "image-layers": {
    title: "\uC774\uBBF8\uC9C0, \uB808\uC774\uC5B4, \uC720\uB2C8\uC5B8 \uD30C\uC77C \uC2DC\uC2A4\uD15C",
    body: lines2(
      "\uC774\uBBF8\uC9C0\uB294 \uC77D\uAE30 \uC804\uC6A9 \uB808\uC774\uC5B4\uB97C \uC21C\uC11C\uB300\uB85C \uC313\uC740 \uAC83\uC785\uB2C8\uB2E4(\uAE30\uBC18 OS, \uB7F0\uD0C0\uC784, \uC758\uC874\uC131, \uC571). \uB808\uC774\uC5B4\uB9C8\uB2E4 \uB0B4\uC6A9 \uB2E4\uC774\uC81C\uC2A4\uD2B8\uAC00 \uC788\uC2B5\uB2C8\uB2E4.",
      '\uC544\uB798\uCABD \uB808\uC774\uC5B4\uAC00 \uAC19\uC740 \uC774\uBBF8\uC9C0\uB4E4\uC740 \uADF8 \uB808\uC774\uC5B4\uB97C \uB098\uB220 \uC501\uB2C8\uB2E4. \uB514\uC2A4\uD06C\uC5D0\uB294 \uD55C \uBC88\uB9CC \uC800\uC7A5\uB418\uACE0, pull\uD560 \uB54C \uAE30\uACC4\uC5D0 \uC774\uBBF8 \uC788\uB294 \uB808\uC774\uC5B4\uB294 \uAC74\uB108\uB701\uB2C8\uB2E4("Already exists").',
      "\uC571\uC744 \uBC14\uAFB8\uBA74 \uBC14\uB010 \uACF3 \uC704\uC758 \uB808\uC774\uC5B4\uB9CC \uC0C8\uB85C \uC0DD\uAE41\uB2C8\uB2E4. \uC0C8 \uBC84\uC804\uC740 \uC774\uBBF8\uC9C0 \uC804\uCCB4\uAC00 \uC544\uB2C8\uB77C \uBA87 \uBA54\uAC00\uBC14\uC774\uD2B8\uB9CC \uBCF4\uB0C5\uB2C8\uB2E4.",
      "\uC2E4\uD589 \uC911\uC778 \uCEE8\uD14C\uC774\uB108\uB294 \uB9E8 \uC704\uC5D0 \uC587\uC740 \uC4F0\uAE30 \uAC00\uB2A5 \uB808\uC774\uC5B4\uB97C \uB354\uD569\uB2C8\uB2E4(copy-on-write). \uB85C\uADF8\uC640 \uC784\uC2DC \uD30C\uC77C\uC774 docker rm \uC804\uAE4C\uC9C0 \uC774 \uB808\uC774\uC5B4\uB97C \uD0A4\uC6B0\uACE0, \uB514\uC2A4\uD06C\uB97C \uCC44\uC6B8 \uC218\uB3C4 \uC788\uC2B5\uB2C8\uB2E4.",
      "\uC720\uB2C8\uC5B8 \uD30C\uC77C \uC2DC\uC2A4\uD15C(overlayfs)\uC774 \uC774 \uB354\uBBF8 \uC804\uCCB4\uB97C \uD558\uB098\uC758 \uB514\uB809\uD130\uB9AC \uD2B8\uB9AC\uB85C \uBCF4\uC5EC \uC90D\uB2C8\uB2E4."
    ),
    see: "docker history shop/web:1.1; docker pull shop/web:1.0; docker pull shop/web:1.1; docker images; host inspect host-1"
  },
  dockerfile: {
    title: "Dockerfile: \uCF54\uB4DC\uB85C\uC11C\uC758 \uC774\uBBF8\uC9C0",
    body: lines2(
      "\uC774\uBBF8\uC9C0\uB294 \uB808\uC2DC\uD53C, \uC989 Dockerfile\uB85C \uBE4C\uB4DC\uD569\uB2C8\uB2E4. \uAE30\uBC18 \uC774\uBBF8\uC9C0\uB97C FROM\uC73C\uB85C \uC815\uD558\uACE0, RUN, COPY, ENV, CMD \uAC19\uC740 \uB2E8\uACC4\uAC00 \uC774\uC5B4\uC9D1\uB2C8\uB2E4.",
      "\uD30C\uC77C\uC744 \uBC14\uAFB8\uB294 \uB2E8\uACC4\uB9C8\uB2E4 \uB808\uC774\uC5B4\uAC00 \uD558\uB098 \uC0DD\uAE41\uB2C8\uB2E4. \uBE4C\uB354\uB294 \uB808\uC774\uC5B4\uB97C \uBD80\uBAA8 \uB808\uC774\uC5B4\uC640 \uB2E8\uACC4\uB85C(COPY\uB294 \uBCF5\uC0AC\uD55C \uD30C\uC77C\uC758 \uB0B4\uC6A9\uC73C\uB85C\uB3C4) \uCE90\uC2DC\uD569\uB2C8\uB2E4.",
      "\uC5B4\uB5A4 \uB2E8\uACC4\uAC00 \uBC14\uB00C\uBA74 \uADF8 \uB2E8\uACC4\uC640 \uADF8 \uB4A4\uC758 \uBAA8\uB4E0 \uB2E8\uACC4\uB97C \uB2E4\uC2DC \uBE4C\uB4DC\uD569\uB2C8\uB2E4. \uADF8 \uC55E\uC758 \uB2E8\uACC4\uB294 \uCE90\uC2DC\uC5D0\uC11C \uC635\uB2C8\uB2E4.",
      "\uADF8\uB798\uC11C \uC21C\uC11C\uAC00 \uC911\uC694\uD569\uB2C8\uB2E4. \uC798 \uBC14\uB00C\uC9C0 \uC54A\uB294 \uAC83(\uC758\uC874\uC131 \uC124\uCE58)\uC744 \uC790\uC8FC \uBC14\uB00C\uB294 \uAC83(\uCF54\uB4DC \uBCF5\uC0AC)\uBCF4\uB2E4 \uC55E\uC5D0 \uB450\uC138\uC694. \uCF54\uB4DC\uB97C \uBA3C\uC800 \uBCF5\uC0AC\uD558\uBA74 \uCF54\uB4DC\uB97C \uACE0\uCE60 \uB54C\uB9C8\uB2E4 \uC758\uC874\uC131\uC744 \uB2E4\uC2DC \uC124\uCE58\uD558\uACE0 \uB2E4\uC2DC \uBCF4\uB0C5\uB2C8\uB2E4.",
      "\uB808\uC2DC\uD53C\uB294 \uBC84\uC804 \uAD00\uB9AC\uC5D0 \uB4E4\uC5B4\uAC00\uBBC0\uB85C \uB204\uAD6C\uB098 \uAC19\uC740 \uC774\uBBF8\uC9C0\uB97C \uB2E4\uC2DC \uBE4C\uB4DC\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4."
    ),
    see: "docker build -t shop/web:1.2 shop-web; edit shop-web app/; docker build -t shop/web:1.3 shop-web; docker build -t shop/web:2.0 shop-web-copy-first"
  },
  registry: {
    title: "\uB808\uC9C0\uC2A4\uD2B8\uB9AC",
    body: lines2(
      "\uB808\uC9C0\uC2A4\uD2B8\uB9AC\uB294 \uC774\uBBF8\uC9C0\uB97C \uBCF4\uAD00\uD569\uB2C8\uB2E4. docker push\uB294 \uC62C\uB9AC\uACE0, docker pull\uC740 \uB0B4\uB824\uBC1B\uC2B5\uB2C8\uB2E4.",
      "\uB458 \uB2E4 \uC0C1\uB300\uD3B8\uC5D0 \uC5C6\uB294 \uB808\uC774\uC5B4\uB9CC \uC62E\uAE30\uBA70, \uC18D\uB3C4\uB294 \uAE30\uACC4\uC758 NIC\uAC00 \uC815\uD569\uB2C8\uB2E4. \uADF8 \uD638\uC2A4\uD2B8\uC758 \uBAA8\uB4E0 \uC804\uC1A1\uC774 \uC774 NIC\uB97C \uB098\uB220 \uC501\uB2C8\uB2E4.",
      "\uD300\uC740 \uD638\uC2A4\uD2B8 \uAC00\uAE4C\uC774\uC5D0 \uC790\uAE30 \uC0AC\uC124 \uB808\uC9C0\uC2A4\uD2B8\uB9AC(registry:2 \uCEE8\uD14C\uC774\uB108)\uB97C \uB458 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uB354 \uBE60\uB974\uACE0, \uACF5\uAC1C \uB808\uC9C0\uC2A4\uD2B8\uB9AC\uC5D0 \uB9E4\uC774\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
      "\uB808\uC9C0\uC2A4\uD2B8\uB9AC\uB294 \uBA48\uCD94\uAC70\uB098 pull \uD69F\uC218\uB97C \uC81C\uD55C\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uB808\uC774\uC5B4\uB97C \uC774\uBBF8 \uAC00\uC9C4 \uAE30\uACC4\uB294 \uACC4\uC18D \uB3CC\uACE0 \uCEE8\uD14C\uC774\uB108\uB3C4 \uC2DC\uC791\uD558\uC9C0\uB9CC, \uC0C8 \uAE30\uACC4\uB294 \uC774\uBBF8\uC9C0\uB97C \uBC1B\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4."
    ),
    see: "docker pull nginx:1.25; docker run -d -p 5000:5000 registry:2; docker tag shop/web:1.0 host-1:5000/shop/web:1.0; docker push host-1:5000/shop/web:1.0"
  },
  portability: {
    title: "\uC774\uC2DD\uC131",
    body: lines2(
      "\uC774\uBBF8\uC9C0\uC5D0\uB294 \uCEE4\uB110\uB9CC \uBE7C\uACE0 \uC571\uC5D0 \uD544\uC694\uD55C \uBAA8\uB4E0 \uAC83\uC774 \uB4E4\uC5B4 \uC788\uC2B5\uB2C8\uB2E4. \uB77C\uC774\uBE0C\uB7EC\uB9AC, \uB7F0\uD0C0\uC784, \uC571, \uAE30\uBCF8 \uC124\uC815\uAE4C\uC9C0.",
      "\uADF8\uB798\uC11C \uAC19\uC740 \uC774\uBBF8\uC9C0\uAC00 \uCEE4\uB110\uB9CC \uB9DE\uC73C\uBA74 \uC5B4\uB290 \uAE30\uACC4\uC5D0\uC11C\uB098 \uADF8\uB300\uB85C \uB3D5\uB2C8\uB2E4. \uB178\uD2B8\uBD81, \uBCA0\uC5B4\uBA54\uD0C8 \uD638\uC2A4\uD2B8, VM, \uC5B4\uB290 \uB370\uC774\uD130\uC13C\uD130\uB4E0.",
      '"\uC81C \uCEF4\uD4E8\uD130\uC5D0\uC11C\uB294 \uB418\uB294\uB370\uC694"\uAC00 \uC0AC\uB77C\uC9D1\uB2C8\uB2E4. \uAE30\uACC4\uC5D0 \uAE54\uB9B0 \uD30C\uC77C\uC740 \uC0C1\uAD00\uC5C6\uACE0 \uC774\uBBF8\uC9C0\uC758 \uD30C\uC77C\uB9CC \uC911\uC694\uD558\uB2C8\uAE4C\uC694.',
      "\uD55C\uACC4\uB294 \uCEE4\uB110\uC785\uB2C8\uB2E4. \uB9AC\uB205\uC2A4 \uC774\uBBF8\uC9C0\uB294 \uB9AC\uB205\uC2A4\uAC00, Windows \uC774\uBBF8\uC9C0\uB294 Windows \uCEE4\uB110\uC774 \uD544\uC694\uD569\uB2C8\uB2E4."
    ),
    see: "docker -H host-1 run -d shop/web:1.0; docker -H <linux-vm> run -d shop/web:1.0; docker -H <windows-vm> run -d shop/web:1.0 (\uAC70\uBD80\uB428)"
  },
  "network-virtualisation": {
    title: "\uB124\uD2B8\uC6CC\uD06C \uAC00\uC0C1\uD654",
    body: lines2(
      "\uAC00\uC0C1\uD654\uB41C \uB370\uC774\uD130\uC13C\uD130\uC5D0\uC11C\uB294 \uB124\uD2B8\uC6CC\uD06C\uAC00 \uC18C\uD504\uD2B8\uC6E8\uC5B4\uC785\uB2C8\uB2E4. \uAC00\uC0C1 \uB124\uD2B8\uC6CC\uD06C\uC640 \uC2A4\uC704\uCE58\uAC00 VM\uACFC \uCEE8\uD14C\uC774\uB108\uB97C \uC5B4\uB290 \uBB3C\uB9AC \uD638\uC2A4\uD2B8\uC5D0 \uC788\uB4E0 \uC774\uC5B4 \uC90D\uB2C8\uB2E4.",
      "\uB85C\uB4DC \uBC38\uB7F0\uC11C(L7)\uB294 \uC11C\uBE44\uC2A4 \uD074\uB77C\uC774\uC5B8\uD2B8\uC758 \uC694\uCCAD\uC744 \uBC1B\uC544 \uB4A4\uC758 \uC778\uC2A4\uD134\uC2A4\uB4E4\uC5D0 \uB098\uB220 \uC90D\uB2C8\uB2E4.",
      "\uBC29\uD654\uBCBD \uADDC\uCE59\uC740 \uB124\uD2B8\uC6CC\uD06C \uC0AC\uC774\uC5D0 \uC5B4\uB5A4 \uD2B8\uB798\uD53D\uC774 \uC9C0\uB098\uAC08 \uC218 \uC788\uB294\uC9C0 \uC815\uD569\uB2C8\uB2E4.",
      "\uADF8\uB798\uB3C4 \uBC11\uBC14\uB2E5\uC5D0\uC11C\uB294 \uBAA8\uB4E0 \uD2B8\uB798\uD53D\uC774 \uAC00\uC0C1 \uC2A4\uC704\uCE58\uC640 \uD638\uC2A4\uD2B8\uC758 \uBB3C\uB9AC NIC\uB97C \uC9C0\uB098\uBA70, \uADF8 \uB300\uC5ED\uD3ED\uC740 \uD55C\uC815\uB418\uC5B4 \uC788\uACE0 \uD568\uAED8 \uC501\uB2C8\uB2E4."
    ),
    see: "docker network create backend; docker run -d --network backend nginx:1.25; docker network ls; host inspect host-1 (NIC)"
  },
  "storage-virtualisation": {
    title: "\uC2A4\uD1A0\uB9AC\uC9C0 \uAC00\uC0C1\uD654",
    body: lines2(
      "\uB85C\uCEEC \uB514\uC2A4\uD06C\uB294 \uACE0\uC7A5 \uB0A9\uB2C8\uB2E4. \uB514\uC2A4\uD06C \uD558\uB098\uB098 \uD638\uC2A4\uD2B8 \uD558\uB098\uC5D0\uB9CC \uB454 \uB370\uC774\uD130\uB294 \uADF8\uAC83\uACFC \uD568\uAED8 \uC0AC\uB77C\uC9D1\uB2C8\uB2E4.",
      "\uBCF5\uC81C \uBCFC\uB968(\uB514\uC2A4\uD06C \uC0AC\uC774\uC758 RAID, \uB610\uB294 \uD638\uC2A4\uD2B8 \uC0AC\uC774\uC758 Ceph \uAC19\uC740 \uD480)\uC740 \uC5EC\uB7EC \uC0AC\uBCF8\uC744 \uB450\uC5B4 \uB514\uC2A4\uD06C\uB098 \uD638\uC2A4\uD2B8\uB97C \uC783\uC5B4\uB3C4 \uC0B4\uC544\uB0A8\uC2B5\uB2C8\uB2E4. \uB300\uAC00\uB294 \uC6A9\uB7C9\uC785\uB2C8\uB2E4. \uC0AC\uBCF8\uB9C8\uB2E4 \uACF5\uAC04\uC744 \uCC28\uC9C0\uD558\uB2C8\uAE4C\uC694.",
      "\uCEE8\uD14C\uC774\uB108\uC758 \uC4F0\uAE30 \uAC00\uB2A5 \uB808\uC774\uC5B4\uB294 \uC784\uC2DC\uC785\uB2C8\uB2E4(docker rm\uC774 \uC9C0\uC6C1\uB2C8\uB2E4). \uADF8\uB798\uC11C \uB370\uC774\uD130\uBCA0\uC774\uC2A4 \uAC19\uC740 \uC0C1\uD0DC \uC788\uB294 \uC11C\uBE44\uC2A4\uB294 \uB370\uC774\uD130\uB97C \uBCFC\uB968\uC5D0 \uB461\uB2C8\uB2E4.",
      "\uD070 \uB370\uC774\uD130\uBCA0\uC774\uC2A4\uB294 \uC0E4\uB529\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uC5EC\uB7EC \uCEE8\uD14C\uC774\uB108\uC5D0 \uB098\uB204\uC5B4, \uAC01\uC790 \uB370\uC774\uD130\uC758 \uC77C\uBD80\uC640 \uC790\uAE30 \uBCFC\uB968\uC744 \uAC16\uAC8C \uD569\uB2C8\uB2E4."
    ),
    see: "docker volume create --driver replicated pgdata; docker run -d -v pgdata:/var/lib/postgresql/data postgres:16; docker volume ls"
  },
  scheduling: {
    title: "\uC624\uCF00\uC2A4\uD2B8\uB808\uC774\uC158: \uC2A4\uCF00\uC904\uB9C1",
    body: lines2(
      "Kubernetes \uAC19\uC740 \uC624\uCF00\uC2A4\uD2B8\uB808\uC774\uD130\uB294 \uC0AC\uB78C\uC774 \uD638\uC2A4\uD2B8\uB97C \uACE0\uB974\uB294 \uB300\uC2E0 \uC5B4\uB290 \uB178\uB4DC\uAC00 \uC5B4\uB5A4 \uC791\uC5C5\uC744 \uB3CC\uB9B4\uC9C0 \uC815\uD569\uB2C8\uB2E4.",
      "kube-scheduler\uCC98\uB7FC, \uBA3C\uC800 \uC791\uC5C5\uC744 \uBC1B\uC744 \uC218 \uC5C6\uB294 \uB178\uB4DC(CPU\uB098 \uBA54\uBAA8\uB9AC \uC5EC\uC720 \uBD80\uC871, cordon, \uB2E4\uC6B4)\uB97C \uAC78\uB7EC \uB0B4\uACE0, \uB098\uBA38\uC9C0\uC5D0 \uC810\uC218\uB97C \uB9E4\uACA8(\uC608: \uAC00\uC7A5 \uD55C\uAC00\uD55C \uB178\uB4DC) \uAC00\uC7A5 \uC88B\uC740 \uACF3\uC744 \uACE0\uB985\uB2C8\uB2E4.",
      "\uB178\uB4DC\uAC00 \uC8FD\uC73C\uBA74 \uC624\uCF00\uC2A4\uD2B8\uB808\uC774\uD130\uB294 \uADF8 \uC791\uC5C5\uC744 \uB0A8\uC740 \uB178\uB4DC\uC5D0 \uB2E4\uC2DC \uBC30\uCE58\uD569\uB2C8\uB2E4.",
      "\uB178\uB4DC\uB97C cordon\uD558\uBA74 \uC774\uBBF8 \uB3CC\uACE0 \uC788\uB294 \uAC83\uC740 \uADF8\uB300\uB85C \uB450\uACE0 \uC0C8 \uBC30\uCE58\uC5D0\uC11C\uB9CC \uBE60\uC9D1\uB2C8\uB2E4(\uC608: \uC810\uAC80 \uC804\uC5D0)."
    ),
    see: "host cordon host-2; host list; host uncordon host-2 (\uC624\uCF00\uC2A4\uD2B8\uB808\uC774\uC158\uC774 \uC5F4\uB9AC\uBA74: kubectl get nodes, kubectl get pods -o wide)"
  },
  "self-healing": {
    title: "\uC624\uCF00\uC2A4\uD2B8\uB808\uC774\uC158: \uC790\uAC00 \uCE58\uC720",
    body: lines2(
      '\uB514\uD50C\uB85C\uC774\uBA3C\uD2B8\uB294 "\uC774 \uC774\uBBF8\uC9C0\uC758 \uBCF5\uC81C\uBCF8 N\uAC1C"\uB77C\uB294 \uC6D0\uD558\uB294 \uC0C1\uD0DC\uB97C \uC120\uC5B8\uD569\uB2C8\uB2E4. \uCEE8\uD2B8\uB864\uB7EC\uAC00 \uC2E4\uC81C\uB85C \uB3C4\uB294 \uAC83\uACFC \uACC4\uC18D \uBE44\uAD50\uD558\uBA70 \uCC28\uC774\uB97C \uACE0\uCE69\uB2C8\uB2E4.',
      "\uC8FD\uC740 \uCEE8\uD14C\uC774\uB108\uB294 \uC810\uC810 \uAE38\uC5B4\uC9C0\uB294 \uAC04\uACA9(10\uCD08, 20\uCD08, 40\uCD08 \u2026 \uCD5C\uB300 5\uBD84: CrashLoopBackOff)\uC744 \uB450\uACE0 \uC7AC\uC2DC\uC791\uB418\uBBC0\uB85C, \uACE0\uC7A5 \uB09C \uC571\uC774 \uAE30\uACC4\uB97C \uD0DC\uC6B0\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
      "\uB178\uB4DC\uC640 \uD568\uAED8 \uC0AC\uB77C\uC9C4 \uBCF5\uC81C\uBCF8\uC740 \uB2E4\uB978 \uB178\uB4DC\uC5D0 \uB2E4\uC2DC \uB9CC\uB4E4\uC5B4\uC9D1\uB2C8\uB2E4.",
      "\uADF8\uB3D9\uC548 \uC11C\uBE44\uC2A4 \uB4A4\uC758 \uD074\uB77C\uC774\uC5B8\uD2B8\uB294 \uAC74\uAC15\uD55C \uBCF5\uC81C\uBCF8\uC5D0\uAC8C\uC11C \uACC4\uC18D \uC751\uB2F5\uC744 \uBC1B\uC2B5\uB2C8\uB2E4.",
      "Docker\uC758 \uC7AC\uC2DC\uC791 \uC815\uCC45(--restart always)\uC740 \uAC19\uC740 \uC0DD\uAC01\uC758 \uAE30\uACC4 \uD55C \uB300\uC9DC\uB9AC \uD310\uC785\uB2C8\uB2E4."
    ),
    see: "docker run -d -m 256m --restart always memhog:1.0; docker ps -a (\uC624\uCF00\uC2A4\uD2B8\uB808\uC774\uC158\uC774 \uC5F4\uB9AC\uBA74: kubectl get pods, kubectl describe pod)"
  },
  "rolling-update": {
    title: "\uB864\uB9C1 \uC5C5\uB370\uC774\uD2B8\uC640 \uB864\uBC31",
    body: lines2(
      "\uC0C8 \uBC84\uC804\uC740 \uBCF5\uC81C\uBCF8 \uBA87 \uAC1C\uC529 \uC61B \uBC84\uC804\uC744 \uBC14\uAFD4 \uB098\uAC11\uB2C8\uB2E4. \uAE30\uBCF8\uAC12\uC73C\uB85C \uCD94\uAC00 \uBCF5\uC81C\uBCF8\uC740 \uCD5C\uB300 25 %(surge), \uC0AC\uC6A9\uD560 \uC218 \uC5C6\uB294 \uBCF5\uC81C\uBCF8\uB3C4 \uCD5C\uB300 25 %\uC785\uB2C8\uB2E4.",
      "\uC0C8 \uBCF5\uC81C\uBCF8\uC774 \uD5EC\uC2A4 \uCCB4\uD06C\uB97C \uD1B5\uACFC\uD574\uC57C \uB2E4\uC74C \uC61B \uBCF5\uC81C\uBCF8\uC774 \uB0B4\uB824\uAC00\uBBC0\uB85C, \uBC30\uD3EC \uC911\uC5D0\uB3C4 \uC11C\uBE44\uC2A4\uAC00 \uC0B4\uC544 \uC788\uC2B5\uB2C8\uB2E4.",
      "\uC0C8 \uBC84\uC804\uC774 \uC8FD\uAC70\uB098 \uCCB4\uD06C\uC5D0 \uC2E4\uD328\uD558\uBA74 \uB864\uC544\uC6C3\uC774 \uBA48\uCD94\uACE0, \uB864\uBC31\uD558\uBA74 \uB9C8\uC9C0\uB9C9\uC73C\uB85C \uC88B\uC558\uB358 \uB9AC\uBE44\uC804\uC73C\uB85C \uB3CC\uC544\uAC11\uB2C8\uB2E4.",
      "\uB9AC\uBE44\uC804\uC774 \uBCF4\uAD00\uB418\uBBC0\uB85C \uB418\uB3CC\uB9AC\uAE30\uB294 \uBA85\uB839 \uD558\uB098\uC785\uB2C8\uB2E4."
    ),
    see: "docker pull shop/web:1.1 (\uC624\uCF00\uC2A4\uD2B8\uB808\uC774\uC158\uC774 \uC5F4\uB9AC\uBA74: kubectl set image, kubectl rollout status, kubectl rollout undo)"
  },
  "service-discovery": {
    title: "\uC11C\uBE44\uC2A4 \uB514\uC2A4\uCEE4\uBC84\uB9AC\uC640 \uB85C\uB4DC \uBC38\uB7F0\uC2F1",
    body: lines2(
      "\uBCF5\uC81C\uBCF8\uC740 \uC0DD\uACBC\uB2E4 \uC0AC\uB77C\uC9C0\uACE0 IP \uC8FC\uC18C\uB3C4 \uBC14\uB01D\uB2C8\uB2E4. \uD074\uB77C\uC774\uC5B8\uD2B8\uAC00 \uADF8\uAC83\uC744 \uC54C \uD544\uC694\uB294 \uC5C6\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
      "\uC11C\uBE44\uC2A4\uB294 \uBCC0\uD558\uC9C0 \uC54A\uB294 \uC774\uB984(\uACFC \uAC00\uC0C1 IP)\uC744 \uC8FC\uACE0, \uADF8 \uC774\uB984\uC740 \uC5B4\uB514\uC11C \uB3CC\uB4E0 \uAC74\uAC15\uD55C \uBCF5\uC81C\uBCF8\uB4E4\uB85C \uD480\uB9BD\uB2C8\uB2E4.",
      "\uC11C\uBE44\uC2A4\uB85C \uBCF4\uB0B8 \uD2B8\uB798\uD53D\uC740 \uADF8 \uBCF5\uC81C\uBCF8\uB4E4\uC5D0 \uB098\uB258\uC5B4 \uAC00\uACE0, \uD5EC\uC2A4 \uCCB4\uD06C\uC5D0 \uC2E4\uD328\uD55C \uBCF5\uC81C\uBCF8\uC740 \uD2B8\uB798\uD53D\uC744 \uBC1B\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
      "\uADF8\uB798\uC11C \uC2A4\uCF00\uC77C \uC544\uC6C3\uD558\uAC70\uB098 \uBCF5\uC81C\uBCF8\uC744 \uBC14\uAFD4\uB3C4 \uD074\uB77C\uC774\uC5B8\uD2B8\uB294 \uC544\uBB34\uAC83\uB3C4 \uBC14\uAFC0 \uD544\uC694\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4."
    ),
    see: "docker inspect <container> (\uBCF5\uC81C\uBCF8\uB9C8\uB2E4 \uC790\uAE30 IP) (\uC624\uCF00\uC2A4\uD2B8\uB808\uC774\uC158\uC774 \uC5F4\uB9AC\uBA74: kubectl expose, kubectl get services)"
  },
  secrets: {
    title: "\uC2DC\uD06C\uB9BF",
    body: lines2(
      "\uBE44\uBC00\uBC88\uD638, \uD1A0\uD070, \uD0A4\uB294 \uC2DC\uD06C\uB9BF \uC800\uC7A5\uC18C\uC5D0 \uB450\uACE0, \uC2E4\uD589\uD560 \uB54C \uCEE8\uD14C\uC774\uB108\uC5D0 \uB9C8\uC6B4\uD2B8\uD55C \uD30C\uC77C\uC774\uB098 \uD658\uACBD \uBCC0\uC218\uB85C \uAC74\uB135\uB2C8\uB2E4.",
      "\uC774\uBBF8\uC9C0 \uB808\uC774\uC5B4\uC5D0 \uC368 \uB123\uC740 \uC2DC\uD06C\uB9BF(ENV, \uB610\uB294 \uD0A4 \uD30C\uC77C\uC758 COPY)\uC740 \uC774\uBBF8\uC9C0\uC5D0 \uB0A8\uC2B5\uB2C8\uB2E4. \uB098\uC911 \uB2E8\uACC4\uC5D0\uC11C \uD30C\uC77C\uC744 \uC9C0\uC6CC\uB3C4, \uC774\uBBF8\uC9C0\uB97C pull\uD560 \uC218 \uC788\uB294 \uB204\uAD6C\uB098 \uADF8 \uB808\uC774\uC5B4\uC5D0\uC11C \uC77D\uC744 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
      "\uC720\uCD9C\uB41C \uC2DC\uD06C\uB9BF\uC740 \uAD50\uCCB4\uD574\uC57C \uD569\uB2C8\uB2E4. \uC6D0\uBCF8\uACFC \uADF8\uAC83\uC744 \uC4F0\uB294 \uBAA8\uB4E0 \uACF3\uC5D0\uC11C \uBC14\uAFB8\uC138\uC694. \uC774\uBBF8\uC9C0\uB97C \uB2E4\uC2DC \uBE4C\uB4DC\uD558\uB294 \uAC83\uB9CC\uC73C\uB85C\uB294 \uBD80\uC871\uD569\uB2C8\uB2E4.",
      "\uC2DC\uD06C\uB9BF\uC740 \uB808\uC2DC\uD53C\uC640 \uC774\uBBF8\uC9C0 \uBC16\uC5D0 \uB450\uACE0, \uCEE8\uD14C\uC774\uB108\uAC00 \uC2DC\uC791\uD560 \uB54C \uAC74\uB124\uC138\uC694."
    ),
    see: "docker history <image>; docker inspect <image> (\uC624\uCF00\uC2A4\uD2B8\uB808\uC774\uC158\uC774 \uC5F4\uB9AC\uBA74: kubectl create secret)"
  },
  observability: {
    title: "\uB85C\uAE45, \uBAA8\uB2C8\uD130\uB9C1, \uC54C\uB9BC",
    body: lines2(
      "\uBA54\uD2B8\uB9AD\uC740 \uC2DC\uAC04\uC5D0 \uB530\uB978 \uC22B\uC790(CPU, \uBA54\uBAA8\uB9AC, \uC9C0\uC5F0 \uC2DC\uAC04, \uC624\uB958)\uC774\uACE0, \uB85C\uADF8\uB294 \uAC01 \uD504\uB85C\uC138\uC2A4\uAC00 \uC4F4 \uB0B4\uC6A9\uC774\uBA70, \uC54C\uB9BC\uC740 \uC99D\uC0C1\uC774 \uC784\uACC4\uAC12\uC744 \uB118\uC744 \uB54C \uC6B8\uB9BD\uB2C8\uB2E4.",
      "\uC0AC\uC6A9\uC790\uAC00 \uB290\uB07C\uB294 \uC99D\uC0C1(\uC624\uB958, \uB290\uB9B0 \uC751\uB2F5)\uC5D0 \uC54C\uB9BC\uC744 \uAC78\uACE0, \uC6D0\uC778\uC740 \uBA54\uD2B8\uB9AD\uACFC \uB85C\uADF8\uB97C \uC77D\uC5B4 \uCC3E\uC73C\uC138\uC694.",
      "\uB9DE\uB294 \uB85C\uADF8\uB97C \uC77D\uC73C\uC138\uC694. \uC571 \uB85C\uADF8\uB294 \uC571\uC774 \uBCF8 \uAC83\uC744, \uCEE4\uB110 \uB85C\uADF8\uB294 \uCEE4\uB110\uC774 \uC571\uC5D0 \uD55C \uC77C(OOM \uD0AC, \uD328\uB2C9)\uC744 \uB9D0\uD574 \uC90D\uB2C8\uB2E4.",
      "\uC2A4\uB85C\uD2C0\uB9C1, \uC2A4\uD2F8 \uD0C0\uC784, \uC2A4\uC651\uC740 \uC624\uB958\uB85C \uB4DC\uB7EC\uB098\uAE30 \uC804\uC5D0 \uC9C0\uC5F0 \uC2DC\uAC04\uC73C\uB85C \uBA3C\uC800 \uB4DC\uB7EC\uB0A9\uB2C8\uB2E4."
    ),
    see: "docker stats; docker logs <container>; host dmesg <host-or-vm>; host inspect <host>; vm inspect <vm>"
  },
  "scale-out": {
    title: "\uC2A4\uCF00\uC77C \uC544\uC6C3\uACFC \uB9C8\uC774\uD06C\uB85C\uC11C\uBE44\uC2A4",
    body: lines2(
      "\uC2A4\uCF00\uC77C \uC5C5\uC740 \uB354 \uD070 \uAE30\uACC4\uC785\uB2C8\uB2E4. \uD55C\uACC4\uAC00 \uC788\uACE0 \uC0AC\uB294 \uB370 \uC2DC\uAC04\uC774 \uAC78\uB9BD\uB2C8\uB2E4. \uC2A4\uCF00\uC77C \uC544\uC6C3\uC740 \uB354 \uB9CE\uC740 \uAE30\uACC4\uC5D0 \uB354 \uB9CE\uC740 \uBCF5\uC81C\uBCF8\uC785\uB2C8\uB2E4. \uBE60\uB974\uACE0, \uD558\uB098 \uB298 \uB54C\uB9C8\uB2E4 \uC6A9\uB7C9\uC774 \uB2A1\uB2C8\uB2E4.",
      "\uC2A4\uCF00\uC77C \uC544\uC6C3\uC5D0\uB294 \uB85C\uB4DC \uBC38\uB7F0\uC11C \uB4A4\uC758 \uC0C1\uD0DC \uC5C6\uB294 \uBCF5\uC81C\uBCF8\uC774 \uD544\uC694\uD569\uB2C8\uB2E4. \uC0C1\uD0DC\uB294 \uBCFC\uB968\uACFC \uB370\uC774\uD130\uBCA0\uC774\uC2A4\uC5D0 \uB461\uB2C8\uB2E4.",
      "\uB9C8\uC774\uD06C\uB85C\uC11C\uBE44\uC2A4\uB294 \uC560\uD50C\uB9AC\uCF00\uC774\uC158\uC744 \uC791\uC740 \uC11C\uBE44\uC2A4\uB85C \uB098\uB204\uC5B4 \uAC01\uC790 \uB530\uB85C \uBC30\uD3EC\uD558\uACE0 \uD655\uC7A5\uD569\uB2C8\uB2E4.",
      "\uB098\uB25C \uC11C\uBE44\uC2A4\uB294 \uB530\uB85C \uC2E4\uD328\uD569\uB2C8\uB2E4. \uD638\uCD9C\uD558\uB294 \uCABD\uC774 \uC2E4\uD328\uB97C \uB2E4\uB8EC\uB2E4\uBA74(\uD0C0\uC784\uC544\uC6C3, \uB300\uCCB4 \uC751\uB2F5) \uC11C\uBE44\uC2A4 \uD558\uB098\uAC00 \uACE0\uC7A5 \uB098\uB3C4 \uB098\uBA38\uC9C0\uB294 \uBA40\uCA61\uD569\uB2C8\uB2E4."
    ),
    see: "docker -H host-1 run -d shop/web:1.0; docker -H host-2 run -d shop/web:1.0 (\uC624\uCF00\uC2A4\uD2B8\uB808\uC774\uC158\uC774 \uC5F4\uB9AC\uBA74: kubectl scale, kubectl autoscale)"
  }
};

// shared/i18n/messages/concepts.ts
var conceptMessages = {
  en: conceptsEn,
  ko: conceptsKo
};

// shared/i18n/messages/ops.ts
var opsMessages = {
  en: {
    hint: {
      injectDenied: 'incidents are injected by the facilitator in this scenario (the sandbox lets anyone try, e.g. "inject crash web")',
      alertIds: 'the firing alerts are: {{ids}} (see them with "alerts")',
      noPower: "its rack {{rack}} has no power; its hosts boot again when facilities restore the feed. Meanwhile run the work on hosts in another rack",
      healthy: 'host repair fixes a failed or cut-off host. To reinstall {{host}} from a clean image use "host repair --reimage {{host}}" (its containers, images and local volumes are wiped)',
      pullRefused: "the registry {{registry}} refuses pulls for now (a rate limit). Machines that have the image keep running it; copy it once into a private registry and deploy from there, or wait"
    },
    inject: {
      opened: "incident {{id}} opened: {{kind}} on {{target}}",
      scheduled: "incident scheduled: {{kind}} on {{target}} at {{at}} (in {{in}}s)"
    },
    alerts: {
      none: "No alerts.",
      noneFiring: 'No alerts firing ("alerts --all" also shows the resolved ones).',
      alreadyAcked: "{{id}} was already acknowledged by {{who}}",
      ackOk: "{{id}} acknowledged: {{rule}} on {{subject}}"
    },
    incidents: {
      none: "No known incidents.",
      causes: "Root causes:",
      legend: "TTD: time to detect (first acknowledged alert or first command about what it hurt). TTR: time to resolve. In brackets: still counting."
    },
    repair: {
      started: "host/{{host}} repair started: a technician replaces the failed part; the host boots in about {{seconds}}s",
      reimage: "host/{{host}} is being reinstalled from a clean image; it is back, empty, in about {{seconds}}s",
      inProgress: "host/{{host}}: repair in progress, about {{seconds}}s left",
      nic: "host/{{host}}: NIC replacement started; reachable again in about {{seconds}}s",
      powerCycle: "host/{{host}} power-cycled: it boots now",
      booting: "host/{{host}} is booting already",
      killed: "{{count}} running containers were stopped"
    },
    alert: {
      ContainerOOMKilled: "{{subject}} was OOM-killed (exit 137; {{limit}})",
      ContainerExited: "{{subject}} exited with code {{code}} and was not restarted",
      ContainerRestarting: "{{subject}} restarted ({{restarts}} restarts)",
      ContainerCrashLooping: "{{subject}} keeps crashing ({{restarts}} restarts)",
      ContainerCpuStarved: "{{subject}} waits for a CPU {{percent}}% of the time it wants one (CPU pressure)",
      CPUThrottlingHigh: "{{subject}} is throttled {{percent}}% of the time by its CPU limit",
      HostDown: "{{subject}} does not answer probes",
      HostHighCpu: "{{subject}} CPU demand is {{percent}}% of its cores",
      MemoryPressure: "{{subject}} memory is {{percent}}% used",
      HostSwapping: "{{subject}} is swapping ({{swapMiB}} MiB of guest memory on disk)",
      DiskAlmostFull: "{{subject}} disk is {{percent}}% full",
      VmDown: "VM {{subject}} is not running",
      HighCpuSteal: "VM {{subject}} has {{percent}}% steal time",
      NodeNotReady: "node {{subject}} is NotReady",
      KubePodCrashLooping: "pod {{subject}} is in CrashLoopBackOff ({{restarts}} restarts)",
      ImagePullBackOff: "pod {{subject}} cannot pull {{image}}",
      ImagePullFailed: "a pull on {{subject}} failed: {{error}}",
      RegistryUnreachable: "registry {{subject}} does not answer",
      RegistryRateLimited: "registry {{subject}} refuses pulls: toomanyrequests",
      HighLatency: "{{subject}} p95 latency is {{latency}} ms (SLO {{slo}} ms)",
      ErrorBudgetBurn: "{{subject}} burns its error budget {{burn}}\xD7 too fast ({{errors}}% errors over 5 min)",
      SecurityBreach: "Falco: container escape from {{container}} as {{uid}} on {{subject}}",
      SecretLeaked: "secret scanner: {{key}} found in a layer of {{subject}}"
    },
    cause: {
      crash: { main: "An application bug in {{container}} ({{image}}): an unhandled error killed its process (exit {{exitCode}})." },
      "crash-loop": { main: "ci-bot redeployed {{target}} with a broken configuration: DB_HOST={{dbHost}} does not resolve, so the process exits two seconds after every start; restarting cannot help." },
      "memory-leak": { main: "The code in {{image}} leaks memory ({{growthMiB}} MiB/s per process): every replica grows until a memory limit or the kernel's OOM killer stops it." },
      "noisy-neighbour": {
        cpu: "The batch team started {{hog}} next to {{container}} without a CPU limit: it takes every core the others leave, and {{container}} gets only its fair share.",
        memory: "The batch team started {{hog}} next to {{container}} without a memory limit: it grows until the kernel's OOM killer runs, again and again."
      },
      "host-failure": { main: "The hardware of {{target}} failed (a fatal machine check): everything on it stopped until the host is repaired or the work runs elsewhere." },
      "disk-failure": { main: "The data disk of {{target}} failed: local volumes on it lost their data ({{lostVolumes}}); replicated volumes kept theirs on other hosts." },
      "disk-full": { main: "Debug logging was switched on in {{container}}: it writes {{floodKiB}} KiB/s into its writable layer and filled the disk of {{machine}}." },
      "network-partition": { main: "The NIC link of {{target}} went down: the host kept running, but nothing could reach it." },
      "kernel-panic": { main: "A kernel bug (in {{cause}}) panicked the kernel of {{target}}: every process on that kernel died, whatever container it was in." },
      "hypervisor-failure": { main: "The hypervisor of {{target}} crashed: every VM on it ({{vms}}) stopped at once." },
      "vm-overcommit": {
        cpu: "The batch team packed busy VMs ({{vms}}) onto {{target}}: twice as many vCPUs as cores, so every guest waits for a core (steal time).",
        memory: "The batch team put VMs ({{vms}}) on {{target}} that promise more RAM than it has: the host pages guests out to swap and all of them slow down."
      },
      "traffic-spike": { main: "{{target}} got {{factor}} times its usual traffic for a while: its replicas were too few for the load." },
      "bad-release": {
        slow: "ci-bot rolled out {{badRef}} (after {{goodRef}}): a code change made every request about 4 times slower.",
        errors: "ci-bot rolled out {{badRef}} (after {{goodRef}}): a code change answers part of the requests with HTTP 500.",
        crash: "ci-bot rolled out {{badRef}} (after {{goodRef}}): the new version crashes after running for a while."
      },
      "registry-outage": { main: "The registry {{target}} stopped answering: pulls failed, while machines with the images cached kept working." },
      "image-pull-failure": {
        "manifest-unknown": 'A registry clean-up deleted the tag {{ref}}: every pull of it answered "manifest unknown".',
        "rate-limit": 'The registry {{registry}} rate-limited anonymous pulls ("toomanyrequests"): {{ref}} could not be pulled.'
      },
      "secret-leak": { main: "ci-bot shipped {{badRef}}, whose layer holds {{key}} in clear text: anyone who can pull the image can read it; it had to be rotated." },
      "container-escape": {
        "host-root": "An attacker in {{container}} used a kernel exploit (cgroup release_agent) and, without a user namespace, became root on {{machine}}: all {{exposed}} containers on that kernel were exposed.",
        "vm-root": "An attacker in {{container}} used a kernel exploit and became root in the VM {{machine}}; the VM boundary kept the host and the other VMs safe.",
        userns: "An attacker in {{container}} tried a kernel exploit, but with --userns root in the container is uid {{uid}} outside: the escape stayed inside that container."
      },
      "power-loss": { main: "The rack {{target}} lost its power feed: every host in it ({{hosts}}) stopped at once." }
    }
  },
  ko: {
    hint: {
      injectDenied: '\uC774 \uC2DC\uB098\uB9AC\uC624\uC5D0\uC11C\uB294 \uC9C4\uD589\uC790\uB9CC \uC7A5\uC560\uB97C \uC8FC\uC785\uD569\uB2C8\uB2E4 (\uC0CC\uB4DC\uBC15\uC2A4\uC5D0\uC11C\uB294 \uB204\uAD6C\uB098 \uD574 \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uC608: "inject crash web")',
      alertIds: '\uC9C0\uAE08 \uC6B8\uB9AC\uB294 \uC54C\uB9BC: {{ids}} ("alerts"\uB85C \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4)',
      noPower: "\uB799 {{rack}}\uC5D0 \uC804\uC6D0\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. \uC124\uBE44\uD300\uC774 \uC804\uC6D0\uC744 \uBCF5\uAD6C\uD558\uBA74 \uD638\uC2A4\uD2B8\uAC00 \uB2E4\uC2DC \uBD80\uD305\uB429\uB2C8\uB2E4. \uADF8\uB3D9\uC548 \uB2E4\uB978 \uB799\uC758 \uD638\uC2A4\uD2B8\uC5D0\uC11C \uC791\uC5C5\uC744 \uB3CC\uB9AC\uC138\uC694",
      healthy: 'host repair\uB294 \uACE0\uC7A5 \uB098\uAC70\uB098 \uB124\uD2B8\uC6CC\uD06C\uAC00 \uB04A\uAE34 \uD638\uC2A4\uD2B8\uB97C \uACE0\uCE69\uB2C8\uB2E4. \uD638\uC2A4\uD2B8 {{host}}\uC758 OS\uB97C \uAE68\uB057\uD55C \uC774\uBBF8\uC9C0\uB85C \uB2E4\uC2DC \uC124\uCE58\uD558\uB824\uBA74 "host repair --reimage {{host}}"\uB97C \uC4F0\uC138\uC694 (\uCEE8\uD14C\uC774\uB108, \uC774\uBBF8\uC9C0, \uB85C\uCEEC \uBCFC\uB968\uC774 \uC9C0\uC6CC\uC9D1\uB2C8\uB2E4)',
      pullRefused: "\uB808\uC9C0\uC2A4\uD2B8\uB9AC {{registry}}: \uC9C0\uAE08\uC740 \uD480\uC744 \uAC70\uBD80\uD569\uB2C8\uB2E4 (\uC694\uCCAD \uD55C\uB3C4 \uCD08\uACFC). \uC774\uBBF8\uC9C0\uB97C \uC774\uBBF8 \uAC00\uC9C4 \uAE30\uACC4\uB294 \uACC4\uC18D \uC2E4\uD589\uD569\uB2C8\uB2E4. \uC774\uBBF8\uC9C0\uB97C \uC0AC\uC124 \uB808\uC9C0\uC2A4\uD2B8\uB9AC\uC5D0 \uD55C \uBC88 \uC62E\uACA8 \uB450\uACE0 \uAC70\uAE30\uC11C \uBC30\uD3EC\uD558\uAC70\uB098, \uAE30\uB2E4\uB9AC\uC138\uC694"
    },
    inject: {
      opened: "\uC7A5\uC560 {{id}} \uC2DC\uC791: {{target}}\uC5D0 {{kind}}",
      scheduled: "\uC7A5\uC560 \uC608\uC57D: {{at}}\uC5D0 {{target}}\uC5D0 {{kind}} ({{in}}\uCD08 \uB4A4)"
    },
    alerts: {
      none: "\uC54C\uB9BC\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
      noneFiring: '\uBC1C\uC0DD \uC911\uC778 \uC54C\uB9BC\uC774 \uC5C6\uC2B5\uB2C8\uB2E4 ("alerts --all"\uC740 \uD574\uC18C\uB41C \uC54C\uB9BC\uB3C4 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4).',
      alreadyAcked: "{{id}}: \uC774\uBBF8 \uD655\uC778\uB428 (\uD655\uC778\uD55C \uC0AC\uB78C: {{who}})",
      ackOk: "{{id}} \uD655\uC778: {{subject}}\uC758 {{rule}}"
    },
    incidents: {
      none: "\uC54C\uB824\uC9C4 \uC7A5\uC560\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4.",
      causes: "\uADFC\uBCF8 \uC6D0\uC778:",
      legend: "TTD: \uD0D0\uC9C0\uAE4C\uC9C0 \uAC78\uB9B0 \uC2DC\uAC04 (\uCC98\uC74C \uD655\uC778\uD55C \uC54C\uB9BC\uC774\uB098, \uC601\uD5A5\uBC1B\uC740 \uB300\uC0C1\uC744 \uB2E4\uB8EC \uCCAB \uBA85\uB839). TTR: \uD574\uACB0\uAE4C\uC9C0 \uAC78\uB9B0 \uC2DC\uAC04. \uAD04\uD638 \uC548\uC740 \uC544\uC9C1 \uC7AC\uB294 \uC911\uC785\uB2C8\uB2E4."
    },
    repair: {
      started: "host/{{host}} \uC218\uB9AC \uC2DC\uC791: \uAE30\uC220\uC790\uAC00 \uACE0\uC7A5 \uB09C \uBD80\uD488\uC744 \uBC14\uAFC9\uB2C8\uB2E4. \uC57D {{seconds}}\uCD08 \uB4A4 \uD638\uC2A4\uD2B8\uAC00 \uBD80\uD305\uB429\uB2C8\uB2E4",
      reimage: "host/{{host}}: \uAE68\uB057\uD55C \uC774\uBBF8\uC9C0\uB85C \uB2E4\uC2DC \uC124\uCE58\uD558\uB294 \uC911\uC785\uB2C8\uB2E4. \uC57D {{seconds}}\uCD08 \uB4A4 \uBE48 \uC0C1\uD0DC\uB85C \uB3CC\uC544\uC635\uB2C8\uB2E4",
      inProgress: "host/{{host}}: \uC218\uB9AC \uC911, \uC57D {{seconds}}\uCD08 \uB0A8\uC558\uC2B5\uB2C8\uB2E4",
      nic: "host/{{host}}: NIC \uAD50\uCCB4 \uC2DC\uC791. \uC57D {{seconds}}\uCD08 \uB4A4 \uB2E4\uC2DC \uC5F0\uACB0\uB429\uB2C8\uB2E4",
      powerCycle: "host/{{host}} \uC804\uC6D0\uC744 \uAED0\uB2E4 \uCF30\uC2B5\uB2C8\uB2E4. \uC9C0\uAE08 \uBD80\uD305\uD569\uB2C8\uB2E4",
      booting: "host/{{host}}: \uC774\uBBF8 \uBD80\uD305 \uC911\uC785\uB2C8\uB2E4",
      killed: "\uC2E4\uD589 \uC911\uC774\uB358 \uCEE8\uD14C\uC774\uB108 {{count}}\uAC1C\uAC00 \uBA48\uCDC4\uC2B5\uB2C8\uB2E4"
    },
    alert: {
      ContainerOOMKilled: "{{subject}}: OOM\uC73C\uB85C \uAC15\uC81C \uC885\uB8CC\uB428 (exit 137, {{limit}})",
      ContainerExited: "{{subject}}: \uC885\uB8CC \uCF54\uB4DC {{code}}, \uB2E4\uC2DC \uC2DC\uC791\uB418\uC9C0 \uC54A\uC74C",
      ContainerRestarting: "{{subject}}: \uC7AC\uC2DC\uC791\uB428 (\uC7AC\uC2DC\uC791 {{restarts}}\uD68C)",
      ContainerCrashLooping: "{{subject}}: \uACC4\uC18D \uC8FD\uACE0 \uC788\uC74C (\uC7AC\uC2DC\uC791 {{restarts}}\uD68C)",
      ContainerCpuStarved: "{{subject}}: CPU\uAC00 \uD544\uC694\uD55C \uC2DC\uAC04\uC758 {{percent}}% \uB3D9\uC548 CPU\uB97C \uAE30\uB2E4\uB9BC (CPU \uC555\uBC15)",
      CPUThrottlingHigh: "{{subject}}: CPU \uC81C\uD55C \uB54C\uBB38\uC5D0 {{percent}}% \uC2A4\uB85C\uD2C0\uB9C1\uB428",
      HostDown: "{{subject}}: \uD504\uB85C\uBE0C\uC5D0 \uC751\uB2F5 \uC5C6\uC74C",
      HostHighCpu: "{{subject}}: CPU \uC694\uAD6C\uB7C9\uC774 \uCF54\uC5B4\uC758 {{percent}}%",
      MemoryPressure: "{{subject}}: \uBA54\uBAA8\uB9AC \uC0AC\uC6A9\uB960 {{percent}}%",
      HostSwapping: "{{subject}}: \uC2A4\uC651 \uC0AC\uC6A9 \uC911 (\uAC8C\uC2A4\uD2B8 \uBA54\uBAA8\uB9AC {{swapMiB}} MiB\uAC00 \uB514\uC2A4\uD06C\uC5D0 \uC788\uC74C)",
      DiskAlmostFull: "{{subject}}: \uB514\uC2A4\uD06C {{percent}}% \uC0AC\uC6A9",
      VmDown: "VM {{subject}}: \uC2E4\uD589 \uC911\uC774 \uC544\uB2D8",
      HighCpuSteal: "VM {{subject}}: \uC2A4\uD2F8 \uD0C0\uC784 {{percent}}%",
      NodeNotReady: "\uB178\uB4DC {{subject}}: NotReady",
      KubePodCrashLooping: "\uD30C\uB4DC {{subject}}: CrashLoopBackOff (\uC7AC\uC2DC\uC791 {{restarts}}\uD68C)",
      ImagePullBackOff: "\uD30C\uB4DC {{subject}}: \uC774\uBBF8\uC9C0 {{image}} \uD480 \uC2E4\uD328",
      ImagePullFailed: "{{subject}}: \uD480 \uC2E4\uD328: {{error}}",
      RegistryUnreachable: "\uB808\uC9C0\uC2A4\uD2B8\uB9AC {{subject}}: \uC751\uB2F5 \uC5C6\uC74C",
      RegistryRateLimited: "\uB808\uC9C0\uC2A4\uD2B8\uB9AC {{subject}}: \uD480 \uAC70\uBD80 (toomanyrequests)",
      HighLatency: "{{subject}}: p95 \uC9C0\uC5F0 \uC2DC\uAC04 {{latency}} ms (SLO {{slo}} ms)",
      ErrorBudgetBurn: "{{subject}}: \uC624\uB958 \uC608\uC0B0\uC744 \uC801\uC815 \uC18D\uB3C4\uC758 {{burn}}\uBC30\uB85C \uC4F0\uB294 \uC911 (\uCD5C\uADFC 5\uBD84 \uC624\uB958\uC728 {{errors}}%)",
      SecurityBreach: "Falco: {{subject}}\uC5D0\uC11C \uCEE8\uD14C\uC774\uB108 \uD0C8\uCD9C \uAC10\uC9C0 (\uCD9C\uBC1C: {{container}}, \uAD8C\uD55C: {{uid}})",
      SecretLeaked: "\uC2DC\uD06C\uB9BF \uC2A4\uCE90\uB108: {{subject}}\uC758 \uB808\uC774\uC5B4\uC5D0\uC11C {{key}} \uBC1C\uACAC"
    },
    cause: {
      crash: { main: "{{container}} ({{image}})\uC758 \uC560\uD50C\uB9AC\uCF00\uC774\uC158 \uBC84\uADF8: \uCC98\uB9AC\uD558\uC9C0 \uBABB\uD55C \uC624\uB958\uB85C \uD504\uB85C\uC138\uC2A4\uAC00 \uC8FD\uC5C8\uC2B5\uB2C8\uB2E4 (exit {{exitCode}})." },
      "crash-loop": { main: "ci-bot\uC774 {{target}}(\uC744)\uB97C \uC798\uBABB\uB41C \uC124\uC815\uC73C\uB85C \uB2E4\uC2DC \uBC30\uD3EC\uD588\uC2B5\uB2C8\uB2E4. DB_HOST={{dbHost}}\uC758 \uC774\uB984\uC744 \uD480 \uC218 \uC5C6\uC5B4 \uD504\uB85C\uC138\uC2A4\uAC00 \uC2DC\uC791\uD560 \uB54C\uB9C8\uB2E4 2\uCD08 \uB4A4 \uC885\uB8CC\uB429\uB2C8\uB2E4. \uC7AC\uC2DC\uC791\uC73C\uB85C\uB294 \uACE0\uCCD0\uC9C0\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4." },
      "memory-leak": { main: "{{image}}\uC758 \uCF54\uB4DC\uC5D0 \uBA54\uBAA8\uB9AC \uB204\uC218\uAC00 \uC788\uC2B5\uB2C8\uB2E4 (\uD504\uB85C\uC138\uC2A4\uB9C8\uB2E4 \uCD08\uB2F9 {{growthMiB}} MiB). \uBAA8\uB4E0 \uBCF5\uC81C\uBCF8\uC774 \uBA54\uBAA8\uB9AC \uC81C\uD55C\uC774\uB098 \uCEE4\uB110\uC758 OOM \uD0AC\uB7EC\uC5D0 \uBA48\uCD9C \uB54C\uAE4C\uC9C0 \uCEE4\uC9D1\uB2C8\uB2E4." },
      "noisy-neighbour": {
        cpu: "\uBC30\uCE58 \uD300\uC774 {{container}} \uC606\uC5D0 CPU \uC81C\uD55C \uC5C6\uC774 \uCEE8\uD14C\uC774\uB108 {{hog}}(\uC744)\uB97C \uB744\uC6E0\uC2B5\uB2C8\uB2E4. \uB2E4\uB978 \uCEE8\uD14C\uC774\uB108\uAC00 \uB0A8\uAE34 \uCF54\uC5B4\uB97C \uBAA8\uB450 \uCC28\uC9C0\uD574\uC11C, {{container}} \uCABD\uC740 \uACF5\uC815\uD55C \uBAAB\uB9CC \uBC1B\uC2B5\uB2C8\uB2E4.",
        memory: "\uBC30\uCE58 \uD300\uC774 {{container}} \uC606\uC5D0 \uBA54\uBAA8\uB9AC \uC81C\uD55C \uC5C6\uC774 \uCEE8\uD14C\uC774\uB108 {{hog}}(\uC744)\uB97C \uB744\uC6E0\uC2B5\uB2C8\uB2E4. \uCEE4\uB110\uC758 OOM \uD0AC\uB7EC\uAC00 \uB3CC \uB54C\uAE4C\uC9C0 \uCEE4\uC9C0\uAE30\uB97C \uB418\uD480\uC774\uD569\uB2C8\uB2E4."
      },
      "host-failure": { main: "{{target}}\uC758 \uD558\uB4DC\uC6E8\uC5B4\uAC00 \uACE0\uC7A5 \uB0AC\uC2B5\uB2C8\uB2E4 (\uCE58\uBA85\uC801\uC778 \uBA38\uC2E0 \uCCB4\uD06C). \uD638\uC2A4\uD2B8\uB97C \uACE0\uCE58\uAC70\uB098 \uC791\uC5C5\uC744 \uB2E4\uB978 \uACF3\uC5D0\uC11C \uB3CC\uB9B4 \uB54C\uAE4C\uC9C0 \uADF8 \uC704\uC758 \uBAA8\uB4E0 \uAC83\uC774 \uBA48\uCDC4\uC2B5\uB2C8\uB2E4." },
      "disk-failure": { main: "{{target}}\uC758 \uB370\uC774\uD130 \uB514\uC2A4\uD06C\uAC00 \uACE0\uC7A5 \uB0AC\uC2B5\uB2C8\uB2E4. \uADF8 \uC704\uC758 \uB85C\uCEEC \uBCFC\uB968\uC740 \uB370\uC774\uD130\uB97C \uC783\uC5C8\uACE0 ({{lostVolumes}}), \uBCF5\uC81C \uBCFC\uB968\uC740 \uB2E4\uB978 \uD638\uC2A4\uD2B8\uC5D0 \uC788\uB358 \uC0AC\uBCF8\uC73C\uB85C \uB370\uC774\uD130\uB97C \uC9C0\uCF30\uC2B5\uB2C8\uB2E4." },
      "disk-full": { main: "{{container}}\uC5D0\uC11C \uB514\uBC84\uADF8 \uB85C\uADF8\uAC00 \uCF1C\uC84C\uC2B5\uB2C8\uB2E4. \uC4F0\uAE30 \uAC00\uB2A5\uD55C \uB808\uC774\uC5B4\uC5D0 \uCD08\uB2F9 {{floodKiB}} KiB\uB97C \uC368\uC11C {{machine}}\uC758 \uB514\uC2A4\uD06C\uB97C \uCC44\uC6E0\uC2B5\uB2C8\uB2E4." },
      "network-partition": { main: "{{target}}\uC758 NIC \uB9C1\uD06C\uAC00 \uB04A\uC5B4\uC84C\uC2B5\uB2C8\uB2E4. \uD638\uC2A4\uD2B8\uB294 \uACC4\uC18D \uB3CC\uC558\uC9C0\uB9CC \uC544\uBB34\uB3C4 \uB2FF\uC744 \uC218 \uC5C6\uC5C8\uC2B5\uB2C8\uB2E4." },
      "kernel-panic": { main: "\uCEE4\uB110 \uBC84\uADF8({{cause}})\uB85C {{target}}\uC758 \uCEE4\uB110\uC774 \uD328\uB2C9\uC5D0 \uBE60\uC84C\uC2B5\uB2C8\uB2E4. \uADF8 \uCEE4\uB110 \uC704\uC758 \uBAA8\uB4E0 \uD504\uB85C\uC138\uC2A4\uAC00 \uC5B4\uB290 \uCEE8\uD14C\uC774\uB108\uC5D0 \uC788\uB4E0 \uD568\uAED8 \uC8FD\uC5C8\uC2B5\uB2C8\uB2E4." },
      "hypervisor-failure": { main: "{{target}}\uC758 \uD558\uC774\uD37C\uBC14\uC774\uC800\uAC00 \uC8FD\uC5C8\uC2B5\uB2C8\uB2E4. \uADF8 \uC704\uC758 \uBAA8\uB4E0 VM({{vms}})\uC774 \uD55C\uAEBC\uBC88\uC5D0 \uBA48\uCDC4\uC2B5\uB2C8\uB2E4." },
      "vm-overcommit": {
        cpu: "\uBC30\uCE58 \uD300\uC774 \uBC14\uC05C VM({{vms}})\uC744 {{target}}\uC5D0 \uBAB0\uC544\uB123\uC5C8\uC2B5\uB2C8\uB2E4. vCPU\uAC00 \uCF54\uC5B4\uC758 \uB450 \uBC30\uB77C\uC11C \uBAA8\uB4E0 \uAC8C\uC2A4\uD2B8\uAC00 \uCF54\uC5B4\uB97C \uAE30\uB2E4\uB9BD\uB2C8\uB2E4 (\uC2A4\uD2F8 \uD0C0\uC784).",
        memory: "\uBC30\uCE58 \uD300\uC774 {{target}}\uC5D0 \uC2E4\uC81C RAM\uBCF4\uB2E4 \uB9CE\uC740 \uBA54\uBAA8\uB9AC\uB97C \uC57D\uC18D\uD558\uB294 VM({{vms}})\uC744 \uC62C\uB838\uC2B5\uB2C8\uB2E4. \uD638\uC2A4\uD2B8\uAC00 \uAC8C\uC2A4\uD2B8 \uBA54\uBAA8\uB9AC\uB97C \uC2A4\uC651\uC73C\uB85C \uB0B4\uBCF4\uB0B4 \uBAA8\uB4E0 \uAC8C\uC2A4\uD2B8\uAC00 \uB290\uB824\uC9D1\uB2C8\uB2E4."
      },
      "traffic-spike": { main: "{{target}}\uC5D0 \uD55C\uB3D9\uC548 \uD3C9\uC18C\uC758 {{factor}}\uBC30 \uD2B8\uB798\uD53D\uC774 \uBAB0\uB838\uC2B5\uB2C8\uB2E4. \uBD80\uD558\uC5D0 \uBE44\uD574 \uBCF5\uC81C\uBCF8\uC774 \uBAA8\uC790\uB790\uC2B5\uB2C8\uB2E4." },
      "bad-release": {
        slow: "ci-bot\uC774 {{goodRef}}\uC758 \uB2E4\uC74C \uBC84\uC804 {{badRef}}(\uC744)\uB97C \uBC30\uD3EC\uD588\uC2B5\uB2C8\uB2E4. \uCF54\uB4DC \uBCC0\uACBD \uB54C\uBB38\uC5D0 \uBAA8\uB4E0 \uC694\uCCAD\uC774 \uC57D 4\uBC30 \uB290\uB824\uC84C\uC2B5\uB2C8\uB2E4.",
        errors: "ci-bot\uC774 {{goodRef}}\uC758 \uB2E4\uC74C \uBC84\uC804 {{badRef}}(\uC744)\uB97C \uBC30\uD3EC\uD588\uC2B5\uB2C8\uB2E4. \uCF54\uB4DC \uBCC0\uACBD \uB54C\uBB38\uC5D0 \uC694\uCCAD \uC77C\uBD80\uC5D0 HTTP 500\uC73C\uB85C \uB2F5\uD569\uB2C8\uB2E4.",
        crash: "ci-bot\uC774 {{goodRef}}\uC758 \uB2E4\uC74C \uBC84\uC804 {{badRef}}(\uC744)\uB97C \uBC30\uD3EC\uD588\uC2B5\uB2C8\uB2E4. \uC0C8 \uBC84\uC804\uC740 \uD55C\uB3D9\uC548 \uB3CC\uB2E4\uAC00 \uC8FD\uC2B5\uB2C8\uB2E4."
      },
      "registry-outage": { main: "\uB808\uC9C0\uC2A4\uD2B8\uB9AC {{target}}\uC758 \uC751\uB2F5\uC774 \uBA48\uCDC4\uC2B5\uB2C8\uB2E4. \uD480\uC740 \uC2E4\uD328\uD588\uC9C0\uB9CC \uC774\uBBF8\uC9C0\uB97C \uCE90\uC2DC\uD574 \uB454 \uAE30\uACC4\uB294 \uACC4\uC18D \uC77C\uD588\uC2B5\uB2C8\uB2E4." },
      "image-pull-failure": {
        "manifest-unknown": '\uB808\uC9C0\uC2A4\uD2B8\uB9AC \uC815\uB9AC \uC791\uC5C5\uC774 \uD0DC\uADF8 {{ref}}(\uC744)\uB97C \uC9C0\uC6E0\uC2B5\uB2C8\uB2E4. \uC774 \uD0DC\uADF8\uB97C \uD480\uD558\uBA74 \uBAA8\uB450 "manifest unknown"\uC73C\uB85C \uB2F5\uD588\uC2B5\uB2C8\uB2E4.',
        "rate-limit": '\uB808\uC9C0\uC2A4\uD2B8\uB9AC {{registry}}\uC5D0\uC11C \uC775\uBA85 \uD480\uC758 \uC694\uCCAD \uC218\uB97C \uC81C\uD55C\uD588\uC2B5\uB2C8\uB2E4 ("toomanyrequests"). \uC774\uBBF8\uC9C0 {{ref}}\uC758 \uD480\uC774 \uBD88\uAC00\uB2A5\uD588\uC2B5\uB2C8\uB2E4.'
      },
      "secret-leak": { main: "ci-bot\uC774 \uBC30\uD3EC\uD55C {{badRef}}\uC758 \uB808\uC774\uC5B4\uC5D0 {{key}} \uAC12\uC774 \uD3C9\uBB38\uC73C\uB85C \uB4E4\uC5B4 \uC788\uC2B5\uB2C8\uB2E4. \uC774\uBBF8\uC9C0\uB97C \uD480\uD560 \uC218 \uC788\uB294 \uC0AC\uB78C\uC740 \uB204\uAD6C\uB098 \uC77D\uC744 \uC218 \uC788\uC73C\uB2C8 \uAC12\uC744 \uBC14\uAFD4\uC57C \uD588\uC2B5\uB2C8\uB2E4." },
      "container-escape": {
        "host-root": "{{container}}\uC758 \uACF5\uACA9\uC790\uAC00 \uCEE4\uB110 \uC775\uC2A4\uD50C\uB85C\uC787(cgroup release_agent)\uC744 \uC37C\uACE0, \uC0AC\uC6A9\uC790 \uB124\uC784\uC2A4\uD398\uC774\uC2A4\uAC00 \uC5C6\uC5B4\uC11C {{machine}}\uC758 root\uAC00 \uB418\uC5C8\uC2B5\uB2C8\uB2E4. \uADF8 \uCEE4\uB110 \uC704\uC758 \uCEE8\uD14C\uC774\uB108 {{exposed}}\uAC1C\uAC00 \uBAA8\uB450 \uB178\uCD9C\uB418\uC5C8\uC2B5\uB2C8\uB2E4.",
        "vm-root": "{{container}}\uC758 \uACF5\uACA9\uC790\uAC00 \uCEE4\uB110 \uC775\uC2A4\uD50C\uB85C\uC787\uC73C\uB85C VM {{machine}}\uC758 root\uAC00 \uB418\uC5C8\uC2B5\uB2C8\uB2E4. VM \uACBD\uACC4 \uB355\uBD84\uC5D0 \uD638\uC2A4\uD2B8\uC640 \uB2E4\uB978 VM\uC740 \uC548\uC804\uD588\uC2B5\uB2C8\uB2E4.",
        userns: "{{container}}\uC758 \uACF5\uACA9\uC790\uAC00 \uCEE4\uB110 \uC775\uC2A4\uD50C\uB85C\uC787\uC744 \uC2DC\uB3C4\uD588\uC9C0\uB9CC, --userns \uB355\uBD84\uC5D0 \uCEE8\uD14C\uC774\uB108 \uC548\uC758 root\uB294 \uBC16\uC5D0\uC11C uid {{uid}}\uC785\uB2C8\uB2E4. \uD0C8\uCD9C\uC740 \uADF8 \uCEE8\uD14C\uC774\uB108 \uC548\uC5D0 \uAC07\uD614\uC2B5\uB2C8\uB2E4."
      },
      "power-loss": { main: "\uB799 {{target}}\uC758 \uC804\uC6D0\uC774 \uB04A\uACBC\uC2B5\uB2C8\uB2E4. \uADF8 \uC548\uC758 \uBAA8\uB4E0 \uD638\uC2A4\uD2B8({{hosts}})\uAC00 \uD55C\uAEBC\uBC88\uC5D0 \uBA48\uCDC4\uC2B5\uB2C8\uB2E4." }
    }
  }
};

// shared/i18n/messages/k8s.ts
var k8sMessages = {
  en: {
    hint: {
      placed: "the scheduler put this pod on {{node}}: {{feasible}} of the {{evaluated}} nodes checked (cluster: {{total}}) passed the filters; {{node}} scored {{score}} ({{scores}}, score \xD7 weight), the next best, {{runnerUp}}, {{runnerUpScore}}.",
      placedOnly: "the scheduler put this pod on {{node}}: it was the only one of the {{evaluated}} nodes checked (cluster: {{total}}) that passed the filters (room for the requests, not cordoned, no taint the pod does not tolerate).",
      drainBare: "a pod without a controller (no replica set) is not recreated anywhere once evicted; --force deletes it for good. Nothing was changed on {{node}}.",
      noCluster: "this scenario has no orchestrator: there is no API server for kubectl to talk to."
    }
  },
  ko: {
    hint: {
      placed: "\uC2A4\uCF00\uC904\uB7EC\uAC00 \uC774 \uD30C\uB4DC\uB97C {{node}}\uC5D0 \uB450\uC5C8\uC2B5\uB2C8\uB2E4. \uC0B4\uD3B4\uBCF8 \uB178\uB4DC {{evaluated}}\uB300(\uD074\uB7EC\uC2A4\uD130 \uC804\uCCB4 {{total}}\uB300) \uAC00\uC6B4\uB370 {{feasible}}\uB300\uAC00 \uD544\uD130\uB97C \uD1B5\uACFC\uD588\uACE0, \uADF8\uC911 {{node}}\uC758 \uC810\uC218\uAC00 {{score}}\uC810({{scores}}, \uC810\uC218 \xD7 \uAC00\uC911\uCE58)\uC73C\uB85C \uAC00\uC7A5 \uB192\uC558\uC2B5\uB2C8\uB2E4. \uB2E4\uC74C\uC740 {{runnerUp}}\uC758 {{runnerUpScore}}\uC810\uC785\uB2C8\uB2E4.",
      placedOnly: "\uC2A4\uCF00\uC904\uB7EC\uAC00 \uC774 \uD30C\uB4DC\uB97C {{node}}\uC5D0 \uB450\uC5C8\uC2B5\uB2C8\uB2E4. \uC0B4\uD3B4\uBCF8 \uB178\uB4DC {{evaluated}}\uB300(\uD074\uB7EC\uC2A4\uD130 \uC804\uCCB4 {{total}}\uB300) \uAC00\uC6B4\uB370 \uD544\uD130(\uC694\uCCAD\uD55C \uC790\uC6D0\uC758 \uC5EC\uC720, cordon \uC5EC\uBD80, \uD30C\uB4DC\uAC00 \uACAC\uB514\uC9C0 \uBABB\uD558\uB294 \uD14C\uC778\uD2B8)\uB97C \uD1B5\uACFC\uD55C \uB178\uB4DC\uB294 \uC774\uACF3\uBFD0\uC774\uC5C8\uC2B5\uB2C8\uB2E4.",
      drainBare: "\uCEE8\uD2B8\uB864\uB7EC(\uB808\uD50C\uB9AC\uCE74\uC14B)\uAC00 \uC5C6\uB294 \uD30C\uB4DC\uB294 \uCD95\uCD9C\uB418\uBA74 \uC5B4\uB514\uC5D0\uC11C\uB3C4 \uB2E4\uC2DC \uB9CC\uB4E4\uC5B4\uC9C0\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. --force\uB97C \uC8FC\uBA74 \uC544\uC8FC \uC9C0\uC6CC\uC9D1\uB2C8\uB2E4. {{node}}\uC5D0\uB294 \uC544\uBB34\uAC83\uB3C4 \uBC14\uB00C\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4.",
      noCluster: "\uC774 \uC2DC\uB098\uB9AC\uC624\uC5D0\uB294 \uC624\uCF00\uC2A4\uD2B8\uB808\uC774\uD130\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4. kubectl\uC774 \uB9D0\uC744 \uAC78 API \uC11C\uBC84\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4."
    }
  }
};

// shared/i18n/messages/level.ts
var levelMessages = {
  en: {
    label: {
      level: "Level {{number}}: {{title}}",
      timeLeft: "{{left}} left of {{total}}",
      ended: "ended at {{at}}",
      won: "WON",
      lost: "LOST",
      result: "{{outcome}}: {{stars}} of 3 stars, score {{score}}",
      gameTime: "Game time",
      levelRow: "Level",
      objectivesMet: "{{met}}/{{total}} objectives met",
      scoreSoFar: "score so far {{score}}",
      money: "Money",
      balance: "balance {{balance}} (revenue {{revenue}}, costs {{costs}})",
      services: "Services",
      service: "{{name}}: {{availability}} good over the last {{window}} (SLO {{target}}, error budget left {{budget}}), p95 {{latency}}ms, {{served}}/{{offered}} req/s served, {{backends}} healthy backends",
      noServices: "none in this scenario",
      ops: "Operations",
      opsCounts: "{{alerts}} alerts firing, {{incidents}} incidents open",
      notALevel: "This scenario is a sandbox: it has no objectives, no score and no hints.",
      seeObjectives: 'Run "objectives" for the objectives and "hint" for help.',
      briefing: "Briefing",
      debrief: "Debrief"
    },
    objectives: {
      header: { id: "ID", status: "STATUS", progress: "PROGRESS", objective: "OBJECTIVE" },
      met: "met",
      notMet: "not met",
      holding: "holding",
      failed: "FAILED",
      atEnd: "at the end",
      always: "always",
      alwaysFrom: "always, from {{from}}"
    },
    hint: {
      header: { id: "HINT", cost: "COST", status: "STATUS" },
      taken: "taken",
      notTaken: "-",
      usage: 'Run "hint <id>" to read a hint; its cost comes off your score once.',
      none: "hint: this scenario has no hints",
      noneHint: 'hints exist only in campaign levels; "help" and "explain" work everywhere',
      unknown: 'hint: no hint "{{id}}" (hints: {{ids}})',
      unknownHint: 'run "hint" to list the hints and their cost',
      cost: "(-{{cost}} points)",
      again: "(already taken: no further cost)",
      over: "(the level is over: no cost)",
      usageError: "hint: too many arguments\nUsage: hint [<id>]"
    },
    end: {
      title: "Level {{number}} {{outcome}}",
      reason: {
        time: "time is up",
        met: "every objective met",
        failed: "an objective failed"
      },
      objectives: "Objectives",
      score: "Score",
      profit: "profit {{profit}}: {{points}} points",
      slo: "SLO attainment: {{points}} points",
      sloService: "{{name}} {{availability}} (target {{target}}): {{points}} points",
      incidents: "incident response: -{{points}} points",
      hints: "hints: -{{points}} points",
      total: "total {{score}} (stars at {{one}} / {{two}} / {{three}}): {{stars}} of 3 stars",
      timeline: "Incidents",
      noIncidents: "none",
      incident: "{{opened}} {{id}} {{kind}} on {{target}}: detected {{ttd}}, resolved {{ttr}}",
      never: "never",
      after: "after {{duration}}",
      rootCause: "root cause: {{cause}}",
      commands: "Commands that changed the world",
      noCommands: "none",
      concepts: "Concepts (explain <concept>)"
    }
  },
  ko: {
    label: {
      level: "\uB808\uBCA8 {{number}}: {{title}}",
      timeLeft: "{{total}} \uC911 {{left}} \uB0A8\uC74C",
      ended: "{{at}}\uC5D0 \uB05D\uB0A8",
      won: "\uC131\uACF5",
      lost: "\uC2E4\uD328",
      result: "{{outcome}}: \uBCC4 3\uAC1C \uC911 {{stars}}\uAC1C, \uC810\uC218 {{score}}",
      gameTime: "\uAC8C\uC784 \uC2DC\uAC04",
      levelRow: "\uB808\uBCA8",
      objectivesMet: "\uBAA9\uD45C {{total}}\uAC1C \uC911 {{met}}\uAC1C \uB2EC\uC131",
      scoreSoFar: "\uC9C0\uAE08\uAE4C\uC9C0 \uC810\uC218 {{score}}",
      money: "\uC790\uAE08",
      balance: "\uC794\uACE0 {{balance}} (\uC218\uC785 {{revenue}}, \uBE44\uC6A9 {{costs}})",
      services: "\uC11C\uBE44\uC2A4",
      service: "{{name}}: \uCD5C\uADFC {{window}} \uB3D9\uC548 \uC815\uC0C1 \uC751\uB2F5 {{availability}} (SLO {{target}}, \uB0A8\uC740 \uC624\uB958 \uC608\uC0B0 {{budget}}), p95 {{latency}}ms, \uCD08\uB2F9 \uC694\uCCAD {{offered}}\uAC74 \uC911 {{served}}\uAC74 \uCC98\uB9AC, \uC815\uC0C1 \uBC31\uC5D4\uB4DC {{backends}}\uAC1C",
      noServices: "\uC774 \uC2DC\uB098\uB9AC\uC624\uC5D0\uB294 \uC5C6\uC74C",
      ops: "\uC6B4\uC601",
      opsCounts: "\uC6B8\uB9AC\uB294 \uC54C\uB9BC {{alerts}}\uAC1C, \uC5F4\uB9B0 \uC7A5\uC560 {{incidents}}\uAC74",
      notALevel: "\uC774 \uC2DC\uB098\uB9AC\uC624\uB294 \uC0CC\uB4DC\uBC15\uC2A4\uC785\uB2C8\uB2E4. \uBAA9\uD45C\uB3C4 \uC810\uC218\uB3C4 \uD78C\uD2B8\uB3C4 \uC5C6\uC2B5\uB2C8\uB2E4.",
      seeObjectives: '\uBAA9\uD45C\uB294 "objectives", \uB3C4\uC6C0\uB9D0\uC740 "hint"\uB85C \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4.',
      briefing: "\uBE0C\uB9AC\uD551",
      debrief: "\uB514\uBE0C\uB9AC\uD551"
    },
    objectives: {
      header: { id: "ID", status: "\uC0C1\uD0DC", progress: "\uC9C4\uD589", objective: "\uBAA9\uD45C" },
      met: "\uB2EC\uC131",
      notMet: "\uBBF8\uB2EC\uC131",
      holding: "\uC720\uC9C0 \uC911",
      failed: "\uC2E4\uD328",
      atEnd: "\uC885\uB8CC \uC2DC\uC810",
      always: "\uD56D\uC0C1",
      alwaysFrom: "{{from}}\uBD80\uD130 \uD56D\uC0C1"
    },
    hint: {
      header: { id: "\uD78C\uD2B8", cost: "\uBE44\uC6A9", status: "\uC0C1\uD0DC" },
      taken: "\uBD04",
      notTaken: "-",
      usage: '"hint <id>"\uB85C \uD78C\uD2B8\uB97C \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uBE44\uC6A9\uC740 \uC810\uC218\uC5D0\uC11C \uD55C \uBC88\uB9CC \uBE60\uC9D1\uB2C8\uB2E4.',
      none: "hint: \uC774 \uC2DC\uB098\uB9AC\uC624\uC5D0\uB294 \uD78C\uD2B8\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4",
      noneHint: '\uD78C\uD2B8\uB294 \uCEA0\uD398\uC778 \uB808\uBCA8\uC5D0\uB9CC \uC788\uC2B5\uB2C8\uB2E4. "help"\uC640 "explain"\uC740 \uC5B4\uB514\uC11C\uB098 \uC4F8 \uC218 \uC788\uC2B5\uB2C8\uB2E4',
      unknown: 'hint: "{{id}}"\uB77C\uB294 \uD78C\uD2B8\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4 (\uD78C\uD2B8: {{ids}})',
      unknownHint: '"hint"\uB97C \uC2E4\uD589\uD558\uBA74 \uD78C\uD2B8 \uBAA9\uB85D\uACFC \uBE44\uC6A9\uC774 \uB098\uC635\uB2C8\uB2E4',
      cost: "(-{{cost}}\uC810)",
      again: "(\uC774\uBBF8 \uBCF8 \uD78C\uD2B8\uB77C \uCD94\uAC00 \uBE44\uC6A9 \uC5C6\uC74C)",
      over: "(\uB808\uBCA8\uC774 \uB05D\uB098\uC11C \uBE44\uC6A9 \uC5C6\uC74C)",
      usageError: "hint: \uC778\uC790\uAC00 \uB108\uBB34 \uB9CE\uC2B5\uB2C8\uB2E4\n\uC0AC\uC6A9\uBC95: hint [<id>]"
    },
    end: {
      title: "\uB808\uBCA8 {{number}} {{outcome}}",
      reason: {
        time: "\uC2DC\uAC04 \uC885\uB8CC",
        met: "\uBAA8\uB4E0 \uBAA9\uD45C \uB2EC\uC131",
        failed: "\uBAA9\uD45C \uD558\uB098\uAC00 \uC2E4\uD328\uD568"
      },
      objectives: "\uBAA9\uD45C",
      score: "\uC810\uC218",
      profit: "\uC774\uC775 {{profit}}: {{points}}\uC810",
      slo: "SLO \uB2EC\uC131: {{points}}\uC810",
      sloService: "{{name}} {{availability}} (\uBAA9\uD45C {{target}}): {{points}}\uC810",
      incidents: "\uC7A5\uC560 \uB300\uC751: -{{points}}\uC810",
      hints: "\uD78C\uD2B8: -{{points}}\uC810",
      total: "\uD569\uACC4 {{score}} (\uBCC4 \uAE30\uC900 {{one}} / {{two}} / {{three}}): \uBCC4 3\uAC1C \uC911 {{stars}}\uAC1C",
      timeline: "\uC7A5\uC560",
      noIncidents: "\uC5C6\uC74C",
      incident: "{{opened}} {{id}} {{kind}} ({{target}}): \uAC10\uC9C0 {{ttd}}, \uD574\uACB0 {{ttr}}",
      never: "\uC548 \uB428",
      after: "{{duration}} \uD6C4",
      rootCause: "\uADFC\uBCF8 \uC6D0\uC778: {{cause}}",
      commands: "\uC138\uACC4\uB97C \uBC14\uAFBC \uBA85\uB839",
      noCommands: "\uC5C6\uC74C",
      concepts: "\uAC1C\uB150 (explain <\uAC1C\uB150>)"
    }
  }
};

// shared/i18n/messages/workloads.ts
var workloadMessages = {
  en: {
    hint: {
      notSimulated: "this simulation models {{supported}} here, not {{path}}.",
      selectorMismatch: "a Deployment finds its pods by spec.selector.matchLabels, so the pod template must carry every one of those labels; otherwise its replica set would create pods it can never count.",
      manifestNotFound: '"{{name}}" is neither a manifest of this scenario ({{names}}) nor inline YAML. Inline YAML is one quoted word with \\n between the lines.',
      alreadyExists: '{{kind}} "{{name}}" already exists. "kubectl apply -f" updates an object in place; "kubectl delete {{kind}} {{name}}" removes it.',
      noHistory: 'rollout undo returns to the previous revision, and {{name}} has only one so far. "kubectl rollout history deployment/{{name}}" lists the revisions.',
      revisionNotFound: "the revisions of {{name}} are {{revisions}}: undoing to an old revision moves it to the top of the list under a new number.",
      containerNotFound: 'the pods of {{name}} run one container, named "{{container}}": kubectl set image deployment/{{name}} {{container}}=<image>',
      replicasRequired: "say how many pods you want, e.g. kubectl scale deployment/{{name}} --replicas=3",
      noPort: "the pods of {{name}} declare no containerPort, so kubectl cannot guess which port to forward to: add --port <port>.",
      literal: "each --from-literal takes key=value, e.g. --from-literal=password=s3cret.",
      deploymentOnly: "in this simulation {{verb}} works on deployments: kubectl {{verb}} deployment/<name> \u2026"
    }
  },
  ko: {
    hint: {
      notSimulated: "\uC774 \uC2DC\uBBAC\uB808\uC774\uC158\uC740 \uC5EC\uAE30\uC11C {{supported}}\uB9CC \uB2E4\uB8E8\uACE0, {{path}}\uC740(\uB294) \uB2E4\uB8E8\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
      selectorMismatch: "Deployment\uB294 spec.selector.matchLabels\uB85C \uC790\uAE30 \uD30C\uB4DC\uB97C \uCC3E\uC2B5\uB2C8\uB2E4. \uADF8\uB798\uC11C \uD30C\uB4DC \uD15C\uD50C\uB9BF\uC5D0 \uADF8 \uB808\uC774\uBE14\uC774 \uBAA8\uB450 \uC788\uC5B4\uC57C \uD569\uB2C8\uB2E4. \uADF8\uB807\uC9C0 \uC54A\uC73C\uBA74 \uB808\uD50C\uB9AC\uCE74\uC14B\uC774 \uB9CC\uB4E0 \uD30C\uB4DC\uB97C \uC2A4\uC2A4\uB85C \uC140 \uC218 \uC5C6\uAC8C \uB429\uB2C8\uB2E4.",
      manifestNotFound: '"{{name}}"\uC740(\uB294) \uC774 \uC2DC\uB098\uB9AC\uC624\uC758 \uB9E4\uB2C8\uD398\uC2A4\uD2B8({{names}})\uB3C4 \uC544\uB2C8\uACE0 \uC778\uB77C\uC778 YAML\uB3C4 \uC544\uB2D9\uB2C8\uB2E4. \uC778\uB77C\uC778 YAML\uC740 \uB530\uC634\uD45C\uB85C \uAC10\uC2FC \uD55C \uB2E8\uC5B4\uB85C, \uC904 \uC0AC\uC774\uC5D0 \\n\uC744 \uB123\uC5B4 \uC501\uB2C8\uB2E4.',
      alreadyExists: '{{kind}} "{{name}}"\uC774(\uAC00) \uC774\uBBF8 \uC788\uC2B5\uB2C8\uB2E4. \uC788\uB294 \uAC1D\uCCB4\uB97C \uBC14\uAFB8\uB824\uBA74 "kubectl apply -f"\uB97C, \uC9C0\uC6B0\uB824\uBA74 "kubectl delete {{kind}} {{name}}"\uC744 \uC4F0\uC138\uC694.',
      noHistory: 'rollout undo\uB294 \uBC14\uB85C \uC804 \uB9AC\uBE44\uC804\uC73C\uB85C \uB3CC\uC544\uAC00\uB294\uB370, {{name}}\uC5D0\uB294 \uC544\uC9C1 \uB9AC\uBE44\uC804\uC774 \uD558\uB098\uBFD0\uC785\uB2C8\uB2E4. "kubectl rollout history deployment/{{name}}"\uB85C \uB9AC\uBE44\uC804 \uBAA9\uB85D\uC744 \uD655\uC778\uD558\uC138\uC694.',
      revisionNotFound: "{{name}}\uC758 \uB9AC\uBE44\uC804\uC740 {{revisions}}\uC785\uB2C8\uB2E4. \uC61B \uB9AC\uBE44\uC804\uC73C\uB85C \uB418\uB3CC\uB9AC\uBA74 \uADF8 \uB9AC\uBE44\uC804\uC740 \uC0C8 \uBC88\uD638\uB97C \uBC1B\uC544 \uBAA9\uB85D \uB9E8 \uC704\uB85C \uC62C\uB77C\uAC11\uB2C8\uB2E4.",
      containerNotFound: '{{name}}\uC758 \uD30C\uB4DC\uC5D0\uB294 "{{container}}"\uB77C\uB294 \uCEE8\uD14C\uC774\uB108 \uD558\uB098\uAC00 \uC788\uC2B5\uB2C8\uB2E4: kubectl set image deployment/{{name}} {{container}}=<image>',
      replicasRequired: "\uC6D0\uD558\uB294 \uD30C\uB4DC \uC218\uB97C \uC9C0\uC815\uD558\uC138\uC694. \uC608: kubectl scale deployment/{{name}} --replicas=3",
      noPort: "{{name}}\uC758 \uD30C\uB4DC\uAC00 containerPort\uB97C \uC120\uC5B8\uD558\uC9C0 \uC54A\uC544\uC11C kubectl\uC774 \uC5B4\uB290 \uD3EC\uD2B8\uB85C \uBCF4\uB0BC\uC9C0 \uC54C \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. --port <port>\uB97C \uBD99\uC774\uC138\uC694.",
      literal: "--from-literal\uC5D0\uB294 key=value \uD615\uD0DC\uB85C \uC501\uB2C8\uB2E4. \uC608: --from-literal=password=s3cret",
      deploymentOnly: "\uC774 \uC2DC\uBBAC\uB808\uC774\uC158\uC5D0\uC11C {{verb}}\uC740(\uB294) \uB514\uD50C\uB85C\uC774\uBA3C\uD2B8\uC5D0\uB9CC \uC4F8 \uC218 \uC788\uC2B5\uB2C8\uB2E4: kubectl {{verb}} deployment/<name> \u2026"
    }
  }
};

// shared/i18n/en.ts
var en = {
  common: commonMessages.en,
  docker: dockerMessages.en,
  images: imageMessages.en,
  machines: machineMessages.en,
  help: helpMessages.en,
  services: serviceMessages.en,
  concepts: conceptMessages.en,
  ops: opsMessages.en,
  k8s: k8sMessages.en,
  level: levelMessages.en,
  workloads: workloadMessages.en
};

// shared/i18n/ko.ts
var ko = {
  common: commonMessages.ko,
  docker: dockerMessages.ko,
  images: imageMessages.ko,
  machines: machineMessages.ko,
  help: helpMessages.ko,
  services: serviceMessages.ko,
  concepts: conceptMessages.ko,
  ops: opsMessages.ko,
  k8s: k8sMessages.ko,
  level: levelMessages.ko,
  workloads: workloadMessages.ko
};

// shared/i18n/index.ts
var instance = null;
function get() {
  if (instance) return instance;
  const created = i18next.createInstance();
  void created.init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng: "en",
    fallbackLng: "en",
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false
  });
  instance = created;
  return created;
}
function translate(lang, key, params = {}) {
  return get().t(key, { lng: lang, ...params });
}

// shared/sim/commands/hint.ts
function say(ctx, key, params = {}) {
  return translate(ctx.actor.lang, key, params);
}
function failWithHint(ctx, error, key, params = {}) {
  return { ok: false, error: `${error}
${translate(ctx.actor.lang, "common.hint", { text: translate(ctx.actor.lang, key, params) })}` };
}

// shared/sim/commands/helpCatalog.ts
var fl = (spelling, key) => ({ spelling, key });
var cmd = (path, usage2, flags = [], example) => ({ path, usage: usage2, flags, ...example ? { example } : {} });
var T = "[-H <host-or-vm>]";
var HELP_CATALOG = [
  {
    name: "docker",
    commands: [
      cmd("docker run", `docker ${T} run -d [--name <name>] [--cpus <n>] [-m|--memory <size>] [-p <hostPort>:<containerPort>] [--network host|bridge|<net>] [--userns] [--restart no|always|on-failure|unless-stopped] [-e K=V] [-v <volume>:<path>] <image>`, [
        fl("-d, --detach", "detach"),
        fl("--name <name>", "name"),
        fl("--cpus <n>", "cpus"),
        fl("-m, --memory <size>", "memory"),
        fl("-p, --publish <hostPort>:<containerPort>", "publish"),
        fl("--network host|bridge|<net>", "network"),
        fl("--userns", "userns"),
        fl("--restart <policy>", "restart"),
        fl("-e, --env K=V", "env"),
        fl("-v, --volume <volume>:<path>", "volume")
      ], "docker -H host-1 run -d --name web --cpus 0.5 -m 256m -p 8080:80 nginx:1.25"),
      cmd("docker ps", `docker ${T} ps [-a]`, [fl("-a, --all", "all")]),
      cmd("docker logs", `docker ${T} logs [--tail <n>] <container>`, [fl("--tail <n>", "tail")]),
      cmd("docker inspect", `docker ${T} inspect <container-or-image>`),
      cmd("docker stop", `docker ${T} stop <container>...`),
      cmd("docker start", `docker ${T} start <container>...`),
      cmd("docker restart", `docker ${T} restart <container>...`),
      cmd("docker rm", `docker ${T} rm [-f] <container>...`, [fl("-f, --force", "force")]),
      cmd("docker stats", `docker ${T} stats [--no-stream]`),
      cmd("docker exec", `docker ${T} exec <container> <command>...`, [], "docker exec web ps"),
      cmd("docker top", `docker ${T} top <container>`),
      cmd("docker network", `docker ${T} network create [--driver bridge] <name> | docker ${T} network ls`),
      cmd("docker volume", `docker ${T} volume create [--driver local|replicated] <name> | docker ${T} volume ls`),
      cmd("docker pull", `docker ${T} pull <image>`, [], "docker -H host-2 pull shop/web:1.1"),
      cmd("docker push", `docker ${T} push <image>`),
      cmd("docker tag", `docker ${T} tag <source-image> <target-image>`),
      cmd("docker images", `docker ${T} images`),
      cmd("docker history", `docker ${T} history <image>`),
      cmd("docker build", `docker ${T} build -t <name:tag> <recipe>`, [fl("-t, --tag <name:tag>", "tag")], "docker build -t shop/web:1.2 shop-web"),
      cmd("docker commit", `docker ${T} commit <container> <image>`),
      cmd("docker rmi", `docker ${T} rmi [-f] <image>...`, [fl("-f, --force", "force")])
    ]
  },
  {
    name: "host",
    commands: [
      cmd("host list", "host list"),
      cmd("host inspect", "host inspect <host>", [], "host inspect host-3"),
      cmd("host dmesg", "host dmesg [-n <lines>] <host-or-vm>", [fl("-n, --tail <lines>", "tail")], "host dmesg host-1"),
      cmd("host cordon", "host cordon <host>"),
      cmd("host uncordon", "host uncordon <host>"),
      cmd("host repair", "host repair [--reimage] <host>", [fl("--reimage", "reimage")], "host repair host-2"),
      cmd("host buy", "host buy <type> [--rack <rack>] [--role container-host|hypervisor] [--hypervisor type1|type2]", [
        fl("--rack <rack>", "rack"),
        fl("--role container-host|hypervisor", "role"),
        fl("--hypervisor type1|type2", "hypervisor")
      ], "host buy cs-8 --rack rack-2")
    ]
  },
  {
    name: "vm",
    commands: [
      cmd("vm create", "vm create <name> --host <host> --vcpus <n> --memory <size> [--os linux|windows]", [
        fl("--host <host>", "host"),
        fl("--vcpus <n>", "vcpus"),
        fl("--memory <size>", "memory"),
        fl("--os linux|windows", "os")
      ], "vm create web-vm --host host-3 --vcpus 2 --memory 4g"),
      cmd("vm start", "vm start <name>"),
      cmd("vm stop", "vm stop [--force] <name>", [fl("-f, --force", "force")]),
      cmd("vm delete", "vm delete <name>"),
      cmd("vm list", "vm list [--host <host>]", [fl("--host <host>", "host")]),
      cmd("vm inspect", "vm inspect <name>")
    ]
  },
  {
    name: "service",
    commands: [
      cmd("service list", "service list"),
      cmd("service inspect", "service inspect <service>", [], "service inspect shop-web")
    ]
  },
  { name: "alerts", commands: [cmd("alerts", "alerts [--all]", [fl("-a, --all", "all")])] },
  { name: "alert", commands: [cmd("alert ack", "alert ack <id>", [], "alert ack A3")] },
  { name: "incidents", commands: [cmd("incidents", "incidents [--all]", [fl("-a, --all", "all")])] },
  { name: "inject", commands: [cmd("inject", "inject <kind> <target> [--variant <variant>] [--at <time>|+<delay>]", [fl("--variant <variant>", "variant"), fl("--at <time>|+<delay>", "at")], "inject crash host-1/web")] },
  {
    // get … drain: the control plane; create … autoscale: workloads (deployments, rollouts,
    // services, secrets, autoscaling, manifests).
    name: "kubectl",
    commands: [
      cmd("kubectl get", "kubectl get pods|nodes|events|<type> [<name>...] [-o wide|name] [-n <namespace>|-A]", [fl("-o, --output wide|name", "output"), fl("-n, --namespace <namespace>", "namespace"), fl("-A, --all-namespaces", "all")], "kubectl get pods -o wide"),
      cmd("kubectl describe", "kubectl describe pod|node|<type> [<name>...]", [], "kubectl describe pod web-7d9c5b8f6d-x2x7k"),
      cmd("kubectl logs", "kubectl logs <pod> [-p|--previous] [--tail <n>]", [fl("-p, --previous", "previous"), fl("--tail <n>", "tail")], "kubectl logs web-7d9c5b8f6d-x2x7k --previous"),
      cmd("kubectl delete", "kubectl delete pod|<type> <name>... [--grace-period=<seconds>] [--force]", [fl("--grace-period <seconds>", "grace"), fl("--force", "force")], "kubectl delete pod web-7d9c5b8f6d-x2x7k"),
      cmd("kubectl cordon", "kubectl cordon <node>", [], "kubectl cordon host-1"),
      cmd("kubectl uncordon", "kubectl uncordon <node>"),
      cmd("kubectl drain", "kubectl drain <node> [--ignore-daemonsets] [--delete-emptydir-data] [--force]", [
        fl("--ignore-daemonsets", "daemonsets"),
        fl("--delete-emptydir-data", "emptydir"),
        fl("--force", "force")
      ], "kubectl drain host-1 --ignore-daemonsets"),
      cmd("kubectl create deployment", "kubectl create deployment <name> --image=<image> [--replicas=<n>] [--port=<port>]", [
        fl("--image <image>", "image"),
        fl("-r, --replicas <n>", "replicas"),
        fl("--port <port>", "port")
      ], "kubectl create deployment web --image=shop/web:1.1 --replicas=3 --port=8000"),
      cmd("kubectl create secret", "kubectl create secret generic <name> --from-literal=<key>=<value>...", [fl("--from-literal <key>=<value>", "literal")], "kubectl create secret generic db --from-literal=password=s3cret"),
      cmd("kubectl apply", "kubectl apply -f <manifest>", [fl("-f, --filename <manifest>", "file"), fl("--record", "record")], "kubectl apply -f web.yaml"),
      cmd("kubectl scale", "kubectl scale deployment/<name> --replicas=<n>", [fl("--replicas <n>", "replicas")], "kubectl scale deployment/web --replicas=5"),
      cmd("kubectl set image", "kubectl set image deployment/<name> <container>=<image>", [fl("--record", "record")], "kubectl set image deployment/web web=shop/web:1.2"),
      cmd("kubectl rollout status", "kubectl rollout status deployment/<name> [--watch=false] [--timeout=<duration>]", [fl("--watch=false", "watch"), fl("--timeout <duration>", "timeout")]),
      cmd("kubectl rollout history", "kubectl rollout history deployment/<name> [--revision=<n>]", [fl("--revision <n>", "revision")]),
      cmd("kubectl rollout undo", "kubectl rollout undo deployment/<name> [--to-revision=<n>]", [fl("--to-revision <n>", "to")]),
      cmd("kubectl rollout restart", "kubectl rollout restart deployment/<name>"),
      cmd("kubectl expose", "kubectl expose deployment <name> [--port <port>] [--target-port <port>] [--type ClusterIP|LoadBalancer] [--name <service>]", [
        fl("--port <port>", "port"),
        fl("--target-port <port>", "target"),
        fl("--type ClusterIP|LoadBalancer", "type"),
        fl("--name <service>", "name")
      ], "kubectl expose deployment web --port 80 --target-port 8000"),
      cmd("kubectl autoscale", "kubectl autoscale deployment <name> --max <n> [--min <n>] [--cpu-percent <n>]", [
        fl("--min <n>", "min"),
        fl("--max <n>", "max"),
        fl("--cpu-percent <n>", "cpu")
      ], "kubectl autoscale deployment web --min 2 --max 10 --cpu-percent 60")
    ]
  },
  { name: "edit", commands: [cmd("edit", "edit <recipe> <file>", [], "edit shop-web app/")] },
  { name: "help", commands: [cmd("help", "help [<command>]", [], "help docker run")] },
  { name: "explain", commands: [cmd("explain", "explain [<concept>]", [], "explain cgroups")] },
  { name: "status", commands: [cmd("status", "status")] },
  { name: "objectives", commands: [cmd("objectives", "objectives")] },
  { name: "hint", commands: [cmd("hint", "hint [<id>]", [], "hint sizes")] }
];
function helpKey(path) {
  return path.replace(/ /g, "-");
}
function findCommandHelp(words) {
  const path = words.join(" ");
  for (const fam of HELP_CATALOG) for (const c of fam.commands) if (c.path === path) return c;
  return void 0;
}

// shared/sim/commands/help.ts
var ALWAYS = /* @__PURE__ */ new Set(["help", "explain", "status", "objectives", "hint"]);
function locked(ctx, family) {
  const u = ctx.world.scenario.unlocked;
  return !ALWAYS.has(family) && !u.includes("*") && !u.includes(family);
}
function summaryLines(ctx, commands) {
  const width = Math.max(...commands.map((c) => c.path.length)) + 3;
  return commands.map((c) => `  ${c.path.padEnd(width)}${say(ctx, `help.cmd.${helpKey(c.path)}`)}`);
}
function familyTitle(ctx, fam) {
  const lock = locked(ctx, fam.name) ? ` (${say(ctx, "help.label.locked")})` : "";
  return `${fam.name} \u2014 ${say(ctx, `help.family.${fam.name}`)}${lock}`;
}
function overview(ctx) {
  const out = [say(ctx, "help.label.intro"), ""];
  for (const fam of HELP_CATALOG) out.push(familyTitle(ctx, fam), ...summaryLines(ctx, fam.commands), "");
  out.push(say(ctx, "help.label.footer"));
  return out.join("\n");
}
function commandPage(ctx, c) {
  const key = helpKey(c.path);
  const out = [`${say(ctx, "help.label.usage")}  ${c.usage}`, "", say(ctx, `help.cmd.${key}`)];
  if (c.flags.length) {
    const width = Math.max(...c.flags.map((fl2) => fl2.spelling.length)) + 3;
    out.push("", say(ctx, "help.label.options"), ...c.flags.map((fl2) => `  ${fl2.spelling.padEnd(width)}${say(ctx, `help.flag.${key}.${fl2.key}`)}`));
  }
  if (c.example) out.push("", say(ctx, "help.label.example"), `  ${c.example}`);
  return out.join("\n");
}
function helpFor(ctx, words) {
  const fam = words.length === 1 ? HELP_CATALOG.find((f2) => f2.name === words[0]) : void 0;
  if (fam) {
    const only = fam.commands.length === 1 ? fam.commands[0] : void 0;
    if (only && only.path === fam.name) return commandPage(ctx, only);
    return [familyTitle(ctx, fam), "", ...summaryLines(ctx, fam.commands), "", say(ctx, "help.label.more", { family: fam.name })].join("\n");
  }
  const c = findCommandHelp(words);
  return c ? commandPage(ctx, c) : null;
}
var helpCommand = (ctx, words) => {
  if (words.length === 0) return ok(overview(ctx));
  const text3 = helpFor(ctx, words);
  if (text3 !== null) return ok(text3);
  return failWithHint(ctx, `help: no help topics match '${words.join(" ")}'.`, "help.label.unknown", { families: HELP_CATALOG.map((f2) => f2.name).join(", ") });
};

// shared/sim/economy/calibration.ts
var POWER_CENTS_PER_BUSY_CORE_HOUR = 1;
var RESPONSE_KIB = 8;
var DEFAULT_DELIVERY_TICKS = 600;
var DEFAULT_EGRESS_CENTS_PER_GIB = 5;

// shared/sim/economy/orders.ts
function nextHostId(world2) {
  let max = 0;
  const consider = (id2) => {
    const m = /^host-(\d+)$/.exec(id2);
    if (m) max = Math.max(max, Number(m[1]));
  };
  for (const id2 of world2.hosts.keys()) consider(id2);
  for (const id2 of world2.vms.keys()) consider(id2);
  for (const o of world2.economy.orders) consider(o.hostId);
  return `host-${max + 1}`;
}
function defaultRack(world2) {
  const counts3 = /* @__PURE__ */ new Map();
  for (const r2 of world2.racks.keys()) counts3.set(r2, 0);
  for (const h of world2.hosts.values()) counts3.set(h.rack, (counts3.get(h.rack) ?? 0) + 1);
  for (const o of world2.economy.orders) counts3.set(o.rack, (counts3.get(o.rack) ?? 0) + 1);
  let best = "";
  let fewest = Infinity;
  for (const [r2, n] of counts3) {
    if (n < fewest) {
      best = r2;
      fewest = n;
    }
  }
  return best;
}
function placeOrder(world2, req) {
  const e = world2.economy;
  const type = world2.hostTypes[req.hostType];
  const priceCents = Math.round((type?.price ?? 0) * 100);
  const order = {
    id: `order-${++e.ordersPlaced}`,
    hostType: req.hostType,
    rack: req.rack,
    hostId: nextHostId(world2),
    role: req.role,
    hypervisor: req.hypervisor,
    arrivesTick: world2.tick + e.deliveryTicks,
    priceCents,
    orderedTick: world2.tick
  };
  e.orders.push(order);
  e.balanceCents -= priceCents;
  e.costCents.purchases += priceCents;
  if (e.balanceCents < e.lowestBalanceCents) e.lowestBalanceCents = e.balanceCents;
  return order;
}
function deliverOrders(world2, sink) {
  const e = world2.economy;
  const now = world2.tick + 1;
  if (e.orders.length === 0 || (e.orders[0]?.arrivesTick ?? Infinity) > now) return;
  const waiting = [];
  for (const o of e.orders) {
    if (o.arrivesTick > now) {
      waiting.push(o);
      continue;
    }
    const type = world2.hostTypes[o.hostType];
    if (!type) continue;
    const id2 = world2.hosts.has(o.hostId) || world2.vms.has(o.hostId) ? nextHostId(world2) : o.hostId;
    if (!world2.racks.has(o.rack)) world2.racks.set(o.rack, { id: o.rack, powered: true });
    addHost(world2, id2, o.rack, type, o.role, o.hypervisor);
    sink.happened(world2.tick, "host-delivered", id2, `${o.hostType} racked in ${o.rack} (${o.id})`);
  }
  e.orders = waiting;
}

// shared/sim/economy/systems/money.ts
var HOUR = 3600;
var KIB_PER_GIB = 1024 * 1024;
function settle(carry, kind2, per) {
  const whole = Math.floor(carry[kind2] / per);
  carry[kind2] -= whole * per;
  return whole;
}
function hostCentsPerHour(world2, type) {
  return Math.round((world2.hostTypes[type]?.costPerHour ?? 0) * 100);
}
var WINDOWS_LICENCE_CENTS_PER_HOUR = Math.round(GUEST_OS.windows.licencePerHour * 100);
function book2(e) {
  const c = e.carry;
  const revenue = settle(c, "revenue", 1e3);
  const hosts = settle(c, "hosts", HOUR);
  const power = settle(c, "power", HOUR * 1e3);
  const licences = settle(c, "licences", HOUR);
  const bandwidth = settle(c, "bandwidth", KIB_PER_GIB);
  e.revenueCents += revenue;
  e.costCents.hosts += hosts;
  e.costCents.power += power;
  e.costCents.licences += licences;
  e.costCents.bandwidth += bandwidth;
  e.balanceCents += revenue - hosts - power - licences - bandwidth;
  if (e.balanceCents < e.lowestBalanceCents) e.lowestBalanceCents = e.balanceCents;
}
function advanceMoney(world2, sink) {
  const e = world2.economy;
  const c = e.carry;
  let served = 0;
  for (const s of world2.services.values()) {
    c.revenue += s.metrics.servedRps * s.revenuePerKiloRequestCents;
    served += s.metrics.servedRps;
  }
  c.bandwidth += served * RESPONSE_KIB * e.egressCentsPerGiB;
  for (const h of world2.hosts.values()) {
    if (h.state !== "up" || world2.racks.get(h.rack)?.powered === false) continue;
    c.hosts += hostCentsPerHour(world2, h.type);
    c.power += h.metrics.cpuUsedMillis * POWER_CENTS_PER_BUSY_CORE_HOUR;
  }
  if (WINDOWS_LICENCE_CENTS_PER_HOUR > 0) {
    for (const vm of world2.vms.values()) {
      if (vm.os === "windows" && vm.state !== "shut-off" && vm.state !== "crashed") c.licences += WINDOWS_LICENCE_CENTS_PER_HOUR;
    }
  }
  book2(e);
  deliverOrders(world2, sink);
}

// shared/sim/economy/summary.ts
function economySummary(world2) {
  const e = world2.economy;
  const c = e.costCents;
  const cost = c.hosts + c.power + c.licences + c.bandwidth + c.purchases;
  let perHour = 0;
  for (const h of world2.hosts.values()) {
    if (h.state !== "up" || world2.racks.get(h.rack)?.powered === false) continue;
    perHour += hostCentsPerHour(world2, h.type) + h.metrics.cpuUsedMillis * POWER_CENTS_PER_BUSY_CORE_HOUR / 1e3;
  }
  for (const vm of world2.vms.values()) {
    if (vm.os === "windows" && vm.state !== "shut-off" && vm.state !== "crashed") perHour += WINDOWS_LICENCE_CENTS_PER_HOUR;
  }
  let revenue = 0;
  let served = 0;
  for (const s of world2.services.values()) {
    revenue += s.metrics.servedRps * s.revenuePerKiloRequestCents * 3600 / 1e3;
    served += s.metrics.servedRps;
  }
  perHour += served * 3600 * RESPONSE_KIB * e.egressCentsPerGiB / (1024 * 1024);
  return {
    balanceCents: e.balanceCents,
    startCents: e.startCents,
    lowestBalanceCents: e.lowestBalanceCents,
    revenueCents: e.revenueCents,
    costCents: cost,
    profitCents: e.revenueCents - cost,
    revenuePerHourCents: Math.round(revenue),
    costPerHourCents: Math.round(perHour),
    pending: e.orders.map((o) => ({ hostId: o.hostId, hostType: o.hostType, rack: o.rack, arrivesTick: o.arrivesTick }))
  };
}
function dollarsText(cents) {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(Math.round(cents));
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}$${whole}.${String(abs % 100).padStart(2, "0")}`;
}

// shared/sim/commands/flags.ts
function parseFlags(words, specs, stopAtFirstPositional = false) {
  const bySpelling = /* @__PURE__ */ new Map();
  for (const s of specs) for (const sp of s.spellings) bySpelling.set(sp, s);
  const values = /* @__PURE__ */ new Map();
  const positionals = [];
  const put2 = (spec, v) => {
    const list4 = values.get(spec.name) ?? [];
    list4.push(v);
    values.set(spec.name, list4);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === "--") {
      positionals.push(...words.slice(i + 1));
      break;
    }
    if (!w.startsWith("-") || w === "-") {
      positionals.push(w);
      if (stopAtFirstPositional) {
        positionals.push(...words.slice(i + 1));
        break;
      }
      continue;
    }
    const eq = w.indexOf("=");
    const spelling = w.startsWith("--") && eq > 0 ? w.slice(0, eq) : w;
    const spec = bySpelling.get(spelling);
    if (spec) {
      if (!spec.takesValue) {
        if (eq > 0 && w.startsWith("--")) {
          const v = w.slice(eq + 1);
          if (v !== "true" && v !== "false") return { ok: false, error: `invalid argument "${v}" for "${spelling}" flag: expected true or false` };
          if (v === "true") put2(spec, "true");
        } else {
          put2(spec, "true");
        }
        continue;
      }
      if (eq > 0 && w.startsWith("--")) {
        put2(spec, w.slice(eq + 1));
        continue;
      }
      const next = words[i + 1];
      if (next === void 0) return { ok: false, error: `flag needs an argument: ${spelling}` };
      put2(spec, next);
      i++;
      continue;
    }
    if (/^-[a-zA-Z]{2,}$/.test(w)) {
      const letters = w.slice(1).split("");
      let consumedNext = false;
      for (let k = 0; k < letters.length; k++) {
        const s = bySpelling.get(`-${letters[k]}`);
        if (!s) return { ok: false, error: `unknown shorthand flag: '${letters[k]}' in ${w}` };
        if (s.takesValue) {
          if (k !== letters.length - 1) {
            put2(s, w.slice(k + 2));
            break;
          }
          const next = words[i + 1];
          if (next === void 0) return { ok: false, error: `flag needs an argument: '${letters[k]}' in ${w}` };
          put2(s, next);
          consumedNext = true;
        } else {
          put2(s, "true");
        }
      }
      if (consumedNext) i++;
      continue;
    }
    return { ok: false, error: w.startsWith("--") ? `unknown flag: ${spelling}` : `unknown shorthand flag: '${w.slice(1, 2)}' in ${w}` };
  }
  return { ok: true, parsed: { values, positionals } };
}
function flag(p, name3) {
  const v = p.values.get(name3);
  return v ? v[v.length - 1] : void 0;
}
function flagAll(p, name3) {
  return p.values.get(name3) ?? [];
}
function hasFlag(p, name3) {
  return p.values.has(name3);
}
var f = (name3, spellings, takesValue = true) => ({ name: name3, spellings, takesValue });

// shared/sim/commands/host/format.ts
function binSize(mib) {
  const m = Math.max(0, Math.round(mib));
  const trim = (n) => n.toFixed(1).replace(/\.0$/, "");
  if (m < 1024) return `${m}MiB`;
  if (m < 1024 * 1024) return `${trim(m / 1024)}GiB`;
  return `${trim(m / (1024 * 1024))}TiB`;
}
function cores(millis) {
  return (Math.max(0, millis) / 1e3).toFixed(1);
}
function percent(part, whole) {
  return `${whole > 0 ? Math.round(part * 100 / whole) : 0}%`;
}
function permille(value) {
  return `${(value / 10).toFixed(1)}%`;
}
function fields(rows, indent2 = 0, width = 23) {
  const pad2 = " ".repeat(indent2);
  const col = Math.max(width - indent2, ...rows.map(([k]) => k.length + 2));
  return rows.map(([k, v]) => `${pad2}${`${k}:`.padEnd(col)}${v}`.trimEnd());
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function linkSpeed(mbps) {
  return mbps >= 1e3 ? `${(mbps / 1e3).toFixed(1).replace(/\.0$/, "")} Gbit/s` : `${mbps} Mbit/s`;
}

// shared/sim/systems/topology.ts
var cache = /* @__PURE__ */ new WeakMap();
function fresh(world2) {
  const t2 = cache.get(world2);
  return t2 !== void 0 && t2.kernels === world2.kernels && t2.vms === world2.vms && t2.hosts === world2.hosts && t2.nextKernel === world2.nextIndex.kernel && t2.nextVm === world2.nextIndex.vm && t2.nextHost === world2.nextIndex.host && t2.kernelCount === world2.kernels.size && t2.vmCount === world2.vms.size && t2.hostCount === world2.hosts.size;
}
function build(world2) {
  const t2 = {
    kernel: [],
    kernelVm: [],
    kernelHost: [],
    vmKernel: [],
    vmHost: [],
    hostKernel: [],
    kernels: world2.kernels,
    vms: world2.vms,
    hosts: world2.hosts,
    nextKernel: world2.nextIndex.kernel,
    nextVm: world2.nextIndex.vm,
    nextHost: world2.nextIndex.host,
    kernelCount: world2.kernels.size,
    vmCount: world2.vms.size,
    hostCount: world2.hosts.size
  };
  t2.kernel.length = t2.kernelVm.length = t2.kernelHost.length = t2.nextKernel;
  t2.vmKernel.length = t2.vmHost.length = t2.nextVm;
  t2.hostKernel.length = t2.nextHost;
  t2.kernel.fill(void 0);
  t2.kernelVm.fill(void 0);
  t2.kernelHost.fill(void 0);
  t2.vmKernel.fill(void 0);
  t2.vmHost.fill(void 0);
  t2.hostKernel.fill(void 0);
  for (const h of world2.hosts.values()) t2.hostKernel[h.index] = h.kernelId ? world2.kernels.get(h.kernelId) : void 0;
  for (const vm of world2.vms.values()) {
    t2.vmKernel[vm.index] = world2.kernels.get(vm.kernelId);
    t2.vmHost[vm.index] = world2.hosts.get(vm.hostId);
  }
  for (const k of world2.kernels.values()) {
    t2.kernel[k.index] = k;
    if (k.owner.kind === "host") {
      t2.kernelHost[k.index] = world2.hosts.get(k.owner.id);
    } else {
      const vm = world2.vms.get(k.owner.id);
      t2.kernelVm[k.index] = vm;
      t2.kernelHost[k.index] = vm ? world2.hosts.get(vm.hostId) : void 0;
    }
  }
  cache.set(world2, t2);
  return t2;
}
function topologyOf(world2) {
  return fresh(world2) ? cache.get(world2) : build(world2);
}

// shared/sim/services/calibration.ts
var DEFAULT_READY_AFTER_TICKS = 2;
var SATURATION_PERMILLE = 950;
var RUN_QUEUE_WAIT_MAX_PERMILLE = 1e3;
var P95_SHARE_PERMILLE = 50;
var TAIL_BEYOND_PPM = [
  1e6,
  472871,
  223607,
  105737,
  5e4,
  23644,
  11180,
  5287,
  2500,
  1182,
  559,
  264,
  125
];
var TAIL_STEP_PERMILLE = 250;

// shared/sim/services/selectors.ts
function matchesSelector(selector, labels) {
  for (const k in selector) if (!Object.hasOwn(labels, k) || labels[k] !== selector[k]) return false;
  return true;
}
function selectorText(selector) {
  return Object.keys(selector).sort().map((k) => `${k}=${selector[k]}`).join(",");
}
function emptyAnchors(selectors) {
  return { keys: [], byKey: /* @__PURE__ */ new Map(), selectors };
}
function addAnchor(a, selector, i) {
  let key = null;
  for (const k in selector) if (key === null || k < key) key = k;
  if (key === null) return;
  let byValue = a.byKey.get(key);
  if (!byValue) {
    a.byKey.set(key, byValue = /* @__PURE__ */ new Map());
    a.keys.push(key);
  }
  const value = selector[key];
  const list4 = byValue.get(value);
  if (list4) list4.push(i);
  else byValue.set(value, [i]);
}
function matchAnchors(a, labels, out) {
  let n = 0;
  for (let k = 0; k < a.keys.length; k++) {
    const key = a.keys[k];
    const value = labels[key];
    if (typeof value !== "string" || !Object.hasOwn(labels, key)) continue;
    const candidates2 = a.byKey.get(key)?.get(value);
    if (!candidates2) continue;
    for (const si of candidates2) if (matchesSelector(a.selectors[si], labels)) out[n++] = si;
  }
  return n;
}

// shared/sim/services/backends.ts
var READY_AFTER_DEFAULT = DEFAULT_READY_AFTER_TICKS;
var indexes = /* @__PURE__ */ new WeakMap();
var members = /* @__PURE__ */ new WeakMap();
var matched = [];
var targetPorts = [];
function entrySelector(world2, service3) {
  if (service3.entry.kind === "labels") return service3.entry.selector;
  return world2.k8s.services.get(service3.entry.name)?.selector ?? null;
}
function entryTargetPort(world2, service3) {
  return service3.entry.kind === "k8s-service" ? world2.k8s.services.get(service3.entry.name)?.targetPort ?? 0 : 0;
}
function refusesPort(c, targetPort) {
  return targetPort > 0 && c.profile.listenPort > 0 && c.profile.listenPort !== targetPort;
}
function machineProblem(world2, c) {
  const host = world2.hosts.get(c.hostId);
  if (!host || host.state !== "up") return "host-down";
  if (host.partitioned) return "partitioned";
  if (world2.kernels.get(c.kernelId)?.state !== "up") return "kernel-down";
  return "";
}
function backendProblem(world2, c) {
  if (c.state !== "running") return "not-running";
  const machine = machineProblem(world2, c);
  if (machine !== "") return machine;
  if (c.metrics.uptimeTicks < (c.profile.readyAfterTicks ?? READY_AFTER_DEFAULT)) return "starting";
  return "";
}
function concurrencyMillis(c) {
  return Math.max(1, c.profile.workers ?? 1) * 1e3;
}
var machineOk = new Uint8Array(64);
function machineReachable(topo, ki) {
  const host = topo.kernelHost[ki];
  if (!host || host.state !== "up") return false;
  if (host.partitioned) return false;
  return topo.kernel[ki]?.state === "up";
}
function healthy(topo, c) {
  if (c.state !== "running" || c.metrics.uptimeTicks < (c.profile.readyAfterTicks ?? READY_AFTER_DEFAULT)) return false;
  const ki = c.kernelIndex;
  if (machineOk[ki] === 0) machineOk[ki] = machineReachable(topo, ki) ? 1 : 2;
  return machineOk[ki] === 1;
}
function clearTraffic(c) {
  c.metrics.offeredRps = 0;
  c.metrics.trafficCpuMillis = 0;
  c.metrics.servedRps = 0;
}
function labelMembers(world2, selectors) {
  const known = members.get(world2);
  if (known && known.scannedAt === world2.nextIndex.container && known.size === world2.containers.size && known.selectors.length === selectors.length && known.selectors.every((s, i) => s === selectors[i])) {
    for (const c of known.touched) clearTraffic(c);
    known.touched.length = 0;
    return known;
  }
  const anchors = emptyAnchors(selectors);
  selectors.forEach((sel, i) => sel && addAnchor(anchors, sel, i));
  const fresh2 = { scannedAt: world2.nextIndex.container, size: world2.containers.size, selectors: [...selectors], containers: [], matches: [], touched: [] };
  for (const c of world2.containers.values()) {
    clearTraffic(c);
    const n = anchors.keys.length ? matchAnchors(anchors, c.labels, matched) : 0;
    if (n === 0) continue;
    fresh2.containers.push(c);
    fresh2.matches.push(matched.slice(0, n));
  }
  members.set(world2, fresh2);
  return fresh2;
}
function buildBackendIndex(world2) {
  const ix = indexes.get(world2) ?? { tick: -1, services: [], backends: [], unreachable: [], selectors: [] };
  ix.tick = world2.tick;
  ix.services.length = 0;
  ix.selectors.length = 0;
  const labelSelectors = [];
  const pods = emptyAnchors(ix.selectors);
  let i = 0;
  for (const s of world2.services.values()) {
    ix.services.push(s);
    const sel = entrySelector(world2, s);
    ix.selectors.push(sel);
    labelSelectors.push(s.entry.kind === "labels" ? sel : null);
    if (sel && s.entry.kind === "k8s-service") addAnchor(pods, sel, i);
    targetPorts[i] = entryTargetPort(world2, s);
    const list4 = ix.backends[i];
    if (list4) list4.length = 0;
    else ix.backends[i] = [];
    ix.unreachable[i] = 0;
    i++;
  }
  ix.backends.length = i;
  ix.unreachable.length = i;
  const nk = world2.nextIndex.kernel;
  if (machineOk.length < nk) machineOk = new Uint8Array(nk * 2);
  else machineOk.fill(0, 0, nk);
  const topo = topologyOf(world2);
  const m = labelMembers(world2, labelSelectors);
  for (let k = 0; k < m.containers.length; k++) {
    const c = m.containers[k];
    if (!healthy(topo, c)) continue;
    for (const si of m.matches[k]) ix.backends[si]?.push(c);
    m.touched.push(c);
  }
  if (pods.keys.length > 0) {
    for (const pod of world2.k8s.pods.values()) {
      const id2 = pod.containerId;
      if (!pod.ready || !id2) continue;
      const n = matchAnchors(pods, pod.labels, matched);
      if (n === 0) continue;
      const c = world2.containers.get(id2);
      const answers = c !== void 0 && healthy(topo, c);
      if (answers && c) {
        clearTraffic(c);
        m.touched.push(c);
      }
      for (let k = 0; k < n; k++) {
        const si = matched[k];
        if (answers && c && !refusesPort(c, targetPorts[si] ?? 0)) ix.backends[si]?.push(c);
        else ix.unreachable[si] = (ix.unreachable[si] ?? 0) + 1;
      }
    }
  }
  indexes.set(world2, ix);
  return ix;
}
function currentBackendIndex(world2) {
  const ix = indexes.get(world2);
  return ix && ix.tick === world2.tick ? ix : null;
}
function roundRobinShare(rps, n, j, tick) {
  if (n <= 0) return 0;
  const per = Math.floor(rps / n);
  const extra = rps - per * n;
  return per + ((j - tick % n + n) % n < extra ? 1 : 0);
}

// shared/sim/commands/service/view.ts
function findService(ctx, name3) {
  if (name3 === void 0) return { ok: false, outcome: { ok: false, error: "error: command 'service inspect' requires <service> option" } };
  const s = ctx.world.services.get(name3);
  if (s) return { ok: true, value: s };
  const names = [...ctx.world.services.keys()];
  const error = `Error: service "${name3}" not found`;
  if (names.length === 0) return { ok: false, outcome: failWithHint(ctx, error, "services.hint.noServices") };
  return { ok: false, outcome: failWithHint(ctx, error, "services.hint.unknownService", { services: names.join(", ") }) };
}
function entryText(s) {
  return s.entry.kind === "labels" ? selectorText(s.entry.selector) : `svc/${s.entry.name}`;
}
function shortDuration(ticks) {
  const h = Math.floor(ticks / 3600);
  const m = Math.floor(ticks % 3600 / 60);
  const s = ticks % 60;
  return `${h ? `${h}h` : ""}${m ? `${m}m` : ""}${s || ticks === 0 ? `${s}s` : ""}`;
}
function ppmText(ppm) {
  return `${(Math.floor(ppm / 100) / 100).toFixed(2)}%`;
}
function permilleText(permille2) {
  return `${(permille2 / 10).toFixed(1)}%`;
}
function shareText(part, whole) {
  return whole > 0 ? `${(part * 100 / whole).toFixed(1)}%` : "0.0%";
}
function problemText(world2, c) {
  const p = backendProblem(world2, c);
  if (p === "starting") return `starting (ready after ${c.profile.readyAfterTicks ?? DEFAULT_READY_AFTER_TICKS}s)`;
  if (p === "not-running") return c.state;
  return p.replace("-", " ");
}
function candidates(world2, s) {
  const sel = entrySelector(world2, s);
  if (!sel) return [];
  const out = [];
  if (s.entry.kind === "labels") {
    for (const c of world2.containers.values()) {
      if (!matchesSelector(sel, c.labels)) continue;
      const p = backendProblem(world2, c);
      out.push({ name: c.name, container: c, state: p === "" ? "in rotation" : problemText(world2, c), inRotation: p === "" });
    }
    return out;
  }
  for (const pod of world2.k8s.pods.values()) {
    if (!matchesSelector(sel, pod.labels)) continue;
    const c = pod.containerId ? world2.containers.get(pod.containerId) ?? null : null;
    if (!pod.ready || !c) {
      out.push({ name: pod.name, container: c, state: `not ready (${pod.status})`, inRotation: false });
      continue;
    }
    const p = backendProblem(world2, c);
    const port = entryTargetPort(world2, s);
    if (p === "" && refusesPort(c, port)) {
      out.push({ name: pod.name, container: c, state: `connection refused (listens on ${c.profile.listenPort}, not ${port})`, inRotation: false });
      continue;
    }
    out.push({ name: pod.name, container: c, state: p === "" ? "in rotation" : `endpoint not answering (${problemText(world2, c)})`, inRotation: p === "" });
  }
  return out;
}
function budgetText(permille2) {
  return permille2 <= 0 ? "exhausted" : `${Math.floor(permille2 / 10)}%`;
}

// shared/sim/commands/host/buy.ts
var SPECS = [f("rack", ["--rack"]), f("role", ["--role"]), f("hypervisor", ["--hypervisor"])];
var RACK_ID = /^[a-z0-9][a-z0-9._-]{0,62}$/;
function badValue(name3, value, expected2) {
  return fail(`error: invalid argument "${value}" for "--${name3}" flag: expected ${expected2}
See 'help host buy'.`);
}
var hostBuy = (ctx, words) => {
  const w = ctx.world;
  const e = w.economy;
  const parsed = parseFlags(words, SPECS);
  if (!parsed.ok) return fail(`error: ${parsed.error}
See 'help host buy'.`);
  const p = parsed.parsed;
  const forSale = e.buyable.join(", ");
  const typeName = p.positionals[0];
  if (typeName === void 0) {
    const err = "error: command 'host buy' requires <type> option";
    return forSale ? failWithHint(ctx, err, "services.buy.hint.forSale", { types: forSale }) : failWithHint(ctx, err, "services.buy.hint.nothingForSale");
  }
  const extra = p.positionals[1];
  if (extra !== void 0) return fail(`error: unexpected data '${extra}'
See 'help host buy'.`);
  const role = flag(p, "role") ?? "container-host";
  if (role !== "container-host" && role !== "hypervisor") return badValue("role", role, "container-host or hypervisor");
  const hv = flag(p, "hypervisor");
  if (hv !== void 0 && hv !== "type1" && hv !== "type2") return badValue("hypervisor", hv, "type1 or type2");
  if (hv !== void 0 && role === "container-host") return failWithHint(ctx, "error: --hypervisor needs --role hypervisor", "services.buy.hint.containerHost");
  const rack2 = flag(p, "rack") ?? defaultRack(w);
  if (!RACK_ID.test(rack2)) return badValue("rack", rack2, 'a rack id such as rack-3 (lower-case letters, digits, ".", "_" or "-")');
  if (!e.buyable.includes(typeName)) {
    const err = `error: host type '${typeName}' is not for sale`;
    return forSale ? failWithHint(ctx, err, "services.buy.hint.forSale", { types: forSale }) : failWithHint(ctx, err, "services.buy.hint.nothingForSale");
  }
  const type = w.hostTypes[typeName];
  if (!type) return fail(`error: host type '${typeName}' is not for sale`);
  const price = Math.round(type.price * 100);
  if (price > e.balanceCents) {
    return failWithHint(ctx, `error: insufficient funds: ${typeName} costs ${dollarsText(price)}, the balance is ${dollarsText(e.balanceCents)}`, "services.buy.hint.funds", {
      price: dollarsText(price),
      balance: dollarsText(e.balanceCents)
    });
  }
  const newRack = !w.racks.has(rack2) && !e.orders.some((o) => o.rack === rack2);
  const hypervisor = role === "hypervisor" ? hv ?? "type1" : null;
  const order = placeOrder(w, { hostType: typeName, rack: rack2, role, hypervisor });
  const what = role === "hypervisor" ? `hypervisor (${hypervisor === "type2" ? "type 2" : "type 1"})` : "container-host";
  return ok(
    [
      `${order.id}: ${typeName} (${type.cores} cores, ${binSize(type.memoryMiB)} RAM, ${binSize(type.diskMiB)} disk, ${linkSpeed(type.nicMbps)}) as ${what}`,
      `Charged ${dollarsText(order.priceCents)}; balance ${dollarsText(e.balanceCents)}`,
      `Arrives at ${clock(order.arrivesTick)} (in ${shortDuration(e.deliveryTicks)}) as ${order.hostId} in ${rack2}${newRack ? " (a new rack)" : ""}`,
      say(ctx, "services.buy.note.arrives", { host: order.hostId })
    ].join("\n")
  );
};

// shared/sim/ops/crash.ts
function bugTrace(command) {
  if (command === "gunicorn" || command.startsWith("python")) {
    return {
      lines: [
        "Traceback (most recent call last):",
        '  File "/app/shop/views.py", line 88, in checkout',
        "    total = sum(line.price * line.qty for line in cart.lines)",
        "AttributeError: 'NoneType' object has no attribute 'lines'"
      ],
      exitCode: 1
    };
  }
  if (command === "registry" || command.endsWith("-go")) {
    return {
      lines: [
        "panic: runtime error: invalid memory address or nil pointer dereference",
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6d2f4a]",
        "",
        "goroutine 42 [running]:",
        "main.(*handler).ServeHTTP(0xc0001a2000, {0x8c1f20, 0xc0002b4000}, 0xc0002c6000)",
        "	/src/handler.go:57 +0x2a"
      ],
      exitCode: 2
    };
  }
  if (command.endsWith(".exe")) {
    return {
      lines: [
        "Unhandled exception. System.NullReferenceException: Object reference not set to an instance of an object.",
        "   at Billing.Invoice.Total() in C:\\billing\\Invoice.cs:line 42"
      ],
      // 0xE0434352, the CLR's exception code, as an unsigned exit status.
      exitCode: 3762504530
    };
  }
  return { lines: [`${command}: Segmentation fault (core dumped)`], exitCode: 139 };
}
function configTrace(command, host) {
  if (command === "gunicorn" || command.startsWith("python")) {
    return {
      lines: [
        "Traceback (most recent call last):",
        '  File "/app/shop/db.py", line 12, in connect',
        '    return psycopg2.connect(host=settings.DB_HOST, dbname="shop")',
        `psycopg2.OperationalError: could not translate host name "${host}" to address: Name or service not known`
      ],
      exitCode: 1
    };
  }
  return { lines: [`${command}: error: dial tcp: lookup ${host}: no such host`], exitCode: 1 };
}
function crashProcess(world2, c, report, sink) {
  for (const line of report.lines) logLine(c, line);
  endRun(world2, c, report.exitCode, "", false);
  sink.happened(world2.tick, "container-crashed", c.name, `exit ${report.exitCode}`);
}
function crashFromProfile(world2, c, sink) {
  const lines3 = c.profile.crashLog;
  crashProcess(world2, c, lines3 && lines3.length > 0 ? { lines: lines3, exitCode: 1 } : bugTrace(c.profile.command), sink);
}

// shared/sim/systems/lifecycle.ts
var PROGRESS_DONE = 1e6;
function vmSpeedPermille(vm) {
  const afterSteal = 1e3 - vm.metrics.stealPermille;
  const swapPenalty = Math.min(900, vm.metrics.swappedPermille * 3);
  return Math.max(50, Math.floor(afterSteal * (1e3 - swapPenalty) / 1e3));
}
function advanceVm(world2, vm, sink) {
  if (vm.state !== "booting" && vm.state !== "shutting-down") return;
  const host = world2.hosts.get(vm.hostId);
  if (!host || host.state !== "up") return;
  const spec = GUEST_OS[vm.os];
  const ticks = vm.state === "booting" ? spec.bootTicks : spec.shutdownTicks;
  const work = vm.state === "booting" ? bootWork(world2, vm) : PROGRESS_DONE;
  vm.progress += Math.ceil(PROGRESS_DONE / ticks * vmSpeedPermille(vm) / 1e3);
  if (vm.progress < work) return;
  const kernel = world2.kernels.get(vm.kernelId);
  if (vm.state === "booting") {
    const took = world2.tick + 1 - vm.stateSinceTick;
    vm.state = "running";
    vm.stateSinceTick = world2.tick + 1;
    if (kernel) kernel.state = "up";
    sink.happened(world2.tick, "vm-booted", vm.name, `${vm.os} guest up after ${took}s`);
    restoreGuestContainers(world2, vm, sink);
  } else {
    vm.state = "shut-off";
    vm.stateSinceTick = world2.tick + 1;
    if (kernel) kernel.state = "off";
    sink.happened(world2.tick, "vm-shut-off", vm.name, "guest powered off");
  }
  vm.progress = 0;
}
function bootWork(world2, vm) {
  const host = world2.hosts.get(vm.hostId);
  const penalty = host?.hypervisor ? HYPERVISOR[host.hypervisor].bootPenaltyPermille : 0;
  return Math.ceil(PROGRESS_DONE * (1e3 + penalty) / 1e3);
}
function bootPercent(world2, vm) {
  return Math.min(99, Math.floor(vm.progress * 100 / bootWork(world2, vm)));
}
function beginBoot(world2, vm) {
  vm.state = "booting";
  vm.progress = 0;
  vm.stateSinceTick = world2.tick;
  const kernel = world2.kernels.get(vm.kernelId);
  if (kernel) {
    kernel.state = "off";
    kernel.log = bootLog(vm.os, kernel.release, vm.vcpus, vm.memoryMiB, true);
  }
}
function haltGuestContainers(world2, vm) {
  let halted = 0;
  for (const c of world2.containers.values()) {
    if (c.kernelId !== vm.kernelId) continue;
    if (c.state === "running") {
      logLine(c, `${c.profile.command}: received SIGTERM (system shutdown), exiting`);
      const byUser = c.stoppedByUser;
      c.stoppedByUser = true;
      endRun(world2, c, 0, "", false);
      c.stoppedByUser = byUser;
      halted++;
    } else if (c.state === "restarting") {
      c.state = "exited";
    }
  }
  return halted;
}
function restoreGuestContainers(world2, vm, sink) {
  const back = [];
  for (const c of world2.containers.values()) {
    if (c.kernelId !== vm.kernelId || c.state !== "exited") continue;
    if (c.restartPolicy === "always" || c.restartPolicy === "unless-stopped" && !c.stoppedByUser) back.push(c);
  }
  for (const c of back) {
    const refused = startContainer(world2, c);
    if (refused) logLine(c, refused);
    else sink.happened(world2.tick, "container-restored", c.name, `${vm.name} booted`);
  }
}
function beginShutdown(world2, vm) {
  const halted = haltGuestContainers(world2, vm);
  vm.state = "shutting-down";
  vm.progress = 0;
  vm.stateSinceTick = world2.tick;
  return halted;
}
function powerOff(world2, vm) {
  const killed = killContainersOnKernel(world2, vm.kernelId, 255, "machine powered off");
  vm.state = "shut-off";
  vm.progress = 0;
  vm.stateSinceTick = world2.tick;
  const kernel = world2.kernels.get(vm.kernelId);
  if (kernel) kernel.state = "off";
  return killed;
}
function advanceLifecycle(world2, sink) {
  for (const vm of world2.vms.values()) advanceVm(world2, vm, sink);
  const tick = world2.tick;
  for (const c of world2.containers.values()) {
    if (isRunning(c)) {
      c.metrics.uptimeTicks++;
      const exitAfter = c.profile.exitAfterTicks;
      if (exitAfter !== void 0 && c.metrics.uptimeTicks >= exitAfter) {
        logLine(c, `${c.profile.command}: done, exiting`);
        endRun(world2, c, 0, "", false);
        sink.happened(tick, "container-exited", c.name, "exit 0");
      } else if (c.profile.crashAfterTicks !== void 0 && c.metrics.uptimeTicks >= c.profile.crashAfterTicks) {
        crashFromProfile(world2, c, sink);
      }
    } else if (c.state === "restarting" && tick >= c.restartAtTick) {
      const kernel = world2.kernels.get(c.kernelId);
      if (!kernel || kernel.state !== "up") continue;
      const refused = startContainer(world2, c);
      if (refused) {
        logLine(c, refused);
        c.state = "exited";
      } else {
        sink.happened(tick, "container-restarted", c.name, `restart #${c.restartCount}`);
      }
    }
  }
}

// shared/sim/ops/outages.ts
var KERNEL_LOG_KEPT = 200;
function kernelLog(k, lines3) {
  k.log.push(...lines3);
  if (k.log.length > KERNEL_LOG_KEPT) k.log.splice(0, k.log.length - KERNEL_LOG_KEPT);
}
function haltVm(world2, vm, state, reason) {
  const killed = killContainersOnKernel(world2, vm.kernelId, 255, reason);
  vm.state = state;
  vm.progress = 0;
  vm.stateSinceTick = world2.tick;
  const kernel = world2.kernels.get(vm.kernelId);
  if (kernel) kernel.state = "off";
  return killed;
}
function takeHostDown(world2, host, reason, sink) {
  const why = reason === "power" ? "power lost" : reason === "reimage" ? "host reinstalled" : "host hardware failure";
  let containers2 = 0;
  const kernel = host.kernelId ? world2.kernels.get(host.kernelId) : void 0;
  if (kernel) {
    containers2 += killContainersOnKernel(world2, kernel.id, 255, why);
    kernel.state = "off";
  }
  const vms = [];
  for (const vm of world2.vms.values()) {
    if (vm.hostId !== host.id || vm.state === "shut-off" || vm.state === "crashed") continue;
    if (vm.state === "running" || vm.state === "booting") vms.push(vm.name);
    containers2 += haltVm(world2, vm, "shut-off", why);
  }
  host.state = "down";
  world2.ops.reboots.delete(host.kernelId ?? "");
  const existing = world2.ops.outages.get(host.id);
  if (existing) {
    for (const v of vms) if (!existing.vms.includes(v)) existing.vms.push(v);
    if (reason === "reimage") existing.reason = reason;
  } else {
    world2.ops.outages.set(host.id, { hostId: host.id, reason, sinceTick: world2.tick, upAtTick: -1, vms });
  }
  sink.happened(world2.tick, "host-down", host.id, why);
  return { containers: containers2, vms };
}
function bringHostUp(world2, host, sink) {
  const outage = world2.ops.outages.get(host.id);
  host.state = "up";
  const kernel = host.kernelId ? world2.kernels.get(host.kernelId) : void 0;
  if (kernel) {
    kernel.state = "up";
    kernelLog(kernel, ["-- Reboot --", ...bootLog(kernel.os, kernel.release, host.cores, host.memoryMiB, false)]);
  }
  for (const name3 of outage?.vms ?? []) {
    const vm = world2.vms.get(name3);
    if (vm && vm.hostId === host.id && vm.state === "shut-off") beginBoot(world2, vm);
  }
  world2.ops.outages.delete(host.id);
  sink.happened(world2.tick, "host-up", host.id, "booted");
}
function rackPowered(world2, host) {
  return world2.racks.get(host.rack)?.powered !== false;
}
function panicLines(kernel, cause) {
  if (kernel.os === "windows") return ["The computer has rebooted from a bugcheck.  The bugcheck was: 0x0000003b (0x00000000c0000005, 0xfffff8034a1c2f10, 0xffffd58f3c1e6920, 0x0000000000000000)."];
  return [
    "BUG: unable to handle page fault for address: ffffffffc0a8e000",
    "#PF: supervisor write access in kernel mode",
    "Oops: 0002 [#1] PREEMPT SMP NOPTI",
    `RIP: 0010:${cause}+0x4d/0x190`,
    "Kernel panic - not syncing: Fatal exception in interrupt",
    "---[ end Kernel panic - not syncing: Fatal exception in interrupt ]---"
  ];
}
function panicKernel(world2, kernel, cause, sink) {
  kernelLog(kernel, panicLines(kernel, cause));
  let containers2 = killContainersOnKernel(world2, kernel.id, 255, "kernel panic");
  kernel.state = "panicked";
  const vms = [];
  if (kernel.owner.kind === "host") {
    const host = world2.hosts.get(kernel.owner.id);
    if (host?.hypervisor === "type2") {
      for (const vm of world2.vms.values()) {
        if (vm.hostId !== host.id || vm.state === "shut-off" || vm.state === "crashed") continue;
        vms.push(vm.name);
        containers2 += haltVm(world2, vm, "crashed", "host kernel panic");
      }
    }
  }
  world2.ops.reboots.set(kernel.id, { kernelId: kernel.id, atTick: world2.tick + PANIC_REBOOT_TICKS, phase: "panicked" });
  sink.happened(world2.tick, "kernel-panic", kernel.owner.id, cause);
  return { containers: containers2, vms };
}
function advanceReboot(world2, kernelId, sink) {
  const r2 = world2.ops.reboots.get(kernelId);
  const kernel = world2.kernels.get(kernelId);
  if (!r2 || world2.tick < r2.atTick) return;
  if (!kernel || kernel.state === "up") {
    world2.ops.reboots.delete(kernelId);
    return;
  }
  if (kernel.owner.kind === "vm") {
    const vm = world2.vms.get(kernel.owner.id);
    world2.ops.reboots.delete(kernelId);
    if (!vm || vm.state !== "running") return;
    const before = kernel.log;
    beginBoot(world2, vm);
    kernel.log = [...before, "-- Reboot --", ...kernel.log].slice(-KERNEL_LOG_KEPT);
    sink.happened(world2.tick, "vm-rebooting", vm.name, "after kernel panic");
    return;
  }
  const host = world2.hosts.get(kernel.owner.id);
  if (!host || host.state !== "up") {
    world2.ops.reboots.delete(kernelId);
    return;
  }
  if (r2.phase === "panicked") {
    kernel.state = "off";
    r2.phase = "boot";
    r2.atTick = world2.tick + HOST_BOOT_TICKS;
    return;
  }
  kernel.state = "up";
  kernelLog(kernel, ["-- Reboot --", ...bootLog(kernel.os, kernel.release, host.cores, host.memoryMiB, false)]);
  world2.ops.reboots.delete(kernelId);
  sink.happened(world2.tick, "host-rebooted", host.id, "after kernel panic");
}
function advanceOutages(world2, sink, onReimaged) {
  const ops = world2.ops;
  if (ops.reboots.size > 0) for (const id2 of [...ops.reboots.keys()]) advanceReboot(world2, id2, sink);
  if (ops.outages.size > 0) {
    for (const outage of [...ops.outages.values()]) {
      if (outage.upAtTick < 0 || world2.tick < outage.upAtTick) continue;
      const host = world2.hosts.get(outage.hostId);
      if (!host) {
        ops.outages.delete(outage.hostId);
        continue;
      }
      if (!rackPowered(world2, host)) continue;
      if (outage.reason === "reimage") onReimaged(host);
      bringHostUp(world2, host, sink);
    }
  }
  if (ops.nicRepairs.size > 0) {
    for (const r2 of [...ops.nicRepairs.values()]) {
      if (world2.tick < r2.doneAtTick) continue;
      const host = world2.hosts.get(r2.hostId);
      if (host) delete host.partitioned;
      ops.nicRepairs.delete(r2.hostId);
      sink.happened(world2.tick, "host-reconnected", r2.hostId, "NIC replaced");
    }
  }
}

// shared/sim/commands/host/lookup.ts
function hostNames(world2, filter = () => true) {
  const ids = [];
  for (const h of world2.hosts.values()) if (filter(h)) ids.push(h.id);
  return ids.length > 12 ? `${ids.slice(0, 12).join(", ")}, \u2026 (${ids.length} in all)` : ids.join(", ");
}
function missingArg(command, what) {
  return fail(`error: command '${command}' requires <${what}> option`);
}
function extraArgs(command, words, expected2) {
  const extra = words[expected2];
  if (extra === void 0) return null;
  return fail(`error: unexpected data '${extra}'
See 'help ${command}'.`);
}
function findHost(ctx, id2, command) {
  if (id2 === void 0) return { ok: false, outcome: missingArg(command, "host") };
  const host = ctx.world.hosts.get(id2);
  if (host) return { ok: true, value: host };
  if (ctx.world.vms.has(id2)) {
    return { ok: false, outcome: failWithHint(ctx, `error: host '${id2}' not found`, "machines.hint.isVm", { id: id2, hosts: hostNames(ctx.world) }) };
  }
  return { ok: false, outcome: failWithHint(ctx, `error: host '${id2}' not found`, "machines.hint.unknownHost", { hosts: hostNames(ctx.world) }) };
}
function findMachine(ctx, id2, command) {
  if (id2 === void 0) return { ok: false, outcome: missingArg(command, "host-or-vm") };
  const host = ctx.world.hosts.get(id2);
  if (host) return { ok: true, value: { host, vm: null } };
  const vm = ctx.world.vms.get(id2);
  if (vm) return { ok: true, value: { host: null, vm } };
  return { ok: false, outcome: failWithHint(ctx, `error: host or VM '${id2}' not found`, "machines.hint.unknownMachine", { hosts: hostNames(ctx.world), vms: vmNames(ctx.world) }) };
}
function vmNames(world2) {
  const names = [];
  for (const vm of world2.vms.values()) names.push(vm.name);
  if (names.length === 0) return "-";
  return names.length > 12 ? `${names.slice(0, 12).join(", ")}, \u2026 (${names.length} in all)` : names.join(", ");
}

// shared/sim/commands/ops/hostRepair.ts
var hostRepair = (ctx, words) => {
  const parsed = parseFlags(words, [f("reimage", ["--reimage"], false)]);
  if (!parsed.ok) return fail(`error: ${parsed.error}
See 'help host repair'.`);
  const p = parsed.parsed;
  const found = findHost(ctx, p.positionals[0], "host repair");
  if (!found.ok) return found.outcome;
  const extra = extraArgs("host repair", p.positionals, 1);
  if (extra) return extra;
  const world2 = ctx.world;
  const host = found.value;
  const reimage = hasFlag(p, "reimage");
  const outage = world2.ops.outages.get(host.id);
  if (host.state === "down") {
    if (!rackPowered(world2, host)) return failWithHint(ctx, `error: host '${host.id}' has no power`, "ops.hint.noPower", { rack: host.rack });
    if (outage && outage.upAtTick >= 0) return ok(say(ctx, "ops.repair.inProgress", { host: host.id, seconds: Math.max(0, outage.upAtTick - world2.tick) }));
    if (reimage && host.role !== "container-host") return fail(`error: host '${host.id}' runs a hypervisor: --reimage reinstalls container hosts only`);
    const ticks = reimage ? HOST_REIMAGE_TICKS : HOST_REPAIR_TICKS;
    if (outage) {
      outage.upAtTick = world2.tick + ticks;
      if (reimage) outage.reason = "reimage";
    } else {
      world2.ops.outages.set(host.id, { hostId: host.id, reason: reimage ? "reimage" : "failure", sinceTick: world2.tick, upAtTick: world2.tick + ticks, vms: [] });
    }
    ctx.sink.happened(world2.tick, "host-repair", host.id, reimage ? "reimage" : "repair");
    return ok(say(ctx, reimage ? "ops.repair.reimage" : "ops.repair.started", { host: host.id, seconds: ticks }));
  }
  if (reimage) {
    if (host.role !== "container-host") return fail(`error: host '${host.id}' runs a hypervisor: --reimage reinstalls container hosts only`);
    const down = takeHostDown(world2, host, "reimage", ctx.sink);
    const o = world2.ops.outages.get(host.id);
    if (o) o.upAtTick = world2.tick + HOST_REIMAGE_TICKS;
    return ok(`${say(ctx, "ops.repair.reimage", { host: host.id, seconds: HOST_REIMAGE_TICKS })}
${say(ctx, "ops.repair.killed", { count: down.containers })}`);
  }
  if (host.partitioned) {
    const nic = world2.ops.nicRepairs.get(host.id);
    if (nic) return ok(say(ctx, "ops.repair.inProgress", { host: host.id, seconds: Math.max(0, nic.doneAtTick - world2.tick) }));
    world2.ops.nicRepairs.set(host.id, { hostId: host.id, doneAtTick: world2.tick + NIC_REPAIR_TICKS });
    return ok(say(ctx, "ops.repair.nic", { host: host.id, seconds: NIC_REPAIR_TICKS }));
  }
  const kernel = host.kernelId ? world2.kernels.get(host.kernelId) : void 0;
  const reboot = kernel ? world2.ops.reboots.get(kernel.id) : void 0;
  if (kernel && reboot && reboot.phase === "panicked") {
    reboot.atTick = world2.tick;
    return ok(say(ctx, "ops.repair.powerCycle", { host: host.id }));
  }
  if (kernel && kernel.state !== "up") return ok(say(ctx, "ops.repair.booting", { host: host.id }));
  return failWithHint(ctx, `error: host '${host.id}' is up and healthy: nothing to repair`, "ops.hint.healthy", { host: host.id });
};

// shared/sim/commands/host/cordon.ts
function setCordon(cordon) {
  const verb = cordon ? "cordon" : "uncordon";
  return (ctx, words) => {
    const parsed = parseFlags(words, []);
    if (!parsed.ok) return fail(`error: ${parsed.error}
See 'help host ${verb}'.`);
    const found = findHost(ctx, parsed.parsed.positionals[0], `host ${verb}`);
    if (!found.ok) return found.outcome;
    const extra = extraArgs(`host ${verb}`, parsed.parsed.positionals, 1);
    if (extra) return extra;
    const host = found.value;
    if (host.cordoned === cordon) return ok(`host/${host.id} already ${verb}ed`);
    host.cordoned = cordon;
    return ok(`host/${host.id} ${verb}ed`);
  };
}
var hostCordon = setCordon(true);
var hostUncordon = setCordon(false);

// shared/sim/commands/host/dmesg.ts
var SPECS2 = [f("tail", ["-n", "--tail"])];
var hostDmesg = (ctx, words) => {
  const parsed = parseFlags(words, SPECS2);
  if (!parsed.ok) return fail(`dmesg: ${parsed.error}
See 'help host dmesg'.`);
  const p = parsed.parsed;
  const found = findMachine(ctx, p.positionals[0], "host dmesg");
  if (!found.ok) return found.outcome;
  const extra = extraArgs("host dmesg", p.positionals, 1);
  if (extra) return extra;
  const tailText = flag(p, "tail");
  const tail = tailText === void 0 ? -1 : /^\d{1,6}$/.test(tailText) ? Number(tailText) : NaN;
  if (Number.isNaN(tail)) return fail(`dmesg: invalid number of lines: '${tailText}'`);
  const id2 = p.positionals[0];
  const { kernel } = kernelOfMachine(ctx.world, id2);
  if (!kernel) return failWithHint(ctx, `dmesg: ${id2}: no kernel ring buffer to read`, "machines.hint.noKernel", { host: id2 });
  const lines3 = tail < 0 ? kernel.log : kernel.log.slice(Math.max(0, kernel.log.length - tail));
  return ok(lines3.join("\n"));
};

// shared/sim/format/table.ts
function table(header, rows, gap = 3) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r2) => (r2[i] ?? "").length)));
  const line = (cells) => cells.map((cell, i) => i === cells.length - 1 ? cell : cell.padEnd((widths[i] ?? 0) + gap)).join("").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

// shared/sim/commands/vm/state.ts
function vmStateLabel(world2, vm) {
  switch (vm.state) {
    case "booting":
      return `booting (${bootPercent(world2, vm)}%)`;
    case "shutting-down":
      return "in shutdown";
    case "shut-off":
      return "shut off";
    default:
      return vm.state;
  }
}

// shared/sim/commands/host/inspectParts.ts
var MAX_ROWS = 20;
function indent(text3) {
  return text3.split("\n").map((l) => `  ${l}`);
}
function vmLines(ctx, host) {
  if (host.role !== "hypervisor") {
    return [`Virtual machines: ${say(ctx, "machines.inspect.vmsOnContainerHost", { hypervisors: hostNames(ctx.world, (h) => h.role === "hypervisor") })}`];
  }
  const vms = [...ctx.world.vms.values()].filter((vm) => vm.hostId === host.id);
  if (vms.length === 0) return ["Virtual machines: 0"];
  const rows = vms.slice(0, MAX_ROWS).map((vm) => [
    vm.name,
    vmStateLabel(ctx.world, vm),
    vm.os,
    String(vm.vcpus),
    binSize(vm.memoryMiB),
    binSize(vm.metrics.memoryUsedMiB),
    cores(vm.metrics.cpuUsedMillis),
    permille(vm.metrics.stealPermille),
    permille(vm.metrics.swappedPermille)
  ]);
  const more = vms.length > MAX_ROWS ? [`  \u2026 and ${vms.length - MAX_ROWS} more`] : [];
  return [`Virtual machines: ${vms.length}`, ...indent(table(["NAME", "STATE", "OS", "VCPUS", "MEMORY", "USED", "CPU", "STEAL", "SWAPPED"], rows)), ...more];
}
function containerLines(ctx, host) {
  const all = [...ctx.world.containers.values()].filter((c) => c.hostId === host.id);
  const running2 = all.filter((c) => c.state === "running");
  const head = `Containers: ${running2.length} running, ${all.length} in all`;
  if (all.length === 0) return [head];
  const rows = all.slice(0, MAX_ROWS).map((c) => [
    c.name,
    c.targetId,
    c.state,
    cores(c.metrics.cpuUsedMillis),
    binSize(c.metrics.memoryUsageMiB),
    c.memoryLimitMiB > 0 ? binSize(c.memoryLimitMiB) : "-"
  ]);
  const more = all.length > MAX_ROWS ? [`  \u2026 and ${all.length - MAX_ROWS} more`] : [];
  return [head, ...indent(table(["NAME", "MACHINE", "STATE", "CPU", "MEMORY", "LIMIT"], rows)), ...more];
}
function diskLines(ctx, host) {
  const w = ctx.world;
  if (host.role === "hypervisor") {
    const osDisk = host.hypervisor ? HYPERVISOR[host.hypervisor].osDiskMiB : 0;
    let vmDisks = 0;
    let vmCount = 0;
    let layers = 0;
    let layersMiB = 0;
    for (const vm of w.vms.values()) {
      if (vm.hostId !== host.id) continue;
      vmDisks += vm.diskMiB;
      vmCount++;
      layers += vm.store.layers.length;
      layersMiB += vm.store.layersMiB;
    }
    const total2 = osDisk + vmDisks;
    return [
      `Image store: ${say(ctx, "machines.inspect.imagesInVms", { layers, size: binSize(layersMiB) })}`,
      "",
      "Disk usage:",
      ...fields([
        [host.hypervisor === "type2" ? "Host OS" : "Hypervisor", binSize(osDisk)],
        ["VM disks", `${binSize(vmDisks)} (${plural(vmCount, "VM")}, allocated in full)`],
        ["Total", `${binSize(total2)} of ${binSize(host.diskMiB)} (${percent(total2, host.diskMiB)})`]
      ], 2)
    ];
  }
  let writable = 0;
  let ctrs = 0;
  for (const c of w.containers.values()) {
    if (c.targetId !== host.id) continue;
    writable += c.metrics.writableMiB;
    ctrs++;
  }
  let volumes = 0;
  let volCount = 0;
  for (const v of w.volumes.values()) {
    if (v.driver !== "local" || v.hostId !== host.id) continue;
    volumes += v.usedMiB;
    volCount++;
  }
  const images = host.store.layersMiB;
  const total = CONTAINER_HOST_OS.osDiskMiB + images + writable + volumes;
  return [
    `Image store: ${plural(host.store.layers.length, "layer")}, ${binSize(images)}, ${plural(Object.keys(host.store.tags).length, "tag")}`,
    "",
    "Disk usage:",
    ...fields([
      ["OS", binSize(CONTAINER_HOST_OS.osDiskMiB)],
      ["Images", `${binSize(images)} (${plural(host.store.layers.length, "layer")}, each stored once)`],
      ["Writable layers", `${binSize(writable)} (${plural(ctrs, "container")})`],
      ["Volumes", `${binSize(volumes)} (${plural(volCount, "local volume")})`],
      ["Total", `${binSize(total)} of ${binSize(host.diskMiB)} (${percent(total, host.diskMiB)})`]
    ], 2)
  ];
}

// shared/sim/commands/host/list.ts
function roleLabel(host) {
  if (host.role === "container-host") return "container-host";
  return `hypervisor (type ${host.hypervisor === "type2" ? 2 : 1})`;
}
function stateLabel(host) {
  return host.cordoned ? `${host.state},cordoned` : host.state;
}
function counts(world2) {
  const out = /* @__PURE__ */ new Map();
  for (const h of world2.hosts.values()) out.set(h.id, { vms: 0, containers: 0 });
  for (const vm of world2.vms.values()) {
    const c = out.get(vm.hostId);
    if (c && vmIsActive(vm)) c.vms++;
  }
  for (const ct of world2.containers.values()) {
    const c = out.get(ct.hostId);
    if (c && ct.state === "running") c.containers++;
  }
  return out;
}
var hostList = (ctx, words) => {
  const parsed = parseFlags(words, []);
  if (!parsed.ok) return fail(`error: ${parsed.error}
See 'help host list'.`);
  const extra = extraArgs("host list", parsed.parsed.positionals, 0);
  if (extra) return extra;
  const perHost = counts(ctx.world);
  const rows = [...ctx.world.hosts.values()].map((h) => {
    const m = h.metrics;
    const n = perHost.get(h.id) ?? { vms: 0, containers: 0 };
    return [
      h.id,
      h.rack,
      h.type,
      roleLabel(h),
      stateLabel(h),
      `${cores(m.cpuUsedMillis)}/${h.cores}`,
      `${binSize(m.memoryUsedMiB)}/${binSize(h.memoryMiB)}`,
      `${binSize(m.diskUsedMiB)}/${binSize(h.diskMiB)}`,
      `${h.role === "hypervisor" ? n.vms : "-"}/${n.containers}`
    ];
  });
  return ok(table(["ID", "RACK", "TYPE", "ROLE", "STATE", "CPU", "MEMORY", "DISK", "VMS/CONTAINERS"], rows));
};

// shared/sim/commands/host/inspect.ts
function identity(ctx, host) {
  const kernel = host.kernelId ? ctx.world.kernels.get(host.kernelId) : void 0;
  const role = host.role === "container-host" ? say(ctx, "machines.inspect.roleContainerHost") : say(ctx, host.hypervisor === "type2" ? "machines.inspect.roleType2" : "machines.inspect.roleType1");
  let kernelText = say(ctx, "machines.inspect.noKernel");
  if (kernel) kernelText = host.role === "hypervisor" ? say(ctx, "machines.inspect.hostOsKernel", { release: kernel.release }) : `${kernel.release} (${kernel.state})`;
  return fields([
    ["Name", host.id],
    ["Rack", host.rack],
    ["Type", host.type],
    ["State", host.state],
    ["Scheduling", host.cordoned ? "disabled (cordoned)" : "enabled"],
    ["Role", `${roleLabel(host)}: ${role}`],
    ["Kernel", kernelText]
  ]);
}
function hardware(host) {
  return [
    "Hardware:",
    ...fields(
      [
        ["CPU(s)", `${host.cores} cores`],
        ["Memory", host.swapMiB > 0 ? `${binSize(host.memoryMiB)} (+${binSize(host.swapMiB)} swap)` : `${binSize(host.memoryMiB)} (no swap)`],
        ["Disk", binSize(host.diskMiB)],
        ["NIC", linkSpeed(host.nicMbps)]
      ],
      2
    )
  ];
}
function overhead(ctx, host) {
  if (host.role === "container-host") {
    return [
      "OS overhead:",
      ...fields([
        ["CPU", `${cores(CONTAINER_HOST_OS.cpuMillis)} cores (OS, containerd, agents)`],
        ["Memory", `${binSize(CONTAINER_HOST_OS.memoryMiB)}`],
        ["Left for containers", `${cores(host.cores * 1e3 - CONTAINER_HOST_OS.cpuMillis)} cores, ${binSize(host.memoryMiB - CONTAINER_HOST_OS.memoryMiB)}`]
      ], 2)
    ];
  }
  const o = hypervisorOverhead(host);
  const commit = hostCommitment(ctx.world, host);
  const ratio = (commit.vcpus / host.cores).toFixed(2);
  const ramRatio = (commit.memoryMiB / host.memoryMiB).toFixed(2);
  const cpuNote = commit.vcpus > host.cores ? ` ${say(ctx, "machines.inspect.cpuOvercommit")}` : "";
  const ramNote = commit.memoryMiB > host.memoryMiB ? ` ${say(ctx, "machines.inspect.ramOvercommit", { over: binSize(commit.memoryMiB - host.memoryMiB) })}` : "";
  return [
    "Hypervisor overhead:",
    ...fields([
      ["CPU", `${percent(o.cpuMillis, host.cores * 1e3)} of the cores (${(o.cpuMillis / 1e3).toFixed(2)} cores)`],
      ["Memory", `${binSize(o.memoryMiB)} (${host.hypervisor === "type2" ? "host OS + hypervisor app" : "hypervisor"})`],
      ["Left for guests", `${((host.cores * 1e3 - o.cpuMillis) / 1e3).toFixed(2)} cores, ${binSize(host.memoryMiB - o.memoryMiB)}`]
    ], 2),
    "Commitments:",
    ...fields([
      ["vCPU:core", `${commit.vcpus}:${host.cores} (${ratio})${cpuNote}`],
      ["RAM committed", `${binSize(commit.memoryMiB)} of ${binSize(host.memoryMiB)} (${ramRatio})${ramNote}`]
    ], 2)
  ];
}
function usage(host) {
  const m = host.metrics;
  const line = nicMiBps(host.nicMbps);
  return [
    "Usage:",
    ...fields([
      ["CPU", `${cores(m.cpuUsedMillis)}/${host.cores} cores (demand ${cores(m.cpuDemandMillis)})`],
      ["Memory", `${binSize(m.memoryUsedMiB)}/${binSize(host.memoryMiB)}` + (host.swapMiB > 0 ? `, swap ${binSize(m.swapUsedMiB)}/${binSize(host.swapMiB)}` : "")],
      ["NIC", `${m.nicUsedMiBps.toFixed(1)} MiB/s of ${line.toFixed(0)} MiB/s (${percent(m.nicUsedMiBps, line)})`]
    ], 2)
  ];
}
var hostInspect = (ctx, words) => {
  const parsed = parseFlags(words, []);
  if (!parsed.ok) return fail(`error: ${parsed.error}
See 'help host inspect'.`);
  const found = findHost(ctx, parsed.parsed.positionals[0], "host inspect");
  if (!found.ok) return found.outcome;
  const extra = extraArgs("host inspect", parsed.parsed.positionals, 1);
  if (extra) return extra;
  const host = found.value;
  const blocks = [identity(ctx, host), hardware(host), overhead(ctx, host), usage(host), vmLines(ctx, host), containerLines(ctx, host), diskLines(ctx, host)];
  return ok(blocks.map((b) => b.join("\n")).join("\n\n"));
};

// shared/sim/commands/host/index.ts
var SUBCOMMANDS = {
  list: hostList,
  ls: hostList,
  inspect: hostInspect,
  dmesg: hostDmesg,
  cordon: hostCordon,
  uncordon: hostUncordon,
  buy: hostBuy,
  repair: hostRepair
};
var hostCommand = (ctx, words) => {
  const [sub, ...rest] = words;
  if (sub === void 0 || sub === "--help" || sub === "-h") return ok(helpFor(ctx, ["host"]) ?? "");
  const handler = Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : void 0;
  if (!handler) return failWithHint(ctx, `error: unknown command: '${sub}'`, "machines.hint.hostCommands", {});
  if (rest.includes("--help") || rest.includes("-h")) return ok(helpFor(ctx, ["host", sub === "ls" ? "list" : sub]) ?? "");
  return handler(ctx, rest);
};

// shared/sim/commands/vm/admit.ts
function hypervisorHost(ctx, host) {
  if (host.role !== "hypervisor") {
    return {
      ok: false,
      outcome: failWithHint(
        ctx,
        `error: failed to connect to the hypervisor
error: Failed to connect socket to '/var/run/libvirt/libvirt-sock' on ${host.id}: No such file or directory`,
        "machines.hint.containerHost",
        { host: host.id, hypervisors: hostNames(ctx.world, (h) => h.role === "hypervisor") }
      )
    };
  }
  if (host.state !== "up") {
    return {
      ok: false,
      outcome: failWithHint(ctx, `error: failed to connect to the hypervisor
error: unable to connect to server at '${host.id}:16509': No route to host`, "machines.hint.hostDown", { host: host.id })
    };
  }
  return { ok: true, value: host };
}
function admitVm(ctx, host, vm) {
  if (vm.vcpus > host.cores) {
    return {
      ok: false,
      outcome: failWithHint(ctx, `error: invalid argument: requested vcpus is greater than max allowable vcpus for the host: ${vm.vcpus} > ${host.cores}`, "machines.hint.vcpusOverCores", {
        host: host.id,
        cores: host.cores
      })
    };
  }
  const commit = hostCommitment(ctx.world, host);
  const need = vm.memoryMiB + vmOverheadMiB(host, vm.vcpus);
  const after = commit.memoryMiB + need;
  if (after > host.memoryMiB + host.swapMiB) {
    return {
      ok: false,
      outcome: failWithHint(
        ctx,
        `error: Failed to start domain '${vm.name}'
error: internal error: process exited while connecting to monitor: qemu-system-x86_64: cannot set up guest memory 'pc.ram': Cannot allocate memory`,
        "machines.hint.outOfMemory",
        { host: host.id, ram: binSize(host.memoryMiB), swap: binSize(host.swapMiB), committed: binSize(commit.memoryMiB), need: binSize(need) }
      )
    };
  }
  if (vm.newDiskMiB > 0 && commit.diskMiB + vm.newDiskMiB > host.diskMiB) {
    return {
      ok: false,
      outcome: failWithHint(
        ctx,
        `error: Failed to create vol '${vm.name}.qcow2'
error: cannot allocate ${vm.newDiskMiB * 1024 * 1024} bytes in file '/var/lib/libvirt/images/${vm.name}.qcow2': No space left on device`,
        "machines.hint.diskFull",
        { host: host.id, free: binSize(Math.max(0, host.diskMiB - commit.diskMiB)), need: binSize(vm.newDiskMiB) }
      )
    };
  }
  const warnings = [];
  const vcpus = commit.vcpus + vm.vcpus;
  if (vcpus > host.cores) warnings.push(say(ctx, "machines.warn.cpuOvercommit", { host: host.id, vcpus, cores: host.cores, ratio: (vcpus / host.cores).toFixed(2) }));
  if (after > host.memoryMiB) {
    warnings.push(say(ctx, "machines.warn.memOvercommit", { host: host.id, committed: binSize(after), ram: binSize(host.memoryMiB), swap: binSize(host.swapMiB) }));
  }
  if (host.cordoned) warnings.push(say(ctx, "machines.warn.cordoned", { host: host.id }));
  return { ok: true, value: warnings };
}

// shared/sim/commands/vm/parse.ts
function parseVcpus(text3) {
  if (!/^\d{1,4}$/.test(text3)) return null;
  const n = Number(text3);
  return n >= 1 ? n : null;
}

// shared/sim/commands/vm/create.ts
var SPECS3 = [f("host", ["--host"]), f("vcpus", ["--vcpus", "-c"]), f("memory", ["--memory", "-m"]), f("os", ["--os", "--os-type"])];
var NAME = /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
function bootSeconds(os, hypervisor) {
  const penalty = hypervisor ? HYPERVISOR[hypervisor].bootPenaltyPermille : 0;
  return Math.round(GUEST_OS[os].bootTicks * (1e3 + penalty) / 1e3);
}
var vmCreate = (ctx, words) => {
  const parsed = parseFlags(words, SPECS3);
  if (!parsed.ok) return fail(`error: ${parsed.error}
See 'help vm create'.`);
  const p = parsed.parsed;
  const name3 = p.positionals[0];
  if (name3 === void 0) return missingArg("vm create", "name");
  const extra = extraArgs("vm create", p.positionals, 1);
  if (extra) return extra;
  if (!NAME.test(name3)) {
    return failWithHint(ctx, `error: invalid value for name: '${name3}': must match regex '[a-z]([-a-z0-9]{0,61}[a-z0-9])?'`, "machines.hint.badName", {});
  }
  if (ctx.world.vms.has(name3)) return failWithHint(ctx, `error: operation failed: domain '${name3}' already exists`, "machines.hint.vmExists", { name: name3 });
  if (ctx.world.hosts.has(name3)) return failWithHint(ctx, `error: operation failed: domain '${name3}' already exists`, "machines.hint.nameIsHost", { name: name3 });
  const hostId = flag(p, "host");
  if (hostId === void 0) return failWithHint(ctx, `error: command 'vm create' requires --host option`, "machines.hint.needHost", {});
  const found = findHost(ctx, hostId, "vm create");
  if (!found.ok) return found.outcome;
  const hv = hypervisorHost(ctx, found.value);
  if (!hv.ok) return hv.outcome;
  const host = hv.value;
  const vcpus = parseVcpus(flag(p, "vcpus") ?? "1");
  if (vcpus === null) return fail(`error: Numeric value '${flag(p, "vcpus")}' for <vcpus> option is malformed or out of range`);
  const memText = flag(p, "memory");
  if (memText === void 0) return failWithHint(ctx, `error: command 'vm create' requires --memory option`, "machines.hint.needMemory", {});
  const memoryMiB2 = parseSizeMiB(memText);
  if (memoryMiB2 === null) return fail(`error: Scaled numeric value '${memText}' for <memory> option is malformed or out of range`);
  const osText = (flag(p, "os") ?? "linux").toLowerCase();
  if (osText !== "linux" && osText !== "windows") return fail(`error: invalid argument: unknown OS type '${osText}': expected linux or windows`);
  const os = osText;
  const guest = GUEST_OS[os];
  if (memoryMiB2 <= guest.memoryMiB) {
    return failWithHint(ctx, `error: unsupported configuration: ${binSize(memoryMiB2)} is not enough memory for a ${os} guest (its OS alone keeps ${binSize(guest.memoryMiB)} resident)`, "machines.hint.memoryBelowGuest", {
      os,
      guest: binSize(guest.memoryMiB),
      suggest: binSize(guest.memoryMiB * 2)
    });
  }
  const admitted = admitVm(ctx, host, { name: name3, vcpus, memoryMiB: memoryMiB2, newDiskMiB: guest.diskMiB });
  if (!admitted.ok) return admitted.outcome;
  addVm(ctx.world, name3, host, vcpus, memoryMiB2, os);
  ctx.sink.happened(ctx.world.tick, "vm-created", name3, `${vcpus} vCPU, ${binSize(memoryMiB2)}, ${os} on ${host.id}`);
  const lines3 = [
    `Domain '${name3}' created and started`,
    say(ctx, "machines.note.created", { host: host.id, vcpus, memory: binSize(memoryMiB2), os, guest: binSize(guest.memoryMiB), app: binSize(memoryMiB2 - guest.memoryMiB) }),
    say(ctx, "machines.note.booting", { os, seconds: bootSeconds(os, host.hypervisor) })
  ];
  if (guest.licencePerHour > 0) lines3.push(say(ctx, "machines.note.licence", { cost: guest.licencePerHour.toFixed(2) }));
  lines3.push(...admitted.value);
  return ok(lines3.join("\n"));
};

// shared/sim/build/recipe.ts
var KNOWN = /* @__PURE__ */ new Set([
  "FROM",
  "RUN",
  "COPY",
  "ADD",
  "ENV",
  "WORKDIR",
  "EXPOSE",
  "CMD",
  "ENTRYPOINT",
  "LABEL",
  "USER",
  "ARG",
  "VOLUME",
  "STOPSIGNAL",
  "HEALTHCHECK",
  "SHELL",
  "ONBUILD",
  "MAINTAINER"
]);
function recipeLines(text3) {
  return text3.replace(/\r/g, "").split(/\n|\\n/);
}
function argumentError(ins) {
  const words = ins.args.split(/\s+/).filter((w) => w !== "");
  switch (ins.keyword) {
    case "FROM":
      return words.length === 1 || words.length === 3 && words[1]?.toUpperCase() === "AS" ? null : "FROM requires either one or three arguments";
    case "COPY":
    case "ADD": {
      const paths = words.filter((w) => !w.startsWith("--"));
      if (ins.args.startsWith("[")) return null;
      return paths.length >= 2 ? null : `${ins.keyword} requires at least two arguments, but only one was provided. Destination could not be determined.`;
    }
    case "WORKDIR":
    case "USER":
    case "ARG":
    case "STOPSIGNAL":
      return words.length >= 1 ? null : `${ins.keyword} requires exactly one argument`;
    case "CMD":
    case "ENTRYPOINT":
    case "SHELL":
    case "HEALTHCHECK":
    case "ONBUILD":
    case "MAINTAINER":
      return null;
    case "ENV":
      if (words.length === 0) return "ENV requires at least one argument";
      return words[0]?.startsWith("=") ? "ENV names can not be blank" : null;
    default:
      return words.length >= 1 ? null : `${ins.keyword} requires at least one argument`;
  }
}
function parseDockerfile(text3) {
  const lines3 = recipeLines(text3);
  const instructions = [];
  let pending = "";
  let startLine = 0;
  for (let i = 0; i < lines3.length; i++) {
    const raw = lines3[i].trim();
    if (pending === "" && (raw === "" || raw.startsWith("#"))) continue;
    if (pending !== "" && raw.startsWith("#")) continue;
    if (pending === "") startLine = i + 1;
    if (raw.endsWith("\\")) {
      pending += `${raw.slice(0, -1).trim()} `;
      continue;
    }
    const joined = `${pending}${raw}`.trim();
    pending = "";
    if (joined === "") continue;
    const m = /^(\S+)\s*(.*)$/.exec(joined);
    const keyword = (m?.[1] ?? "").toUpperCase();
    if (!KNOWN.has(keyword)) return { ok: false, error: `dockerfile parse error line ${startLine}: unknown instruction: ${keyword}` };
    const ins = { line: startLine, keyword, args: (m?.[2] ?? "").trim(), original: joined };
    const bad = argumentError(ins);
    if (bad) return { ok: false, error: `dockerfile parse error line ${startLine}: ${bad}` };
    instructions.push(ins);
  }
  if (pending.trim() !== "") return { ok: false, error: `dockerfile parse error line ${startLine}: unexpected end of file after a line continuation` };
  if (instructions.length === 0) return { ok: false, error: "the Dockerfile (Dockerfile) cannot be empty" };
  const first = instructions.find((ins) => ins.keyword !== "ARG");
  if (!first || first.keyword !== "FROM") return { ok: false, error: "No build stage in current context" };
  return { ok: true, instructions };
}
function execForm(args) {
  if (!args.startsWith("[")) return null;
  try {
    const v = JSON.parse(args);
    if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  } catch {
    return null;
  }
  return null;
}
function expand(text3, vars) {
  return text3.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, braced, dflt, bare) => {
    const name3 = braced ?? bare ?? "";
    const v = vars.get(name3);
    if (v !== void 0 && v !== "") return v;
    return dflt ?? "";
  });
}
function keyValues(args, allowBare = false) {
  const out = [];
  const old = /^([^\s=]+)\s+(.+)$/.exec(args);
  if (old && !old[1].includes("=") && !/^\S+=/.test(args)) return [[old[1], unquote(old[2].trim())]];
  const re = /([^\s=]+)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g;
  let m;
  while ((m = re.exec(args)) !== null) {
    if (m[2] === void 0 && !allowBare) continue;
    out.push([m[1], unquote(m[2] ?? "")]);
  }
  return out;
}
function unquote(v) {
  if (v.length >= 2 && (v.startsWith('"') && v.endsWith('"') || v.startsWith("'") && v.endsWith("'"))) {
    return v.slice(1, -1).replace(/\\(.)/g, "$1");
  }
  return v;
}

// shared/sim/build/steps.ts
var SECRET_NAME = /pass(word|wd)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential/i;
var SECRET_IN_TEXT = /\b((?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key)\s*[=:]\s*["']?[^\s"'>;&|]+)/i;
var SECRET_FILE = /(^|\/)(\.env|id_rsa|id_ed25519|credentials(\.json)?|secrets?\.[a-z]+)$|\.(pem|key|p12)$/i;
function shell(os) {
  return os === "windows" ? "cmd /S /C" : "/bin/sh -c";
}
function goList(words) {
  return `[${words.map((w) => JSON.stringify(w)).join(" ")}]`;
}
function globToRegExp(glob) {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
  return new RegExp(`^${body}$`);
}
var norm = (p) => p.replace(/^\.\//, "").replace(/\/+$/, "");
function matchFiles(src, files) {
  const names = Object.keys(files).sort();
  if (src === "." || src === "./") return names;
  const want = norm(src);
  const re = globToRegExp(want);
  const hit = names.filter((n) => norm(n) === want || re.test(norm(n)) || norm(n).startsWith(`${want}/`));
  return hit.length ? hit : null;
}
function runSizeMiB(original, command, stepSizes) {
  const given = stepSizes[original] ?? stepSizes[command];
  if (given !== void 0) return given;
  let sum = 0;
  for (const word of command.split(/[\s;&|]+/)) {
    const name3 = word.replace(/[=<>].*$/, "");
    const size2 = Object.prototype.hasOwnProperty.call(PACKAGE_SIZES_MIB, name3) ? PACKAGE_SIZES_MIB[name3] : void 0;
    if (size2 !== void 0) sum += size2;
  }
  return sum > 0 ? sum + PACKAGE_INSTALL_BASE_MIB : UNKNOWN_RUN_STEP_MIB;
}
function argPairs(state) {
  return [...state.args.entries()].filter(([, v]) => v !== "").sort((a, b) => a[0] < b[0] ? -1 : 1).map(([k, v]) => `${k}=${v}`);
}
function copyEffect(ins, state, ctx) {
  const vars = new Map([...state.args, ...Object.entries(state.env)]);
  const words = execForm(ins.args) ?? ins.args.split(/\s+/).filter((w) => w !== "");
  const flags = words.filter((w) => w.startsWith("--"));
  const paths = words.filter((w) => !w.startsWith("--")).map((w) => expand(w, vars));
  const dest = paths[paths.length - 1] ?? "";
  const sources = paths.slice(0, -1);
  const from = flags.find((f2) => f2.startsWith("--from="))?.slice("--from=".length);
  const what = ins.keyword;
  if (from !== void 0) {
    const top = ctx.stages.get(from);
    if (top === void 0) return { ok: false, error: `invalid from flag value ${from}: pull access denied for ${from}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied` };
    const size3 = ctx.stepSizes[ins.original] ?? UNKNOWN_RUN_STEP_MIB;
    return { ok: true, effect: { createdBy: `${shell(state.os)} #(nop) ${what} dir:${digestOf(`${top}|${sources.join(" ")}`)} in ${dest}`, contentKey: `from=${top}|${sources.join(" ")}`, sizeMiB: size3, container: false, executes: false } };
  }
  const picked = [];
  let size2 = 0;
  for (const src of sources) {
    if (what === "ADD" && /^https?:\/\//.test(src)) {
      size2 += ctx.stepSizes[ins.original] ?? UNKNOWN_RUN_STEP_MIB;
      picked.push(src);
      continue;
    }
    const hit = matchFiles(src, ctx.files);
    if (!hit) return { ok: false, error: `${what} failed: file not found in build context or excluded by .dockerignore: stat ${norm(src) || src}: file does not exist` };
    for (const name3 of hit) {
      if (picked.includes(name3)) continue;
      picked.push(name3);
      size2 += ctx.files[name3]?.sizeMiB ?? 0;
    }
  }
  const content = picked.map((n) => `${n}@${ctx.files[n]?.version ?? 0}`).join(",");
  const kind2 = picked.length > 1 ? "multi" : (picked[0] ?? "").endsWith("/") || sources[0] === "." ? "dir" : "file";
  const leaked = picked.find((n) => SECRET_FILE.test(norm(n)));
  return {
    ok: true,
    effect: {
      createdBy: `${shell(state.os)} #(nop) ${what} ${kind2}:${digestOf(content)} in ${dest}`,
      contentKey: `${content}|${flags.join(" ")}|${dest}`,
      sizeMiB: size2,
      container: false,
      executes: false,
      ...leaked ? { secret: `file ${norm(leaked)}` } : {}
    }
  };
}
function runEffect(ins, state, ctx) {
  const exec = execForm(ins.args);
  const command = exec ? exec.join(" ") : ins.args;
  const pairs = argPairs(state);
  const prefix = pairs.length ? `|${pairs.length} ${pairs.join(" ")} ` : "";
  const createdBy = exec ? `${prefix}${command}` : `${prefix}${shell(state.os)} ${command}`;
  let secret2 = SECRET_IN_TEXT.exec(command)?.[1];
  for (const [k, v] of state.args) if (!secret2 && v !== "" && SECRET_NAME.test(k)) secret2 = `${k}=${v}`;
  return {
    ok: true,
    effect: { createdBy, contentKey: `${command}|${pairs.join(" ")}`, sizeMiB: runSizeMiB(ins.original, command, ctx.stepSizes), container: true, executes: true, ...secret2 ? { secret: secret2 } : {} }
  };
}
function metadataEffect(ins, state, ctx) {
  const vars = new Map([...state.args, ...Object.entries(state.env)]);
  let text3 = ins.keyword === "ARG" ? ins.args : expand(ins.args, vars);
  let secret2;
  if (ins.keyword === "CMD" || ins.keyword === "ENTRYPOINT") {
    const exec = execForm(ins.args);
    text3 = goList(exec ?? ["/bin/sh", "-c", ins.args]);
  } else if (ins.keyword === "ENV" || ins.keyword === "LABEL" || ins.keyword === "ARG") {
    const pairs = keyValues(text3, ins.keyword === "ARG");
    if (ins.keyword === "ARG") {
      const [name3, dflt] = pairs[0] ?? ["", ""];
      if (ctx.buildArgs.has(name3)) ctx.used.add(name3);
      if (dflt !== "" && SECRET_NAME.test(name3)) secret2 = `${name3}=${dflt}`;
    } else {
      const hit = pairs.find(([k, v]) => v !== "" && SECRET_NAME.test(k));
      if (hit) secret2 = `${hit[0]}=${hit[1]}`;
    }
  }
  const gap = ins.keyword === "WORKDIR" ? " " : "  ";
  const createdBy = `${shell(state.os)} #(nop)${gap}${ins.keyword} ${text3}`;
  return { ok: true, effect: { createdBy, contentKey: createdBy, sizeMiB: 0, container: true, executes: false, ...secret2 ? { secret: secret2 } : {} } };
}
function stepEffect(ins, state, ctx) {
  if (ins.keyword === "COPY" || ins.keyword === "ADD") return copyEffect(ins, state, ctx);
  if (ins.keyword === "RUN") return runEffect(ins, state, ctx);
  return metadataEffect(ins, state, ctx);
}
function commandName(words) {
  const first = words[0] === "/bin/sh" && words[1] === "-c" ? (words[2] ?? "").split(/\s+/)[0] ?? "" : words[0] ?? "";
  return first.split("/").pop() || first;
}
function applyToState(ins, state, ctx) {
  const vars = new Map([...state.args, ...Object.entries(state.env)]);
  switch (ins.keyword) {
    case "ENV":
      for (const [k, v] of keyValues(expand(ins.args, vars))) state.env[k] = v;
      break;
    case "ARG":
      for (const [k, v] of keyValues(ins.args, true)) state.args.set(k, ctx.buildArgs.get(k) ?? v);
      break;
    case "CMD":
    case "ENTRYPOINT": {
      if (ins.keyword === "CMD" && state.entrypoint && state.profile.command !== "") break;
      const words = execForm(ins.args) ?? ["/bin/sh", "-c", ins.args];
      const { exitAfterTicks: _gone, ...rest } = state.profile;
      state.profile = { ...rest, command: commandName(words) };
      if (ins.keyword === "ENTRYPOINT") state.entrypoint = true;
      break;
    }
    case "EXPOSE": {
      const port = Number.parseInt(expand(ins.args, vars), 10);
      if (Number.isInteger(port) && port > 0 && port < 65536) state.profile = { ...state.profile, listenPort: port };
      break;
    }
    default:
      break;
  }
}

// shared/sim/build/builder.ts
var SCRATCH_PROFILE = { cpuMillis: 0, memoryMiB: 1, memoryGrowthMiB: 0, writeKiB: 0, listenPort: 0, command: "", exitAfterTicks: 1 };
function stepImageId(layers) {
  return `sha256:${digestOf(`step
${layers.join(",")}`)}`;
}
function humanBytes(bytes) {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let v = bytes;
  let i = 0;
  while (v >= 1e3 && i < units.length - 1) {
    v /= 1e3;
    i++;
  }
  return `${Number(v.toPrecision(4))}${units[i]}`;
}
function fromImage(image2, name3, os) {
  return {
    name: name3,
    layers: image2 ? [...image2.layers] : [],
    os: image2?.os ?? os,
    env: image2 ? { ...image2.env } : {},
    profile: image2 ? { ...image2.profile } : { ...SCRATCH_PROFILE },
    args: /* @__PURE__ */ new Map(),
    entrypoint: false
  };
}
function plan(call, recipe2, instructions, lines3) {
  const { world: world2, pending } = call;
  const target = resolveTarget(world2, call.targetId);
  const p = { lines: lines3, error: null, newLayers: [], cacheHits: 0, final: null, finalBase: null, lastIdLine: -1, nextNonce: world2.nextSerial, needPull: null, unusedArgs: [] };
  if (!target.ok) return { ...p, error: `Cannot connect to the Docker daemon at tcp://${call.targetId}:2375. Is the docker daemon running?` };
  const store = target.target.store;
  const buildArgs = /* @__PURE__ */ new Map();
  for (const kv2 of pending.buildArgs) buildArgs.set(kv2.slice(0, kv2.indexOf("=")), kv2.slice(kv2.indexOf("=") + 1));
  const ctx = { files: recipe2.files, stepSizes: recipe2.stepSizes, stages: /* @__PURE__ */ new Map(), buildArgs, used: /* @__PURE__ */ new Set() };
  const globalArgs = /* @__PURE__ */ new Map();
  const shown = /* @__PURE__ */ new Set();
  const stageStates = /* @__PURE__ */ new Map();
  let state = null;
  let stageIndex = -1;
  const n = instructions.length;
  for (let i = 0; i < n; i++) {
    const ins = instructions[i];
    lines3.push(`Step ${i + 1}/${n} : ${ins.original}`);
    if (ins.keyword === "FROM") {
      if (state) {
        const top = state.layers[state.layers.length - 1] ?? "";
        ctx.stages.set(state.name, top);
        ctx.stages.set(String(stageIndex), top);
        stageStates.set(state.name, state);
      }
      stageIndex++;
      const words = expand(ins.args, globalArgs).split(/\s+/);
      const baseText = words[0] ?? "";
      const name3 = words[2] ?? String(stageIndex);
      const earlier = stageStates.get(baseText);
      if (earlier) {
        state = { ...earlier, name: name3, layers: [...earlier.layers], env: { ...earlier.env }, profile: { ...earlier.profile }, args: /* @__PURE__ */ new Map() };
        p.finalBase = null;
        p.lastIdLine = lines3.push(` ---> ${shortImageId(stepImageId(state.layers))}`) - 1;
        continue;
      }
      if (baseText === "scratch") {
        state = fromImage(null, name3, target.target.kernel.os);
        p.finalBase = null;
        p.lastIdLine = lines3.push(" --->") - 1;
        continue;
      }
      const ref = parseImageRef(baseText);
      if (!ref) return { ...p, error: `invalid reference format` };
      const key = refKey(ref);
      pending.pulled.forEach((pulled, k) => {
        if (pulled.ref !== key || shown.has(k)) return;
        shown.add(k);
        lines3.push(...pulled.lines);
      });
      let imageId = resolveInStore(store, baseText);
      if (!imageId) {
        const pull = planPull(world2, target.target, baseText);
        if (!pull.ok) {
          if (pull.output) lines3.push(pull.output);
          return { ...p, error: pull.error.replace(/^Error response from daemon: /, ""), ...pull.hint ? { hint: { key: pull.hint, params: pull.params } } : {} };
        }
        if (!p.needPull) p.needPull = { ref: baseText, prefix: lines3.length };
        imageId = pull.imageId;
      }
      const base2 = world2.images.get(imageId) ?? null;
      state = fromImage(base2, name3, target.target.kernel.os);
      p.finalBase = base2;
      p.lastIdLine = lines3.push(` ---> ${shortImageId(imageId)}`) - 1;
      continue;
    }
    if (!state) {
      for (const [k, v] of ins.args.split(/\s+/).map((w) => [w.split("=")[0] ?? "", w.includes("=") ? w.slice(w.indexOf("=") + 1) : ""])) {
        if (buildArgs.has(k)) ctx.used.add(k);
        globalArgs.set(k, buildArgs.get(k) ?? v);
      }
      continue;
    }
    const effect = stepEffect(ins, state, ctx);
    if (!effect.ok) return { ...p, error: effect.error };
    const e = effect.effect;
    const parent = state.layers[state.layers.length - 1] ?? "";
    const cacheKey = `${call.targetId}|${parent}|${e.createdBy}|${e.contentKey}`;
    const hit = pending.noCache ? void 0 : world2.buildCache.get(cacheKey);
    let digest;
    if (hit !== void 0 && storeHasLayer(store, hit) && world2.layers.has(hit) && !p.needPull) {
      digest = hit;
      p.cacheHits++;
      lines3.push(" ---> Using cache");
    } else {
      const content = e.executes ? `${e.contentKey}|run-${p.nextNonce++}` : e.contentKey;
      digest = layerDigest(parent, e.createdBy, content);
      const layer = { digest, sizeMiB: e.sizeMiB, createdBy: e.createdBy, createdTick: world2.tick, ...e.secret ? { secret: e.secret } : {} };
      p.newLayers.push({ layer, cacheKey });
      if (e.container) {
        const cid = digestOf(`container
${digest}`).slice(0, 12);
        lines3.push(` ---> Running in ${cid}`, `Removing intermediate container ${cid}`);
      }
    }
    state.layers.push(digest);
    applyToState(ins, state, ctx);
    p.finalBase = null;
    p.lastIdLine = lines3.push(` ---> ${shortImageId(stepImageId(state.layers))}`) - 1;
  }
  p.final = state;
  for (const k of buildArgs.keys()) if (!ctx.used.has(k)) p.unusedArgs.push(k);
  return p;
}
function contextSize(files) {
  let mib = 0;
  for (const f2 of Object.values(files)) mib += f2.sizeMiB;
  return humanBytes(mib * 1024 * 1024 + 2048);
}
function runBuild(call) {
  const { world: world2, pending } = call;
  const recipe2 = pending.recipe ? world2.recipes.get(pending.recipe) : void 0;
  if (pending.recipe && !recipe2) return { done: true, ok: false, output: "", error: `unable to prepare context: path "${pending.recipe}" not found` };
  const files = recipe2?.files ?? {};
  const lines3 = [`Sending build context to Docker daemon  ${contextSize(files)}`];
  const parsed = parseDockerfile(recipe2?.text ?? pending.text);
  if (!parsed.ok) return { done: true, ok: false, output: lines3.join("\n"), error: `Error response from daemon: ${parsed.error}` };
  const p = plan(call, { files, stepSizes: recipe2?.stepSizes ?? {} }, parsed.instructions, lines3);
  const out = (text3) => pending.quiet ? "" : text3.join("\n");
  if (p.error !== null || !p.final) {
    return { done: true, ok: false, output: out(lines3), error: p.error ?? "No build stage in current context", ...p.hint ? { hint: p.hint } : {} };
  }
  const found = resolveTarget(world2, call.targetId);
  if (!found.ok) return { done: true, ok: false, output: "", error: "Cannot connect to the Docker daemon. Is the docker daemon running?" };
  const target = found.target;
  if (p.needPull) {
    const pull = planPull(world2, target, p.needPull.ref);
    if (!pull.ok) return { done: true, ok: false, output: out(lines3), error: pull.error };
    const prefix = pending.quiet ? [] : lines3.slice(0, p.needPull.prefix);
    const job = startJob(world2, {
      kind: "pull",
      targetId: target.id,
      registry: pull.registry,
      imageRef: pull.key,
      imageId: pull.imageId,
      missing: pull.missing,
      allLayers: pull.allLayers,
      commandId: call.commandId,
      actor: call.actor,
      line: call.line,
      header: prefix,
      thenBuild: { ...pending, prefixLines: prefix.length }
    });
    return { done: false, jobId: job.id };
  }
  const final = p.final;
  const profile2 = { ...final.profile, ...recipe2?.profile ?? {} };
  const imageId = p.finalBase ? p.finalBase.id : imageIdOf(final.layers, final.os, profile2, final.env);
  if (p.lastIdLine >= 0) lines3[p.lastIdLine] = ` ---> ${shortImageId(imageId)}`;
  for (const { layer, cacheKey } of p.newLayers) {
    ensureLayer(world2, layer);
    addLayerToStore(world2, target.store, layer.digest);
    world2.buildCache.set(cacheKey, layer.digest);
  }
  world2.nextSerial = p.nextNonce;
  if (!p.finalBase) ensureImage(world2, { id: imageId, layers: [...final.layers], os: final.os, profile: profile2, createdTick: world2.tick, env: final.env });
  for (const tag of pending.tags) setTag(target.store, tag, imageId);
  if (pending.tags.length === 0) keepDangling(target.store, imageId);
  if (p.unusedArgs.length) lines3.push(`[Warning] One or more build-args [${p.unusedArgs.join(" ")}] were not consumed`);
  lines3.push(`Successfully built ${shortImageId(imageId)}`);
  for (const tag of pending.tags) lines3.push(`Successfully tagged ${tag}`);
  return { done: true, ok: true, output: pending.quiet ? imageId : lines3.join("\n") };
}
function resumeBuild(world2, job, lines3, sink) {
  const pending = job.thenBuild;
  if (!pending) return;
  const next = { ...pending, pulled: [...pending.pulled, { ref: job.imageRef, lines: lines3.slice(pending.prefixLines) }], prefixLines: 0 };
  const out = runBuild({ world: world2, targetId: job.targetId, pending: next, commandId: job.commandId, actor: job.actor, line: job.line });
  if (!out.done || job.commandId === null) return;
  const base2 = { commandId: job.commandId, actor: job.actor, line: job.line, tick: world2.tick };
  if (out.ok) sink.result({ ...base2, ok: true, output: out.output });
  else sink.result({ ...base2, ok: false, output: out.output, error: out.error });
}

// shared/sim/jobs.ts
function startJob(world2, o) {
  if (o.registry.kind === "private") syncPrivateRegistries(world2);
  const id2 = `job-${world2.nextSerial++}`;
  const header = o.header ? [...o.header] : [];
  const ref = parseImageRef(o.imageRef);
  if (o.kind === "pull") header.push(ref ? pullingFrom(ref) : `Pulling ${o.imageRef}`);
  else header.push(`The push refers to repository [${ref ? fullRepo(ref) : o.imageRef}]`);
  const job = {
    id: id2,
    kind: o.kind,
    targetId: o.targetId,
    registryId: o.registry.id,
    imageRef: o.imageRef,
    imageId: o.imageId,
    transfers: o.missing.map((digest) => ({ digest, sizeMiB: world2.layers.get(digest)?.sizeMiB ?? 0, doneKiB: 0, started: false })),
    header,
    commandId: o.commandId,
    actor: o.actor ?? "",
    line: o.line ?? "",
    thenStart: o.thenStart ?? [],
    thenBuild: o.thenBuild ?? null,
    quiet: o.quiet ?? false,
    startedTick: world2.tick,
    state: "running",
    error: ""
  };
  world2.jobs.set(id2, job);
  return job;
}
function jobComplete(job) {
  return job.transfers.every((t2) => t2.doneKiB >= t2.sizeMiB * 1024);
}
function layerLines(world2, job) {
  const moving = /* @__PURE__ */ new Map();
  for (const t2 of job.transfers) moving.set(t2.digest, t2);
  const image2 = world2.images.get(job.imageId);
  const layers = (image2?.layers ?? []).filter((d) => {
    const layer = world2.layers.get(d);
    return layer !== void 0 && !isEmptyLayer(layer);
  });
  if (job.kind === "push") layers.reverse();
  const out = [];
  for (const d of layers) {
    const t2 = moving.get(d);
    if (!t2) out.push(`${shortLayer(d)}: ${job.kind === "pull" ? "Already exists" : "Layer already exists"}`);
    else if (t2.doneKiB >= t2.sizeMiB * 1024) out.push(`${shortLayer(d)}: ${job.kind === "pull" ? "Pull complete" : "Pushed"}`);
  }
  return out;
}
function manifestBytes(layerCount) {
  return 317 + 211 * Math.max(1, layerCount);
}
function reportLines(world2, job, upToDate) {
  const ref = parseImageRef(job.imageRef);
  const full = ref ? fullRef(ref) : job.imageRef;
  if (job.quiet) return [full];
  const lines3 = [...job.header, ...upToDate ? [] : layerLines(world2, job)];
  if (job.kind === "pull") {
    lines3.push(`Digest: ${manifestDigest(job.imageId)}`);
    lines3.push(upToDate ? `Status: Image is up to date for ${job.imageRef}` : `Status: Downloaded newer image for ${job.imageRef}`);
    if (job.thenStart.length === 0 && !job.thenBuild) lines3.push(full);
  } else {
    const count2 = layerLines(world2, { ...job, kind: "pull", transfers: [] }).length;
    lines3.push(`${ref?.tag ?? "latest"}: digest: ${manifestDigest(job.imageId)} size: ${manifestBytes(count2)}`);
  }
  return lines3;
}
function finishJob(world2, job, sink) {
  job.state = "done";
  let upToDate = false;
  const image2 = world2.images.get(job.imageId);
  if (job.kind === "pull") {
    const store = storeOf(world2, job.targetId);
    if (store && image2) {
      upToDate = job.transfers.length === 0 && store.tags[job.imageRef] === job.imageId;
      for (const d of image2.layers) addLayerToStore(world2, store, d);
      setTag(store, job.imageRef, job.imageId);
    }
  } else {
    const registry = world2.registries.get(job.registryId);
    const ref = parseImageRef(job.imageRef);
    if (registry && ref && image2) recordPush(world2, registry, ref, job.imageId, image2.layers);
  }
  const lines3 = reportLines(world2, job, upToDate);
  world2.jobs.delete(job.id);
  sink.happened(world2.tick, `${job.kind}-complete`, job.targetId, job.imageRef);
  if (job.thenBuild) {
    resumeBuild(world2, job, lines3, sink);
    return;
  }
  let ok2 = true;
  let error = "";
  for (const name3 of job.thenStart) {
    const c = world2.containers.get(name3);
    if (!c || c.waitingForJob !== job.id) continue;
    c.waitingForJob = null;
    const refused = startContainer(world2, c);
    if (refused) {
      ok2 = false;
      error = `docker: Error response from daemon: ${refused}.`;
      logLine(c, refused);
    } else {
      lines3.push(c.id);
    }
  }
  if (job.commandId !== null) {
    sink.result({ commandId: job.commandId, actor: job.actor, line: job.line, ok: ok2, output: lines3.join("\n"), tick: world2.tick, ...ok2 ? {} : { error } });
  }
}
function failJob(world2, job, error, sink) {
  job.state = "failed";
  job.error = error;
  for (const name3 of job.thenStart) {
    const c = world2.containers.get(name3);
    if (c && c.waitingForJob === job.id) world2.containers.delete(name3);
  }
  world2.jobs.delete(job.id);
  sink.happened(world2.tick, `${job.kind}-failed`, job.targetId, error);
  if (job.commandId !== null) {
    const output = job.quiet ? "" : [...job.header, ...layerLines(world2, job)].join("\n");
    sink.result({ commandId: job.commandId, actor: job.actor, line: job.line, ok: false, output, error, tick: world2.tick });
  }
}

// shared/sim/commands/vm/lookup.ts
function findVm(ctx, name3, command) {
  if (name3 === void 0) return { ok: false, outcome: missingArg(command, "name") };
  const vm = ctx.world.vms.get(name3);
  if (vm) return { ok: true, value: vm };
  const error = `error: failed to get domain '${name3}'`;
  if (ctx.world.hosts.has(name3)) return { ok: false, outcome: failWithHint(ctx, error, "machines.hint.isHost", { name: name3 }) };
  if (ctx.world.vms.size === 0) return { ok: false, outcome: failWithHint(ctx, error, "machines.hint.noVms", { hypervisors: hostNames(ctx.world, (h) => h.role === "hypervisor") }) };
  return { ok: false, outcome: failWithHint(ctx, error, "machines.hint.unknownVm", { vms: vmNames(ctx.world) }) };
}

// shared/sim/commands/vm/delete.ts
var vmDelete = (ctx, words) => {
  const parsed = parseFlags(words, [f("quiet", ["--quiet", "-q"], false)]);
  if (!parsed.ok) return fail(`error: ${parsed.error}
See 'help vm delete'.`);
  const found = findVm(ctx, parsed.parsed.positionals[0], "vm delete");
  if (!found.ok) return found.outcome;
  const extra = extraArgs("vm delete", parsed.parsed.positionals, 1);
  if (extra) return extra;
  const vm = found.value;
  const lines3 = [];
  if (vm.state !== "shut-off" && vm.state !== "crashed") {
    powerOff(ctx.world, vm);
    lines3.push(`Domain '${vm.name}' destroyed`);
  }
  for (const job of [...ctx.world.jobs.values()]) {
    if (job.targetId === vm.id) failJob(ctx.world, job, `error during connect: ${vm.id}: no such host`, ctx.sink);
  }
  const disk = vm.diskMiB;
  const removed = removeVm(ctx.world, vm);
  ctx.sink.happened(ctx.world.tick, "vm-deleted", vm.name, `from ${vm.hostId}`);
  lines3.push(
    `Domain '${vm.name}' has been undefined`,
    `Storage volume 'vda'(/var/lib/libvirt/images/${vm.name}.qcow2) is removed.`,
    say(ctx, "machines.note.deleted", { containers: removed.containers, volumes: removed.volumes, disk: binSize(disk), memory: binSize(vm.memoryMiB), host: vm.hostId })
  );
  return ok(lines3.join("\n"));
};

// shared/sim/commands/vm/inspect.ts
var vmInspect = (ctx, words) => {
  const parsed = parseFlags(words, []);
  if (!parsed.ok) return fail(`error: ${parsed.error}
See 'help vm inspect'.`);
  const found = findVm(ctx, parsed.parsed.positionals[0], "vm inspect");
  if (!found.ok) return found.outcome;
  const extra = extraArgs("vm inspect", parsed.parsed.positionals, 1);
  if (extra) return extra;
  const vm = found.value;
  const w = ctx.world;
  const host = w.hosts.get(vm.hostId);
  const kernel = w.kernels.get(vm.kernelId);
  const guest = GUEST_OS[vm.os];
  const m = vm.metrics;
  const off = vm.state === "shut-off" || vm.state === "crashed";
  let running2 = 0;
  let total = 0;
  for (const c of w.containers.values()) {
    if (c.targetId !== vm.id) continue;
    total++;
    if (c.state === "running") running2++;
  }
  const processes = Math.max(0, m.memoryUsedMiB - guest.memoryMiB);
  const lines3 = fields(
    [
      ["Id", off ? "-" : String(vm.index + 1)],
      ["Name", vm.name],
      ["Host", host ? `${host.id} (hypervisor ${host.hypervisor === "type2" ? "type 2" : "type 1"})` : vm.hostId],
      ["OS Type", `hvm (${vm.os} guest)`],
      ["Kernel", kernel ? `${kernel.release} (${kernel.state})` : "-"],
      ["State", vmStateLabel(w, vm)],
      ["Uptime", vm.state === "running" ? humanDuration(w.tick - vm.stateSinceTick) : "-"],
      ["CPU(s)", String(vm.vcpus)],
      ["CPU usage", `${cores(m.cpuUsedMillis)} cores (demand ${cores(m.cpuDemandMillis)}), steal ${permille(m.stealPermille)}`],
      ["Max memory", `${vm.memoryMiB * 1024} KiB (${binSize(vm.memoryMiB)})`],
      ["Used memory", off ? "0 KiB" : `${Math.round(m.memoryUsedMiB * 1024)} KiB (guest OS ${binSize(guest.memoryMiB)} + processes ${binSize(processes)})`],
      ["Swapped", `${permille(m.swappedPermille)} of guest memory`],
      ["Host overhead", host ? `${binSize(vmOverheadMiB(host, vm.vcpus))} (device emulation, page tables)` : "-"],
      ["Disk", `${binSize(m.diskUsedMiB)} used of ${binSize(vm.diskMiB)} (/var/lib/libvirt/images/${vm.name}.qcow2)`],
      ["Containers", `${running2} running, ${total} in all`],
      ["Image store", `${vm.store.layers.length} layers, ${binSize(vm.store.layersMiB)}`],
      ["Licence", guest.licencePerHour > 0 ? `$${guest.licencePerHour.toFixed(2)}/hour (Windows Server, licensed per VM)` : "none (Linux)"],
      ["Persistent", "yes"],
      ["Autostart", "disable"]
    ],
    0,
    16
  );
  if (m.stealPermille > 0) lines3.push(say(ctx, "machines.note.steal", { steal: permille(m.stealPermille) }));
  if (m.swappedPermille > 0) lines3.push(say(ctx, "machines.note.swapped", { swapped: permille(m.swappedPermille) }));
  return ok(lines3.join("\n"));
};

// shared/sim/commands/vm/list.ts
var SPECS4 = [f("all", ["--all", "-a"], false), f("host", ["--host"])];
var vmList = (ctx, words) => {
  const parsed = parseFlags(words, SPECS4);
  if (!parsed.ok) return fail(`error: ${parsed.error}
See 'help vm list'.`);
  const extra = extraArgs("vm list", parsed.parsed.positionals, 0);
  if (extra) return extra;
  const hostId = flag(parsed.parsed, "host");
  if (hostId !== void 0) {
    const found = findHost(ctx, hostId, "vm list");
    if (!found.ok) return found.outcome;
  }
  const w = ctx.world;
  const rows = [];
  for (const vm of w.vms.values()) {
    if (hostId !== void 0 && vm.hostId !== hostId) continue;
    rows.push([
      vmIsActive(vm) ? String(vm.index + 1) : "-",
      vm.name,
      vm.hostId,
      vmStateLabel(w, vm),
      String(vm.vcpus),
      binSize(vm.memoryMiB),
      vm.os,
      vm.state === "running" ? humanDuration(w.tick - vm.stateSinceTick) : "-"
    ]);
  }
  const lines3 = table(["Id", "Name", "Host", "State", "vCPU", "Memory", "OS", "Uptime"], rows).split("\n");
  const header = ` ${lines3[0] ?? ""}`;
  return ok([header, "-".repeat(header.length + 2), ...lines3.slice(1).map((l) => ` ${l}`)].join("\n"));
};

// shared/sim/commands/vm/power.ts
var vmStart = (ctx, words) => {
  const parsed = parseFlags(words, []);
  if (!parsed.ok) return fail(`error: ${parsed.error}
See 'help vm start'.`);
  const found = findVm(ctx, parsed.parsed.positionals[0], "vm start");
  if (!found.ok) return found.outcome;
  const extra = extraArgs("vm start", parsed.parsed.positionals, 1);
  if (extra) return extra;
  const vm = found.value;
  if (vm.state !== "shut-off" && vm.state !== "crashed") return failWithHint(ctx, "error: Domain is already active", "machines.hint.alreadyActive", { name: vm.name, state: vm.state });
  const host = ctx.world.hosts.get(vm.hostId);
  if (!host) return fail(`error: failed to get domain '${vm.name}'`);
  const hv = hypervisorHost(ctx, host);
  if (!hv.ok) return hv.outcome;
  const admitted = admitVm(ctx, host, { name: vm.name, vcpus: vm.vcpus, memoryMiB: vm.memoryMiB, newDiskMiB: 0 });
  if (!admitted.ok) return admitted.outcome;
  beginBoot(ctx.world, vm);
  ctx.sink.happened(ctx.world.tick, "vm-started", vm.name, `on ${host.id}`);
  return ok([`Domain '${vm.name}' started`, say(ctx, "machines.note.booting", { os: vm.os, seconds: bootSeconds(vm.os, host.hypervisor) }), ...admitted.value].join("\n"));
};
var vmStop = (ctx, words) => {
  const parsed = parseFlags(words, [f("force", ["--force", "-f"], false)]);
  if (!parsed.ok) return fail(`error: ${parsed.error}
See 'help vm stop'.`);
  const found = findVm(ctx, parsed.parsed.positionals[0], "vm stop");
  if (!found.ok) return found.outcome;
  const extra = extraArgs("vm stop", parsed.parsed.positionals, 1);
  if (extra) return extra;
  const vm = found.value;
  const force = hasFlag(parsed.parsed, "force");
  if (vm.state === "shut-off" || vm.state === "crashed" || vm.state === "shutting-down" && !force) {
    const verb = force ? "destroy" : "shutdown";
    return failWithHint(ctx, `error: Failed to ${verb} domain '${vm.name}'
error: Requested operation is not valid: domain is not running`, "machines.hint.notRunning", { name: vm.name });
  }
  if (force) {
    const killed = powerOff(ctx.world, vm);
    ctx.sink.happened(ctx.world.tick, "vm-destroyed", vm.name, "hard power-off");
    return ok([`Domain '${vm.name}' destroyed`, ...killed > 0 ? [say(ctx, "machines.note.killed", { count: killed })] : []].join("\n"));
  }
  const stopped = beginShutdown(ctx.world, vm);
  ctx.sink.happened(ctx.world.tick, "vm-shutting-down", vm.name, "ACPI shutdown");
  return ok([`Domain '${vm.name}' is being shutdown`, ...stopped > 0 ? [say(ctx, "machines.note.stopped", { count: stopped })] : []].join("\n"));
};

// shared/sim/commands/vm/index.ts
var SUBCOMMANDS2 = {
  create: vmCreate,
  start: vmStart,
  stop: vmStop,
  delete: vmDelete,
  list: vmList,
  ls: vmList,
  inspect: vmInspect
};
var CANONICAL = { ls: "list" };
var vmCommand = (ctx, words) => {
  const [sub, ...rest] = words;
  if (sub === void 0 || sub === "--help" || sub === "-h") return ok(helpFor(ctx, ["vm"]) ?? "");
  const handler = Object.hasOwn(SUBCOMMANDS2, sub) ? SUBCOMMANDS2[sub] : void 0;
  if (!handler) return failWithHint(ctx, `error: unknown command: '${sub}'`, "machines.hint.vmCommands", {});
  if (rest.includes("--help") || rest.includes("-h")) return ok(helpFor(ctx, ["vm", CANONICAL[sub] ?? sub]) ?? "");
  return handler(ctx, rest);
};

// shared/sim/commands/docker/engine.ts
function engine(call) {
  const found = resolveTarget(call.ctx.world, call.targetId);
  if (found.ok) return found;
  const id2 = call.targetId;
  switch (found.reason) {
    case "unknown":
      return {
        ok: false,
        outcome: failWithHint(call.ctx, `error during connect: Get "http://${id2}:2375/v1.45/info": dial tcp: lookup ${id2}: no such host`, "docker.hint.unknownTarget", { id: id2 })
      };
    case "hypervisor":
      return {
        ok: false,
        outcome: failWithHint(call.ctx, `Cannot connect to the Docker daemon at tcp://${id2}:2375. Is the docker daemon running?`, "docker.hint.hypervisorHost", { id: id2 })
      };
    default:
      return {
        ok: false,
        outcome: failWithHint(call.ctx, `Cannot connect to the Docker daemon at tcp://${id2}:2375. Is the docker daemon running?`, "docker.hint.targetDown", { id: id2 })
      };
  }
}

// shared/sim/commands/docker/imageFormat.ts
var SCENARIO_IMAGE_AGE_SECONDS = 12 * 86400;
function refError(text3) {
  const lower = parseImageRef(text3.toLowerCase());
  if (lower && text3 !== text3.toLowerCase()) {
    const name3 = text3.replace(/:[^:/]*$/, "");
    const repo = lower.registry === PUBLIC_REGISTRY && !lower.repo.includes("/") ? `library/${name3}` : name3;
    return `invalid reference format: repository name (${repo}) must be lowercase`;
  }
  return "invalid reference format";
}
function normalizedRef(text3) {
  const ref = parseImageRef(text3);
  if (!ref || /^(sha256:)?[0-9a-f]{12,64}$/.test(text3)) return text3;
  return refKey(ref);
}
function ago(world2, tick) {
  const seconds = tick === void 0 ? world2.tick + SCENARIO_IMAGE_AGE_SECONDS : world2.tick - tick;
  return `${humanDuration(Math.max(0, seconds))} ago`;
}
function imageTick(world2, image2) {
  const top = image2.layers[image2.layers.length - 1];
  return top !== void 0 && world2.layers.get(top)?.createdTick !== void 0 ? image2.createdTick : void 0;
}
function refuse(ctx, error, hintKey, params = {}, output = "") {
  const lang = ctx.actor.lang;
  const text3 = hintKey ? `${error}
${translate(lang, "common.hint", { text: translate(lang, hintKey, params) })}` : error;
  return output === "" ? { ok: false, error: text3 } : { ok: false, error: text3, output };
}

// shared/sim/commands/docker/usage.ts
function opt(name3, spellings, type, help) {
  return { spec: f(name3, spellings, type !== ""), type, help };
}
function flagTitle(o) {
  const short = o.spec.spellings.find((s) => /^-[a-zA-Z]$/.test(s));
  const long = o.spec.spellings.find((s) => s.startsWith("--"));
  return [short, long].filter(Boolean).join(", ");
}
function helpText(u) {
  const rows = u.options.map((o) => {
    const short = o.spec.spellings.find((s) => /^-[a-zA-Z]$/.test(s));
    const long = o.spec.spellings.find((s) => s.startsWith("--")) ?? "";
    return [`${short ? `${short}, ` : "    "}${long}${o.type ? ` ${o.type}` : ""}`, o.help];
  });
  const width = Math.max(0, ...rows.map(([l]) => l.length)) + 3;
  const lines3 = [`Usage:  ${u.use}`, "", u.short];
  if (rows.length) lines3.push("", "Options:", ...rows.map(([l, h]) => `  ${l.padEnd(width)}${h}`));
  return lines3.join("\n");
}
function flagError(u, error) {
  return fail(`${error}
See '${u.path} --help'.`);
}
function argsError(u, kind2, n = 1) {
  const what = kind2 === "none" ? "accepts no arguments." : `requires ${kind2} ${n} argument${n === 1 ? "" : "s"}.`;
  return fail(`"${u.path}" ${what}
See '${u.path} --help'.

Usage:  ${u.use}

${u.short}`);
}
function badValue2(u, name3, value, why) {
  const o = u.options.find((x) => x.spec.name === name3);
  return flagError(u, `invalid argument "${value}" for "${o ? flagTitle(o) : `--${name3}`}" flag: ${why}`);
}
function parseArgs(u, words, stopAtFirstPositional = false) {
  const withHelp = [...u.options.map((o) => o.spec), f("help", ["--help"], false)];
  const r2 = parseFlags(words, withHelp, stopAtFirstPositional);
  if (!r2.ok) return { ok: false, outcome: flagError(u, r2.error) };
  if (r2.parsed.values.has("help")) return { ok: false, outcome: ok(helpText(u)) };
  return r2;
}

// shared/sim/commands/docker/build.ts
var USAGE = {
  path: "docker build",
  use: "docker build [OPTIONS] PATH | URL | -",
  short: "Build an image from a Dockerfile",
  options: [
    opt("build-arg", ["--build-arg"], "list", "Set build-time variables"),
    opt("no-cache", ["--no-cache"], "", "Do not use cache when building the image"),
    opt("quiet", ["-q", "--quiet"], "", "Suppress the build output and print image ID on success"),
    opt("tag", ["-t", "--tag"], "list", "Name and optionally a tag in the 'name:tag' format")
  ]
};
function isInline(text3) {
  return text3.includes("\n") || text3.includes("\\n") || /^\s*(FROM|ARG)\s/i.test(text3);
}
var buildCommand = (call) => {
  const a = parseArgs(USAGE, call.args);
  if (!a.ok) return a.outcome;
  if (a.parsed.positionals.length !== 1) return argsError(USAGE, "exactly", 1);
  const source = a.parsed.positionals[0];
  const tags = [];
  for (const t2 of a.parsed.values.get("tag") ?? []) {
    const ref = parseImageRef(t2);
    if (!ref) return flagError(USAGE, `invalid argument "${t2}" for "-t, --tag" flag: ${refError(t2)}`);
    if (!tags.includes(refKey(ref))) tags.push(refKey(ref));
  }
  const buildArgs = (a.parsed.values.get("build-arg") ?? []).filter((kv2) => kv2.indexOf("=") > 0);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const { world: world2 } = call.ctx;
  const recipes = [...world2.recipes.keys()].join(", ") || "-";
  const named = world2.recipes.has(source);
  if (!named && !isInline(source)) {
    return refuse(call.ctx, `unable to prepare context: path "${source}" not found`, "images.hint.unknownRecipe", { recipes });
  }
  const pending = {
    recipe: named ? source : "",
    text: named ? "" : source,
    tags,
    noCache: a.parsed.values.has("no-cache"),
    quiet: a.parsed.values.has("quiet"),
    buildArgs,
    pulled: [],
    prefixLines: 0
  };
  const out = runBuild({ world: world2, targetId: eng.target.id, pending, commandId: call.ctx.commandId, actor: call.ctx.actor.id, line: call.ctx.line });
  if (!out.done) return { pending: true, jobId: out.jobId };
  if (out.ok) return { ok: true, output: out.output };
  const noContext = !named && /^(COPY|ADD) failed/.test(out.error);
  const hint3 = noContext ? { key: "images.hint.noContext", params: { recipes } } : out.hint;
  return refuse(call.ctx, out.error, hint3?.key ?? null, hint3?.params ?? {}, out.output);
};

// shared/sim/commands/docker/findContainer.ts
function* engineContainers(world2, targetId) {
  for (const c of world2.containers.values()) if (c.targetId === targetId && c.waitingForJob === null) yield c;
}
function lookupContainer(world2, targetId, ref) {
  const name3 = ref.startsWith("/") ? ref.slice(1) : ref;
  const byId = world2.containers.get(ref);
  if (byId && byId.targetId === targetId && byId.waitingForJob === null) return { ok: true, c: byId };
  let byPrefix = null;
  let ambiguous = false;
  const isHex = /^[0-9a-f]+$/.test(ref);
  for (const c of engineContainers(world2, targetId)) {
    if (c.name === name3) return { ok: true, c };
    if (isHex && c.id.startsWith(ref)) {
      if (byPrefix) ambiguous = true;
      byPrefix = c;
    }
  }
  if (ambiguous) return { ok: false, reason: "ambiguous" };
  return byPrefix ? { ok: true, c: byPrefix } : { ok: false, reason: "missing" };
}
function containerNamed(world2, targetId, name3) {
  for (const c of world2.containers.values()) if (c.targetId === targetId && c.name === name3) return c;
  return null;
}
function lookupError(l, ref, daemon2) {
  if (l.reason === "ambiguous") return `Error response from daemon: multiple IDs found with provided prefix: ${ref}`;
  return daemon2 ? `Error response from daemon: No such container: ${ref}` : `Error: No such container: ${ref}`;
}
function resolveAll(world2, targetId, refs, daemon2 = true) {
  const list4 = [];
  const errors = [];
  for (const ref of refs) {
    const l = lookupContainer(world2, targetId, ref);
    if (l.ok) list4.push(l.c);
    else errors.push(lookupError(l, ref, daemon2));
  }
  return errors.length ? { ok: false, error: errors.join("\n") } : { ok: true, list: list4 };
}

// shared/sim/commands/docker/commit.ts
var USAGE2 = {
  path: "docker commit",
  use: "docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]",
  short: "Create a new image from a container's changes",
  options: [
    opt("author", ["-a", "--author"], "string", 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")'),
    opt("message", ["-m", "--message"], "string", "Commit message"),
    opt("pause", ["-p", "--pause"], "", "Pause container during commit (default true)")
  ]
};
var SECRET_NAME2 = /pass(word|wd)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential/i;
var commitCommand = (call) => {
  const a = parseArgs(USAGE2, call.args);
  if (!a.ok) return a.outcome;
  const pos = a.parsed.positionals;
  if (pos.length < 1 || pos.length > 2) {
    return fail(`"docker commit" requires at least 1 and at most 2 arguments.
See 'docker commit --help'.

Usage:  ${USAGE2.use}

${USAGE2.short}`);
  }
  const [name3, repoText] = pos;
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const { world: world2 } = call.ctx;
  const found = lookupContainer(world2, eng.target.id, name3);
  if (!found.ok) return refuse(call.ctx, lookupError(found, name3, true), "images.hint.noSuchContainer", { target: eng.target.id });
  const c = found.c;
  const ref = repoText === void 0 ? null : parseImageRef(repoText);
  if (repoText !== void 0 && !ref) {
    return refuse(call.ctx, `Error response from daemon: invalid reference format`, "images.hint.badTag");
  }
  const base2 = world2.images.get(c.imageId);
  if (!base2) return fail(`Error response from daemon: No such image: ${c.imageRef}`);
  const size2 = c.metrics.writableMiB > 0 ? Math.max(1, Math.ceil(c.metrics.writableMiB)) : 0;
  const createdBy = (c.cmd.length ? c.cmd : [c.profile.command]).join(" ");
  const parent = base2.layers[base2.layers.length - 1] ?? "";
  const digest = layerDigest(parent, createdBy, `commit|${c.id}|${world2.tick}|${size2}`);
  const leaked = Object.entries(c.env).find(([k, v]) => v !== "" && SECRET_NAME2.test(k));
  const layer = {
    digest,
    sizeMiB: size2,
    createdBy,
    createdTick: world2.tick,
    comment: flag(a.parsed, "message") ?? "",
    ...leaked ? { secret: `${leaked[0]}=${leaked[1]}` } : {}
  };
  const layers = [...base2.layers, digest];
  const env = { ...c.env };
  const profile2 = { ...c.profile };
  const imageId = imageIdOf(layers, base2.os, profile2, env);
  ensureLayer(world2, layer);
  addLayerToStore(world2, eng.target.store, digest);
  ensureImage(world2, { id: imageId, layers, os: base2.os, profile: profile2, createdTick: world2.tick, env });
  if (ref) setTag(eng.target.store, refKey(ref), imageId);
  else keepDangling(eng.target.store, imageId);
  return { ok: true, output: imageId };
};

// shared/sim/commands/docker/describe.ts
function dockerTable(header, rows, minWidth = 10) {
  const widths = header.map((h, i) => Math.max(minWidth, h.length + 3, ...rows.map((r2) => (r2[i] ?? "").length + 3)));
  const line = (cells) => cells.map((cell, i) => i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)).join("").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}
function sig(value, digits) {
  return String(Number(value.toPrecision(digits)));
}
function bytesSize(mib) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
  let v = Math.max(0, mib) * 1024 * 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${sig(v, 4)}${units[i]}`;
}
function decimalSize(mib) {
  const units = ["B", "kB", "MB", "GB", "TB", "PB"];
  let v = Math.max(0, mib) * 1024 * 1024;
  let i = 0;
  while (v >= 1e3 && i < units.length - 1) {
    v /= 1e3;
    i++;
  }
  return `${sig(v, 3)}${units[i]}`;
}
function statusText(c, now) {
  switch (c.state) {
    case "running":
      return `Up ${humanDuration(now - c.startedTick)}`;
    case "restarting":
      return `Restarting (${c.exitCode}) ${humanDuration(now - c.finishedTick)} ago`;
    case "dead":
      return "Dead";
    case "exited":
      return c.startedTick < 0 ? "Created" : `Exited (${c.exitCode}) ${humanDuration(now - c.finishedTick)} ago`;
    default:
      return "Created";
  }
}
function createdAgo(c, now) {
  return `${humanDuration(now - c.createdTick)} ago`;
}
function stateStatus(c) {
  if (c.state === "exited" && c.startedTick < 0) return "created";
  return c.state === "pulling" ? "created" : c.state;
}
function portsText(c) {
  if (c.state !== "running" || c.network === "host") return "";
  const parts = c.ports.map((p) => `0.0.0.0:${p.hostPort}->${p.containerPort}/tcp`);
  const listen = c.profile.listenPort;
  if (listen > 0 && !c.ports.some((p) => p.containerPort === listen)) parts.push(`${listen}/tcp`);
  return parts.join(", ");
}
function commandLine(c) {
  const [path, ...args] = c.cmd;
  return [path ?? "", ...args.map((a) => a.includes(" ") ? `'${a}'` : a)].join(" ");
}
function commandColumn(c, truncate) {
  let text3 = commandLine(c);
  if (truncate && text3.length > 20) text3 = `${text3.slice(0, 19)}\u2026`;
  return JSON.stringify(text3);
}
function shortId(id2) {
  return id2.slice(0, 12);
}

// shared/sim/commands/docker/history.ts
var USAGE3 = {
  path: "docker history",
  use: "docker history [OPTIONS] IMAGE",
  short: "Show the history of an image",
  options: [
    opt("no-trunc", ["--no-trunc"], "", "Don't truncate output"),
    opt("quiet", ["-q", "--quiet"], "", "Only show image IDs")
  ]
};
var BUILDKIT_STEP = /^(RUN|COPY|ADD|WORKDIR|CMD|ENTRYPOINT|ENV|EXPOSE|LABEL|USER|ARG|VOLUME|HEALTHCHECK|SHELL|STOPSIGNAL|ONBUILD) /;
function ellipsis(text3, max) {
  const chars = [...text3];
  return chars.length <= max ? text3 : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function rowIds(world2, store, image2, built) {
  const ids = image2.layers.map(() => "<missing>");
  const n = image2.layers.length;
  if (n > 0) ids[n - 1] = image2.id;
  const top = image2.layers[n - 1];
  if (top === void 0 || !built.has(top)) return ids;
  const local = /* @__PURE__ */ new Map();
  for (const [key, id2] of Object.entries(store.tags)) {
    const other = world2.images.get(id2);
    if (other && !key.startsWith(DANGLING)) local.set(other.layers.join(","), other.id);
  }
  for (let i = 0; i < n - 1; i++) {
    const prefix = image2.layers.slice(0, i + 1);
    const base2 = local.get(prefix.join(","));
    if (base2) ids[i] = base2;
    else if (built.has(prefix[i])) ids[i] = stepImageId(prefix);
  }
  return ids;
}
var historyCommand = (call) => {
  const a = parseArgs(USAGE3, call.args);
  if (!a.ok) return a.outcome;
  if (a.parsed.positionals.length !== 1) return argsError(USAGE3, "exactly", 1);
  const text3 = a.parsed.positionals[0];
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const { world: world2 } = call.ctx;
  const id2 = resolveInStore(eng.target.store, text3);
  const image2 = id2 ? world2.images.get(id2) : void 0;
  if (!image2) return refuse(call.ctx, `Error response from daemon: No such image: ${normalizedRef(text3)}`, "images.hint.noSuchImage", { target: eng.target.id });
  const built = /* @__PURE__ */ new Set();
  const prefix = `${eng.target.id}|`;
  for (const [key, digest] of world2.buildCache) if (key.startsWith(prefix)) built.add(digest);
  const ids = rowIds(world2, eng.target.store, image2, built);
  const noTrunc = a.parsed.values.has("no-trunc");
  const idText = (v) => v === "<missing>" || noTrunc ? v : shortImageId(v);
  const rows = [];
  for (let i = image2.layers.length - 1; i >= 0; i--) {
    const layer = world2.layers.get(image2.layers[i]);
    if (!layer) continue;
    const createdBy = layer.createdBy.replace(/\t/g, " ");
    const comment = layer.comment ?? (BUILDKIT_STEP.test(createdBy) ? "buildkit.dockerfile.v0" : "");
    rows.push([idText(ids[i]), ago(world2, layer.createdTick), noTrunc ? createdBy : ellipsis(createdBy, 45), decimalSize(layer.sizeMiB), comment]);
  }
  if (a.parsed.values.has("quiet")) return { ok: true, output: rows.map((r2) => r2[0]).join("\n") };
  return { ok: true, output: dockerTable(["IMAGE", "CREATED", "CREATED BY", "SIZE", "COMMENT"], rows) };
};

// shared/sim/commands/docker/images.ts
var USAGE4 = {
  path: "docker images",
  use: "docker images [OPTIONS] [REPOSITORY[:TAG]]",
  short: "List images",
  options: [
    opt("all", ["-a", "--all"], "", "Show all images (default hides intermediate images)"),
    opt("no-trunc", ["--no-trunc"], "", "Don't truncate output"),
    opt("quiet", ["-q", "--quiet"], "", "Only show image IDs")
  ]
};
var imagesCommand = (call) => {
  const a = parseArgs(USAGE4, call.args);
  if (!a.ok) return a.outcome;
  const pos = a.parsed.positionals;
  if (pos.length > 1) return fail(`"docker images" accepts at most 1 argument.
See 'docker images --help'.

Usage:  ${USAGE4.use}

${USAGE4.short}`);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const { world: world2 } = call.ctx;
  const filter = pos[0];
  const want = filter ? parseImageRef(filter) : null;
  const rows = [];
  let order = 0;
  for (const [key, id2] of Object.entries(eng.target.store.tags)) {
    const image2 = world2.images.get(id2);
    if (!image2) continue;
    const tick = imageTick(world2, image2);
    if (key.startsWith(DANGLING)) {
      if (!filter) rows.push({ repo: "<none>", tag: "<none>", id: id2, tick, order: order++ });
      continue;
    }
    const ref = parseImageRef(key);
    if (!ref) continue;
    if (filter && (!want || want.repo !== ref.repo || want.registry !== ref.registry || /:[^/]+$/.test(filter) && want.tag !== ref.tag)) continue;
    rows.push({ repo: repoColumn(ref), tag: ref.tag, id: id2, tick, order: order++ });
  }
  const age = (r2) => r2.tick === void 0 ? -1 : r2.tick;
  rows.sort((x, y) => age(y) - age(x) || x.order - y.order);
  const noTrunc = a.parsed.values.has("no-trunc");
  const idText = (id2) => noTrunc ? id2 : shortImageId(id2);
  if (a.parsed.values.has("quiet")) {
    const seen = [];
    for (const r2 of rows) if (!seen.includes(idText(r2.id))) seen.push(idText(r2.id));
    return { ok: true, output: seen.join("\n") };
  }
  const table2 = rows.map((r2) => {
    const image2 = world2.images.get(r2.id);
    return [r2.repo, r2.tag, idText(r2.id), ago(world2, r2.tick), decimalSize(image2 ? imageSizeMiB(world2, image2) : 0)];
  });
  return { ok: true, output: dockerTable(["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"], table2) };
};

// shared/sim/commands/docker/pull.ts
var USAGE5 = {
  path: "docker pull",
  use: "docker pull [OPTIONS] NAME[:TAG|@DIGEST]",
  short: "Download an image from a registry",
  options: [opt("quiet", ["-q", "--quiet"], "", "Suppress verbose output")]
};
var pullCommand = (call) => {
  const a = parseArgs(USAGE5, call.args);
  if (!a.ok) return a.outcome;
  if (a.parsed.positionals.length !== 1) return argsError(USAGE5, "exactly", 1);
  const text3 = a.parsed.positionals[0];
  const quiet = a.parsed.values.has("quiet");
  if (!parseImageRef(text3)) return refuse(call.ctx, refError(text3), null);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const { world: world2 } = call.ctx;
  const target = eng.target;
  const header = quiet || /:[^/]+$/.test(text3) ? [] : ["Using default tag: latest"];
  const plan2 = planPull(world2, target, text3);
  if (!plan2.ok) {
    const output = quiet ? "" : [...header, ...plan2.output ? [plan2.output] : []].join("\n");
    return refuse(call.ctx, plan2.error, plan2.hint, plan2.params, output);
  }
  if (plan2.missing.length > 0) {
    const job = startJob(world2, {
      kind: "pull",
      targetId: target.id,
      registry: plan2.registry,
      imageRef: plan2.key,
      imageId: plan2.imageId,
      missing: plan2.missing,
      allLayers: plan2.allLayers,
      commandId: call.ctx.commandId,
      actor: call.ctx.actor.id,
      line: call.ctx.line,
      header,
      quiet
    });
    return { pending: true, jobId: job.id };
  }
  const lines3 = reportLines(world2, { kind: "pull", imageRef: plan2.key, imageId: plan2.imageId, header: [...header, pullingFrom(plan2.ref)], transfers: [], thenStart: [], thenBuild: null, quiet }, plan2.upToDate);
  const image2 = world2.images.get(plan2.imageId);
  for (const d of image2?.layers ?? []) addLayerToStore(world2, target.store, d);
  setTag(target.store, plan2.key, plan2.imageId);
  return { ok: true, output: lines3.join("\n") };
};

// shared/sim/commands/docker/push.ts
var USAGE6 = {
  path: "docker push",
  use: "docker push [OPTIONS] NAME[:TAG]",
  short: "Upload an image to a registry",
  options: [opt("quiet", ["-q", "--quiet"], "", "Suppress verbose output")]
};
var pushCommand = (call) => {
  const a = parseArgs(USAGE6, call.args);
  if (!a.ok) return a.outcome;
  if (a.parsed.positionals.length !== 1) return argsError(USAGE6, "exactly", 1);
  const text3 = a.parsed.positionals[0];
  const quiet = a.parsed.values.has("quiet");
  const ref = parseImageRef(text3);
  if (!ref) return refuse(call.ctx, refError(text3), null);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const { world: world2 } = call.ctx;
  const store = eng.target.store;
  const key = refKey(ref);
  const header = `The push refers to repository [${fullRepo(ref)}]`;
  const imageId = store.tags[key];
  const image2 = imageId ? world2.images.get(imageId) : void 0;
  if (!imageId || !image2) {
    const repoKey = key.slice(0, key.length - ref.tag.length - 1);
    const repoHere = Object.keys(store.tags).some((k) => k.startsWith(`${repoKey}:`));
    const error = repoHere ? `tag does not exist: ${key}` : `An image does not exist locally with the tag: ${repoKey}`;
    return refuse(call.ctx, error, "images.hint.notLocal", { ref: key }, quiet ? "" : header);
  }
  const blobs = image2.layers.filter((d) => {
    const layer = world2.layers.get(d);
    return layer !== void 0 && !isEmptyLayer(layer);
  });
  if (ref.registry === "docker.io" && !ref.repo.includes("/")) {
    const preparing = [...blobs].reverse().map((d) => `${shortLayer(d)}: Preparing`);
    return refuse(call.ctx, "denied: requested access to the resource is denied", "images.hint.pushDenied", {}, quiet ? "" : [header, ...preparing].join("\n"));
  }
  const found = lookupRegistry(world2, ref.registry);
  if (!found.ok) return refuse(call.ctx, found.error, found.hint, { registry: ref.registry }, quiet ? "" : header);
  const missing = blobs.filter((d) => !found.registry.blobs.includes(d));
  if (missing.length > 0) {
    const job = startJob(world2, {
      kind: "push",
      targetId: eng.target.id,
      registry: found.registry,
      imageRef: key,
      imageId,
      missing,
      allLayers: blobs,
      commandId: call.ctx.commandId,
      actor: call.ctx.actor.id,
      line: call.ctx.line,
      quiet
    });
    return { pending: true, jobId: job.id };
  }
  if (found.registry.kind === "private") syncPrivateRegistries(world2);
  const registry = world2.registries.get(ref.registry);
  if (registry) recordPush(world2, registry, ref, imageId, image2.layers);
  const lines3 = reportLines(world2, { kind: "push", imageRef: key, imageId, header: [header], transfers: [], thenStart: [], thenBuild: null, quiet }, false);
  return { ok: true, output: lines3.join("\n") };
};

// shared/sim/commands/docker/rmi.ts
var USAGE7 = {
  path: "docker rmi",
  use: "docker rmi [OPTIONS] IMAGE [IMAGE...]",
  short: "Remove one or more images",
  options: [
    opt("force", ["-f", "--force"], "", "Force removal of the image"),
    opt("no-prune", ["--no-prune"], "", "Do not delete untagged parents")
  ]
};
function userOf(world2, targetId, imageId) {
  for (const c of world2.containers.values()) if (c.targetId === targetId && c.imageId === imageId) return c;
  return null;
}
function untagLines(world2, key, imageId) {
  const lines3 = [`Untagged: ${key}`];
  const ref = parseImageRef(key);
  const registry = ref ? world2.registries.get(ref.registry) : void 0;
  const known = ref !== null && registry !== void 0 && Object.entries(registry.tags).some(([k, id2]) => id2 === imageId && k.startsWith(`${ref.repo}:`));
  if (ref && known) lines3.push(`Untagged: ${repoColumn(ref)}@${manifestDigest(imageId)}`);
  return lines3;
}
function removeOne(world2, targetId, store, text3, force) {
  const imageId = resolveInStore(store, text3);
  if (!imageId) return { ok: false, error: `Error response from daemon: No such image: ${normalizedRef(text3)}` };
  const ref = parseImageRef(text3);
  const byTag = ref !== null && store.tags[refKey(ref)] === imageId;
  const tags = keysOf(store, imageId).filter((k) => !k.startsWith(DANGLING));
  const user = userOf(world2, targetId, imageId);
  if (byTag && ref) {
    const key = refKey(ref);
    delete store.tags[key];
    const lines4 = untagLines(world2, key, imageId);
    if (tags.length > 1) return { ok: true, lines: lines4, deleted: null };
    if (user && !force) {
      return { ok: false, error: `Error response from daemon: conflict: unable to remove repository reference "${text3}" (must force) - container ${user.id.slice(0, 12)} is using its referenced image ${shortImageId(imageId)}`, container: user.name };
    }
    if (user) {
      keepDangling(store, imageId);
      return { ok: true, lines: lines4, deleted: null };
    }
    return { ok: true, lines: [...lines4, `Deleted: ${imageId}`], deleted: imageId };
  }
  const short = shortImageId(imageId);
  if (user && user.state === "running") {
    return { ok: false, error: `Error response from daemon: conflict: unable to delete ${short} (cannot be forced) - image is being used by running container ${user.id.slice(0, 12)}`, container: user.name };
  }
  if (user && !force) {
    return { ok: false, error: `Error response from daemon: conflict: unable to delete ${short} (must be forced) - image is being used by stopped container ${user.id.slice(0, 12)}`, container: user.name };
  }
  if (tags.length > 1 && !force) {
    return { ok: false, error: `Error response from daemon: conflict: unable to delete ${short} (must be forced) - image is referenced in multiple repositories` };
  }
  const lines3 = [];
  for (const key of keysOf(store, imageId)) {
    delete store.tags[key];
    if (!key.startsWith(DANGLING)) lines3.push(...untagLines(world2, key, imageId));
  }
  if (user) {
    keepDangling(store, imageId);
    return { ok: true, lines: lines3, deleted: null };
  }
  return { ok: true, lines: [...lines3, `Deleted: ${imageId}`], deleted: imageId };
}
var rmiCommand = (call) => {
  const a = parseArgs(USAGE7, call.args);
  if (!a.ok) return a.outcome;
  if (a.parsed.positionals.length < 1) return argsError(USAGE7, "at least", 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const { world: world2 } = call.ctx;
  const target = eng.target;
  const force = a.parsed.values.has("force");
  const copy = { layers: [...target.store.layers], layersMiB: target.store.layersMiB, tags: { ...target.store.tags } };
  const out = [];
  const deleted = [];
  for (const text3 of a.parsed.positionals) {
    const step2 = removeOne(world2, target.id, copy, text3, force);
    if (!step2.ok) {
      const hint3 = step2.container ? "images.hint.inUse" : step2.error.includes("No such image") ? "images.hint.noSuchImage" : null;
      return refuse(call.ctx, step2.error, hint3, { container: step2.container ?? "", target: target.id });
    }
    out.push(...step2.lines);
    if (step2.deleted) deleted.push(step2.deleted);
  }
  target.store.tags = copy.tags;
  const holders = [];
  for (const c of world2.containers.values()) if (c.targetId === target.id) holders.push(c.imageId);
  for (const job of world2.jobs.values()) if (job.targetId === target.id) holders.push(job.imageId);
  for (const id2 of deleted) {
    const image2 = world2.images.get(id2);
    if (!image2) continue;
    for (const d of removeUnusedLayers(world2, target.store, image2.layers, holders)) {
      if (!out.includes(`Deleted: ${d}`)) out.push(`Deleted: ${d}`);
    }
  }
  return { ok: true, output: out.join("\n") };
};

// shared/sim/commands/docker/tag.ts
var USAGE8 = {
  path: "docker tag",
  use: "docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]",
  short: "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE",
  options: []
};
var tagCommand = (call) => {
  const a = parseArgs(USAGE8, call.args);
  if (!a.ok) return a.outcome;
  if (a.parsed.positionals.length !== 2) return argsError(USAGE8, "exactly", 2);
  const [source, target] = a.parsed.positionals;
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const to = parseImageRef(target);
  if (!to) return refuse(call.ctx, `Error parsing reference: "${target}" is not a valid repository/tag: invalid reference format`, "images.hint.badTag");
  const imageId = resolveInStore(eng.target.store, source);
  if (!imageId) return refuse(call.ctx, `Error response from daemon: No such image: ${normalizedRef(source)}`, "images.hint.noSuchImage", { target: eng.target.id });
  setTag(eng.target.store, refKey(to), imageId);
  return { ok: true, output: "" };
};

// shared/sim/commands/docker/execEnv.ts
function execEnv(ctx, target, c, user) {
  return {
    ctx,
    world: ctx.world,
    target,
    c,
    user,
    machineMemoryMiB: target.vm ? target.vm.memoryMiB : target.host.memoryMiB,
    machineCpus: target.vm ? target.vm.vcpus : target.host.cores
  };
}

// shared/sim/commands/docker/kill.ts
var KILL = {
  path: "docker kill",
  use: "docker kill [OPTIONS] CONTAINER [CONTAINER...]",
  short: "Kill one or more running containers",
  options: [opt("signal", ["-s", "--signal"], "string", 'Signal to send to the container (default "KILL")')]
};
var SIGNALS = { HUP: 1, INT: 2, QUIT: 3, KILL: 9, USR1: 10, USR2: 12, TERM: 15 };
function signalNumber(text3) {
  const t2 = text3.toUpperCase().replace(/^SIG/, "");
  if (/^\d+$/.test(t2)) return Number(t2) >= 1 && Number(t2) <= 64 ? Number(t2) : null;
  return SIGNALS[t2] ?? null;
}
var dockerKill = (call) => {
  const r2 = parseArgs(KILL, call.args);
  if (!r2.ok) return r2.outcome;
  if (r2.parsed.positionals.length === 0) return argsError(KILL, "at least", 1);
  const sigText = flag(r2.parsed, "signal") ?? "KILL";
  const sig2 = signalNumber(sigText);
  if (sig2 === null) return fail(`Error response from daemon: Invalid signal: ${sigText}`);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world2 = call.ctx.world;
  const found = resolveAll(world2, eng.target.id, r2.parsed.positionals);
  if (!found.ok) return fail(found.error);
  const down = found.list.find((c) => c.state !== "running");
  if (down) return fail(`Error response from daemon: cannot kill container: ${down.name}: container ${down.id} is not running`);
  for (const c of found.list) {
    if (sig2 === 9) killContainer(world2, c, 9);
    else if (sig2 === 15 || sig2 === 2 || sig2 === 3) stopContainer(world2, c);
  }
  return ok(r2.parsed.positionals.join("\n"));
};

// shared/sim/commands/docker/processes.ts
var WORKER_TITLES = {
  nginx: () => "nginx: worker process",
  postgres: (i) => ["postgres: checkpointer", "postgres: background writer", "postgres: walwriter", "postgres: autovacuum launcher", "postgres: logical replication launcher"][i] ?? "postgres: background worker"
};
function processesOf(c) {
  if (c.state !== "running") return [];
  const workers = Math.min(c.profile.workers ?? 0, PIDS_PER_CONTAINER - 1);
  const n = workers + 1;
  const cpu2 = c.metrics.cpuUsedMillis;
  const mem = c.metrics.memoryUsageMiB;
  const comm = (c.cmd[0] ?? c.profile.command).split(/[\\/]/).pop() ?? c.profile.command;
  const line = commandLine(c);
  const out = [{
    pid: 1,
    ppid: 0,
    hostPid: hostPid(c, 0),
    hostPpid: hostPid(c, -1),
    args: c.profile.command === "nginx" ? `nginx: master process ${line.replace(/'/g, "")}` : line,
    comm,
    cpuMillis: workers > 0 ? Math.floor(cpu2 / (4 * n)) : cpu2,
    rssMiB: mem / n
  }];
  const title = Object.hasOwn(WORKER_TITLES, c.profile.command) ? WORKER_TITLES[c.profile.command] : void 0;
  const workerCpu = workers > 0 ? Math.floor((cpu2 - (out[0]?.cpuMillis ?? 0)) / workers) : 0;
  for (let i = 0; i < workers; i++) {
    out.push({
      pid: i + 2,
      ppid: 1,
      hostPid: hostPid(c, i + 1),
      hostPpid: hostPid(c, 0),
      args: title ? title(i) : line,
      comm,
      cpuMillis: workerCpu,
      rssMiB: mem / n
    });
  }
  return out;
}
function cpuSeconds(c, p) {
  return Math.floor(p.cpuMillis * c.metrics.uptimeTicks / 1e3);
}

// shared/sim/commands/docker/time.ts
var GAME_EPOCH_SECONDS = 19786 * 86400 + 9 * 3600;
var pad = (n, w = 2) => String(n).padStart(w, "0");
function civilFromDays(days) {
  const z8 = days + 719468;
  const era = Math.floor(z8 / 146097);
  const doe = z8 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
function isoTime(tick) {
  if (tick < 0) return "0001-01-01T00:00:00Z";
  const t2 = GAME_EPOCH_SECONDS + tick;
  const [y, mo, d] = civilFromDays(Math.floor(t2 / 86400));
  const s = t2 % 86400;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s % 3600 / 60))}:${pad(s % 60)}Z`;
}
function clockTime(tick) {
  const s = (GAME_EPOCH_SECONDS + Math.max(0, tick)) % 86400;
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s % 3600 / 60))}`;
}
function cpuTime(seconds, long) {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds % 3600 / 60);
  const s = seconds % 60;
  return long ? `${pad(h)}:${pad(m)}:${pad(s)}` : `${h * 60 + m}:${pad(s)}`;
}

// shared/sim/commands/docker/execProcs.ts
var IGNORES_TERM = /* @__PURE__ */ new Set(["sleep", "tail", "sh", "bash", "cat"]);
function withPs(env, args) {
  const procs = processesOf(env.c);
  const last = procs[procs.length - 1]?.pid ?? 0;
  procs.push({ pid: last + 1, ppid: 0, hostPid: 0, hostPpid: 0, args, comm: "ps", cpuMillis: 0, rssMiB: 1 });
  return procs;
}
function execPs(env, args) {
  const { c } = env;
  const style = args.join(" ").replace(/^-/, "");
  const user = c.userns || env.user === "root" || env.user === "0" ? "root" : env.user;
  if (style === "" || style === "e" || style === "A") {
    const lines3 = ["    PID TTY          TIME CMD"];
    for (const p of withPs(env, "ps")) lines3.push(`${String(p.pid).padStart(7)} ${"?".padEnd(8)} ${cpuTime(cpuSeconds(c, p), true).padStart(8)} ${p.comm}`);
    return ok(lines3.join("\n"));
  }
  if (style === "ef" || style === "eF") {
    const lines3 = ["UID          PID    PPID  C STIME TTY          TIME CMD"];
    for (const p of withPs(env, "ps -ef")) {
      const cells = [user.padEnd(8), String(p.pid).padStart(7), String(p.ppid).padStart(7), String(Math.min(99, Math.floor(p.cpuMillis / 10))).padStart(2), clockTime(c.startedTick).padStart(5), "?".padEnd(8), cpuTime(cpuSeconds(c, p), true).padStart(8), p.args];
      lines3.push(cells.join(" "));
    }
    return ok(lines3.join("\n"));
  }
  if (style === "aux" || style === "ax" || style === "au") {
    const lines3 = ["USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND"];
    for (const p of withPs(env, "ps aux")) {
      const rssKiB = Math.round(p.rssMiB * 1024);
      const mem = p.rssMiB * 100 / env.machineMemoryMiB;
      const stat = p.comm === "ps" ? "Rs" : p.pid === 1 ? "Ss" : "S";
      const cells = [user.padEnd(8), String(p.pid).padStart(7), (p.cpuMillis / 10).toFixed(1).padStart(4), mem.toFixed(1).padStart(4), String(rssKiB + 4096).padStart(6), String(rssKiB).padStart(5), "?".padEnd(8), stat.padEnd(4), clockTime(c.startedTick).padStart(5), cpuTime(cpuSeconds(c, p), false).padStart(6), p.args];
      lines3.push(cells.join(" "));
    }
    return ok(lines3.join("\n"));
  }
  return fail(`error: unsupported option (BSD syntax)

Usage:
 ps [options]

 Try 'ps --help <simple|list|output|threads|misc|all>'
  or 'ps --help <s|l|o|t|m|a>'
 for additional help text.`);
}
function execKill(env, args) {
  let sig2 = 15;
  const pids = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const text3 = a === "-s" || a === "-n" ? args[++i] : a.startsWith("-") ? a.slice(1) : void 0;
    if (text3 === void 0) {
      pids.push(a);
      continue;
    }
    const n = signalNumber(text3);
    if (n === null) return fail(`kill: unknown signal: ${text3}`);
    sig2 = n;
  }
  if (pids.length === 0) return fail("kill: not enough arguments");
  const procs = processesOf(env.c);
  for (const text3 of pids) {
    if (!/^\d+$/.test(text3)) return fail(`kill: failed to parse argument: '${text3}'`);
    if (!procs.some((p) => p.pid === Number(text3))) {
      return failWithHint(env.ctx, `kill: (${text3}): No such process`, "docker.hint.pidNamespace", { pid: text3, name: env.c.name });
    }
  }
  const c = env.c;
  if (!pids.includes("1") || sig2 === 1 || sig2 === 10 || sig2 === 12) return ok("");
  if (sig2 === 9 || sig2 === 19) return ok(say(env.ctx, "common.hint", { text: say(env.ctx, "docker.hint.initSigkill", { name: c.name }) }));
  if (IGNORES_TERM.has(c.profile.command)) return ok("");
  logLine(c, `${c.profile.command}: received signal ${sig2}, shutting down`);
  endRun(env.world, c, 0, "", false);
  return ok("");
}

// shared/sim/commands/docker/netinfo.ts
function machineIp(target) {
  const i = target.vm ? target.vm.index : target.host.index;
  const net = target.vm ? 20 : 10;
  return `10.${net}.${Math.floor(i / 250)}.${i % 250 + 11}`;
}
function subnetOf(world2, c) {
  const custom = world2.networks.get(networkKey(c.targetId, c.network));
  return custom ? custom.subnet : "172.17.0.0/16";
}
function gatewayOf(subnet) {
  const [a, b, c] = subnet.split(".");
  return `${a}.${b}.${c}.1`;
}
function macFor(ip) {
  return ["02", "42", ...ip.split(".").map((n) => Number(n).toString(16).padStart(2, "0"))].join(":");
}
function builtinNetworkId(engine2, name3) {
  return digestOf(`network
${engine2}
${name3}`);
}
function iface(n, name3, flags, link, inet, extra = "") {
  return [
    `${n}: ${name3}: <${flags}> mtu ${name3 === "lo" ? 65536 : 1500} qdisc noqueue state ${name3 === "lo" ? "UNKNOWN" : "UP"} group default${name3 === "lo" ? " qlen 1000" : ""}`,
    `    ${link}${extra}`,
    `    ${inet}`,
    "       valid_lft forever preferred_lft forever"
  ];
}
function ipAddr(world2, target, c) {
  const lo = iface(1, "lo", "LOOPBACK,UP,LOWER_UP", "link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00", "inet 127.0.0.1/8 scope host lo");
  if (c.network === "none") return lo.join("\n");
  if (c.network === "host") {
    const ip = machineIp(target);
    return [
      ...lo,
      ...iface(2, "eth0", "BROADCAST,MULTICAST,UP,LOWER_UP", `link/ether ${macFor(ip).replace("02:42", "52:54")} brd ff:ff:ff:ff:ff:ff`, `inet ${ip}/16 brd 10.${ip.split(".")[1]}.255.255 scope global eth0`),
      ...iface(3, "docker0", "BROADCAST,MULTICAST,UP,LOWER_UP", `link/ether ${macFor("172.17.0.1")} brd ff:ff:ff:ff:ff:ff`, "inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0")
    ].join("\n");
  }
  const [a, b] = subnetOf(world2, c).split(".");
  const peer = 4 + 2 * c.index;
  return [
    ...lo,
    ...iface(2, `eth0@if${peer}`, "BROADCAST,MULTICAST,UP,LOWER_UP", `link/ether ${macFor(c.ip)} brd ff:ff:ff:ff:ff:ff`, `inet ${c.ip}/16 brd ${a}.${b}.255.255 scope global eth0`, " link-netnsid 0")
  ].join("\n");
}

// shared/sim/commands/docker/top.ts
var TOP = {
  path: "docker top",
  use: "docker top CONTAINER [ps OPTIONS]",
  short: "Display the running processes of a container",
  options: []
};
var USERNS_HOST_UID = 165536;
var dockerTop = (call) => {
  const r2 = parseArgs(TOP, call.args.slice(0, 1));
  if (!r2.ok) return r2.outcome;
  if (r2.parsed.positionals.length === 0) return argsError(TOP, "at least", 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const ref = r2.parsed.positionals[0];
  const found = lookupContainer(call.ctx.world, eng.target.id, ref);
  if (!found.ok) return fail(lookupError(found, ref, true));
  const c = found.c;
  if (c.state !== "running") return fail(`Error response from daemon: container ${c.id} is not running`);
  const uid = c.userns ? String(USERNS_HOST_UID) : "root";
  const rows = processesOf(c).map((p) => [
    uid,
    String(p.hostPid),
    String(p.hostPpid),
    String(Math.min(99, Math.floor(p.cpuMillis / 10))),
    clockTime(c.startedTick),
    "?",
    cpuTime(cpuSeconds(c, p), true),
    p.args
  ]);
  return ok(dockerTable(["UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"], rows, 20));
};

// shared/sim/commands/docker/execSystem.ts
var MIB = 1024 * 1024;
function withHint(env, output, key, params) {
  return ok(`${output}
${say(env.ctx, "common.hint", { text: say(env.ctx, key, params) })}`);
}
function hostnameOf(env) {
  return env.c.network === "host" ? env.target.id : env.c.id.slice(0, 12);
}
function ipOf(env) {
  return env.c.network === "host" ? machineIp(env.target) : env.c.ip;
}
function osRelease(env) {
  const image2 = env.world.images.get(env.c.imageId);
  const base2 = image2?.layers[0];
  const registry = env.world.registries.get(PUBLIC_REGISTRY);
  const is = (ref) => {
    const id2 = registry?.tags[ref];
    return id2 !== void 0 && env.world.images.get(id2)?.layers[0] === base2;
  };
  if (is("alpine:3.19")) return 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.19.1\nPRETTY_NAME="Alpine Linux v3.19"';
  if (is("ubuntu:22.04")) return 'PRETTY_NAME="Ubuntu 22.04.4 LTS"\nNAME="Ubuntu"\nVERSION_ID="22.04"\nVERSION="22.04.4 LTS (Jammy Jellyfish)"\nID=ubuntu\nID_LIKE=debian';
  return 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian';
}
function cat(env, file) {
  const c = env.c;
  switch (file) {
    case "/etc/hostname":
      return ok(hostnameOf(env));
    case "/etc/hosts":
      return ok(["127.0.0.1	localhost", "::1	localhost ip6-localhost ip6-loopback", ...c.ip ? [`${c.ip}	${hostnameOf(env)}`] : []].join("\n"));
    case "/etc/os-release":
      return ok(osRelease(env));
    case "/sys/fs/cgroup/memory.max":
      return ok(c.memoryLimitMiB > 0 ? String(c.memoryLimitMiB * MIB) : "max");
    case "/sys/fs/cgroup/memory.current":
      return ok(String(Math.round(c.metrics.memoryUsageMiB * MIB)));
    case "/sys/fs/cgroup/cpu.max":
      return ok(c.cpuLimitMillis > 0 ? `${c.cpuLimitMillis * 100} 100000` : "max 100000");
    case "/proc/self/uid_map":
    case "/proc/1/uid_map":
      return ok(c.userns ? `         0     ${USERNS_HOST_UID}      65536` : "         0          0 4294967295");
    default:
      return fail(`cat: ${file}: No such file or directory`);
  }
}
function free(env, args) {
  const used = env.target.vm ? env.target.vm.metrics.memoryUsedMiB : env.target.host.metrics.memoryUsedMiB;
  const total = env.machineMemoryMiB;
  const unit = args.includes("-m") ? 1 : args.includes("-g") ? 1 / 1024 : 1024;
  const show = (mib) => String(Math.floor(mib * unit)).padStart(12);
  const lines3 = [
    "               total        used        free      shared  buff/cache   available",
    `${"Mem:".padEnd(8)}${show(total)}${show(used)}${show(total - used)}${show(0)}${show(0)}${show(total - used)}`,
    `${"Swap:".padEnd(8)}${show(0)}${show(0)}${show(0)}`
  ];
  if (env.c.memoryLimitMiB > 0) return withHint(env, lines3.join("\n"), "docker.hint.freeShowsHost", { limit: env.c.memoryLimitMiB });
  return ok(lines3.join("\n"));
}
function uname(env, args) {
  const k = env.target.kernel;
  const os = k.os === "windows" ? "Windows_NT" : "Linux";
  const flags = args.join("");
  if (flags.includes("a")) return ok(`${os} ${hostnameOf(env)} ${k.release} #1 SMP PREEMPT_DYNAMIC x86_64 GNU/Linux`);
  const parts = [];
  if (flags.includes("s") || flags === "") parts.push(os);
  if (flags.includes("n")) parts.push(hostnameOf(env));
  if (flags.includes("r")) parts.push(k.release);
  if (flags.includes("m")) parts.push("x86_64");
  return ok(parts.join(" "));
}
var SYSTEM_PROGRAMS = {
  hostname: (env, args) => args.includes("-i") || args.includes("-I") ? ok(ipOf(env)) : ok(hostnameOf(env)),
  uname,
  id: (env) => {
    const root = env.user === "root" || env.user === "0";
    const text3 = root ? "uid=0(root) gid=0(root) groups=0(root)" : `uid=${env.user} gid=0(root) groups=0(root)`;
    return env.c.userns && root ? withHint(env, text3, "docker.hint.usernsRoot", { uid: USERNS_HOST_UID }) : ok(text3);
  },
  whoami: (env) => env.user === "root" || env.user === "0" ? ok("root") : fail(`whoami: cannot find name for user ID ${env.user}`),
  ip: (env, args) => {
    const sub = args[0] ?? "";
    if (["a", "addr", "address"].includes(sub)) return ok(ipAddr(env.world, env.target, env.c));
    if (["r", "route"].includes(sub) && env.c.ip) {
      const subnet = subnetOf(env.world, env.c);
      return ok(`default via ${gatewayOf(subnet)} dev eth0 
${subnet} dev eth0 proto kernel scope link src ${env.c.ip} `);
    }
    return fail("Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\nwhere  OBJECT := { address | route | link | neigh }");
  },
  cat: (env, args) => {
    const out = [];
    const errors = [];
    for (const f2 of args) {
      const r2 = cat(env, f2);
      if ("pending" in r2) continue;
      if (r2.ok) out.push(r2.output);
      else errors.push(r2.error);
    }
    return errors.length ? fail(errors.join("\n"), out.join("\n")) : ok(out.join("\n"));
  },
  nproc: (env) => {
    const text3 = String(env.machineCpus);
    return env.c.cpuLimitMillis > 0 ? withHint(env, text3, "docker.hint.nprocShowsHost", { cpus: env.c.cpuLimitMillis / 1e3 }) : ok(text3);
  },
  free,
  env: (env) => ok([DEFAULT_PATH, `HOSTNAME=${hostnameOf(env)}`, ...Object.entries(env.c.env).map(([k, v]) => `${k}=${v}`), "HOME=/root"].join("\n")),
  echo: (_env, args) => ok(args.join(" ")),
  true: () => ok(""),
  false: () => fail(""),
  sleep: () => ok("")
};
SYSTEM_PROGRAMS.printenv = SYSTEM_PROGRAMS.env;

// shared/sim/commands/docker/exec.ts
var EXEC = {
  path: "docker exec",
  use: "docker exec [OPTIONS] CONTAINER COMMAND [ARG...]",
  short: "Execute a command in a running container",
  options: [
    opt("detach", ["-d", "--detach"], "", "Detached mode: run command in the background"),
    opt("env", ["-e", "--env"], "list", "Set environment variables"),
    opt("interactive", ["-i", "--interactive"], "", "Keep STDIN open even if not attached"),
    opt("tty", ["-t", "--tty"], "", "Allocate a pseudo-TTY"),
    opt("user", ["-u", "--user"], "string", 'Username or UID (format: "<name|uid>[:<group|gid>]")'),
    opt("workdir", ["-w", "--workdir"], "string", "Working directory inside the container")
  ]
};
function runProgram(env, argv, depth = 0) {
  const [exe = "", ...args] = argv;
  const name3 = exe.split("/").pop() ?? exe;
  if ((name3 === "sh" || name3 === "bash") && depth < 3) {
    const at = args.indexOf("-c");
    if (at < 0) return ok("");
    const t2 = tokenize(args[at + 1] ?? "");
    if (!t2.ok) return fail(`${name3}: -c: line 1: syntax error: ${t2.error}`);
    const outputs = [];
    let cmd2 = [];
    for (const w of [...t2.words, ";"]) {
      if (w !== ";" && w !== "&&") {
        cmd2.push(w);
        continue;
      }
      if (cmd2.length) {
        const r2 = runProgram(env, cmd2, depth + 1);
        if ("pending" in r2) return r2;
        if (!r2.ok) return fail(r2.error, [...outputs, r2.output ?? ""].filter(Boolean).join("\n"));
        if (r2.output) outputs.push(r2.output);
      }
      cmd2 = [];
    }
    return ok(outputs.join("\n"));
  }
  if (name3 === "ps") return execPs(env, args);
  if (name3 === "kill") return execKill(env, args);
  const program = Object.hasOwn(SYSTEM_PROGRAMS, name3) ? SYSTEM_PROGRAMS[name3] : void 0;
  if (program) return program(env, args);
  return fail(`OCI runtime exec failed: exec failed: unable to start container process: exec: "${exe}": executable file not found in $PATH: unknown`);
}
var dockerExec = (call) => {
  const r2 = parseArgs(EXEC, call.args, true);
  if (!r2.ok) return r2.outcome;
  const [ref, ...argv] = r2.parsed.positionals;
  if (ref === void 0 || argv.length === 0) return argsError(EXEC, "at least", 2);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const found = lookupContainer(call.ctx.world, eng.target.id, ref);
  if (!found.ok) return fail(lookupError(found, ref, false));
  const c = found.c;
  if (c.state === "restarting") return fail(`Error response from daemon: Container ${c.id} is restarting, wait until the container is running`);
  if (c.state !== "running") return fail(`Error response from daemon: container ${c.id} is not running`);
  const out = runProgram(execEnv(call.ctx, eng.target, c, flag(r2.parsed, "user") ?? "root"), argv);
  return r2.parsed.values.has("detach") && !("pending" in out) && out.ok ? ok("") : out;
};

// shared/sim/commands/docker/inspectJson.ts
var MIB2 = 1024 * 1024;
function portMap(c, withHostIp) {
  const out = {};
  for (const p of c.ports) (out[`${p.containerPort}/tcp`] ??= []).push({ HostIp: withHostIp ? "0.0.0.0" : "", HostPort: String(p.hostPort) });
  return out;
}
function mounts(world2, c) {
  return c.mounts.map((m) => {
    if (m.volume.startsWith("/")) return { Type: "bind", Source: m.volume, Destination: m.path, Mode: "", RW: true, Propagation: "rprivate" };
    const v = world2.volumes.get(m.volume);
    const name3 = v?.name ?? m.volume;
    return { Type: "volume", Name: name3, Source: `/var/lib/docker/volumes/${name3}/_data`, Destination: m.path, Driver: v?.driver ?? "local", Mode: "z", RW: true, Propagation: "" };
  });
}
function inspectContainer(world2, c) {
  const running2 = c.state === "running";
  const [path = "", ...args] = c.cmd;
  const exposed = {};
  if (c.profile.listenPort > 0) exposed[`${c.profile.listenPort}/tcp`] = {};
  for (const p of c.ports) exposed[`${p.containerPort}/tcp`] = {};
  const bridged = c.network !== "host" && c.network !== "none";
  const subnet = subnetOf(world2, c);
  const ip = running2 && bridged ? c.ip : "";
  const endpoint = {
    Gateway: ip ? gatewayOf(subnet) : "",
    IPAddress: ip,
    IPPrefixLen: ip ? 16 : 0,
    MacAddress: ip ? macFor(ip) : ""
  };
  return {
    Id: c.id,
    Created: isoTime(c.createdTick),
    Path: path,
    Args: args,
    State: {
      Status: stateStatus(c),
      Running: running2 || c.state === "restarting",
      Paused: false,
      Restarting: c.state === "restarting",
      OOMKilled: c.oomKilled,
      Dead: c.state === "dead",
      Pid: running2 ? hostPid(c, 0) : 0,
      ExitCode: c.exitCode,
      Error: c.error === "OOMKilled" ? "" : c.error,
      StartedAt: isoTime(c.startedTick),
      FinishedAt: isoTime(c.finishedTick)
    },
    Image: c.imageId,
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    Driver: "overlay2",
    Platform: world2.kernels.get(c.kernelId)?.os ?? "linux",
    HostConfig: {
      Binds: c.mounts.length ? c.mounts.map((m) => `${world2.volumes.get(m.volume)?.name ?? m.volume}:${m.path}`) : null,
      NetworkMode: c.network === "bridge" ? "bridge" : c.network,
      PortBindings: portMap(c, false),
      RestartPolicy: { Name: c.restartPolicy, MaximumRetryCount: c.restartMaxRetries },
      OomScoreAdj: c.oomScoreAdj,
      UsernsMode: c.userns ? "private" : "",
      Memory: c.memoryLimitMiB * MIB2,
      NanoCpus: c.cpuLimitMillis * 1e6,
      CpuPeriod: 0,
      CpuQuota: 0,
      // dockerd allows as much swap as memory when --memory is set without --memory-swap.
      MemorySwap: c.memorySwapMiB === -1 ? -1 : c.memorySwapMiB > 0 ? c.memorySwapMiB * MIB2 : c.memoryLimitMiB * 2 * MIB2,
      OomKillDisable: false,
      AutoRemove: c.autoRemove
    },
    GraphDriver: { Name: "overlay2", Data: { MergedDir: `/var/lib/docker/overlay2/${c.id}/merged`, UpperDir: `/var/lib/docker/overlay2/${c.id}/diff` } },
    Mounts: mounts(world2, c),
    Config: {
      Hostname: c.id.slice(0, 12),
      ExposedPorts: Object.keys(exposed).length ? exposed : null,
      Env: [DEFAULT_PATH, ...Object.entries(c.env).map(([k, v]) => `${k}=${v}`)],
      Cmd: c.cmd,
      Image: c.imageRef,
      Labels: { ...c.labels }
    },
    NetworkSettings: {
      Ports: running2 && bridged ? portMap(c, true) : {},
      ...endpoint,
      Networks: { [c.network]: endpoint }
    }
  };
}

// shared/sim/commands/docker/inspect.ts
var INSPECT = {
  path: "docker inspect",
  use: "docker inspect [OPTIONS] NAME|ID [NAME|ID...]",
  short: "Return low-level information on Docker objects",
  options: [
    opt("format", ["-f", "--format"], "string", "Format output using a Go template (e.g. {{.State.OOMKilled}})"),
    opt("type", ["--type"], "string", "Only inspect objects of the given type (container or image)")
  ]
};
var imageInspector = null;
function goPrint(v) {
  if (v === null || v === void 0) return "<nil>";
  if (Array.isArray(v)) return `[${v.map(goPrint).join(" ")}]`;
  if (typeof v === "object") {
    const o = v;
    return `map[${Object.keys(o).sort().map((k) => `${k}:${goPrint(o[k])}`).join(" ")}]`;
  }
  return String(v);
}
function renderTemplate(template, obj4) {
  let bad = false;
  const text3 = template.replace(/\{\{\s*(json\s+)?((?:\.[A-Za-z0-9_]+)+|\.)\s*\}\}/g, (_m, json, path) => {
    let v = obj4;
    for (const key of path.split(".").filter(Boolean)) {
      if (v === null || typeof v !== "object" || !Object.hasOwn(v, key)) return "<no value>";
      v = v[key];
    }
    return json ? JSON.stringify(v) : goPrint(v);
  });
  if (/\{\{|\}\}/.test(text3)) bad = true;
  return bad ? null : text3;
}
var dockerInspect = (call) => {
  const r2 = parseArgs(INSPECT, call.args);
  if (!r2.ok) return r2.outcome;
  if (r2.parsed.positionals.length === 0) return argsError(INSPECT, "at least", 1);
  const type = flag(r2.parsed, "type") ?? "";
  if (!["", "container", "image"].includes(type)) return flagError(INSPECT, `"${type}" is not a valid value for --type`);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world2 = call.ctx.world;
  const found = [];
  const errors = [];
  for (const name3 of r2.parsed.positionals) {
    const l = type === "image" ? null : lookupContainer(world2, eng.target.id, name3);
    if (l?.ok) {
      found.push(inspectContainer(world2, l.c));
      continue;
    }
    const image2 = type === "container" || !imageInspector ? null : imageInspector(world2, eng.target, name3);
    if (image2) found.push(image2);
    else errors.push(`Error: No such ${type === "" ? "object" : type}: ${name3}`);
  }
  const format = flag(r2.parsed, "format");
  let output;
  if (format !== void 0) {
    const lines3 = [];
    for (const o of found) {
      const line = renderTemplate(format, o);
      if (line === null) return fail(`template parsing error: template: :1: unexpected "}" in operand`);
      lines3.push(line);
    }
    output = lines3.join("\n");
  } else {
    output = found.length ? JSON.stringify(found, null, 4) : "[]";
  }
  return errors.length ? fail(errors.join("\n"), output) : ok(output);
};

// shared/sim/commands/docker/logs.ts
var LOGS = {
  path: "docker logs",
  use: "docker logs [OPTIONS] CONTAINER",
  short: "Fetch the logs of a container",
  options: [
    opt("follow", ["-f", "--follow"], "", "Follow log output (here: prints what is there now)"),
    opt("tail", ["-n", "--tail"], "string", 'Number of lines to show from the end of the logs (default "all")')
  ]
};
var dockerLogs = (call) => {
  const r2 = parseArgs(LOGS, call.args);
  if (!r2.ok) return r2.outcome;
  if (r2.parsed.positionals.length !== 1) return argsError(LOGS, "exactly", 1);
  const tail = flag(r2.parsed, "tail") ?? "all";
  if (tail !== "all" && !/^-?\d+$/.test(tail)) return badValue2(LOGS, "tail", tail, `strconv.Atoi: parsing "${tail}": invalid syntax`);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const ref = r2.parsed.positionals[0];
  const found = lookupContainer(call.ctx.world, eng.target.id, ref);
  if (!found.ok) return fail(lookupError(found, ref, false));
  const lines3 = found.c.logs;
  const n = tail === "all" || Number(tail) < 0 ? lines3.length : Number(tail);
  return ok(lines3.slice(Math.max(0, lines3.length - n)).join("\n"));
};

// shared/sim/commands/docker/network.ts
var CREATE = {
  path: "docker network create",
  use: "docker network create [OPTIONS] NETWORK",
  short: "Create a network",
  options: [opt("driver", ["-d", "--driver"], "string", 'Driver to manage the Network (default "bridge")')]
};
var LS = { path: "docker network ls", use: "docker network ls [OPTIONS]", short: "List networks", options: [opt("quiet", ["-q", "--quiet"], "", "Only display network IDs")] };
var RM = { path: "docker network rm", use: "docker network rm NETWORK [NETWORK...]", short: "Remove one or more networks", options: [] };
var USAGE9 = `Usage:  docker network COMMAND

Manage networks

Commands:
  create      Create a network
  ls          List networks
  rm          Remove one or more networks

Run 'docker network COMMAND --help' for more information on a command.`;
var BUILTIN = ["bridge", "host", "none"];
function networksOf(world2, engine2) {
  const out = [["bridge", builtinNetworkId(engine2, "bridge"), "bridge"], ["host", builtinNetworkId(engine2, "host"), "host"], ["none", builtinNetworkId(engine2, "none"), "null"]];
  for (const n of world2.networks.values()) if (n.engine === engine2) out.push([n.name, n.id ?? "", n.driver]);
  return out.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}
function create(call, args) {
  const r2 = parseArgs(CREATE, args);
  if (!r2.ok) return r2.outcome;
  if (r2.parsed.positionals.length !== 1) return argsError(CREATE, "exactly", 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world2 = call.ctx.world;
  const name3 = r2.parsed.positionals[0];
  const driver = flag(r2.parsed, "driver") ?? "bridge";
  if (driver === "host" || driver === "null") return fail(`Error response from daemon: only one instance of "${driver}" network is allowed`);
  if (driver === "overlay") return fail('Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.');
  if (driver !== "bridge") return fail(`Error response from daemon: plugin "${driver}" not found`);
  if (BUILTIN.includes(name3) || world2.networks.has(networkKey(eng.target.id, name3))) return fail(`Error response from daemon: network with name ${name3} already exists`);
  const taken = new Set([...world2.networks.values()].filter((n) => n.engine === eng.target.id).map((n) => n.subnet));
  let second = 18;
  while (second <= 31 && taken.has(`172.${second}.0.0/16`)) second++;
  if (second > 31) return fail("Error response from daemon: could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network");
  const id2 = nextHex(world2, 64);
  world2.networks.set(networkKey(eng.target.id, name3), { id: id2, engine: eng.target.id, name: name3, driver: "bridge", subnet: `172.${second}.0.0/16`, nextIp: 2, builtin: false });
  return ok(id2);
}
function list(call, args) {
  const r2 = parseArgs(LS, args);
  if (!r2.ok) return r2.outcome;
  if (r2.parsed.positionals.length) return argsError(LS, "none");
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const rows = networksOf(call.ctx.world, eng.target.id);
  if (r2.parsed.values.has("quiet")) return ok(rows.map((n) => n[1].slice(0, 12)).join("\n"));
  return ok(dockerTable(["NETWORK ID", "NAME", "DRIVER", "SCOPE"], rows.map(([name3, id2, driver]) => [id2.slice(0, 12), name3, driver, "local"])));
}
function remove(call, args) {
  const r2 = parseArgs(RM, args);
  if (!r2.ok) return r2.outcome;
  if (r2.parsed.positionals.length === 0) return argsError(RM, "at least", 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world2 = call.ctx.world;
  for (const name3 of r2.parsed.positionals) {
    if (BUILTIN.includes(name3)) return fail(`Error response from daemon: ${name3} is a pre-defined network and cannot be removed`);
    const n = world2.networks.get(networkKey(eng.target.id, name3));
    if (!n) return fail(`Error response from daemon: network ${name3} not found`);
    const active = [...world2.containers.values()].some((c) => c.targetId === eng.target.id && c.network === name3 && c.state === "running");
    if (active) return fail(`Error response from daemon: error while removing network: network ${name3} id ${n.id ?? ""} has active endpoints`);
  }
  for (const name3 of r2.parsed.positionals) world2.networks.delete(networkKey(eng.target.id, name3));
  return ok(r2.parsed.positionals.join("\n"));
}
var dockerNetwork = (call) => {
  const [sub, ...rest] = call.args;
  if (sub === void 0 || sub === "--help") return ok(USAGE9);
  if (sub === "create") return create(call, rest);
  if (sub === "ls" || sub === "list") return list(call, rest);
  if (sub === "rm" || sub === "remove") return remove(call, rest);
  return fail(`docker: '${sub}' is not a docker network command.
See 'docker network --help'`);
};

// shared/sim/commands/docker/ps.ts
var PS = {
  path: "docker ps",
  use: "docker ps [OPTIONS]",
  short: "List containers",
  options: [
    opt("all", ["-a", "--all"], "", "Show all containers (default shows just running)"),
    opt("no-trunc", ["--no-trunc"], "", "Don't truncate output"),
    opt("quiet", ["-q", "--quiet"], "", "Only display container IDs"),
    opt("size", ["-s", "--size"], "", "Display total file sizes")
  ]
};
var dockerPs = (call) => {
  const r2 = parseArgs(PS, call.args);
  if (!r2.ok) return r2.outcome;
  if (r2.parsed.positionals.length) return argsError(PS, "none");
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const all = hasFlag(r2.parsed, "all");
  const trunc = !hasFlag(r2.parsed, "no-trunc");
  const now = call.ctx.world.tick;
  const list4 = [...engineContainers(call.ctx.world, eng.target.id)].filter((c) => all || c.state === "running" || c.state === "restarting").sort((a, b) => b.createdTick - a.createdTick || b.index - a.index);
  const id2 = (full) => trunc ? shortId(full) : full;
  if (hasFlag(r2.parsed, "quiet")) return ok(list4.map((c) => id2(c.id)).join("\n"));
  const size2 = hasFlag(r2.parsed, "size");
  const sizeText = (c) => {
    const image2 = call.ctx.world.images.get(c.imageId);
    const rw = c.metrics.writableMiB;
    return `${decimalSize(rw)} (virtual ${decimalSize(rw + (image2 ? imageSizeMiB(call.ctx.world, image2) : 0))})`;
  };
  const rows = list4.map((c) => {
    const row2 = [id2(c.id), c.imageRef, commandColumn(c, trunc), createdAgo(c, now), statusText(c, now), portsText(c), c.name];
    return size2 ? [...row2, sizeText(c)] : row2;
  });
  const header = ["CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"];
  return ok(dockerTable(size2 ? [...header, "SIZE"] : header, rows));
};

// shared/sim/commands/docker/startCheck.ts
function firstPortClash(world2, list4, restarting) {
  const claimed = /* @__PURE__ */ new Set();
  for (const c of list4) {
    if (c.state === "running" && !restarting) continue;
    for (const p of c.ports) {
      const holder = portHolder(world2, c.targetId, p.hostPort, c.id);
      const outside2 = holder !== null && !(restarting && list4.includes(holder));
      if (outside2 || claimed.has(p.hostPort)) {
        const published = !outside2 || (holder?.ports.some((q) => q.hostPort === p.hostPort) ?? true);
        return { c, port: p.hostPort, error: portError(c, p.hostPort, published) };
      }
      claimed.add(p.hostPort);
    }
  }
  return null;
}

// shared/sim/commands/docker/restart.ts
var RESTART = {
  path: "docker restart",
  use: "docker restart [OPTIONS] CONTAINER [CONTAINER...]",
  short: "Restart one or more containers",
  options: [opt("time", ["-t", "--time"], "int", "Seconds to wait before killing the container")]
};
var dockerRestart = (call) => {
  const r2 = parseArgs(RESTART, call.args);
  if (!r2.ok) return r2.outcome;
  if (r2.parsed.positionals.length === 0) return argsError(RESTART, "at least", 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world2 = call.ctx.world;
  const found = resolveAll(world2, eng.target.id, r2.parsed.positionals);
  if (!found.ok) return fail(found.error);
  const broken = found.list.find((c) => c.profile.notFound !== void 0);
  if (broken) return fail(`Error response from daemon: Cannot restart container ${broken.name}: ${notFoundError(broken.profile.notFound ?? "")}`);
  const clash = firstPortClash(world2, found.list, true);
  if (clash) return failWithHint(call.ctx, `Error response from daemon: Cannot restart container ${clash.c.name}: ${clash.error}`, "docker.hint.portTaken", { port: clash.port, target: eng.target.id });
  for (const c of found.list) {
    stopContainer(world2, c);
    userStart(world2, c);
  }
  return ok(r2.parsed.positionals.join("\n"));
};

// shared/sim/commands/docker/rm.ts
var RM2 = {
  path: "docker rm",
  use: "docker rm [OPTIONS] CONTAINER [CONTAINER...]",
  short: "Remove one or more containers",
  options: [
    opt("force", ["-f", "--force"], "", "Force the removal of a running container (uses SIGKILL)"),
    opt("volumes", ["-v", "--volumes"], "", "Remove anonymous volumes associated with the container")
  ]
};
var dockerRm = (call) => {
  const r2 = parseArgs(RM2, call.args);
  if (!r2.ok) return r2.outcome;
  if (r2.parsed.positionals.length === 0) return argsError(RM2, "at least", 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world2 = call.ctx.world;
  const found = resolveAll(world2, eng.target.id, r2.parsed.positionals);
  if (!found.ok) return fail(found.error);
  const force = hasFlag(r2.parsed, "force");
  const busy = force ? void 0 : found.list.find((c) => c.state === "running" || c.state === "restarting");
  if (busy) {
    const text3 = `Error response from daemon: cannot remove container "/${busy.name}": container is ${busy.state}: stop the container before removing or force remove`;
    return failWithHint(call.ctx, text3, "docker.hint.removeRunning", { name: busy.name });
  }
  for (const c of found.list) {
    if (c.state === "running" || c.state === "restarting") killContainer(world2, c, 9);
    removeContainer(world2, c);
    if (!hasFlag(r2.parsed, "volumes")) continue;
    for (const m of c.mounts) {
      const v = world2.volumes.get(m.volume);
      const stillUsed = [...world2.containers.values()].some((o) => o.mounts.some((om) => om.volume === m.volume));
      if (v && /^[0-9a-f]{64}$/.test(v.name) && !stillUsed) world2.volumes.delete(m.volume);
    }
  }
  return ok(r2.parsed.positionals.join("\n"));
};

// shared/sim/commands/docker/names.ts
var ADJECTIVES = [
  "admiring",
  "affectionate",
  "bold",
  "brave",
  "busy",
  "clever",
  "compassionate",
  "eager",
  "ecstatic",
  "elastic",
  "festive",
  "focused",
  "gallant",
  "gifted",
  "happy",
  "hopeful",
  "jolly",
  "keen",
  "loving",
  "modest",
  "nifty",
  "peaceful",
  "quirky",
  "relaxed",
  "serene",
  "sharp",
  "stoic",
  "tender",
  "trusting",
  "vibrant",
  "wizardly",
  "zealous"
];
var SURNAMES = [
  "archimedes",
  "babbage",
  "bardeen",
  "bohr",
  "cerf",
  "curie",
  "darwin",
  "dijkstra",
  "einstein",
  "euler",
  "feynman",
  "franklin",
  "galileo",
  "goldberg",
  "hamilton",
  "hopper",
  "kalam",
  "knuth",
  "lamport",
  "liskov",
  "lovelace",
  "mccarthy",
  "meitner",
  "noether",
  "pasteur",
  "ritchie",
  "shannon",
  "thompson",
  "torvalds",
  "turing",
  "wozniak",
  "yonath"
];
function generateName(world2, taken) {
  for (; ; ) {
    const name3 = `${ADJECTIVES[nextInt(world2, ADJECTIVES.length)]}_${SURNAMES[nextInt(world2, SURNAMES.length)]}`;
    if (!taken(name3)) return name3;
    const numbered = `${name3}${nextInt(world2, 10)}`;
    if (!taken(numbered)) return numbered;
  }
}
var VALID_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
var VALID_VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

// shared/sim/commands/docker/commandProfile.ts
var IDLE = { cpuMillis: 0, memoryMiB: 1, memoryGrowthMiB: 0, writeKiB: 0, listenPort: 0, command: "sh" };
function idle(command, exitAfterTicks, stdout = []) {
  const p = { ...IDLE, command };
  if (exitAfterTicks !== void 0) p.exitAfterTicks = exitAfterTicks;
  if (stdout.length) p.stdout = stdout;
  return p;
}
function profileForCommand(image2, argv) {
  const [exe, ...args] = argv;
  if (exe === void 0) return image2.profile;
  const name3 = exe.split(/[\\/]/).pop() ?? exe;
  if (name3 === image2.profile.command || image2.os === "windows") return image2.profile;
  switch (name3) {
    case "sh":
    case "bash": {
      const at = args.indexOf("-c");
      const script = at >= 0 ? args[at + 1] : void 0;
      if (script === void 0) return idle(name3, 1);
      const words = tokenize(script);
      if (!words.ok) return idle(name3, 1, [`${name3}: -c: line 1: syntax error: ${words.error}`]);
      return profileForCommand(image2, words.words);
    }
    case "sleep": {
      if (args[0] === "infinity") return idle("sleep");
      const secs = args[0] === void 0 ? null : parseDurationSeconds(args[0]);
      if (secs === null) return idle("sleep", 1, [args[0] === void 0 ? "sleep: missing operand" : `sleep: invalid time interval '${args[0]}'`]);
      return idle("sleep", Math.max(1, secs));
    }
    case "tail":
      return args.includes("-f") || args.includes("-F") ? idle("tail") : idle("tail", 1);
    case "echo":
      return idle("echo", 1, [args.join(" ")]);
    case "true":
    case "cat":
      return idle(name3, 1);
    case "hostname":
      return idle(name3, 1, [HOSTNAME_MARK]);
    case "id":
      return idle(name3, 1, ["uid=0(root) gid=0(root) groups=0(root)"]);
    case "env":
    case "printenv":
      return idle(name3, 1, [ENV_MARK]);
    default:
      return { ...idle(name3), notFound: exe };
  }
}
function imageCmd(world2, image2) {
  for (let i = image2.layers.length - 1; i >= 0; i--) {
    const by = world2.layers.get(image2.layers[i] ?? "")?.createdBy ?? "";
    const exec = /\bCMD \[(.*)\]/.exec(by);
    if (exec) {
      const argv = [...(exec[1] ?? "").matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => (m[1] ?? "").replace(/\\(.)/g, "$1"));
      const first = (argv[0] ?? "").split(/[\\/]/).pop();
      return first === image2.profile.command ? argv : [image2.profile.command, ...argv];
    }
    const shell2 = /\bCMD (?!\[)(.+)$/.exec(by);
    if (shell2) return ["/bin/sh", "-c", (shell2[1] ?? "").trim()];
  }
  return [image2.profile.command];
}

// shared/sim/commands/docker/imageSource.ts
function findImage(world2, target, text3) {
  const localId = resolveInStore(target.store, text3);
  const ref = parseImageRef(text3);
  if (localId) {
    const image3 = world2.images.get(localId);
    if (image3) return { ok: true, local: true, image: image3, key: ref ? refKey(ref) : text3 };
  }
  if (!ref) return { ok: false, error: refError(text3), output: "", hint: null, params: {} };
  const unable = `Unable to find image '${refKey(ref)}' locally`;
  const plan2 = planPull(world2, target, text3);
  if (!plan2.ok) {
    const error = plan2.error.startsWith("Error response from daemon: ") || plan2.error.startsWith("invalid reference") ? plan2.error : `Error response from daemon: ${plan2.error}`;
    return { ok: false, error, output: [unable, ...plan2.output ? [plan2.output] : []].join("\n"), hint: plan2.hint, params: plan2.params };
  }
  const image2 = world2.images.get(plan2.imageId);
  if (!image2) return { ok: false, error: `Error response from daemon: manifest for ${plan2.key} not found: manifest unknown: manifest unknown`, output: unable, hint: null, params: {} };
  return { ok: true, local: false, image: image2, key: plan2.key, plan: plan2 };
}

// shared/sim/commands/docker/runSpec.ts
var RUN = {
  path: "docker run",
  use: "docker run [OPTIONS] IMAGE [COMMAND] [ARG...]",
  short: "Create and run a new container from an image",
  options: [
    opt("cpus", ["--cpus"], "decimal", "Number of CPUs"),
    opt("detach", ["-d", "--detach"], "", "Run container in background and print container ID"),
    opt("env", ["-e", "--env"], "list", "Set environment variables"),
    opt("interactive", ["-i", "--interactive"], "", "Keep STDIN open even if not attached"),
    opt("label", ["-l", "--label"], "list", "Set meta data on a container (a load balancer can discover containers by label)"),
    opt("memory", ["-m", "--memory"], "bytes", "Memory limit"),
    opt("memory-swap", ["--memory-swap"], "bytes", "Swap limit equal to memory plus swap: '-1' to enable unlimited swap"),
    opt("name", ["--name"], "string", "Assign a name to the container"),
    opt("network", ["--network", "--net"], "network", "Connect a container to a network (bridge, host, none or a user-defined one)"),
    opt("oom-score-adj", ["--oom-score-adj"], "int", "Tune host's OOM preferences (-1000 to 1000)"),
    opt("publish", ["-p", "--publish"], "list", "Publish a container's port(s) to the host"),
    opt("restart", ["--restart"], "string", 'Restart policy to apply when a container exits (default "no")'),
    opt("rm", ["--rm"], "", "Automatically remove the container and its associated anonymous volumes when it exits"),
    opt("tty", ["-t", "--tty"], "", "Allocate a pseudo-TTY"),
    opt("userns", ["--userns"], "", "Run in a private user namespace (root inside maps to an unprivileged host uid)"),
    opt("volume", ["-v", "--volume"], "list", "Bind mount a volume")
  ]
};
function cliText(error, help = true) {
  return `docker: ${error.replace(/\.$/, "")}.${help ? "\nSee 'docker run --help'." : ""}`;
}
function cliError(error, help = true) {
  return fail(cliText(error, help));
}
function parseNanoCpus(text3) {
  const frac = /^(\d+)\/(\d+)$/.exec(text3);
  if (frac) {
    const den = Number(frac[2]);
    if (den === 0) return `failed to parse ${text3} as a rational number`;
    const nano = Number(frac[1]) * 1e9 / den;
    return Number.isInteger(nano) ? nano : "value is too precise";
  }
  const m = /^(\d*)(?:\.(\d*))?$/.exec(text3);
  if (!m || text3 === "" || text3 === ".") return `failed to parse ${text3} as a rational number`;
  const decimals = (m[2] ?? "").replace(/0+$/, "");
  if (decimals.length > 9) return "value is too precise";
  return Number(m[1] || "0") * 1e9 + Number(decimals.padEnd(9, "0") || "0");
}
function parsePortSpec(spec) {
  const [addr = "", proto = "tcp", ...extra] = spec.split("/");
  if (extra.length || !["tcp", "udp", "sctp"].includes(proto.toLowerCase())) return `invalid proto: ${proto}`;
  const parts = addr.split(":");
  if (parts.length > 3) return `invalid port format: ${spec}`;
  const container2 = parts[parts.length - 1] ?? "";
  const host = parts.length >= 2 ? parts[parts.length - 2] ?? "" : "";
  const ip = parts.length === 3 ? parts[0] ?? "" : "";
  if (ip && !/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(ip)) return `invalid IP address: ${ip}`;
  if (container2 === "") return `no port specified: ${spec}<empty>`;
  const port = (s) => /^\d{1,5}$/.test(s) && Number(s) <= 65535 ? Number(s) : -1;
  const containerPort2 = port(container2);
  if (containerPort2 <= 0) return `invalid containerPort: ${container2}`;
  const hostPort = host === "" ? 0 : port(host);
  if (hostPort < 0) return `invalid hostPort: ${host}`;
  return { hostPort, containerPort: containerPort2 };
}
function parseVolumeSpec(spec) {
  const parts = spec.split(":");
  if (parts.length === 1) {
    if (!spec.startsWith("/")) return `invalid volume specification: '${spec}': invalid mount config for type "volume": invalid mount path: '${spec}' mount path must be absolute`;
    return { kind: "anonymous", source: "", path: spec, readOnly: false };
  }
  if (parts.length > 3 || parts.some((p) => p === "")) return `invalid volume specification: '${spec}'`;
  const [source = "", path = "", mode = "rw"] = parts;
  const kind2 = source.startsWith("/") ? "bind" : "named";
  if (!path.startsWith("/")) return `invalid volume specification: '${spec}': invalid mount config for type "${kind2 === "bind" ? "bind" : "volume"}": invalid mount path: '${path}' mount path must be absolute`;
  if (!mode.split(",").every((m) => ["ro", "rw", "z", "Z", "nocopy"].includes(m))) return `invalid mode: ${mode}`;
  return { kind: kind2, source, path, readOnly: mode.split(",").includes("ro") };
}
function normaliseUserns(words) {
  return words.flatMap((w) => w === "--userns=host" ? [] : w === "--userns=private" ? ["--userns"] : [w]);
}
function parseRun(words) {
  const firstPositional = words.findIndex((w, i) => !w.startsWith("-") && !RUN.options.some((o) => o.spec.takesValue && o.spec.spellings.includes(words[i - 1] ?? "")));
  const head = firstPositional < 0 ? words : words.slice(0, firstPositional);
  const rest = firstPositional < 0 ? [] : words.slice(firstPositional);
  const userns = head.find((w) => w.startsWith("--userns=") && !["--userns=host", "--userns=private", "--userns=true", "--userns=false"].includes(w));
  if (userns) return { ok: false, outcome: cliError(`Error response from daemon: invalid USER mode: ${userns.slice(9)}`) };
  const r2 = parseArgs(RUN, [...normaliseUserns(head), ...rest], true);
  if (!r2.ok) return r2;
  const p = r2.parsed;
  const [image2, ...cmd2] = p.positionals;
  if (image2 === void 0) return { ok: false, outcome: argsError(RUN, "at least", 1) };
  let nanoCpus = 0;
  const cpus = flag(p, "cpus");
  if (cpus !== void 0) {
    const n = parseNanoCpus(cpus);
    if (typeof n === "string") return { ok: false, outcome: badValue2(RUN, "cpus", cpus, n) };
    nanoCpus = n;
  }
  const size2 = (name3) => {
    const v = flag(p, name3);
    if (v === void 0) return 0;
    if (name3 === "memory-swap" && v === "-1") return -1;
    return parseSizeMiB(v) ?? badValue2(RUN, name3, v, `invalid size: '${v}'`);
  };
  const memoryMiB2 = size2("memory");
  if (typeof memoryMiB2 !== "number") return { ok: false, outcome: memoryMiB2 };
  const memorySwapMiB = size2("memory-swap");
  if (typeof memorySwapMiB !== "number") return { ok: false, outcome: memorySwapMiB };
  const adj = flag(p, "oom-score-adj") ?? "0";
  if (!/^[-+]?\d+$/.test(adj)) return { ok: false, outcome: badValue2(RUN, "oom-score-adj", adj, `strconv.ParseInt: parsing "${adj}": invalid syntax`) };
  const env = {};
  for (const e of flagAll(p, "env")) {
    const eq = e.indexOf("=");
    if (eq === 0 || e === "") return { ok: false, outcome: badValue2(RUN, "env", e, `invalid environment variable: ${e}`) };
    if (eq > 0) env[e.slice(0, eq)] = e.slice(eq + 1);
  }
  const labels = {};
  for (const l of flagAll(p, "label")) {
    const eq = l.indexOf("=");
    if (eq === 0 || l === "") return { ok: false, outcome: badValue2(RUN, "label", l, `invalid label: ${l}`) };
    labels[eq > 0 ? l.slice(0, eq) : l] = eq > 0 ? l.slice(eq + 1) : "";
  }
  const ports = [];
  for (const spec of flagAll(p, "publish")) {
    const b = parsePortSpec(spec);
    if (typeof b === "string") return { ok: false, outcome: cliError(b) };
    ports.push(b);
  }
  const volumes = [];
  for (const spec of flagAll(p, "volume")) {
    const v = parseVolumeSpec(spec);
    if (typeof v === "string") return { ok: false, outcome: cliError(`Error response from daemon: ${v}`) };
    volumes.push(v);
  }
  const restart = flag(p, "restart") ?? "no";
  const colon = restart.indexOf(":");
  if (colon === 0) return { ok: false, outcome: cliError("invalid restart policy format: no policy provided before colon") };
  const retries = colon > 0 ? restart.slice(colon + 1) : "";
  if (retries !== "" && !/^-?\d+$/.test(retries)) return { ok: false, outcome: cliError("invalid restart policy format: maximum retry count must be an integer") };
  const autoRemove = hasFlag(p, "rm");
  if (autoRemove && restart !== "no") return { ok: false, outcome: cliError("conflicting options: cannot specify both --restart and --rm") };
  return {
    ok: true,
    req: {
      image: image2,
      cmd: cmd2,
      name: flag(p, "name") ?? null,
      nanoCpus,
      memoryMiB: memoryMiB2,
      memorySwapMiB,
      oomScoreAdj: Number(adj),
      ports,
      network: flag(p, "network") ?? "bridge",
      userns: hasFlag(p, "userns"),
      autoRemove,
      restartName: colon > 0 ? restart.slice(0, colon) : restart,
      restartRetries: retries === "" ? 0 : Number(retries),
      env,
      labels,
      volumes
    }
  };
}
function restartPolicyOf(name3) {
  return name3 === "always" || name3 === "on-failure" || name3 === "unless-stopped" ? name3 : "no";
}

// shared/sim/commands/docker/runChecks.ts
var daemon = (error) => ({ ok: false, outcome: cliError(`Error response from daemon: ${error}`) });
function checkRun(ctx, world2, target, req) {
  const cpus = target.vm ? target.vm.vcpus : target.host.cores;
  if (req.nanoCpus !== 0 && (req.nanoCpus < 1e7 || req.nanoCpus > cpus * 1e9)) {
    return { ok: false, outcome: failWithHint(ctx, cliText(`Error response from daemon: Range of CPUs is from 0.01 to ${cpus}.00, as there are only ${cpus} CPUs available`), "docker.hint.tooManyCpus", { target: target.id, cpus }) };
  }
  if (req.memoryMiB > 0 && req.memoryMiB < 6) return daemon("Minimum memory limit allowed is 6MB");
  if (req.memorySwapMiB > 0 && req.memoryMiB === 0) return daemon("You should always set the Memory limit when using Memoryswap limit, see usage");
  if (req.memorySwapMiB > 0 && req.memorySwapMiB < req.memoryMiB) return daemon("Minimum memoryswap limit should be larger than memory limit, see usage");
  if (req.oomScoreAdj < -1e3 || req.oomScoreAdj > 1e3) return daemon(`Invalid value ${req.oomScoreAdj}, range for oom score adj is [-1000, 1000]`);
  if (!["no", "always", "on-failure", "unless-stopped"].includes(req.restartName)) {
    return daemon(`invalid restart policy: unknown policy '${req.restartName}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`);
  }
  if (req.restartRetries !== 0 && req.restartName !== "on-failure") return daemon("invalid restart policy: maximum retry count can only be used with 'on-failure'");
  if (req.restartRetries < 0) return daemon("invalid restart policy: maximum retry count cannot be negative");
  const name3 = req.name === null ? null : req.name.replace(/^\//, "");
  if (name3 !== null) {
    if (!VALID_NAME.test(req.name ?? "")) return daemon(`Invalid container name (${req.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
    const other = containerNamed(world2, target.id, name3);
    if (other) {
      const text3 = cliText(`Error response from daemon: Conflict. The container name "/${name3}" is already in use by container "${other.id}". You have to remove (or rename) that container to be able to reuse that name`);
      return { ok: false, outcome: failWithHint(ctx, text3, "docker.hint.nameConflict", { name: name3, target: target.id }) };
    }
  }
  const network = req.network === "default" ? "bridge" : req.network;
  if (!["bridge", "host", "none"].includes(network) && !world2.networks.has(networkKey(target.id, network))) {
    return { ok: false, outcome: failWithHint(ctx, cliText(`Error response from daemon: network ${network} not found`), "docker.hint.networkNotFound", { network, target: target.id }) };
  }
  const volumeKeys = [];
  for (const v of req.volumes) {
    if (v.kind !== "named") {
      volumeKeys.push(null);
      continue;
    }
    if (!VALID_VOLUME_NAME.test(v.source)) {
      return daemon(`create ${v.source}: "${v.source}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`);
    }
    volumeKeys.push(world2.volumes.get(v.source)?.driver === "replicated" ? v.source : volumeKey(target.id, v.source));
  }
  const source = findImage(world2, target, req.image);
  if (!source.ok) {
    const text3 = cliText(source.error);
    const refusal = source.hint ? failWithHint(ctx, text3, source.hint, source.params) : { ok: false, error: text3 };
    return { ok: false, outcome: source.output ? { ...refusal, output: source.output } : refusal };
  }
  if (source.local && source.image.os !== target.kernel.os) {
    const text3 = cliText(`Error response from daemon: image operating system "${source.image.os}" cannot be used on this platform`);
    return { ok: false, outcome: failWithHint(ctx, text3, "docker.hint.osMismatch", { image: req.image, os: source.image.os, target: target.id, kernelOs: target.kernel.os }) };
  }
  const warnings = network === "host" && req.ports.length ? ["WARNING: Published ports are discarded when using host network mode"] : [];
  return {
    ok: true,
    plan: {
      source,
      name: name3,
      network,
      cpuMillis: Math.round(req.nanoCpus / 1e6),
      profile: profileForCommand(source.image, req.cmd),
      cmd: req.cmd.length ? req.cmd : imageCmd(world2, source.image),
      volumeKeys,
      warnings
    }
  };
}

// shared/sim/commands/docker/volumes.ts
function keyFor(world2, engine2, name3) {
  if (world2.volumes.get(name3)?.driver === "replicated") return name3;
  const local = volumeKey(engine2, name3);
  return world2.volumes.has(local) ? local : null;
}
function volumesOf(world2, engine2) {
  return [...world2.volumes.values()].filter((v) => v.driver === "replicated" || v.hostId === engine2).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function mountsFor(world2, target, req, plan2) {
  return req.volumes.map((v, i) => {
    if (v.kind === "bind") return { volume: v.source, path: v.path };
    const key = plan2.volumeKeys[i] ?? volumeKey(target.id, nextHex(world2, 64));
    if (!world2.volumes.has(key)) {
      world2.volumes.set(key, { name: key.slice(target.id.length + 1), driver: "local", hostId: target.id, usedMiB: 0, replicas: 1 });
    }
    return { volume: key, path: v.path };
  });
}

// shared/sim/commands/docker/run.ts
function ephemeralPort(world2, targetId, also) {
  const used = new Set(also.map((p) => p.hostPort));
  for (const c of world2.containers.values()) if (c.targetId === targetId) for (const p of c.ports) used.add(p.hostPort);
  let port = 32768;
  while (used.has(port)) port++;
  return port;
}
var dockerRun = (call) => {
  const parsed = parseRun(call.args);
  if (!parsed.ok) return parsed.outcome;
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const { ctx } = call;
  const world2 = ctx.world;
  const target = eng.target;
  const req = parsed.req;
  const checked = checkRun(ctx, world2, target, req);
  if (!checked.ok) return checked.outcome;
  const plan2 = checked.plan;
  const src = plan2.source;
  if (src.local) {
    if (plan2.profile.notFound !== void 0) return fail(`docker: Error response from daemon: ${notFoundError(plan2.profile.notFound)}.`);
    if (plan2.network !== "host") {
      for (const p of req.ports) {
        const holder = p.hostPort === 0 ? null : portHolder(world2, target.id, p.hostPort, "");
        if (!holder) continue;
        const published = holder.ports.some((q) => q.hostPort === p.hostPort);
        const error = portError({ name: plan2.name ?? "container", id: `${target.id}/${plan2.name ?? ""}/${world2.tick}` }, p.hostPort, published);
        return failWithHint(ctx, `docker: Error response from daemon: ${error}.`, "docker.hint.portTaken", { port: p.hostPort, target: target.id });
      }
    }
  }
  const name3 = plan2.name ?? generateName(world2, (n) => containerNamed(world2, target.id, n) !== null);
  const ports = [];
  if (plan2.network !== "host") for (const p of req.ports) ports.push(p.hostPort === 0 ? { ...p, hostPort: ephemeralPort(world2, target.id, ports) } : p);
  const c = createContainer(world2, target, {
    name: name3,
    imageRef: src.key,
    imageId: src.image.id,
    cpuLimitMillis: plan2.cpuMillis,
    memoryLimitMiB: req.memoryMiB,
    memorySwapMiB: req.memorySwapMiB,
    oomScoreAdj: req.oomScoreAdj,
    ports,
    network: plan2.network,
    userns: req.userns,
    autoRemove: req.autoRemove,
    restartPolicy: restartPolicyOf(req.restartName),
    restartMaxRetries: req.restartRetries,
    env: { ...src.image.env, ...req.env },
    labels: req.labels,
    mounts: mountsFor(world2, target, req, plan2),
    profile: plan2.profile,
    cmd: plan2.cmd
  });
  if (!src.local) {
    const pull = src.plan;
    const header = [...plan2.warnings, `Unable to find image '${src.key}' locally`];
    if (pull.missing.length === 0) {
      for (const d of src.image.layers) addLayerToStore(world2, target.store, d);
      setTag(target.store, src.key, src.image.id);
      const report = reportLines(world2, { kind: "pull", imageRef: src.key, imageId: src.image.id, header: [header[header.length - 1], pullingFrom(pull.ref)], transfers: [], thenStart: [c.id], thenBuild: null, quiet: false }, false);
      return startCreated(ctx, world2, c, { ...plan2, warnings: [...plan2.warnings, ...report] });
    }
    const job = startJob(world2, {
      kind: "pull",
      targetId: target.id,
      registry: pull.registry,
      imageRef: src.key,
      imageId: src.image.id,
      missing: pull.missing,
      allLayers: pull.allLayers,
      commandId: ctx.commandId,
      actor: ctx.actor.id,
      line: ctx.line,
      header,
      thenStart: [c.id]
    });
    c.waitingForJob = job.id;
    return { pending: true, jobId: job.id };
  }
  return startCreated(call.ctx, world2, c, plan2);
};
function startCreated(ctx, world2, c, plan2) {
  const out = [...plan2.warnings];
  if (c.profile.notFound !== void 0) {
    c.exitCode = 127;
    c.error = notFoundError(c.profile.notFound);
    if (c.autoRemove) world2.containers.delete(c.id);
    return fail(`docker: Error response from daemon: ${c.error}.`, out.join("\n"));
  }
  const refused = startContainer(world2, c);
  if (refused) {
    if (c.autoRemove) world2.containers.delete(c.id);
    const port = /0\.0\.0\.0:(\d+)/.exec(refused)?.[1] ?? "";
    const outcome = failWithHint(ctx, `docker: Error response from daemon: ${refused}.`, "docker.hint.portTaken", { port, target: c.targetId });
    return out.length ? { ...outcome, output: out.join("\n") } : outcome;
  }
  out.push(c.id);
  return { ok: true, output: out.join("\n") };
}

// shared/sim/commands/docker/start.ts
var START = {
  path: "docker start",
  use: "docker start [OPTIONS] CONTAINER [CONTAINER...]",
  short: "Start one or more stopped containers",
  options: [opt("attach", ["-a", "--attach"], "", "Attach STDOUT/STDERR and forward signals (no effect here)")]
};
var dockerStart = (call) => {
  const r2 = parseArgs(START, call.args);
  if (!r2.ok) return r2.outcome;
  if (r2.parsed.positionals.length === 0) return argsError(START, "at least", 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world2 = call.ctx.world;
  const found = resolveAll(world2, eng.target.id, r2.parsed.positionals);
  if (!found.ok) return fail(`${found.error}
Error: failed to start containers: ${r2.parsed.positionals.join(", ")}`);
  const broken = found.list.find((c) => c.state !== "running" && c.profile.notFound !== void 0);
  if (broken) return fail(`Error response from daemon: ${notFoundError(broken.profile.notFound ?? "")}
Error: failed to start containers: ${broken.name}`);
  const clash = firstPortClash(world2, found.list, false);
  if (clash) {
    const text3 = `Error response from daemon: ${clash.error}
Error: failed to start containers: ${clash.c.name}`;
    return failWithHint(call.ctx, text3, "docker.hint.portTaken", { port: clash.port, target: eng.target.id });
  }
  for (const c of found.list) if (c.state !== "running") userStart(world2, c);
  return ok(r2.parsed.positionals.join("\n"));
};

// shared/sim/commands/docker/stats.ts
var STATS = {
  path: "docker stats",
  use: "docker stats [OPTIONS] [CONTAINER...]",
  short: "Display a live stream of container(s) resource usage statistics",
  options: [
    opt("all", ["-a", "--all"], "", "Show all containers (default shows just running)"),
    opt("no-stream", ["--no-stream"], "", "Disable streaming stats and only pull the first result (always, here)"),
    opt("no-trunc", ["--no-trunc"], "", "Do not truncate output")
  ]
};
var pct = (n) => `${n.toFixed(2)}%`;
var dockerStats = (call) => {
  const r2 = parseArgs(STATS, call.args);
  if (!r2.ok) return r2.outcome;
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world2 = call.ctx.world;
  let list4 = [...engineContainers(world2, eng.target.id)];
  if (r2.parsed.positionals.length) {
    const found = resolveAll(world2, eng.target.id, r2.parsed.positionals, false);
    if (!found.ok) return fail(found.error);
    list4 = found.list;
  } else if (!hasFlag(r2.parsed, "all")) {
    list4 = list4.filter((c) => c.state === "running");
  }
  const machineMiB = eng.target.vm ? eng.target.vm.memoryMiB : eng.target.host.memoryMiB;
  const trunc = !hasFlag(r2.parsed, "no-trunc");
  const rows = list4.map((c) => {
    const up = c.state === "running";
    const limit = c.memoryLimitMiB > 0 ? c.memoryLimitMiB : machineMiB;
    const mem = up ? c.metrics.memoryUsageMiB : 0;
    const written = up ? c.metrics.writableMiB : 0;
    return [
      trunc ? shortId(c.id) : c.id,
      up ? c.name : "--",
      pct(up ? c.metrics.cpuUsedMillis / 10 : 0),
      up ? `${bytesSize(mem)} / ${bytesSize(limit)}` : "0B / 0B",
      pct(up ? mem * 100 / limit : 0),
      "0B / 0B",
      `0B / ${decimalSize(written)}`,
      String(up ? 1 + Math.min(c.profile.workers ?? 0, 62) : 0)
    ];
  });
  return ok(dockerTable(["CONTAINER ID", "NAME", "CPU %", "MEM USAGE / LIMIT", "MEM %", "NET I/O", "BLOCK I/O", "PIDS"], rows));
};

// shared/sim/commands/docker/stop.ts
var STOP = {
  path: "docker stop",
  use: "docker stop [OPTIONS] CONTAINER [CONTAINER...]",
  short: "Stop one or more running containers",
  options: [
    opt("signal", ["-s", "--signal"], "string", "Signal to send to the container"),
    opt("time", ["-t", "--time"], "int", "Seconds to wait before killing the container")
  ]
};
var dockerStop = (call) => {
  const r2 = parseArgs(STOP, call.args);
  if (!r2.ok) return r2.outcome;
  if (r2.parsed.positionals.length === 0) return argsError(STOP, "at least", 1);
  const t2 = flag(r2.parsed, "time");
  if (t2 !== void 0 && !/^-?\d+$/.test(t2)) return badValue2(STOP, "time", t2, `strconv.ParseInt: parsing "${t2}": invalid syntax`);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const found = resolveAll(call.ctx.world, eng.target.id, r2.parsed.positionals);
  if (!found.ok) return fail(found.error);
  const sig2 = (flag(r2.parsed, "signal") ?? "TERM").toUpperCase().replace(/^SIG/, "");
  for (const c of found.list) {
    if (sig2 === "KILL" || sig2 === "9") killContainer(call.ctx.world, c, 9);
    else stopContainer(call.ctx.world, c);
  }
  return ok(r2.parsed.positionals.join("\n"));
};

// shared/sim/commands/docker/volume.ts
var CREATE2 = {
  path: "docker volume create",
  use: "docker volume create [OPTIONS] [VOLUME]",
  short: "Create a volume",
  options: [opt("driver", ["-d", "--driver"], "string", 'Specify volume driver name: local or replicated (default "local")')]
};
var LS2 = { path: "docker volume ls", use: "docker volume ls [OPTIONS]", short: "List volumes", options: [opt("quiet", ["-q", "--quiet"], "", "Only display volume names")] };
var RM3 = { path: "docker volume rm", use: "docker volume rm [OPTIONS] VOLUME [VOLUME...]", short: "Remove one or more volumes", options: [opt("force", ["-f", "--force"], "", "Force the removal of one or more volumes")] };
var INSPECT2 = { path: "docker volume inspect", use: "docker volume inspect [OPTIONS] VOLUME [VOLUME...]", short: "Display detailed information on one or more volumes", options: [] };
var USAGE10 = `Usage:  docker volume COMMAND

Manage volumes

Commands:
  create      Create a volume
  inspect     Display detailed information on one or more volumes
  ls          List volumes
  rm          Remove one or more volumes

Run 'docker volume COMMAND --help' for more information on a command.`;
function create2(call, args) {
  const r2 = parseArgs(CREATE2, args);
  if (!r2.ok) return r2.outcome;
  if (r2.parsed.positionals.length > 1) return fail(`"docker volume create" requires at most 1 argument.
See 'docker volume create --help'.

Usage:  ${CREATE2.use}

${CREATE2.short}`);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world2 = call.ctx.world;
  const driver = flag(r2.parsed, "driver") ?? "local";
  const given = r2.parsed.positionals[0];
  if (given !== void 0 && !VALID_VOLUME_NAME.test(given)) {
    return fail(`Error response from daemon: create ${given}: "${given}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`);
  }
  if (driver !== "local" && driver !== "replicated") return fail(`Error response from daemon: create ${given ?? ""}: error looking up volume plugin ${driver}: plugin "${driver}" not found`);
  if (given !== void 0) {
    const existing = keyFor(world2, eng.target.id, given);
    const v = existing ? world2.volumes.get(existing) : void 0;
    if (v) return v.driver === driver ? ok(given) : fail(`Error response from daemon: create ${given}: volume name must be unique`);
  }
  const name3 = given ?? nextHex(world2, 64);
  const key = driver === "replicated" ? name3 : volumeKey(eng.target.id, name3);
  world2.volumes.set(key, { name: name3, driver, hostId: driver === "local" ? eng.target.id : null, usedMiB: 0, replicas: driver === "replicated" ? REPLICATED_VOLUME_COPIES : 1 });
  return ok(name3);
}
function list2(call, args) {
  const r2 = parseArgs(LS2, args);
  if (!r2.ok) return r2.outcome;
  if (r2.parsed.positionals.length) return argsError(LS2, "none");
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const vols = volumesOf(call.ctx.world, eng.target.id);
  if (r2.parsed.values.has("quiet")) return ok(vols.map((v) => v.name).join("\n"));
  return ok(dockerTable(["DRIVER", "VOLUME NAME"], vols.map((v) => [v.driver, v.name])));
}
function remove2(call, args) {
  const r2 = parseArgs(RM3, args);
  if (!r2.ok) return r2.outcome;
  if (r2.parsed.positionals.length === 0) return argsError(RM3, "at least", 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world2 = call.ctx.world;
  const keys = [];
  for (const name3 of r2.parsed.positionals) {
    const key = keyFor(world2, eng.target.id, name3);
    if (!key) {
      if (r2.parsed.values.has("force")) continue;
      return fail(`Error response from daemon: get ${name3}: no such volume`);
    }
    const users = [...world2.containers.values()].filter((c) => c.mounts.some((m) => m.volume === key)).map((c) => c.id);
    if (users.length) return fail(`Error response from daemon: remove ${name3}: volume is in use - [${users.join(", ")}]`);
    keys.push(key);
  }
  for (const key of keys) world2.volumes.delete(key);
  return ok(r2.parsed.positionals.join("\n"));
}
function inspect(call, args) {
  const r2 = parseArgs(INSPECT2, args);
  if (!r2.ok) return r2.outcome;
  if (r2.parsed.positionals.length === 0) return argsError(INSPECT2, "at least", 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world2 = call.ctx.world;
  const found = [];
  const errors = [];
  for (const name3 of r2.parsed.positionals) {
    const key = keyFor(world2, eng.target.id, name3);
    const v = key ? world2.volumes.get(key) : void 0;
    if (!v) {
      errors.push(`Error response from daemon: get ${name3}: no such volume`);
      continue;
    }
    const options = v.driver === "replicated" ? { replicas: String(v.replicas) } : null;
    found.push({ Driver: v.driver, Labels: null, Mountpoint: `/var/lib/docker/volumes/${v.name}/_data`, Name: v.name, Options: options, Scope: v.driver === "replicated" ? "global" : "local" });
  }
  const output = found.length ? JSON.stringify(found, null, 4) : "[]";
  return errors.length ? fail(errors.join("\n"), output) : ok(output);
}
var dockerVolume = (call) => {
  const [sub, ...rest] = call.args;
  if (sub === void 0 || sub === "--help") return ok(USAGE10);
  if (sub === "create") return create2(call, rest);
  if (sub === "ls" || sub === "list") return list2(call, rest);
  if (sub === "rm" || sub === "remove") return remove2(call, rest);
  if (sub === "inspect") return inspect(call, rest);
  return fail(`docker: '${sub}' is not a docker volume command.
See 'docker volume --help'`);
};

// shared/sim/commands/docker/registry.ts
var DOCKER_SUBCOMMANDS = {
  build: buildCommand,
  commit: commitCommand,
  history: historyCommand,
  images: imagesCommand,
  pull: pullCommand,
  push: pushCommand,
  rmi: rmiCommand,
  tag: tagCommand,
  exec: dockerExec,
  inspect: dockerInspect,
  kill: dockerKill,
  logs: dockerLogs,
  network: dockerNetwork,
  ps: dockerPs,
  restart: dockerRestart,
  rm: dockerRm,
  run: dockerRun,
  start: dockerStart,
  stats: dockerStats,
  stop: dockerStop,
  top: dockerTop,
  volume: dockerVolume
};

// shared/sim/commands/docker/index.ts
var USAGE11 = `Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers

Options:
  -H, --host string   Daemon socket to connect to (a host or VM name here)

Commands:
  build    Build an image from a Dockerfile-like recipe
  commit   Create a new image from a container's changes
  exec     Execute a command in a running container
  history  Show the history of an image
  images   List images
  inspect  Return low-level information on a container or image
  kill     Kill one or more running containers
  logs     Fetch the logs of a container
  network  Manage networks
  ps       List containers
  pull     Download an image from a registry
  push     Upload an image to a registry
  restart  Restart one or more containers
  rm       Remove one or more containers
  rmi      Remove one or more images
  run      Create and run a new container from an image
  start    Start one or more stopped containers
  stats    Display a snapshot of container resource usage
  stop     Stop one or more running containers
  tag      Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE
  top      Display the running processes of a container
  volume   Manage volumes

Run 'docker COMMAND --help' for more information on a command.`;
var dockerCommand = (ctx, words) => {
  let targetId = ctx.world.scenario.defaultDockerHost;
  let explicitHost = false;
  let i = 0;
  while (i < words.length && words[i].startsWith("-")) {
    const w = words[i];
    if (w === "-H" || w === "--host") {
      const v = words[i + 1];
      if (v === void 0) return fail(`flag needs an argument: ${w}`);
      targetId = v;
      explicitHost = true;
      i += 2;
    } else if (w.startsWith("--host=") || w.startsWith("-H=")) {
      targetId = w.slice(w.indexOf("=") + 1);
      explicitHost = true;
      i++;
    } else if (w === "--help" || w === "-h") {
      return { ok: true, output: USAGE11 };
    } else {
      return fail(`unknown flag: ${w}
See 'docker --help'.`);
    }
  }
  targetId = targetId.replace(/^tcp:\/\//, "").replace(/:\d+$/, "");
  const sub = words[i];
  if (sub === void 0) return { ok: true, output: USAGE11 };
  const handler = Object.hasOwn(DOCKER_SUBCOMMANDS, sub) ? DOCKER_SUBCOMMANDS[sub] : void 0;
  if (!handler) return fail(`docker: '${sub}' is not a docker command.
See 'docker --help'`);
  return handler({ ctx, targetId, explicitHost, args: words.slice(i + 1) });
};

// shared/sim/concepts.ts
var CONCEPT_IDS = [
  "hardware",
  "hypervisor",
  "virtual-machine",
  "vm-density",
  "virtual-nic",
  "container",
  "shared-kernel",
  "namespaces",
  "cgroups",
  "image-layers",
  "dockerfile",
  "registry",
  "portability",
  "network-virtualisation",
  "storage-virtualisation",
  "scheduling",
  "self-healing",
  "rolling-update",
  "service-discovery",
  "secrets",
  "observability",
  "scale-out"
];
var CONCEPT_ALIASES = {
  kernel: "hardware",
  os: "hardware",
  host: "hardware",
  "hardware-kernel-os": "hardware",
  hypervisors: "hypervisor",
  type1: "hypervisor",
  type2: "hypervisor",
  "type-1": "hypervisor",
  "type-2": "hypervisor",
  vm: "virtual-machine",
  vms: "virtual-machine",
  "guest-os": "virtual-machine",
  guest: "virtual-machine",
  overcommit: "vm-density",
  density: "vm-density",
  steal: "vm-density",
  "steal-time": "vm-density",
  swap: "vm-density",
  vnic: "virtual-nic",
  nic: "virtual-nic",
  vswitch: "virtual-nic",
  "virtual-switch": "virtual-nic",
  containers: "container",
  "kernel-sharing": "shared-kernel",
  namespace: "namespaces",
  netns: "namespaces",
  userns: "namespaces",
  cgroup: "cgroups",
  limits: "cgroups",
  oom: "cgroups",
  throttling: "cgroups",
  image: "image-layers",
  images: "image-layers",
  layers: "image-layers",
  "union-fs": "image-layers",
  overlayfs: "image-layers",
  "copy-on-write": "image-layers",
  recipe: "dockerfile",
  build: "dockerfile",
  "image-as-code": "dockerfile",
  registries: "registry",
  pull: "registry",
  push: "registry",
  "network-virtualization": "network-virtualisation",
  networking: "network-virtualisation",
  firewall: "network-virtualisation",
  "load-balancer": "network-virtualisation",
  "storage-virtualization": "storage-virtualisation",
  storage: "storage-virtualisation",
  volumes: "storage-virtualisation",
  raid: "storage-virtualisation",
  orchestration: "scheduling",
  scheduler: "scheduling",
  "self-heal": "self-healing",
  crashloopbackoff: "self-healing",
  replicas: "self-healing",
  rollback: "rolling-update",
  rollout: "rolling-update",
  "load-balancing": "service-discovery",
  service: "service-discovery",
  dns: "service-discovery",
  secret: "secrets",
  logging: "observability",
  monitoring: "observability",
  alerting: "observability",
  logs: "observability",
  metrics: "observability",
  alerts: "observability",
  microservices: "scale-out",
  scaling: "scale-out",
  "horizontal-scaling": "scale-out"
};
function resolveConcept(text3) {
  const t2 = text3.trim().toLowerCase();
  if (CONCEPT_IDS.includes(t2)) return t2;
  return Object.hasOwn(CONCEPT_ALIASES, t2) ? CONCEPT_ALIASES[t2] ?? null : null;
}

// shared/sim/commands/explain.ts
function conceptList(ctx) {
  const width = Math.max(...CONCEPT_IDS.map((id2) => id2.length)) + 3;
  return [say(ctx, "concepts.label.list"), ...CONCEPT_IDS.map((id2) => `  ${id2.padEnd(width)}${say(ctx, `concepts.${id2}.title`)}`), "", say(ctx, "concepts.label.usage")].join("\n");
}
function lesson(ctx, id2) {
  return [`${id2} \u2014 ${say(ctx, `concepts.${id2}.title`)}`, "", say(ctx, `concepts.${id2}.body`), "", `${say(ctx, "concepts.label.see")} ${say(ctx, `concepts.${id2}.see`)}`].join("\n");
}
var explainCommand = (ctx, words) => {
  if (words.length === 0) return ok(conceptList(ctx));
  const asked = words.join("-");
  const id2 = resolveConcept(asked);
  if (id2) return ok(lesson(ctx, id2));
  return failWithHint(ctx, `explain: unknown concept '${words.join(" ")}'`, "concepts.label.unknown", { concepts: CONCEPT_IDS.join(", ") });
};

// shared/sim/commands/edit.ts
var editCommand = (ctx, words) => {
  const recipes = [...ctx.world.recipes.keys()].sort().join(", ") || "-";
  if (words.length !== 2) return fail(say(ctx, "images.edit.usage", { recipes }));
  const [name3, file] = words;
  const recipe2 = ctx.world.recipes.get(name3);
  if (!recipe2) return fail(say(ctx, "images.edit.unknownRecipe", { recipe: name3, recipes }));
  const files = Object.keys(recipe2.files).sort();
  const key = files.find((f2) => f2 === file || f2.replace(/\/+$/, "") === file.replace(/\/+$/, ""));
  const entry2 = key === void 0 ? void 0 : recipe2.files[key];
  if (key === void 0 || !entry2) return fail(say(ctx, "images.edit.unknownFile", { recipe: name3, file, files: files.join(", ") || "-" }));
  const from = entry2.version;
  entry2.version = from + 1;
  return ok(say(ctx, "images.edit.changed", { recipe: name3, file: key, from, to: from + 1 }));
};

// shared/sim/ops/model.ts
var INCIDENT_KINDS = [
  "crash",
  "crash-loop",
  "memory-leak",
  "noisy-neighbour",
  "host-failure",
  "disk-failure",
  "disk-full",
  "network-partition",
  "kernel-panic",
  "hypervisor-failure",
  "vm-overcommit",
  "traffic-spike",
  "bad-release",
  "registry-outage",
  "image-pull-failure",
  "secret-leak",
  "container-escape",
  "power-loss"
];
function emptyOps() {
  return {
    incidents: /* @__PURE__ */ new Map(),
    alerts: /* @__PURE__ */ new Map(),
    schedule: [],
    nextScheduled: 0,
    random: { perHour: 0, kinds: [], afterTick: 0 },
    allowInject: false,
    nextIncident: 1,
    nextAlert: 1,
    firing: /* @__PURE__ */ new Map(),
    pending: /* @__PURE__ */ new Map(),
    marks: /* @__PURE__ */ new Map(),
    outages: /* @__PURE__ */ new Map(),
    nicRepairs: /* @__PURE__ */ new Map(),
    reboots: /* @__PURE__ */ new Map(),
    history: /* @__PURE__ */ new Map()
  };
}

// shared/sim/ops/open.ts
function checkInjection(world2, kind2, target, variant = "") {
  const def = kindOf(kind2);
  if (!def) return { ok: false, error: `unknown incident kind "${kind2}" (kinds: ${INCIDENT_KINDS.join(", ")})` };
  if (variant !== "" && !def.variants.includes(variant)) {
    return { ok: false, error: def.variants.length ? `${kind2} has no variant "${variant}" (variants: ${def.variants.join(", ")})` : `${kind2} has no variants` };
  }
  const why = def.validate(world2, target);
  if (why !== null) return { ok: false, error: `${kind2} needs ${def.needs}: ${why}` };
  return { ok: true, def, variant };
}
function rootCauseText(incident, lang) {
  const params = { target: incident.target, variant: incident.variant };
  for (const [k, v] of Object.entries(incident.data)) params[k] = typeof v === "boolean" ? String(v) : v;
  const key = incident.variant ? `ops.cause.${incident.kind}.${incident.variant}` : `ops.cause.${incident.kind}.main`;
  return translate(lang, key, params);
}
function openIncident(world2, def, target, variant, source, sink) {
  const ops = world2.ops;
  const incident = {
    id: `INC-${ops.nextIncident++}`,
    kind: def.id,
    target,
    variant,
    openedTick: world2.tick,
    detectedTick: -1,
    detectedBy: "",
    resolvedTick: -1,
    state: "open",
    rootCause: "",
    concepts: [...def.concepts],
    source,
    subjects: [target],
    // Commands logged from now on (the `inject` line itself is logged after this) may detect it.
    logCursor: world2.logSeq,
    data: {}
  };
  ops.incidents.set(incident.id, incident);
  def.inject(world2, incident, sink);
  incident.rootCause = rootCauseText(incident, "en");
  sink.happened(world2.tick, "incident-opened", incident.id, `${incident.kind} ${incident.target}`);
  return incident;
}
function openRandomIncident(world2, kinds, sink) {
  if (kinds.length === 0) return null;
  const def = kindOf(pick(world2, kinds));
  if (!def) return null;
  const targets = def.candidates(world2);
  if (targets.length === 0) return null;
  const target = targets[nextInt(world2, targets.length)];
  if (def.validate(world2, target) !== null) return null;
  return openIncident(world2, def, target, "", "chance", sink);
}

// shared/sim/commands/ops/format.ts
function shortDuration2(seconds) {
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(seconds / 3600)}h${String(Math.floor(seconds % 3600 / 60)).padStart(2, "0")}m`;
}
function isFacilitator(ctx) {
  return ctx.actor.role === "facilitator";
}

// shared/sim/commands/ops/inject.ts
var USAGE12 = "usage: inject <kind> <target> [--variant <variant>] [--at <time>|+<delay>]";
var SPECS5 = [f("variant", ["--variant"]), f("at", ["--at"])];
function atTick(text3, now) {
  const relative = text3.startsWith("+");
  const s = parseDurationSeconds(relative ? text3.slice(1) : text3);
  if (s === null) return null;
  return relative ? now + s : s;
}
var injectCommand = (ctx, words) => {
  const world2 = ctx.world;
  if (!world2.ops.allowInject && !isFacilitator(ctx)) {
    return failWithHint(ctx, "inject: permission denied: only a facilitator can inject incidents in this scenario", "ops.hint.injectDenied");
  }
  const parsed = parseFlags(words, SPECS5);
  if (!parsed.ok) return fail(`inject: ${parsed.error}
${USAGE12}`);
  const p = parsed.parsed;
  const [kind2, target, extra] = p.positionals;
  if (kind2 === void 0 || target === void 0) return fail(`${USAGE12}
kinds: ${INCIDENT_KINDS.join(", ")}`);
  if (extra !== void 0) return fail(`inject: unexpected argument "${extra}"
${USAGE12}`);
  const checked = checkInjection(world2, kind2, target, flag(p, "variant") ?? "");
  if (!checked.ok) return fail(`inject: ${checked.error}`);
  const atText = flag(p, "at");
  const source = ctx.actor.name;
  if (atText !== void 0) {
    const at = atTick(atText, world2.tick);
    if (at === null) return fail(`inject: invalid time "${atText}": use a game time such as 10m or 1h30m, or a delay such as +90s`);
    if (at < world2.tick) return fail(`inject: ${atText} is in the past (the game time is ${clock(world2.tick)})`);
    if (at > world2.tick) {
      const ops = world2.ops;
      let i = ops.nextScheduled;
      while (i < ops.schedule.length && (ops.schedule[i]?.atTick ?? 0) <= at) i++;
      ops.schedule.splice(i, 0, { atTick: at, kind: checked.def.id, target, variant: checked.variant, source });
      return ok(say(ctx, "ops.inject.scheduled", { kind: checked.def.id, target, at: clock(at), in: at - world2.tick }));
    }
  }
  const incident = openIncident(world2, checked.def, target, checked.variant, source, ctx.sink);
  const variant = incident.variant ? ` (${incident.variant})` : "";
  return ok(say(ctx, "ops.inject.opened", { id: incident.id, kind: `${incident.kind}${variant}`, target: incident.target }));
};

// shared/sim/commands/ops/alerts.ts
function stateText(now, a) {
  if (a.resolvedTick >= 0) return `resolved ${shortDuration2(now - a.resolvedTick)} ago`;
  if (a.ackedBy !== null) return `acked by ${a.ackedBy}`;
  return "firing";
}
var alertsCommand = (ctx, words) => {
  const parsed = parseFlags(words, [f("all", ["--all", "-a"], false)]);
  if (!parsed.ok) return fail(`alerts: ${parsed.error}
usage: alerts [--all]`);
  if (parsed.parsed.positionals.length > 0) return fail(`alerts: unexpected argument "${parsed.parsed.positionals[0]}"
usage: alerts [--all]`);
  const all = hasFlag(parsed.parsed, "all");
  const list4 = [...ctx.world.ops.alerts.values()].filter((a) => all || a.resolvedTick < 0);
  if (list4.length === 0) return ok(say(ctx, all ? "ops.alerts.none" : "ops.alerts.noneFiring"));
  list4.sort((a, b) => (a.resolvedTick >= 0 ? 1 : 0) - (b.resolvedTick >= 0 ? 1 : 0) || (a.severity === b.severity ? 0 : a.severity === "critical" ? -1 : 1) || a.firingSinceTick - b.firingSinceTick);
  const rows = list4.map((a) => [a.id, a.severity, a.rule, a.subject, shortDuration2(ctx.world.tick - a.firingSinceTick), stateText(ctx.world.tick, a), say(ctx, `ops.alert.${a.rule}`, a.params)]);
  return ok(table(["ID", "SEVERITY", "RULE", "SUBJECT", "SINCE", "STATE", "SUMMARY"], rows));
};

// shared/sim/ops/detection.ts
var NOT_DIAGNOSIS = /* @__PURE__ */ new Set(["alerts", "alert", "incidents", "inject", "help", "explain", "status", "objectives", "hint"]);
var KIND_PREFIX = /^(?:deployments?|deploy|pods?|po|nodes?|no|services?|svc|hosts?|vms?|secrets?)\//;
function namesIn(word) {
  const w = word.replace(/^['"]|['"]$/g, "");
  const out = [w];
  const bare = w.replace(KIND_PREFIX, "");
  if (bare !== w) out.push(bare);
  const slash = bare.indexOf("/");
  if (slash > 0 && !bare.includes(":")) out.push(bare.slice(0, slash), bare.slice(slash + 1));
  const eq = bare.indexOf("=");
  if (eq > 0) out.push(bare.slice(0, eq), bare.slice(eq + 1));
  return out;
}
function mentions(incident, name3) {
  for (const s of incident.subjects) {
    if (s === name3) return true;
    if (s.endsWith("*") && name3.startsWith(s.slice(0, -1)) && name3.length > s.length - 1) return true;
  }
  return false;
}
function lineMentions(incident, line) {
  for (const word of line.split(/\s+/)) {
    if (word === "") continue;
    for (const n of namesIn(word)) if (mentions(incident, n)) return true;
  }
  return false;
}
function isDiagnosis(e, incident) {
  if (isBotName(e.actor) || e.actor === incident.source) return false;
  const verb = e.line.trim().split(/\s+/)[0] ?? "";
  return !NOT_DIAGNOSIS.has(verb);
}
function markDetected(incident, tick, by) {
  incident.detectedTick = tick;
  incident.detectedBy = by;
}
function detectFromCommands(world2, incident) {
  const log = world2.commandLog;
  if (log.length === 0) return;
  const first = log[0];
  for (let i = Math.max(0, incident.logCursor - first.seq); i < log.length; i++) {
    const e = log[i];
    if (e.seq < incident.logCursor) continue;
    if (isDiagnosis(e, incident) && lineMentions(incident, e.line)) {
      markDetected(incident, e.tick, `${e.actor}: ${e.line}`);
      break;
    }
  }
  incident.logCursor = world2.logSeq;
}
function detectFromAck(world2, alert, actor) {
  const hit = [];
  for (const incident of world2.ops.incidents.values()) {
    if (incident.state !== "open" || incident.detectedTick >= 0) continue;
    if (!namesIn(alert.subject).some((n) => mentions(incident, n))) continue;
    markDetected(incident, world2.tick, `${actor} acked ${alert.id}`);
    hit.push(incident.id);
  }
  return hit;
}

// shared/sim/commands/ops/alert.ts
var USAGE13 = "usage: alert ack <id>";
function alertId(text3) {
  return /^\d+$/.test(text3) ? `A${text3}` : text3.toUpperCase();
}
var alertCommand = (ctx, words) => {
  const [sub, idText, extra] = words;
  if (sub !== "ack") return fail(sub === void 0 ? USAGE13 : `alert: unknown command "${sub}"
${USAGE13}`);
  if (idText === void 0) return fail(`alert ack: missing alert id
${USAGE13}`);
  if (extra !== void 0) return fail(`alert ack: unexpected argument "${extra}"
${USAGE13}`);
  const ops = ctx.world.ops;
  const alert = ops.alerts.get(alertId(idText));
  if (!alert) {
    const firing = [...ops.alerts.values()].filter((a) => a.resolvedTick < 0).map((a) => a.id);
    return failWithHint(ctx, `alert ack: no alert "${idText}"`, "ops.hint.alertIds", { ids: firing.length ? firing.join(", ") : "-" });
  }
  if (alert.resolvedTick >= 0) return fail(`alert ack: ${alert.id} (${alert.rule} ${alert.subject}) is resolved: nothing to acknowledge`);
  if (alert.ackedBy !== null) return ok(say(ctx, "ops.alerts.alreadyAcked", { id: alert.id, who: alert.ackedBy }));
  alert.ackedBy = ctx.actor.name;
  alert.ackedTick = ctx.world.tick;
  detectFromAck(ctx.world, alert, ctx.actor.name);
  return ok(say(ctx, "ops.alerts.ackOk", { id: alert.id, rule: alert.rule, subject: alert.subject }));
};

// shared/sim/commands/ops/incidents.ts
function row(ctx, i, reveal) {
  const now = ctx.world.tick;
  const status2 = i.state === "resolved" ? "resolved" : i.detectedTick >= 0 ? "open" : "undetected";
  const ttd = i.detectedTick >= 0 ? shortDuration2(i.detectedTick - i.openedTick) : i.state === "open" ? `(${shortDuration2(now - i.openedTick)})` : "-";
  const ttr = i.state === "resolved" ? shortDuration2(i.resolvedTick - i.openedTick) : `(${shortDuration2(now - i.openedTick)})`;
  const kind2 = reveal ? `${i.kind}${i.variant ? ` (${i.variant})` : ""}` : "?";
  return [i.id, status2, clock(i.openedTick), ttd, ttr, kind2, reveal ? i.target : "?"];
}
var incidentsCommand = (ctx, words) => {
  const parsed = parseFlags(words, [f("all", ["--all", "-a"], false)]);
  if (!parsed.ok) return fail(`incidents: ${parsed.error}
usage: incidents [--all]`);
  if (parsed.parsed.positionals.length > 0) return fail(`incidents: unexpected argument "${parsed.parsed.positionals[0]}"
usage: incidents [--all]`);
  const facilitator = isFacilitator(ctx);
  const all = hasFlag(parsed.parsed, "all");
  const list4 = [...ctx.world.ops.incidents.values()].filter((i) => {
    if (!facilitator && i.state === "open" && i.detectedTick < 0) return false;
    return all || i.state === "open" || ctx.world.tick - i.resolvedTick <= 3600;
  });
  if (list4.length === 0) return ok(say(ctx, "ops.incidents.none"));
  const rows = list4.map((i) => row(ctx, i, facilitator || i.state === "resolved"));
  const out = [table(["ID", "STATUS", "OPENED", "TTD", "TTR", "KIND", "TARGET"], rows)];
  const causes = list4.filter((i) => facilitator || i.state === "resolved");
  if (causes.length > 0) {
    out.push("", say(ctx, "ops.incidents.causes"));
    for (const i of causes) out.push(`  ${i.id}: ${rootCauseText(i, ctx.actor.lang)} [${i.concepts.join(", ")}]`);
  }
  out.push("", say(ctx, "ops.incidents.legend"));
  return ok(out.join("\n"));
};

// shared/sim/commands/kubectl/call.ts
function flagError2(verb, error) {
  return fail(`error: ${error}
See 'kubectl ${verb} --help' for usage.`);
}
function parseVerbFlags(verb, args, specs) {
  const r2 = parseFlags(args, specs);
  return r2.ok ? { ok: true, parsed: r2.parsed } : { ok: false, outcome: flagError2(verb, r2.error) };
}
function usageError(verb, what) {
  return fail(`error: ${what}
See 'kubectl ${verb} -h' for help and examples`);
}

// shared/sim/commands/kubectl/cordon.ts
function cordonVerb(on) {
  const verb = on ? "cordon" : "uncordon";
  return ({ ctx, args }) => {
    const r2 = parseVerbFlags(verb, args, []);
    if (!r2.ok) return r2.outcome;
    const names = r2.parsed.positionals.map((w) => w.replace(/^(nodes?|no)\//, ""));
    if (names.length === 0) return fail(`error: USAGE: ${verb} NODE [flags]
See 'kubectl ${verb} -h' for help and examples`);
    for (const n of names) if (!ctx.world.k8s.nodes.has(n)) return fail(`Error from server (NotFound): nodes "${n}" not found`);
    const lines3 = names.map((n) => {
      const node = ctx.world.k8s.nodes.get(n);
      const changed = node !== void 0 && setUnschedulable(ctx.world, node, on);
      return `node/${n} ${changed ? "" : "already "}${verb}ed`;
    });
    return ok(lines3.join("\n"));
  };
}
var cordonCommand = cordonVerb(true);
var uncordonCommand = cordonVerb(false);

// shared/sim/commands/kubectl/format.ts
function humanAge(seconds) {
  if (seconds < 0) return "0s";
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  const days = Math.floor(hours / 24);
  if (hours < 24 * 8) return hours % 24 === 0 ? `${days}d` : `${days}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${days}d`;
  return `${Math.floor(days / 365)}y`;
}
var EPOCH_DAYS = 19856;
var EPOCH_SECONDS_OF_DAY = 9 * 3600;
var DAYS = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function civil(days) {
  const z8 = days + 719468;
  const era = Math.floor(z8 / 146097);
  const doe = z8 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}
var two = (n) => String(n).padStart(2, "0");
function timestamp(tick) {
  const total = EPOCH_SECONDS_OF_DAY + Math.max(0, tick);
  const days = EPOCH_DAYS + Math.floor(total / 86400);
  const s = total % 86400;
  const { y, m, d } = civil(days);
  return `${DAYS[days % 7]}, ${two(d)} ${MONTHS[m - 1]} ${y} ${two(Math.floor(s / 3600))}:${two(Math.floor(s % 3600 / 60))}:${two(s % 60)} +0000`;
}
function keyValues2(pairs, indent2 = 0, minWidth = 0) {
  const width = Math.max(minWidth, ...pairs.map(([k]) => k.length + 3));
  const pad2 = " ".repeat(indent2);
  const out = [];
  for (const [k, v] of pairs) {
    const [first, ...rest] = v.split("\n");
    out.push(`${pad2}${`${k}:`.padEnd(width)}${first ?? ""}`.trimEnd());
    for (const r2 of rest) out.push(`${pad2}${" ".repeat(width)}${r2}`);
  }
  return out;
}
function describeTable(header, rows, indent2 = 2) {
  const all = [header, header.map((h) => "-".repeat(h.length)), ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r2) => (r2[i] ?? "").length)));
  const pad2 = " ".repeat(indent2);
  return all.map((r2) => `${pad2}${r2.map((c, i) => i === r2.length - 1 ? c : c.padEnd((widths[i] ?? 0) + 2)).join("")}`.trimEnd());
}
function labelLines(labels) {
  const keys = Object.keys(labels).sort();
  return keys.length ? keys.map((k) => `${k}=${labels[k]}`).join("\n") : "<none>";
}
function eventAge(e, tick) {
  const last = humanAge(tick - e.lastTick);
  return e.count > 1 ? `${last} (x${e.count} over ${humanAge(tick - e.firstTick)})` : last;
}
function eventsSection(events, tick) {
  if (events.length === 0) return ["Events:  <none>"];
  const rows = events.map((e) => [e.type, e.reason, eventAge(e, tick), e.source, e.message]);
  return ["Events:", ...describeTable(["Type", "Reason", "Age", "From", "Message"], rows)];
}

// shared/sim/commands/kubectl/eventsResource.ts
function eventName(e, index) {
  return `${e.object.replace(/^[a-z]+\//, "")}.${(e.firstTick * 4096 + index).toString(16).padStart(16, "0")}`;
}
function eventAt(events, name3) {
  const hex = /\.([0-9a-f]{16})$/.exec(name3)?.[1];
  if (hex === void 0) return void 0;
  const index = parseInt(hex.slice(-3), 16);
  const e = events[index];
  return e && eventName(e, index) === name3 ? e : void 0;
}
var EVENTS = {
  plural: "events",
  singular: "event",
  shortNames: ["ev"],
  qualified: "event",
  namespaced: true,
  names: (world2) => world2.k8s.events.map(eventName),
  exists: (world2, name3) => eventAt(world2.k8s.events, name3) !== void 0,
  header: (wide) => wide ? ["LAST SEEN", "TYPE", "REASON", "OBJECT", "SUBOBJECT", "SOURCE", "MESSAGE", "FIRST SEEN", "COUNT", "NAME"] : ["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"],
  row: (world2, name3, wide) => {
    const e = eventAt(world2.k8s.events, name3);
    const last = eventAge({ ...e, count: 1 }, world2.tick);
    if (!wide) return [e.count > 1 ? eventAge(e, world2.tick) : last, e.type, e.reason, e.object, e.message];
    return [last, e.type, e.reason, e.object, "", e.source, e.message, eventAge({ ...e, count: 1, lastTick: e.firstTick }, world2.tick), String(e.count), name3];
  }
};

// shared/sim/commands/kubectl/nodeDescribe.ts
function osOf(world2, node) {
  const host = world2.hosts.get(node.machineId);
  const kernelId = host ? host.kernelId : world2.vms.get(node.machineId)?.kernelId;
  const kernel = kernelId ? world2.kernels.get(kernelId) : void 0;
  return { image: host ? "Debian GNU/Linux 12 (bookworm)" : "Ubuntu 22.04.4 LTS", kernel: kernel?.release ?? "<unknown>" };
}
var CONTAINER_RUNTIME = "docker://24.0.7";
var pct2 = (part, whole) => `${whole > 0 ? Math.floor(part * 100 / whole) : 0}%`;
var qty = (v, text3) => v === 0 ? "0" : text3(v);
function conditions(world2, n) {
  const hb = timestamp(n.lastHeartbeatTick);
  const since = timestamp(n.ready ? n.createdTick : n.notReadySinceTick);
  const row2 = (type, ok2, reason, message) => n.ready ? [type, ok2, hb, since, reason, message] : [type, "Unknown", hb, since, "NodeStatusUnknown", "Kubelet stopped posting node status."];
  return describeTable(["Type", "Status", "LastHeartbeatTime", "LastTransitionTime", "Reason", "Message"], [
    row2("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
    row2("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
    row2("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
    row2("Ready", "True", "KubeletReady", "kubelet is posting ready status")
  ]);
}
function podsTable(world2, n, pods) {
  const a = n.allocatable;
  const rows = pods.map((p) => {
    const s = p.spec;
    return [
      "default",
      p.name,
      `${qty(s.cpuRequestMillis, cpuText)} (${pct2(s.cpuRequestMillis, a.cpuMillis)})`,
      `${qty(s.cpuLimitMillis, cpuText)} (${pct2(s.cpuLimitMillis, a.cpuMillis)})`,
      `${qty(s.memoryRequestMiB, memoryText)} (${pct2(s.memoryRequestMiB, a.memoryMiB)})`,
      `${qty(s.memoryLimitMiB, memoryText)} (${pct2(s.memoryLimitMiB, a.memoryMiB)})`,
      humanAge(world2.tick - p.createdTick)
    ];
  });
  return [`Non-terminated Pods:          (${pods.length} in total)`, ...describeTable(["Namespace", "Name", "CPU Requests", "CPU Limits", "Memory Requests", "Memory Limits", "Age"], rows)];
}
function allocated(n, pods) {
  let cpuLim = 0;
  let memLim = 0;
  for (const p of pods) {
    cpuLim += p.spec.cpuLimitMillis;
    memLim += p.spec.memoryLimitMiB;
  }
  const a = n.allocatable;
  const r2 = n.requested;
  return ["Allocated resources:", "  (Total limits may be over 100 percent, i.e., overcommitted.)", ...describeTable(["Resource", "Requests", "Limits"], [
    ["cpu", `${qty(r2.cpuMillis, cpuText)} (${pct2(r2.cpuMillis, a.cpuMillis)})`, `${qty(cpuLim, cpuText)} (${pct2(cpuLim, a.cpuMillis)})`],
    ["memory", `${qty(r2.memoryMiB, memoryText)} (${pct2(r2.memoryMiB, a.memoryMiB)})`, `${qty(memLim, memoryText)} (${pct2(memLim, a.memoryMiB)})`]
  ])];
}
function describeNode(world2, name3) {
  const n = world2.k8s.nodes.get(name3);
  const os = osOf(world2, n);
  const pods = [...world2.k8s.pods.values()].filter((p) => p.nodeName === n.name && p.deletionTick < 0);
  const disk = (world2.hosts.get(n.machineId)?.diskMiB ?? world2.vms.get(n.machineId)?.diskMiB ?? 0) * 1024;
  const res = (cpu2, mem, podsMax) => [`  cpu:                ${cpu2}`, `  ephemeral-storage:  ${disk}Ki`, `  memory:             ${mem * 1024}Ki`, `  pods:               ${podsMax}`];
  return [
    ...keyValues2([
      ["Name", n.name],
      ["Roles", "<none>"],
      ["Labels", labelLines(n.labels)],
      ["Annotations", "node.alpha.kubernetes.io/ttl: 0\nvolumes.kubernetes.io/controller-managed-attach-detach: true"],
      ["CreationTimestamp", timestamp(n.createdTick)],
      ["Taints", n.taints.length ? n.taints.map((t2) => `${t2.key}${t2.value ? `=${t2.value}` : ""}:${t2.effect}`).join("\n") : "<none>"],
      ["Unschedulable", String(n.unschedulable)]
    ], 0, 20),
    "Conditions:",
    ...conditions(world2, n),
    "Addresses:",
    ...keyValues2([["InternalIP", n.internalIP], ["Hostname", n.name]], 2),
    "Capacity:",
    ...res(cpuText(n.capacity.cpuMillis), n.capacity.memoryMiB, n.capacity.pods),
    "Allocatable:",
    ...res(cpuText(n.allocatable.cpuMillis), n.allocatable.memoryMiB, n.allocatable.pods),
    "System Info:",
    ...keyValues2([
      ["Kernel Version", os.kernel],
      ["OS Image", os.image],
      ["Operating System", "linux"],
      ["Architecture", "amd64"],
      ["Container Runtime Version", CONTAINER_RUNTIME],
      ["Kubelet Version", world2.k8s.version],
      ["Kube-Proxy Version", world2.k8s.version]
    ], 2),
    `PodCIDR:                      ${n.podCidr}`,
    `PodCIDRs:                     ${n.podCidr}`,
    ...podsTable(world2, n, pods),
    ...allocated(n, pods),
    ...eventsSection(eventsFor(world2, `node/${n.name}`), world2.tick)
  ].join("\n");
}

// shared/sim/commands/kubectl/nodesResource.ts
var NODES = {
  plural: "nodes",
  singular: "node",
  shortNames: ["no"],
  qualified: "node",
  namespaced: false,
  names: (world2) => [...world2.k8s.nodes.keys()],
  exists: (world2, name3) => world2.k8s.nodes.has(name3),
  header: (wide) => ["NAME", "STATUS", "ROLES", "AGE", "VERSION", ...wide ? ["INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"] : []],
  row: (world2, name3, wide) => {
    const n = world2.k8s.nodes.get(name3);
    const base2 = [n.name, nodeStatus(n), "<none>", humanAge(world2.tick - n.createdTick), world2.k8s.version];
    if (!wide) return base2;
    const os = osOf(world2, n);
    return [...base2, n.internalIP, "<none>", os.image, os.kernel, CONTAINER_RUNTIME];
  },
  describe: describeNode
};

// shared/sim/k8s/kubeletContainer.ts
function containerName(pod, attempt) {
  return `k8s_${pod.spec.name}_${pod.name}_default_${pod.uid}_${attempt}`;
}
function resolveEnv(world2, pod) {
  const env = {};
  for (const e of pod.spec.env) {
    if (e.secretKeyRef) {
      const secret2 = world2.k8s.secrets.get(e.secretKeyRef.name);
      if (!secret2) return { ok: false, message: `secret "${e.secretKeyRef.name}" not found` };
      const value = secret2.data[e.secretKeyRef.key];
      if (value === void 0) return { ok: false, message: `couldn't find key ${e.secretKeyRef.key} in Secret default/${secret2.name}` };
      env[e.name] = value;
    } else {
      env[e.name] = e.value ?? "";
    }
  }
  return { ok: true, env };
}
function podIp(node) {
  const n = node.nextPodIp;
  node.nextPodIp = n >= 254 ? 2 : n + 1;
  return node.podCidr.replace(/\.0\/24$/, `.${n}`);
}
function runPodContainer(world2, pod, node, target, imageId, env) {
  const image2 = world2.images.get(imageId);
  if (!image2) return `No such image: ${pod.spec.image}`;
  if (pod.ip === "") pod.ip = podIp(node);
  const c = createContainer(world2, target, {
    name: containerName(pod, pod.restartCount),
    imageRef: pod.spec.image,
    imageId,
    cpuLimitMillis: pod.spec.cpuLimitMillis,
    memoryLimitMiB: pod.spec.memoryLimitMiB,
    oomScoreAdj: oomScoreAdjFor(pod.spec, node.capacity.memoryMiB),
    ports: [],
    network: "bridge",
    userns: false,
    // The kubelet, not dockerd, restarts pod containers (with its own back-off).
    restartPolicy: "no",
    env: { ...image2.env, ...env },
    labels: {
      ...pod.labels,
      "io.kubernetes.container.name": pod.spec.name,
      "io.kubernetes.pod.name": pod.name,
      "io.kubernetes.pod.namespace": "default",
      "io.kubernetes.pod.uid": pod.uid
    },
    mounts: [],
    profile: image2.profile
  });
  c.ip = pod.ip;
  pod.containerId = c.id;
  return startContainer(world2, c);
}
function removePodContainers(world2, pod) {
  for (const id2 of [pod.containerId, pod.previousContainerId]) {
    const c = id2 === null ? void 0 : world2.containers.get(id2);
    if (c) removeContainer(world2, c);
  }
  pod.containerId = null;
  pod.previousContainerId = null;
}
function forceRemovePod(world2, pod) {
  const node = pod.nodeName === null ? void 0 : world2.k8s.nodes.get(pod.nodeName);
  const reachable = node !== void 0 && machineReachability(world2, node.machineId) === "up";
  if (reachable) {
    const c = pod.containerId === null ? void 0 : world2.containers.get(pod.containerId);
    if (c && c.state === "running") killContainer(world2, c, 9);
    removePodContainers(world2, pod);
  } else {
    for (const id2 of [pod.containerId, pod.previousContainerId]) if (id2 !== null && world2.containers.has(id2)) world2.k8s.orphans.push(id2);
  }
  removePod(world2, pod);
}
function reapOrphans(world2) {
  const k8s = world2.k8s;
  if (k8s.orphans.length === 0) return;
  k8s.orphans = k8s.orphans.filter((id2) => {
    const c = world2.containers.get(id2);
    if (!c) return false;
    if (machineReachability(world2, c.targetId) !== "up") return true;
    if (c.state === "running") killContainer(world2, c, 9);
    removeContainer(world2, c);
    return false;
  });
}

// shared/sim/commands/kubectl/deletePod.ts
var FORCE_WARNING = "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.";
function deletePodObject(world2, name3, opts) {
  const pod = world2.k8s.pods.get(name3);
  if (opts.force && opts.gracePeriod === 0) {
    forceRemovePod(world2, pod);
    return `${FORCE_WARNING}
pod "${name3}" force deleted`;
  }
  const grace = opts.gracePeriod < 0 ? K8S_TERMINATION_GRACE_TICKS : Math.max(1, opts.gracePeriod);
  deletePod(world2, pod, grace);
  return `pod "${name3}" deleted`;
}

// shared/sim/commands/kubectl/podStatus.ts
function podStatusText(pod) {
  return pod.deletionTick >= 0 ? "Terminating" : pod.status;
}
function restartsText(pod, tick) {
  const last = pod.lastTermination;
  return pod.restartCount > 0 && last ? `${pod.restartCount} (${humanAge(tick - last.tick)} ago)` : String(pod.restartCount);
}

// shared/sim/commands/kubectl/podDescribe.ts
function containerState(world2, pod) {
  const c = pod.containerId === null ? void 0 : world2.containers.get(pod.containerId);
  const out = [];
  if (c && c.state === "running" && pod.deletionTick < 0) {
    out.push(["State", "Running"], ["  Started", timestamp(c.startedTick)]);
  } else if (pod.nodeName === null) {
    out.push(["State", "Waiting"], ["  Reason", "ContainerCreating"]);
  } else if (["CrashLoopBackOff", "ContainerCreating", "ErrImagePull", "ImagePullBackOff", "CreateContainerConfigError", "RunContainerError", "Pending"].includes(pod.status)) {
    out.push(["State", "Waiting"], ["  Reason", pod.status === "Pending" ? "ContainerCreating" : pod.status]);
    if (pod.statusMessage) out.push(["  Message", pod.statusMessage]);
  } else if (c && pod.lastTermination) {
    const t3 = pod.lastTermination;
    out.push(["State", "Terminated"], ["  Reason", t3.reason], ["  Exit Code", String(t3.exitCode)], ["  Started", timestamp(t3.startedTick ?? t3.tick)], ["  Finished", timestamp(t3.tick)]);
    return out;
  } else {
    out.push(["State", "Waiting"], ["  Reason", "ContainerCreating"]);
  }
  const t2 = pod.lastTermination;
  if (t2) out.push(["Last State", "Terminated"], ["  Reason", t2.reason], ["  Exit Code", String(t2.exitCode)], ["  Started", timestamp(t2.startedTick ?? t2.tick)], ["  Finished", timestamp(t2.tick)]);
  return out;
}
function resources(pod) {
  const s = pod.spec;
  const out = [];
  const block = (title, cpu2, mem) => {
    if (cpu2 === 0 && mem === 0) return;
    out.push([title, ""]);
    if (cpu2 > 0) out.push(["  cpu", cpuText(cpu2)]);
    if (mem > 0) out.push(["  memory", memoryText(mem)]);
  };
  block("Limits", s.cpuLimitMillis, s.memoryLimitMiB);
  block("Requests", s.cpuRequestMillis, s.memoryRequestMiB);
  return out;
}
function environment(pod) {
  if (pod.spec.env.length === 0) return "<none>";
  return pod.spec.env.map((e) => e.secretKeyRef ? `${e.name}:  <set to the key '${e.secretKeyRef.key}' in secret '${e.secretKeyRef.name}'>  Optional: false` : `${e.name}:  ${e.value ?? ""}`).join("\n");
}
function placementHint(pod, lang) {
  const p = pod.placement;
  if (!p || pod.nodeName === null) return [];
  const scores = p.scores.map((s) => `${s.plugin} ${s.score}\xD7${s.weight}`).join(", ");
  const key = p.feasible === 1 ? "k8s.hint.placedOnly" : "k8s.hint.placed";
  const text3 = translate(lang, key, { node: pod.nodeName, feasible: p.feasible, evaluated: p.evaluated, total: p.total, score: p.score, scores, runnerUp: p.runnerUp, runnerUpScore: p.runnerUpScore });
  return ["", translate(lang, "common.hint", { text: text3 })];
}
function describePod(world2, name3, lang) {
  const pod = world2.k8s.pods.get(name3);
  const node = pod.nodeName === null ? void 0 : world2.k8s.nodes.get(pod.nodeName);
  const c = pod.containerId === null ? void 0 : world2.containers.get(pod.containerId);
  const scheduled2 = pod.nodeName !== null;
  const ready = pod.ready ? "True" : "False";
  const top = keyValues2([
    ["Name", pod.name],
    ["Namespace", "default"],
    ["Priority", "0"],
    ["Service Account", "default"],
    ["Node", node ? `${node.name}/${node.internalIP}` : "<none>"],
    ...pod.startTick >= 0 ? [["Start Time", timestamp(pod.startTick)]] : [],
    ["Labels", labelLines(pod.labels)],
    ["Annotations", "<none>"],
    ["Status", pod.deletionTick >= 0 ? `${podStatusText(pod)} (lasts ${pod.deletionGraceTicks}s)` : pod.phase],
    ...pod.deletionTick >= 0 ? [["Termination Grace Period", `${pod.deletionGraceTicks}s`]] : [],
    ["IP", pod.ip]
  ], 0, 18);
  const after = [
    ...pod.ip ? ["IPs:", `  IP:  ${pod.ip}`] : ["IPs:              <none>"],
    ...pod.owner ? [`Controlled By:  ReplicaSet/${pod.owner}`] : []
  ];
  const container2 = keyValues2([
    ...c ? [["Container ID", `docker://${c.id}`]] : [],
    ["Image", pod.spec.image],
    ...c ? [["Image ID", `docker-pullable://${pod.spec.image.replace(/:[^:/]+$/, "")}@${c.imageId}`]] : [],
    ["Port", pod.spec.containerPort > 0 ? `${pod.spec.containerPort}/TCP` : "<none>"],
    ["Host Port", pod.spec.containerPort > 0 ? "0/TCP" : "<none>"],
    ...containerState(world2, pod),
    ["Ready", ready],
    ["Restart Count", String(pod.restartCount)],
    ...resources(pod),
    ...pod.spec.readinessDelayTicks > 0 && pod.spec.containerPort > 0 ? [["Readiness", `http-get http://:${pod.spec.containerPort}/ delay=${pod.spec.readinessDelayTicks}s timeout=1s period=10s #success=1 #failure=3`]] : [],
    ["Environment", environment(pod)],
    ["Mounts", "<none>"]
  ], 4, 16);
  const conditions2 = describeTable(["Type", "Status"], [
    ["Initialized", scheduled2 ? "True" : "False"],
    ["Ready", ready],
    ["ContainersReady", ready],
    ["PodScheduled", scheduled2 ? "True" : "False"]
  ]).filter((_, i) => i !== 1);
  const tail = keyValues2([
    ["QoS Class", qosClass(pod.spec)],
    ["Node-Selectors", "<none>"],
    ["Tolerations", [`node.kubernetes.io/not-ready:NoExecute op=Exists for ${world2.k8s.evictionTolerationTicks}s`, `node.kubernetes.io/unreachable:NoExecute op=Exists for ${world2.k8s.evictionTolerationTicks}s`].join("\n")]
  ], 0, 29);
  return [
    ...top,
    ...after,
    "Containers:",
    `  ${pod.spec.name}:`,
    ...container2,
    "Conditions:",
    ...conditions2,
    "Volumes:                      <none>",
    ...tail,
    ...eventsSection(eventsFor(world2, `pod/${pod.name}`), world2.tick),
    ...placementHint(pod, lang)
  ].join("\n");
}

// shared/sim/commands/kubectl/podsResource.ts
var PODS = {
  plural: "pods",
  singular: "pod",
  shortNames: ["po"],
  qualified: "pod",
  namespaced: true,
  names: (world2) => [...world2.k8s.pods.keys()],
  exists: (world2, name3) => world2.k8s.pods.has(name3),
  header: (wide) => ["NAME", "READY", "STATUS", "RESTARTS", "AGE", ...wide ? ["IP", "NODE", "NOMINATED NODE", "READINESS GATES"] : []],
  row: (world2, name3, wide) => {
    const p = world2.k8s.pods.get(name3);
    const base2 = [p.name, `${p.ready ? 1 : 0}/1`, podStatusText(p), restartsText(p, world2.tick), humanAge(world2.tick - p.createdTick)];
    return wide ? [...base2, p.ip || "<none>", p.nodeName ?? "<none>", "<none>", "<none>"] : base2;
  },
  describe: describePod,
  delete: deletePodObject
};

// shared/sim/commands/kubectl/deleteWorkload.ts
function deleteDeploymentObject(world2, name3) {
  const d = world2.k8s.deployments.get(name3);
  if (d) removeDeployment(world2, d);
  return `deployment.apps "${name3}" deleted`;
}
function deleteReplicaSetObject(world2, name3) {
  world2.k8s.replicaSets.delete(name3);
  for (const p of [...world2.k8s.pods.values()]) if (p.owner === name3) deletePod(world2, p);
  return `replicaset.apps "${name3}" deleted`;
}
function deleteServiceObject(world2, name3) {
  world2.k8s.services.delete(name3);
  return `service "${name3}" deleted`;
}
function deleteSecretObject(world2, name3) {
  world2.k8s.secrets.delete(name3);
  return `secret "${name3}" deleted`;
}
function deleteHpaObject(world2, name3) {
  world2.k8s.hpas.delete(name3);
  return `horizontalpodautoscaler.autoscaling "${name3}" deleted`;
}

// shared/sim/k8s/workloads/status.ts
function podsByOwner(world2) {
  const out = /* @__PURE__ */ new Map();
  for (const p of world2.k8s.pods.values()) {
    if (p.owner === null || !isActive(p)) continue;
    const list4 = out.get(p.owner);
    if (list4) list4.push(p);
    else out.set(p.owner, [p]);
  }
  return out;
}
function rsCounts(pods) {
  let ready = 0;
  for (const p of pods ?? []) if (p.ready) ready++;
  return { current: pods?.length ?? 0, ready, available: ready };
}
function replicaSetsOf(world2, deployment2) {
  const out = [];
  for (const rs of world2.k8s.replicaSets.values()) if (rs.deployment === deployment2) out.push(rs);
  return out.sort((a, b) => a.createdTick - b.createdTick || a.revision - b.revision);
}
function newReplicaSetOf(world2, d) {
  return world2.k8s.replicaSets.get(`${d.name}-${templateHash(d.template)}`);
}
function deploymentStatus(world2, d, byOwner = podsByOwner(world2)) {
  const newRS = newReplicaSetOf(world2, d);
  const oldRSs = [];
  let replicas = 0;
  let ready = 0;
  let updated = 0;
  let desired = 0;
  for (const rs of replicaSetsOf(world2, d.name)) {
    const c = rsCounts(byOwner.get(rs.name));
    desired += rs.replicas;
    replicas += c.current;
    ready += c.ready;
    if (rs === newRS) updated = c.current;
    else oldRSs.push(rs);
  }
  return { replicas, updated, ready, available: ready, unavailable: Math.max(0, Math.max(desired, d.replicas) - ready), newRS, oldRSs };
}
function selects(selector, labels) {
  let any = false;
  for (const k in selector) {
    any = true;
    if (!Object.hasOwn(labels, k) || labels[k] !== selector[k]) return false;
  }
  return any;
}

// shared/sim/k8s/workloads/views/format.ts
function ageOf(world2, tick) {
  return humanAge(world2.tick - tick);
}
function selectorText2(m) {
  const keys = Object.keys(m).sort();
  return keys.length === 0 ? "<none>" : keys.map((k) => `${k}=${m[k]}`).join(",");
}
function labelLines2(m) {
  const keys = Object.keys(m).sort();
  return keys.length === 0 ? ["<none>"] : keys.map((k) => `${k}=${m[k]}`);
}
function kv(rows, indent2 = "") {
  const width = Math.max(...rows.map(([k]) => k.length + 1)) + 2;
  const out = [];
  for (const [k, v] of rows) {
    const lines3 = Array.isArray(v) ? v : [v];
    out.push(`${indent2}${`${k}:`.padEnd(width)}${lines3[0] ?? ""}`.trimEnd());
    for (const more of lines3.slice(1)) out.push(`${indent2}${" ".repeat(width)}${more}`);
  }
  return out;
}
function eventsBlock(world2, object) {
  return eventsSection(world2.k8s.events.filter((e) => e.object === object), world2.tick);
}

// shared/sim/k8s/workloads/views/deployments.ts
function deploymentHeader(wide) {
  return ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE", ...wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : []];
}
function deploymentRow(world2, d, wide) {
  const st = deploymentStatus(world2, d);
  const c = d.template.container;
  return [d.name, `${st.ready}/${d.replicas}`, String(st.updated), String(st.available), ageOf(world2, d.createdTick), ...wide ? [c.name, c.image, selectorText2(d.selector)] : []];
}
function replicaSetHeader(wide) {
  return ["NAME", "DESIRED", "CURRENT", "READY", "AGE", ...wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : []];
}
function replicaSetRow(world2, rs, wide) {
  const c = rsCounts(podsByOwner(world2).get(rs.name));
  const t2 = rs.template.container;
  const sel = { ...world2.k8s.deployments.get(rs.deployment)?.selector ?? rs.template.labels, "pod-template-hash": rs.templateHash };
  return [rs.name, String(rs.replicas), String(c.current), String(c.ready), ageOf(world2, rs.createdTick), ...wide ? [t2.name, t2.image, selectorText2(sel)] : []];
}
var MONTH_NUMBER = { Jan: "01", Feb: "02", Mar: "03", Apr: "04", May: "05", Jun: "06", Jul: "07", Aug: "08", Sep: "09", Oct: "10", Nov: "11", Dec: "12" };
function rfc3339(tick) {
  const [, day, mon, year, time2] = timestamp(tick).split(" ");
  return `${year}-${MONTH_NUMBER[mon]}-${day}T${time2}Z`;
}
function resourceLines(c) {
  const out = [];
  if (c.cpuLimitMillis > 0 || c.memoryLimitMiB > 0) {
    out.push("    Limits:");
    if (c.cpuLimitMillis > 0) out.push(`      cpu:     ${cpuText(c.cpuLimitMillis)}`);
    if (c.memoryLimitMiB > 0) out.push(`      memory:  ${memoryText(c.memoryLimitMiB)}`);
  }
  if (c.cpuRequestMillis > 0 || c.memoryRequestMiB > 0) {
    out.push("    Requests:");
    if (c.cpuRequestMillis > 0) out.push(`      cpu:     ${cpuText(c.cpuRequestMillis)}`);
    if (c.memoryRequestMiB > 0) out.push(`      memory:  ${memoryText(c.memoryRequestMiB)}`);
  }
  return out;
}
function field(key, value) {
  return `    ${`${key}:`.padEnd(14)}${value}`;
}
function envLines(c) {
  if (c.env.length === 0) return [field("Environment", "<none>")];
  const width = Math.max(...c.env.map((e) => e.name.length + 1)) + 2;
  return ["    Environment:", ...c.env.map((e) => {
    const value = e.secretKeyRef ? `<set to the key '${e.secretKeyRef.key}' in secret '${e.secretKeyRef.name}'>  Optional: false` : e.value ?? "";
    return `      ${`${e.name}:`.padEnd(width)}${value}`;
  })];
}
function podTemplateLines(template, extraLabels = {}) {
  const c = template.container;
  const head = [field("Image", c.image), field("Port", c.containerPort > 0 ? `${c.containerPort}/TCP` : "<none>"), field("Host Port", c.containerPort > 0 ? "0/TCP" : "<none>")];
  const readiness = c.readinessDelayTicks > 0 ? [field("Readiness", `delay=${c.readinessDelayTicks}s timeout=1s period=10s #success=1 #failure=3`)] : [];
  const meta = [["Labels", labelLines2({ ...template.labels, ...extraLabels })]];
  if (template.restartedAt !== void 0) meta.push(["Annotations", `kubectl.kubernetes.io/restartedAt: ${rfc3339(template.restartedAt)}`]);
  return [
    "Pod Template:",
    ...kv(meta, "  "),
    "  Containers:",
    `   ${c.name}:`,
    ...head,
    ...resourceLines(c),
    ...readiness,
    ...envLines(c),
    field("Mounts", "<none>"),
    "  Volumes:         <none>"
  ];
}
function rsSummary(world2, rs, byOwner) {
  if (!rs) return "<none>";
  return `${rs.name} (${rsCounts(byOwner.get(rs.name)).current}/${rs.replicas} replicas created)`;
}
function describeDeployment(world2, d) {
  const byOwner = podsByOwner(world2);
  const st = deploymentStatus(world2, d, byOwner);
  const annotations = [`deployment.kubernetes.io/revision: ${d.revision}`, ...d.changeCause ? [`kubernetes.io/change-cause: ${d.changeCause}`] : []];
  const olds = st.oldRSs.filter((rs) => rs.replicas > 0 || (byOwner.get(rs.name)?.length ?? 0) > 0);
  const available = st.available >= d.replicas - resolveFenceposts(d.maxSurge, d.maxUnavailable, d.replicas).unavailable;
  const progressing = d.progressDeadlineExceeded ? ["Progressing    False   ProgressDeadlineExceeded"] : [`Progressing    True    ${d.rolloutStartedTick < 0 ? "NewReplicaSetAvailable" : "ReplicaSetUpdated"}`];
  return [
    ...kv([
      ["Name", d.name],
      ["Namespace", "default"],
      ["CreationTimestamp", timestamp(d.createdTick)],
      ["Labels", labelLines2(d.labels)],
      ["Annotations", annotations],
      ["Selector", selectorText2(d.selector)],
      ["Replicas", `${d.replicas} desired | ${st.updated} updated | ${st.replicas} total | ${st.available} available | ${st.unavailable} unavailable`],
      ["StrategyType", "RollingUpdate"],
      ["MinReadySeconds", "0"],
      ["RollingUpdateStrategy", `${d.maxUnavailable} max unavailable, ${d.maxSurge} max surge`]
    ]),
    ...podTemplateLines(d.template),
    "Conditions:",
    "  Type           Status  Reason",
    "  ----           ------  ------",
    `  Available      ${available ? "True    MinimumReplicasAvailable" : "False   MinimumReplicasUnavailable"}`,
    ...progressing.map((l) => `  ${l}`),
    ...kv([["OldReplicaSets", olds.length === 0 ? "<none>" : olds.map((rs) => rsSummary(world2, rs, byOwner))], ["NewReplicaSet", rsSummary(world2, st.newRS, byOwner)]]),
    ...eventsBlock(world2, `deployment/${d.name}`)
  ].join("\n");
}
function describeReplicaSet(world2, rs) {
  const pods = podsByOwner(world2).get(rs.name) ?? [];
  const running2 = pods.filter((p) => p.phase === "Running").length;
  const d = world2.k8s.deployments.get(rs.deployment);
  const hash = { "pod-template-hash": rs.templateHash };
  const max = d ? d.replicas + resolveFenceposts(d.maxSurge, d.maxUnavailable, d.replicas).surge : rs.replicas;
  return [
    ...kv([
      ["Name", rs.name],
      ["Namespace", "default"],
      ["Selector", selectorText2({ ...d?.selector ?? rs.template.labels, ...hash })],
      ["Labels", labelLines2({ ...rs.template.labels, ...hash })],
      ["Annotations", [`deployment.kubernetes.io/desired-replicas: ${d?.replicas ?? rs.replicas}`, `deployment.kubernetes.io/max-replicas: ${max}`, `deployment.kubernetes.io/revision: ${rs.revision}`]],
      ["Controlled By", `Deployment/${rs.deployment}`],
      ["Replicas", `${pods.length} current / ${rs.replicas} desired`],
      ["Pods Status", `${running2} Running / ${pods.length - running2} Waiting / 0 Succeeded / 0 Failed`]
    ]),
    ...podTemplateLines(rs.template, hash),
    ...eventsBlock(world2, `replicaset/${rs.name}`)
  ].join("\n");
}

// shared/sim/k8s/workloads/views/hpa.ts
function current2(hpa) {
  return hpa.currentCpuPercent < 0 ? "<unknown>" : `${hpa.currentCpuPercent}%`;
}
function replicasOf(world2, hpa) {
  return world2.k8s.deployments.get(hpa.deployment)?.replicas ?? 0;
}
function hpaRow(world2, h) {
  return [h.name, `Deployment/${h.deployment}`, `cpu: ${current2(h)}/${h.targetCpuPercent}%`, String(h.minReplicas), String(h.maxReplicas), String(replicasOf(world2, h)), ageOf(world2, h.createdTick)];
}
function describeHpa(world2, hpa) {
  const d = world2.k8s.deployments.get(hpa.deployment);
  const perPod = d?.template.container.cpuRequestMillis ?? 0;
  const used = hpa.currentCpuPercent < 0 ? "<unknown>" : `${hpa.currentCpuPercent}% (${cpuText(Math.round(hpa.currentCpuPercent * perPod / 100))})`;
  return [
    ...kv([
      ["Name", hpa.name],
      ["Namespace", "default"],
      ["Labels", "<none>"],
      ["Annotations", "<none>"],
      ["CreationTimestamp", timestamp(hpa.createdTick)],
      ["Reference", `Deployment/${hpa.deployment}`],
      ["Metrics", ["( current / target )"]]
    ]),
    `  resource cpu on pods  (as a percentage of request):  ${used} / ${hpa.targetCpuPercent}%`,
    ...kv([
      ["Min replicas", String(hpa.minReplicas)],
      ["Max replicas", String(hpa.maxReplicas)],
      ["Deployment pods", `${replicasOf(world2, hpa)} current / ${replicasOf(world2, hpa)} desired`]
    ]),
    ...eventsBlock(world2, `horizontalpodautoscaler/${hpa.name}`)
  ].join("\n");
}

// shared/sim/k8s/workloads/views/secrets.ts
function secretRow(world2, s) {
  return [s.name, "Opaque", String(Object.keys(s.data).length), ageOf(world2, s.createdTick)];
}
function describeSecret(s) {
  const sizes = secretSizes(s);
  const width = Math.max(0, ...sizes.map((x) => x.key.length + 1)) + 2;
  return [
    "Name:         " + s.name,
    "Namespace:    default",
    "Labels:       <none>",
    "Annotations:  <none>",
    "",
    "Type:  Opaque",
    "",
    "Data",
    "====",
    ...sizes.map((x) => `${`${x.key}:`.padEnd(width)}${x.bytes} bytes`)
  ].join("\n");
}

// shared/sim/k8s/workloads/views/services.ts
function endpointPods(world2, s) {
  const out = [];
  for (const p of world2.k8s.pods.values()) if (isActive(p) && p.ready && p.ip !== "" && selects(s.selector, p.labels)) out.push(p);
  return out;
}
function endpointText(world2, s, max) {
  const eps = endpointPods(world2, s).map((p) => `${p.ip}:${s.targetPort}`);
  if (eps.length === 0) return "<none>";
  if (eps.length <= max) return eps.join(",");
  return `${eps.slice(0, max).join(",")} + ${eps.length - max} more...`;
}
function nodePortOf(s) {
  let h = 0;
  for (let i = 0; i < s.name.length; i++) h = Math.imul(h, 31) + s.name.charCodeAt(i) >>> 0;
  return 3e4 + h % 2768;
}
function externalIpOf(world2, s) {
  if (s.type !== "LoadBalancer") return "<none>";
  return world2.tick - s.createdTick < LB_PROVISION_TICKS || s.externalIP === "" ? "<pending>" : s.externalIP;
}
function portsText2(s) {
  return s.type === "LoadBalancer" ? `${s.port}:${nodePortOf(s)}/TCP` : `${s.port}/TCP`;
}
function serviceHeader(wide) {
  return ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE", ...wide ? ["SELECTOR"] : []];
}
function serviceRow(world2, s, wide) {
  return [s.name, s.type, s.clusterIP, externalIpOf(world2, s), portsText2(s), ageOf(world2, s.createdTick), ...wide ? [selectorText2(s.selector)] : []];
}
function endpointsRow(world2, s) {
  return [s.name, endpointText(world2, s, 3), ageOf(world2, s.createdTick)];
}
function describeService(world2, s) {
  const rows = [
    ["Name", s.name],
    ["Namespace", "default"],
    ["Labels", selectorText2(s.selector)],
    ["Annotations", "<none>"],
    ["Selector", selectorText2(s.selector)],
    ["Type", s.type],
    ["IP Family Policy", "SingleStack"],
    ["IP Families", "IPv4"],
    ["IP", s.clusterIP],
    ["IPs", s.clusterIP]
  ];
  const ext = externalIpOf(world2, s);
  if (s.type === "LoadBalancer" && ext !== "<pending>") rows.push(["LoadBalancer Ingress", ext]);
  rows.push(["Port", `<unset>  ${s.port}/TCP`], ["TargetPort", `${s.targetPort}/TCP`]);
  if (s.type === "LoadBalancer") rows.push(["NodePort", `<unset>  ${nodePortOf(s)}/TCP`]);
  rows.push(["Endpoints", endpointText(world2, s, Number.MAX_SAFE_INTEGER).replace("<none>", "")], ["Session Affinity", "None"]);
  if (s.type === "LoadBalancer") rows.push(["External Traffic Policy", "Cluster"]);
  return [...kv(rows), ...eventsBlock(world2, `service/${s.name}`)].join("\n");
}

// shared/sim/k8s/workloads/views/resources.ts
var sortedKeys = (m) => [...m.keys()].sort();
var DEPLOYMENTS = {
  plural: "deployments",
  singular: "deployment",
  shortNames: ["deploy"],
  qualified: "deployment.apps",
  namespaced: true,
  names: (world2) => sortedKeys(world2.k8s.deployments),
  exists: (world2, name3) => world2.k8s.deployments.has(name3),
  header: deploymentHeader,
  row: (world2, name3, wide) => deploymentRow(world2, world2.k8s.deployments.get(name3), wide),
  describe: (world2, name3) => describeDeployment(world2, world2.k8s.deployments.get(name3)),
  delete: (world2, name3) => deleteDeploymentObject(world2, name3)
};
var REPLICASETS = {
  plural: "replicasets",
  singular: "replicaset",
  shortNames: ["rs"],
  qualified: "replicaset.apps",
  namespaced: true,
  names: (world2) => sortedKeys(world2.k8s.replicaSets),
  exists: (world2, name3) => world2.k8s.replicaSets.has(name3),
  header: replicaSetHeader,
  row: (world2, name3, wide) => replicaSetRow(world2, world2.k8s.replicaSets.get(name3), wide),
  describe: (world2, name3) => describeReplicaSet(world2, world2.k8s.replicaSets.get(name3)),
  delete: (world2, name3) => deleteReplicaSetObject(world2, name3)
};
var service2 = (world2, name3) => world2.k8s.services.get(name3);
var SERVICES = {
  plural: "services",
  singular: "service",
  shortNames: ["svc"],
  qualified: "service",
  namespaced: true,
  names: (world2) => sortedKeys(world2.k8s.services),
  exists: (world2, name3) => world2.k8s.services.has(name3),
  header: serviceHeader,
  row: (world2, name3, wide) => serviceRow(world2, service2(world2, name3), wide),
  describe: (world2, name3) => describeService(world2, service2(world2, name3)),
  delete: (world2, name3) => deleteServiceObject(world2, name3)
};
var ENDPOINTS = {
  plural: "endpoints",
  singular: "endpoints",
  shortNames: ["ep"],
  qualified: "endpoints",
  namespaced: true,
  names: (world2) => sortedKeys(world2.k8s.services),
  exists: (world2, name3) => world2.k8s.services.has(name3),
  header: () => ["NAME", "ENDPOINTS", "AGE"],
  row: (world2, name3) => endpointsRow(world2, service2(world2, name3))
};
var SECRETS = {
  plural: "secrets",
  singular: "secret",
  shortNames: [],
  qualified: "secret",
  namespaced: true,
  names: (world2) => sortedKeys(world2.k8s.secrets),
  exists: (world2, name3) => world2.k8s.secrets.has(name3),
  header: () => ["NAME", "TYPE", "DATA", "AGE"],
  row: (world2, name3) => secretRow(world2, world2.k8s.secrets.get(name3)),
  describe: (world2, name3) => describeSecret(world2.k8s.secrets.get(name3)),
  delete: (world2, name3) => deleteSecretObject(world2, name3)
};
var HPAS = {
  plural: "horizontalpodautoscalers",
  singular: "horizontalpodautoscaler",
  shortNames: ["hpa"],
  qualified: "horizontalpodautoscaler.autoscaling",
  namespaced: true,
  names: (world2) => sortedKeys(world2.k8s.hpas),
  exists: (world2, name3) => world2.k8s.hpas.has(name3),
  header: () => ["NAME", "REFERENCE", "TARGETS", "MINPODS", "MAXPODS", "REPLICAS", "AGE"],
  row: (world2, name3) => hpaRow(world2, world2.k8s.hpas.get(name3)),
  describe: (world2, name3) => describeHpa(world2, world2.k8s.hpas.get(name3)),
  delete: (world2, name3) => deleteHpaObject(world2, name3)
};
var WORKLOAD_RESOURCE_TYPES = [DEPLOYMENTS, REPLICASETS, SERVICES, ENDPOINTS, SECRETS, HPAS];

// shared/sim/commands/kubectl/resources.ts
var RESOURCE_TYPES = [PODS, NODES, EVENTS, ...WORKLOAD_RESOURCE_TYPES];
function resolveType(word) {
  const w = word.toLowerCase().replace(/\.(v1|apps|apps\/v1|autoscaling)$/, "");
  return RESOURCE_TYPES.find((t2) => t2.plural === w || t2.singular === w || t2.shortNames.includes(w));
}
function unknownType(word) {
  return `error: the server doesn't have a resource type "${word}"`;
}
function notFound(t2, name3) {
  const dot = t2.qualified.indexOf(".");
  const group = dot < 0 ? "" : t2.qualified.slice(dot);
  return `Error from server (NotFound): ${t2.plural}${group} "${name3}" not found`;
}
function parseTargets(words) {
  const first = words[0];
  if (first === void 0) return null;
  if (first.includes("/")) {
    let type2;
    const names = [];
    for (const w of words) {
      const slash = w.indexOf("/");
      if (slash < 0) return { ok: false, error: "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'" };
      const word = w.slice(0, slash);
      const t2 = resolveType(word);
      if (!t2) return { ok: false, error: unknownType(word) };
      if (type2 && t2 !== type2) return { ok: false, error: "error: this game's kubectl takes objects of one type per command" };
      type2 = t2;
      names.push(w.slice(slash + 1));
    }
    return type2 ? { ok: true, type: type2, names } : null;
  }
  const type = resolveType(first);
  if (!type) return { ok: false, error: unknownType(first) };
  return { ok: true, type, names: words.slice(1) };
}

// shared/sim/commands/kubectl/delete.ts
var deleteVerb = ({ ctx, args, namespace }) => {
  const r2 = parseVerbFlags("delete", args, [f("grace", ["--grace-period"]), f("force", ["--force"], false), f("now", ["--now"], false), f("wait", ["--wait"])]);
  if (!r2.ok) return r2.outcome;
  const targets = parseTargets(r2.parsed.positionals);
  if (targets === null) return fail("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
  if (!targets.ok) return fail(targets.error);
  const { type, names } = targets;
  if (names.length === 0) return fail("error: resource(s) were provided, but no name was specified");
  const graceText = flag(r2.parsed, "grace") ?? (hasFlag(r2.parsed, "now") ? "1" : "-1");
  if (!/^-?\d+$/.test(graceText)) return fail(`error: invalid argument "${graceText}" for "--grace-period" flag: strconv.ParseInt: parsing "${graceText}": invalid syntax`);
  const world2 = ctx.world;
  const remove3 = type.delete;
  if (!remove3) return fail(`Error from server (MethodNotAllowed): the server does not allow this method on the requested resource`);
  for (const n of names) if (type.namespaced && namespace !== "default" || !type.exists(world2, n)) return fail(notFound(type, n));
  const opts = { gracePeriod: Number(graceText), force: hasFlag(r2.parsed, "force") };
  return ok(names.map((n) => remove3(world2, n, opts)).join("\n"));
};

// shared/sim/commands/kubectl/describe.ts
var describeVerb = ({ ctx, args, namespace }) => {
  const r2 = parseVerbFlags("describe", args, []);
  if (!r2.ok) return r2.outcome;
  const targets = parseTargets(r2.parsed.positionals);
  if (targets === null) return fail(`You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
See 'kubectl describe -h' for help and examples`);
  if (!targets.ok) return fail(targets.error);
  const { type, names } = targets;
  const world2 = ctx.world;
  const describe = type.describe;
  if (!describe) return fail(`error: describing ${type.plural} is not supported here (try "kubectl get ${type.plural}")`);
  const elsewhere = type.namespaced && namespace !== "default";
  for (const n of names) if (elsewhere || !type.exists(world2, n)) return fail(notFound(type, n));
  const list4 = names.length ? names : elsewhere ? [] : type.names(world2);
  if (list4.length === 0) return ok(type.namespaced ? `No resources found in ${namespace} namespace.` : "No resources found");
  return ok(list4.map((n) => describe(world2, n, ctx.actor.lang)).join("\n\n\n"));
};

// shared/sim/commands/kubectl/drain.ts
var FLAGS = [
  f("ignoreDaemonsets", ["--ignore-daemonsets"], false),
  f("deleteEmptydir", ["--delete-emptydir-data", "--delete-local-data"], false),
  f("force", ["--force"], false),
  f("grace", ["--grace-period"]),
  f("timeout", ["--timeout"])
];
var UNMANAGED = "cannot delete Pods that declare no controller (use --force to override)";
var drainVerb = ({ ctx, args }) => {
  const r2 = parseVerbFlags("drain", args, FLAGS);
  if (!r2.ok) return r2.outcome;
  const names = r2.parsed.positionals.map((w) => w.replace(/^(nodes?|no)\//, ""));
  if (names.length !== 1) return fail("error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples");
  const name3 = names[0];
  const world2 = ctx.world;
  const node = world2.k8s.nodes.get(name3);
  if (!node) return fail(`Error from server (NotFound): nodes "${name3}" not found`);
  const graceText = flag(r2.parsed, "grace") ?? "-1";
  if (!/^-?\d+$/.test(graceText)) return fail(`error: invalid argument "${graceText}" for "--grace-period" flag: strconv.ParseInt: parsing "${graceText}": invalid syntax`);
  const pods = [...world2.k8s.pods.values()].filter((p) => p.nodeName === name3 && isActive(p));
  const bare = pods.filter((p) => p.owner === null).map((p) => `default/${p.name}`);
  const force = hasFlag(r2.parsed, "force");
  if (bare.length > 0 && !force) {
    const why = `cannot delete ${UNMANAGED}: ${bare.join(", ")}`;
    return failWithHint(ctx, `error: unable to drain node "${name3}" due to error: ${why}, continuing command...
There are pending nodes to be drained:
 ${name3}
${why}`, "k8s.hint.drainBare", { node: name3 });
  }
  const lines3 = [`node/${name3} ${setUnschedulable(world2, node, true) ? "" : "already "}cordoned`];
  if (bare.length > 0) lines3.push(`Warning: deleting Pods that declare no controller: ${bare.join(", ")}`);
  const grace = Number(graceText) < 0 ? K8S_TERMINATION_GRACE_TICKS : Math.max(1, Number(graceText));
  for (const p of pods) lines3.push(`evicting pod default/${p.name}`);
  for (const p of pods) {
    deletePod(world2, p, grace);
    lines3.push(`pod/${p.name} evicted`);
  }
  lines3.push(`node/${name3} drained`);
  return ok(lines3.join("\n"));
};

// shared/sim/commands/kubectl/get.ts
var REQUIRED = [
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.',
  "",
  "error: Required resource not specified.",
  'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).',
  "See 'kubectl get -h' for help and examples"
].join("\n");
var getVerb = ({ ctx, args, namespace }) => {
  const r2 = parseVerbFlags("get", args, [f("output", ["-o", "--output"]), f("watch", ["-w", "--watch"], false), f("all", ["-A", "--all-namespaces"], false)]);
  if (!r2.ok) return r2.outcome;
  const output = flag(r2.parsed, "output") ?? "";
  if (!["", "wide", "name"].includes(output)) {
    return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: name,wide`);
  }
  const targets = parseTargets(r2.parsed.positionals);
  if (targets === null) return fail(REQUIRED);
  if (!targets.ok) return fail(targets.error);
  const { type, names } = targets;
  const world2 = ctx.world;
  const all = hasFlag(r2.parsed, "all") && type.namespaced;
  const elsewhere = type.namespaced && namespace !== "default" && !all;
  const missing = names.filter((n) => elsewhere || !type.exists(world2, n));
  const shown = names.length ? names.filter((n) => !missing.includes(n)) : elsewhere ? [] : type.names(world2);
  const errors = missing.map((n) => notFound(type, n));
  let text3;
  if (shown.length === 0) {
    text3 = names.length ? "" : type.namespaced && !all ? `No resources found in ${namespace} namespace.` : "No resources found";
  } else if (output === "name") {
    text3 = shown.map((n) => `${type.qualified}/${n}`).join("\n");
  } else {
    const wide = output === "wide";
    const ns = all ? ["NAMESPACE"] : [];
    text3 = table([...ns, ...type.header(wide)], shown.map((n) => [...all ? ["default"] : [], ...type.row(world2, n, wide)]));
  }
  if (errors.length) return fail(errors.join("\n"), text3 || void 0);
  return ok(text3);
};

// shared/sim/commands/kubectl/logs.ts
var USAGE14 = "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples";
function waitingReason(status2) {
  if (status2 === "ErrImagePull" || status2 === "ImagePullBackOff") return "trying and failing to pull image";
  if (status2 === "CreateContainerConfigError") return "CreateContainerConfigError";
  return "ContainerCreating";
}
var logsVerb = ({ ctx, args, namespace }) => {
  const r2 = parseVerbFlags("logs", args, [f("previous", ["-p", "--previous"], false), f("tail", ["--tail"]), f("container", ["-c", "--container"]), f("follow", ["-f", "--follow"], false)]);
  if (!r2.ok) return r2.outcome;
  const [target, ...rest] = r2.parsed.positionals;
  if (target === void 0) return fail(USAGE14);
  if (rest.length > 0) return fail(`error: only one of -c or an inline [CONTAINER] arg is allowed`);
  const tail = flag(r2.parsed, "tail") ?? "-1";
  if (!/^-?\d+$/.test(tail)) return fail(`error: invalid argument "${tail}" for "--tail" flag: strconv.ParseInt: parsing "${tail}": invalid syntax`);
  const name3 = target.replace(/^(pods?|po)\//, "");
  if (name3.includes("/")) return fail(`error: this game's kubectl reads the logs of pods only (kubectl logs <pod>)`);
  const pod = namespace === "default" ? ctx.world.k8s.pods.get(name3) : void 0;
  if (!pod) return fail(`Error from server (NotFound): pods "${name3}" not found`);
  const container2 = flag(r2.parsed, "container");
  if (container2 !== void 0 && container2 !== pod.spec.name) {
    return fail(`error: container ${container2} is not valid for pod ${pod.name}`);
  }
  const previous = hasFlag(r2.parsed, "previous");
  const id2 = previous ? pod.previousContainerId : pod.containerId;
  const c = id2 === null ? void 0 : ctx.world.containers.get(id2);
  if (!c) {
    if (previous) return fail(`Error from server (BadRequest): previous terminated container "${pod.spec.name}" in pod "${pod.name}" not found`);
    return fail(`Error from server (BadRequest): container "${pod.spec.name}" in pod "${pod.name}" is waiting to start: ${waitingReason(pod.status)}`);
  }
  const n = Number(tail);
  const lines3 = n < 0 ? c.logs : c.logs.slice(Math.max(0, c.logs.length - n));
  return ok(lines3.join("\n"));
};

// shared/sim/k8s/manifests/deployment.ts
var obj2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};
var strMap = (v) => ({ ...obj2(v) });
var POD_FIELDS_LEFT_OUT = ["nodeSelector", "tolerations", "affinity", "volumes", "initContainers", "hostNetwork", "nodeName", "securityContext", "imagePullSecrets"];
var CONTAINER_FIELDS_LEFT_OUT = ["livenessProbe", "startupProbe", "command", "args", "volumeMounts", "envFrom", "securityContext", "lifecycle", "workingDir"];
function resourcesOf(c, at, causes) {
  const res = obj2(c.resources);
  const out = { cpuReq: 0, cpuLim: 0, memReq: 0, memLim: 0 };
  for (const part of ["requests", "limits"]) {
    const m = obj2(res[part]);
    for (const key of Object.keys(m)) {
      if (key !== "cpu" && key !== "memory") return notSimulated(`${at}.resources.${part}.${key}`, "cpu, memory");
      const v = key === "cpu" ? cpuMillis(m[key]) : memoryMiB(m[key]);
      if (v === null) return { error: QUANTITY_ERROR };
      if (key === "cpu") out[part === "requests" ? "cpuReq" : "cpuLim"] = v;
      else out[part === "requests" ? "memReq" : "memLim"] = v;
    }
  }
  const req = obj2(res.requests);
  if (out.cpuLim > 0 && req.cpu === void 0) out.cpuReq = out.cpuLim;
  if (out.memLim > 0 && req.memory === void 0) out.memReq = out.memLim;
  if (out.cpuLim > 0 && out.cpuReq > out.cpuLim) causes.push(`${at}.resources.requests: Invalid value: "${cpuText(out.cpuReq)}": must be less than or equal to cpu limit of ${cpuText(out.cpuLim)}`);
  if (out.memLim > 0 && out.memReq > out.memLim) causes.push(`${at}.resources.requests: Invalid value: "${memoryText(out.memReq)}": must be less than or equal to memory limit of ${memoryText(out.memLim)}`);
  return out;
}
function envOf(c, at, causes) {
  const list4 = Array.isArray(c.env) ? c.env : [];
  const env = [];
  for (let i = 0; i < list4.length; i++) {
    const e = obj2(list4[i]);
    const p = `${at}.env[${i}]`;
    const name3 = typeof e.name === "string" ? e.name : "";
    if (name3 === "") causes.push(`${p}.name: Required value`);
    else if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(name3)) causes.push(`${p}.name: Invalid value: "${name3}": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')`);
    if (e.valueFrom === void 0) {
      env.push({ name: name3, value: typeof e.value === "string" ? e.value : "" });
      continue;
    }
    const from = obj2(e.valueFrom);
    if (typeof e.value === "string" && e.value !== "") causes.push(`${p}.valueFrom: Invalid value: "": may not be specified when \`value\` is not empty`);
    for (const k of Object.keys(from)) if (k !== "secretKeyRef") return notSimulated(`${p}.valueFrom.${k}`, "secretKeyRef");
    const ref = obj2(from.secretKeyRef);
    if (ref.optional !== void 0) return notSimulated(`${p}.valueFrom.secretKeyRef.optional`, "name, key");
    const secret2 = typeof ref.name === "string" ? ref.name : "";
    const key = typeof ref.key === "string" ? ref.key : "";
    if (secret2 === "") causes.push(`${p}.valueFrom.secretKeyRef.name: Required value`);
    if (key === "") causes.push(`${p}.valueFrom.secretKeyRef.key: Required value`);
    env.push({ name: name3, secretKeyRef: { name: secret2, key } });
  }
  return env;
}
function containerOf(c, causes) {
  const at = "spec.template.spec.containers[0]";
  for (const f2 of CONTAINER_FIELDS_LEFT_OUT) if (c[f2] !== void 0) return notSimulated(`${at}.${f2}`, "name, image, ports, env, resources, readinessProbe");
  const name3 = typeof c.name === "string" ? c.name : "";
  const nameBad = labelProblem(name3);
  if (name3 === "") causes.push(`${at}.name: Required value`);
  else if (nameBad) causes.push(`${at}.name: ${nameBad}`);
  const image2 = typeof c.image === "string" ? c.image.trim() : "";
  if (image2 === "") causes.push(`${at}.image: Required value`);
  const ports = Array.isArray(c.ports) ? c.ports.map(obj2) : [];
  ports.forEach((p, i) => {
    const n = p.containerPort;
    if (typeof n === "number" && (n < 1 || n > 65535)) causes.push(`${at}.ports[${i}].containerPort: Invalid value: ${n}: must be between 1 and 65535, inclusive`);
  });
  const res = resourcesOf(c, at, causes);
  if ("error" in res) return res;
  const env = envOf(c, at, causes);
  if ("error" in env) return env;
  const delay = obj2(c.readinessProbe).initialDelaySeconds;
  if (typeof delay === "number" && delay < 0) causes.push(`${at}.readinessProbe.initialDelaySeconds: Invalid value: ${delay}: must be greater than or equal to 0`);
  return {
    name: name3,
    image: image2,
    cpuRequestMillis: res.cpuReq,
    cpuLimitMillis: res.cpuLim,
    memoryRequestMiB: res.memReq,
    memoryLimitMiB: res.memLim,
    containerPort: typeof ports[0]?.containerPort === "number" ? ports[0].containerPort : 0,
    env,
    readinessDelayTicks: typeof delay === "number" && delay > 0 ? delay : 0
  };
}
function readDeployment(doc, source, exists2) {
  const meta = obj2(doc.metadata);
  const spec = obj2(doc.spec);
  const name3 = typeof meta.name === "string" ? meta.name : "";
  if (name3 === "") {
    return { error: `error: error when retrieving current configuration of:
Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"
Name: "", Namespace: "default"
from server for: "${source}": resource name may not be empty` };
  }
  const causes = [];
  const nameBad = subdomainProblem(name3);
  if (nameBad) causes.push(`metadata.name: ${nameBad}`);
  const selector = obj2(spec.selector);
  if (selector.matchExpressions !== void 0) return notSimulated("spec.selector.matchExpressions", "spec.selector.matchLabels");
  const matchLabels = strMap(selector.matchLabels);
  const tmeta = obj2(obj2(spec.template).metadata);
  const podSpec2 = obj2(obj2(spec.template).spec);
  const labels = strMap(tmeta.labels);
  for (const f2 of POD_FIELDS_LEFT_OUT) if (podSpec2[f2] !== void 0) return notSimulated(`spec.template.spec.${f2}`, "containers");
  if (spec.minReadySeconds !== void 0 && spec.minReadySeconds !== 0) return notSimulated("spec.minReadySeconds", "0");
  if (spec.paused === true) return notSimulated("spec.paused", "false");
  for (const [path, m] of [["spec.selector.matchLabels", matchLabels], ["spec.template.metadata.labels", labels]]) {
    for (const k of Object.keys(m)) {
      const bad = labelKeyProblem(k);
      if (bad) causes.push(`${path}: ${bad}`);
    }
  }
  if (Object.keys(matchLabels).length === 0) {
    causes.push("spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment");
  } else if (Object.entries(matchLabels).some(([k, v]) => labels[k] !== v)) {
    causes.push(`spec.template.metadata.labels: Invalid value: ${goMap(labels)}: \`selector\` does not match template \`labels\``);
  }
  const restart = podSpec2.restartPolicy;
  if (restart !== void 0 && restart !== "Always") causes.push(`spec.template.spec.restartPolicy: Unsupported value: "${String(restart)}": supported values: "Always"`);
  const replicas = typeof spec.replicas === "number" ? spec.replicas : null;
  if (replicas !== null && replicas < 0) causes.push(`spec.replicas: Invalid value: ${replicas}: must be greater than or equal to 0`);
  const strategy2 = obj2(spec.strategy);
  const type = strategy2.type ?? "RollingUpdate";
  if (type === "Recreate") return notSimulated("spec.strategy.type: Recreate", "RollingUpdate");
  if (type !== "RollingUpdate") causes.push(`spec.strategy.type: Unsupported value: "${String(type)}": supported values: "Recreate", "RollingUpdate"`);
  const ru = obj2(strategy2.rollingUpdate);
  const maxSurge = ru.maxSurge === void 0 ? DEFAULT_ROLLING_PERCENT : String(ru.maxSurge);
  const maxUnavailable = ru.maxUnavailable === void 0 ? DEFAULT_ROLLING_PERCENT : String(ru.maxUnavailable);
  for (const field2 of ["maxSurge", "maxUnavailable"]) {
    const bad = ru[field2] === void 0 ? null : percentProblem(ru[field2], field2 === "maxUnavailable");
    if (bad) causes.push(`spec.strategy.rollingUpdate.${field2}: ${bad}`);
  }
  if (/^0%?$/.test(maxSurge) && /^0%?$/.test(maxUnavailable)) {
    causes.push('spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: may not be 0 when `maxSurge` is 0');
  }
  const deadline = typeof spec.progressDeadlineSeconds === "number" ? spec.progressDeadlineSeconds : DEFAULT_PROGRESS_DEADLINE_SECONDS;
  if (deadline <= 0) causes.push(`spec.progressDeadlineSeconds: Invalid value: ${deadline}: must be greater than minReadySeconds`);
  const containers2 = Array.isArray(podSpec2.containers) ? podSpec2.containers : [];
  if (containers2.length === 0) causes.push("spec.template.spec.containers: Required value");
  if (containers2.length > 1) return notSimulated("spec.template.spec.containers[1]", "one container per pod");
  const container2 = containers2.length === 1 ? containerOf(obj2(containers2[0]), causes) : null;
  if (container2 && "error" in container2) {
    return container2.error === QUANTITY_ERROR ? badRequest(exists2 ? "applying patch" : "creating", source, "Deployment", QUANTITY_ERROR) : container2;
  }
  if (causes.length > 0 || !container2) return invalidObject("Deployment", name3, causes);
  const annotations = strMap(meta.annotations);
  return {
    kind: "Deployment",
    name: name3,
    labels: strMap(meta.labels),
    changeCause: annotations["kubernetes.io/change-cause"] ?? "",
    replicas,
    selector: matchLabels,
    template: { labels, container: container2 },
    maxSurge,
    maxUnavailable,
    progressDeadlineSeconds: deadline
  };
}

// shared/sim/k8s/manifests/parse.ts
import { parseAllDocuments } from "yaml";
var GO_YAML = {
  BLOCK_AS_IMPLICIT_KEY: "mapping values are not allowed in this context",
  MULTILINE_IMPLICIT_KEY: "mapping values are not allowed in this context",
  TAB_AS_INDENT: "found character that cannot start any token",
  MISSING_CHAR: "found unexpected end of stream",
  BAD_INDENT: "did not find expected key",
  UNEXPECTED_TOKEN: "did not find expected key"
};
function parseManifestText(text3, source) {
  const docs = [];
  const all = parseAllDocuments(text3);
  const list4 = Array.isArray(all) ? all : [];
  for (let i = 0; i < list4.length; i++) {
    const d = list4[i];
    if (!d) continue;
    const err = d.errors[0];
    if (err) {
      const line = err.linePos?.[0]?.line ?? 1;
      if (err.code === "DUPLICATE_KEY") {
        const key = /^(\S+)\s*:/.exec(text3.split("\n")[line - 1]?.trim() ?? "")?.[1] ?? "";
        return { ok: false, error: `error: error parsing ${source}: error converting YAML to JSON: yaml: unmarshal errors:
  line ${line}: key "${key}" already set in map` };
      }
      const what = GO_YAML[err.code] ?? "did not find expected node content";
      return { ok: false, error: `error: error parsing ${source}: error converting YAML to JSON: yaml: line ${line}: ${what}` };
    }
    const value = d.toJS();
    if (value === null || value === void 0) continue;
    if (typeof value !== "object" || Array.isArray(value)) {
      const got = Array.isArray(value) ? "[]interface {}" : typeof value === "string" ? "string" : typeof value === "number" ? "number" : "bool";
      return { ok: false, error: `error: unable to decode "${source}": json: cannot unmarshal ${got === "[]interface {}" ? "array" : got} into Go value of type map[string]interface {}` };
    }
    docs.push({ doc: value, index: i });
  }
  return { ok: true, docs };
}
function manifestSource(manifests, arg) {
  const named = manifests.get(arg) ?? manifests.get(arg.replace(/^\.\//, ""));
  if (named !== void 0) return { text: named, source: arg };
  if (arg.includes("\n") || arg.includes("\\n") || /^\s*(apiVersion|kind)\s*:/.test(arg)) {
    return { text: arg.replace(/\\n/g, "\n"), source: "STDIN" };
  }
  return null;
}

// shared/sim/k8s/manifests/schema.ts
var t = (name3, fields2, required = []) => ({ name: name3, fields: fields2, required });
var core = (n) => `io.k8s.api.core.v1.${n}`;
var objectMeta = t("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", {
  name: "string",
  namespace: "string",
  labels: "stringMap",
  annotations: "stringMap",
  generateName: "string",
  uid: "string",
  resourceVersion: "string",
  creationTimestamp: "any",
  generation: "integer"
});
var labelSelector = t("io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector", { matchLabels: "stringMap", matchExpressions: "any" });
var containerPort = t(core("ContainerPort"), { containerPort: "integer", protocol: "string", name: "string", hostPort: "integer", hostIP: "string" }, ["containerPort"]);
var secretKeySelector = t(core("SecretKeySelector"), { name: "string", key: "string", optional: "boolean" }, ["key"]);
var envVarSource = t(core("EnvVarSource"), { secretKeyRef: secretKeySelector, configMapKeyRef: "any", fieldRef: "any", resourceFieldRef: "any" });
var envVar = t(core("EnvVar"), { name: "string", value: "string", valueFrom: envVarSource }, ["name"]);
var resources2 = t(core("ResourceRequirements"), { requests: "any", limits: "any", claims: "any" });
var probe = t(core("Probe"), {
  initialDelaySeconds: "integer",
  periodSeconds: "integer",
  timeoutSeconds: "integer",
  successThreshold: "integer",
  failureThreshold: "integer",
  httpGet: "any",
  tcpSocket: "any",
  exec: "any",
  grpc: "any",
  terminationGracePeriodSeconds: "integer"
});
var container = t(core("Container"), {
  name: "string",
  image: "string",
  ports: { items: containerPort },
  env: { items: envVar },
  resources: resources2,
  readinessProbe: probe,
  imagePullPolicy: "string",
  livenessProbe: probe,
  startupProbe: probe,
  command: "any",
  args: "any",
  workingDir: "string",
  volumeMounts: "any",
  securityContext: "any",
  envFrom: "any",
  lifecycle: "any",
  terminationMessagePath: "string",
  terminationMessagePolicy: "string",
  stdin: "boolean",
  tty: "boolean"
}, ["name"]);
var podSpec = t(core("PodSpec"), {
  containers: { items: container },
  restartPolicy: "string",
  terminationGracePeriodSeconds: "integer",
  nodeSelector: "stringMap",
  tolerations: "any",
  affinity: "any",
  volumes: "any",
  initContainers: "any",
  serviceAccountName: "string",
  imagePullSecrets: "any",
  securityContext: "any",
  dnsPolicy: "string",
  schedulerName: "string",
  hostNetwork: "boolean",
  nodeName: "string"
}, ["containers"]);
var podTemplateSpec = t(core("PodTemplateSpec"), { metadata: objectMeta, spec: podSpec });
var rollingUpdate = t("io.k8s.api.apps.v1.RollingUpdateDeployment", { maxSurge: "intOrString", maxUnavailable: "intOrString" });
var strategy = t("io.k8s.api.apps.v1.DeploymentStrategy", { type: "string", rollingUpdate });
var deploymentSpec = t("io.k8s.api.apps.v1.DeploymentSpec", {
  replicas: "integer",
  selector: labelSelector,
  template: podTemplateSpec,
  strategy,
  minReadySeconds: "integer",
  revisionHistoryLimit: "integer",
  progressDeadlineSeconds: "integer",
  paused: "boolean"
}, ["selector", "template"]);
var servicePort = t(core("ServicePort"), { port: "integer", targetPort: "intOrString", protocol: "string", name: "string", nodePort: "integer", appProtocol: "string" }, ["port"]);
var serviceSpec = t(core("ServiceSpec"), {
  type: "string",
  selector: "stringMap",
  ports: { items: servicePort },
  clusterIP: "string",
  clusterIPs: "any",
  externalIPs: "any",
  sessionAffinity: "string",
  externalTrafficPolicy: "string",
  internalTrafficPolicy: "string",
  ipFamilies: "any",
  ipFamilyPolicy: "string",
  loadBalancerIP: "string"
});
var KINDS = {
  Deployment: { apiVersion: "apps/v1", type: t("io.k8s.api.apps.v1.Deployment", { apiVersion: "string", kind: "string", metadata: objectMeta, spec: deploymentSpec, status: "any" }) },
  Service: { apiVersion: "v1", type: t(core("Service"), { apiVersion: "string", kind: "string", metadata: objectMeta, spec: serviceSpec, status: "any" }) },
  Secret: {
    apiVersion: "v1",
    type: t(core("Secret"), { apiVersion: "string", kind: "string", metadata: objectMeta, type: "string", data: "stringMap", stringData: "stringMap", immutable: "boolean" })
  }
};
function jsonType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  if (typeof v === "object") return "map";
  return typeof v;
}
function expected(ft) {
  if (typeof ft === "string") return ft === "stringMap" ? "map" : ft === "intOrString" ? "string" : ft;
  return "items" in ft ? "array" : "map";
}
function walk(value, spec, path, out) {
  const obj4 = value;
  for (const key of Object.keys(obj4)) {
    const ft = spec.fields[key];
    if (ft === void 0) {
      out.push(`ValidationError(${path}): unknown field "${key}" in ${spec.name}`);
      continue;
    }
    checkField(obj4[key], ft, `${path}.${key}`, `${spec.name}.${key}`, out);
  }
  for (const key of spec.required) {
    if (obj4[key] === void 0 || obj4[key] === null) out.push(`ValidationError(${path}): missing required field "${key}" in ${spec.name}`);
  }
}
function checkField(v, ft, path, typeName, out) {
  if (v === null || v === void 0 || ft === "any") return;
  const got = jsonType(v);
  const bad = () => {
    out.push(`ValidationError(${path}): invalid type for ${typeName}: got "${got}", expected "${expected(ft)}"`);
  };
  if (ft === "string" && got !== "string") return bad();
  if (ft === "integer" && got !== "integer") return bad();
  if (ft === "boolean" && got !== "boolean") return bad();
  if (ft === "intOrString" && got !== "string" && got !== "integer") return bad();
  if (ft === "stringMap") {
    if (got !== "map") return bad();
    for (const [k, item] of Object.entries(v)) {
      if (typeof item !== "string") out.push(`ValidationError(${path}.${k}): invalid type for ${typeName}: got "${jsonType(item)}", expected "string"`);
    }
    return;
  }
  if (typeof ft === "string") return;
  if ("items" in ft) {
    if (got !== "array") return bad();
    v.forEach((item, i) => {
      if (jsonType(item) !== "map") out.push(`ValidationError(${path}[${i}]): invalid type for ${ft.items.name}: got "${jsonType(item)}", expected "map"`);
      else walk(item, ft.items, `${path}[${i}]`, out);
    });
    return;
  }
  if (got !== "map") return bad();
  walk(v, ft, path, out);
}
function schemaErrors(doc, kind2) {
  const entry2 = KINDS[kind2];
  if (!entry2) return [];
  const out = [];
  walk(doc, entry2.type, kind2, out);
  return out;
}

// shared/sim/k8s/manifests/service.ts
var obj3 = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};
var portRange = (path, n) => n >= 1 && n <= 65535 ? null : `${path}: Invalid value: ${n}: must be between 1 and 65535, inclusive`;
function readService(doc, source) {
  const meta = obj3(doc.metadata);
  const spec = obj3(doc.spec);
  const name3 = typeof meta.name === "string" ? meta.name : "";
  if (name3 === "") {
    return { error: `error: error when retrieving current configuration of:
Resource: "/v1, Resource=services", GroupVersionKind: "/v1, Kind=Service"
Name: "", Namespace: "default"
from server for: "${source}": resource name may not be empty` };
  }
  const causes = [];
  const bad = serviceNameProblem(name3);
  if (bad) causes.push(`metadata.name: ${bad}`);
  const type = spec.type ?? "ClusterIP";
  if (type === "NodePort" || type === "ExternalName") return notSimulated(`spec.type: ${type}`, "ClusterIP, LoadBalancer");
  if (type !== "ClusterIP" && type !== "LoadBalancer") causes.push(`spec.type: Unsupported value: "${String(type)}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`);
  if (typeof spec.clusterIP === "string" && spec.clusterIP !== "") return notSimulated("spec.clusterIP", "an address allocated by the cluster");
  const ports = Array.isArray(spec.ports) ? spec.ports.map(obj3) : [];
  if (ports.length === 0) causes.push("spec.ports: Required value");
  if (ports.length > 1) return notSimulated("spec.ports[1]", "one port per service");
  const p = ports[0] ?? {};
  const port = typeof p.port === "number" ? p.port : 0;
  if (ports.length === 1) {
    const r2 = portRange("spec.ports[0].port", port);
    if (r2) causes.push(r2);
  }
  if (typeof p.targetPort === "string" && !/^[0-9]+$/.test(p.targetPort)) return notSimulated("spec.ports[0].targetPort (a named port)", "a port number");
  const targetPort = p.targetPort === void 0 ? port : Number(p.targetPort);
  if (p.targetPort !== void 0) {
    const r2 = portRange("spec.ports[0].targetPort", targetPort);
    if (r2) causes.push(r2);
  }
  if (p.protocol !== void 0 && p.protocol !== "TCP") return notSimulated(`spec.ports[0].protocol: ${String(p.protocol)}`, "TCP");
  if (causes.length > 0) return invalidObject("Service", name3, causes);
  return { kind: "Service", name: name3, type, selector: { ...obj3(spec.selector) }, port, targetPort };
}

// shared/sim/k8s/manifests/read.ts
var REAL_KINDS = {
  Pod: "v1",
  ConfigMap: "v1",
  Namespace: "v1",
  PersistentVolumeClaim: "v1",
  ServiceAccount: "v1",
  ReplicaSet: "apps/v1",
  StatefulSet: "apps/v1",
  DaemonSet: "apps/v1",
  Job: "batch/v1",
  CronJob: "batch/v1",
  Ingress: "networking.k8s.io/v1",
  HorizontalPodAutoscaler: "autoscaling/v2",
  NetworkPolicy: "networking.k8s.io/v1"
};
var SUFFIX = "; if you choose to ignore these errors, turn validation off with --validate=false";
function readManifests(text3, source, exists2, validate = true) {
  const parsed = parseManifestText(text3, source);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  if (parsed.docs.length === 0) return { ok: false, error: "error: no objects passed to apply" };
  const objects = [];
  for (const { doc } of parsed.docs) {
    const missing = [];
    if (typeof doc.apiVersion !== "string" || doc.apiVersion === "") missing.push("apiVersion not set");
    if (typeof doc.kind !== "string" || doc.kind === "") missing.push("kind not set");
    if (missing.length > 0) {
      const body = missing.length === 1 ? missing[0] : `[${missing.join(", ")}]`;
      return { ok: false, error: `error: error validating "${source}": error validating data: ${body}${SUFFIX}` };
    }
    const kind2 = doc.kind;
    const apiVersion = doc.apiVersion;
    const meta = doc.metadata;
    const name3 = typeof meta?.name === "string" ? meta.name : "";
    const known = KINDS[kind2];
    if (!known || known.apiVersion !== apiVersion) {
      if (!known && REAL_KINDS[kind2] === apiVersion) return { ok: false, ...notSimulated(`kind ${kind2}`, Object.keys(KINDS).join(", ")) };
      return {
        ok: false,
        error: `error: resource mapping not found for name: "${name3}" namespace: "" from "${source}": no matches for kind "${kind2}" in version "${apiVersion}"
ensure CRDs are installed first`
      };
    }
    const errors = validate ? schemaErrors(doc, kind2) : [];
    if (errors.length > 0) {
      const body = errors.length === 1 ? errors[0] : `[${errors.join(", ")}]`;
      return { ok: false, error: `error: error validating "${source}": error validating data: ${body}${SUFFIX}` };
    }
    const ns = meta?.namespace;
    if (typeof ns === "string" && ns !== "default") {
      return { ok: false, error: `error: the namespace from the provided object "${ns}" does not match the namespace "default". You must pass '--namespace=${ns}' to perform this operation.` };
    }
    const kindName = kind2;
    const read = kindName === "Deployment" ? readDeployment(doc, source, exists2("Deployment", name3)) : kindName === "Service" ? readService(doc, source) : readSecret(doc, source, exists2("Secret", name3));
    if ("error" in read) return { ok: false, ...read };
    objects.push(read);
  }
  return { ok: true, objects };
}

// shared/sim/commands/kubectl/apply.ts
function exists(world2, kind2, name3) {
  if (kind2 === "Deployment") return world2.k8s.deployments.has(name3);
  if (kind2 === "Service") return world2.k8s.services.has(name3);
  return world2.k8s.secrets.has(name3);
}
function updateProblem(world2, m) {
  if (m.kind !== "Deployment") return null;
  const d = world2.k8s.deployments.get(m.name);
  if (!d || goMap(d.selector) === goMap(m.selector)) return null;
  return `The Deployment "${m.name}" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:${goMap(m.selector)}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable`;
}
function applyOne(world2, m) {
  if (m.kind === "Secret") return `secret/${m.name} ${putSecret(world2, m.name, m.data)}`;
  if (m.kind === "Service") {
    const s = world2.k8s.services.get(m.name);
    if (!s) {
      addService(world2, m);
      return `service/${m.name} created`;
    }
    return `service/${m.name} ${updateService(world2, s, m)}`;
  }
  const d = world2.k8s.deployments.get(m.name);
  if (!d) {
    addDeployment(world2, m);
    return `deployment.apps/${m.name} created`;
  }
  const sameTemplate = !templateDiffers(d, m.template);
  const result2 = updateDeployment(d, m);
  if (sameTemplate && d.revision > 0) d.changeCauses[d.revision] = d.changeCause;
  return `deployment.apps/${m.name} ${result2}`;
}
var applyVerb = ({ ctx, args }) => {
  const r2 = parseVerbFlags("apply", args, [f("file", ["-f", "--filename"]), f("record", ["--record"], false), f("validate", ["--validate"])]);
  if (!r2.ok) return r2.outcome;
  const files = flagAll(r2.parsed, "file");
  if (files.length === 0) return fail("error: must specify one of -f and -k");
  if (r2.parsed.positionals.length > 0) return fail(`error: Unexpected args: [${r2.parsed.positionals.join(" ")}]
See 'kubectl apply -h' for help and examples`);
  const validateText = flag(r2.parsed, "validate") ?? "true";
  if (!["true", "false", "strict", "warn", "ignore"].includes(validateText)) return fail(`error: invalid - validate option "${validateText}"; must be one of: strict (or true), warn, ignore (or false)`);
  const validate = validateText !== "false" && validateText !== "ignore";
  const world2 = ctx.world;
  const objects = [];
  for (const file of files) {
    const src = manifestSource(world2.k8s.manifests, file);
    if (!src) {
      const names = [...world2.k8s.manifests.keys()].sort().join(", ") || "-";
      return failWithHint(ctx, `error: the path "${file}" does not exist`, "workloads.hint.manifestNotFound", { name: file, names });
    }
    const read = readManifests(src.text, src.source, (kind2, name3) => exists(world2, kind2, name3), validate);
    if (!read.ok) {
      if (read.hint) return failWithHint(ctx, read.error, read.hint.key, read.hint.params);
      if (read.error.includes("`selector` does not match template `labels`")) return failWithHint(ctx, read.error, "workloads.hint.selectorMismatch");
      return fail(read.error);
    }
    objects.push(...read.objects);
  }
  for (const m of objects) {
    const problem = updateProblem(world2, m);
    if (problem) return fail(problem);
  }
  const record2 = hasFlag(r2.parsed, "record");
  const lines3 = record2 ? ["Flag --record has been deprecated, --record will be removed in the future"] : [];
  for (const m of objects) {
    if (record2 && m.kind === "Deployment") m.changeCause = `kubectl ${ctx.line.replace(/^\s*kubectl\s+/, "")}`;
    lines3.push(applyOne(world2, m));
  }
  return ok(lines3.join("\n"));
};

// shared/sim/commands/kubectl/workloadTarget.ts
function workloadTarget(world2, positionals, allowed, unsupported) {
  if (positionals.length === 0) return { ok: false, error: "error: required resource not specified" };
  const first = positionals[0];
  const slashed = first.includes("/");
  const t2 = parseTargets(slashed ? [first] : positionals.slice(0, 2));
  if (t2 === null) return { ok: false, error: "error: required resource not specified" };
  if (!t2.ok) return { ok: false, error: t2.error };
  const name3 = t2.names[0];
  if (name3 === void 0 || name3 === "") return { ok: false, error: "error: resource(s) were provided, but no name was specified" };
  if (!allowed.includes(t2.type.singular)) {
    const kind2 = t2.type.singular.charAt(0).toUpperCase() + t2.type.singular.slice(1);
    return { ok: false, error: unsupported.replace("{{kind}}", kind2) };
  }
  if (!t2.type.exists(world2, name3)) return { ok: false, error: notFound(t2.type, name3) };
  return { ok: true, type: t2.type, name: name3, rest: positionals.slice(slashed ? 1 : 2) };
}
function deploymentOf(world2, name3) {
  return world2.k8s.deployments.get(name3);
}

// shared/sim/commands/kubectl/autoscale.ts
var DEFAULT_CPU_PERCENT = 80;
var intFlag = (name3, v) => `error: invalid argument "${v}" for "${name3}" flag: strconv.ParseInt: parsing "${v}": invalid syntax`;
var autoscaleVerb = ({ ctx, args }) => {
  const r2 = parseVerbFlags("autoscale", args, [f("min", ["--min"]), f("max", ["--max"]), f("cpu", ["--cpu-percent"]), f("name", ["--name"])]);
  if (!r2.ok) return r2.outcome;
  const world2 = ctx.world;
  const t2 = workloadTarget(world2, r2.parsed.positionals, ["deployment"], "error: cannot autoscale a {{kind}} in this simulation (deployments only)");
  if (!t2.ok) return t2.error.startsWith("error: cannot autoscale") ? failWithHint(ctx, t2.error, "workloads.hint.deploymentOnly", { verb: "autoscale" }) : fail(t2.error);
  const values = {};
  for (const [key, spelling, dflt] of [["min", "--min", "-1"], ["max", "--max", "-1"], ["cpu", "--cpu-percent", "-1"]]) {
    const v = flag(r2.parsed, key) ?? dflt;
    if (!/^-?\d+$/.test(v)) return fail(intFlag(spelling, v));
    values[key] = Number(v);
  }
  const max = values.max;
  const min = values.min < 0 ? 1 : values.min;
  const cpu2 = values.cpu < 0 ? DEFAULT_CPU_PERCENT : values.cpu;
  if (max < 1) return fail(`error: --max=MAXPODS is required and must be at least 1, max: ${max}`);
  if (max < min) return fail(`error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`);
  if (min === 0) return fail('The HorizontalPodAutoscaler "' + t2.name + '" is invalid: spec.minReplicas: Invalid value: 0: must be greater than or equal to 1');
  const name3 = flag(r2.parsed, "name") ?? t2.name;
  if (world2.k8s.hpas.has(name3)) {
    return failWithHint(ctx, `Error from server (AlreadyExists): horizontalpodautoscalers.autoscaling "${name3}" already exists`, "workloads.hint.alreadyExists", { kind: "hpa", name: name3 });
  }
  addHpa(world2, name3, deploymentOf(world2, t2.name).name, min, max, cpu2);
  return ok(`horizontalpodautoscaler.autoscaling/${name3} autoscaled`);
};

// shared/sim/commands/kubectl/secret.ts
function createSecretGeneric({ ctx, args }) {
  const [type, ...rest] = args;
  if (type === "docker-registry" || type === "tls") return fail(`error: kubectl create secret ${type}: not supported by this simulation (use "generic")`);
  if (type !== "generic") return fail(`error: unknown command "${type ?? ""}" for "kubectl create secret"
Run 'kubectl create secret --help' for usage.`);
  const r2 = parseVerbFlags("create secret generic", rest, [f("literal", ["--from-literal"]), f("type", ["--type"])]);
  if (!r2.ok) return r2.outcome;
  const names = r2.parsed.positionals;
  if (names.length !== 1) return usageError("create secret generic", `exactly one NAME is required, got ${names.length}`);
  const name3 = names[0];
  const secretType = flag(r2.parsed, "type") ?? "Opaque";
  if (secretType !== "Opaque") return fail(`error: --type=${secretType}: not supported by this simulation (Opaque only)`);
  const nameBad = subdomainProblem(name3);
  if (nameBad) return fail(`The Secret "${name3}" is invalid: metadata.name: ${nameBad}`);
  const data = {};
  for (const lit of flagAll(r2.parsed, "literal")) {
    const eq = lit.indexOf("=");
    if (eq <= 0) return failWithHint(ctx, `error: invalid literal source ${lit}, expected key=value`, "workloads.hint.literal");
    const key = lit.slice(0, eq);
    const bad = secretKeyProblem(key);
    if (bad) return fail(`error: "${key}" is not a valid key name for a Secret: ${bad.replace(/^Invalid value: "[^"]*": /, "")}`);
    if (Object.hasOwn(data, key)) return fail(`error: cannot add key ${key}, another key by that name already exists in Data for Secret "${name3}"`);
    data[key] = lit.slice(eq + 1);
  }
  if (ctx.world.k8s.secrets.has(name3)) {
    return failWithHint(ctx, `error: failed to create secret secrets "${name3}" already exists`, "workloads.hint.alreadyExists", { kind: "secret", name: name3 });
  }
  putSecret(ctx.world, name3, data);
  return ok(`secret/${name3} created`);
}

// shared/sim/commands/kubectl/create.ts
var int = (flagName, v) => `error: invalid argument "${v}" for "${flagName}" flag: strconv.ParseInt: parsing "${v}": invalid syntax`;
function createDeployment({ ctx, args }) {
  const r2 = parseVerbFlags("create deployment", args, [
    f("image", ["--image"]),
    f("replicas", ["-r", "--replicas"]),
    f("port", ["--port"]),
    f("record", ["--record"], false)
  ]);
  if (!r2.ok) return r2.outcome;
  const names = r2.parsed.positionals;
  if (names.length !== 1) return usageError("create deployment", `exactly one NAME is required, got ${names.length}`);
  const name3 = names[0];
  const image2 = flag(r2.parsed, "image");
  if (image2 === void 0 || image2 === "") return fail('error: required flag(s) "image" not set');
  const replicasText = flag(r2.parsed, "replicas") ?? "1";
  if (!/^-?\d+$/.test(replicasText)) return fail(int("-r, --replicas", replicasText));
  const portText = flag(r2.parsed, "port") ?? "-1";
  if (!/^-?\d+$/.test(portText)) return fail(int("--port", portText));
  const replicas = Number(replicasText);
  const port = Number(portText);
  const causes = [];
  const bad = subdomainProblem(name3);
  if (bad) causes.push(`metadata.name: ${bad}`);
  if (replicas < 0) causes.push(`spec.replicas: Invalid value: ${replicas}: must be greater than or equal to 0`);
  if (port === 0 || port > 65535) causes.push(`spec.template.spec.containers[0].ports[0].containerPort: Invalid value: ${port}: must be between 1 and 65535, inclusive`);
  if (causes.length > 0) return fail(`The Deployment "${name3}" is invalid: ${causes.length === 1 ? causes[0] : `[${causes.join(", ")}]`}`);
  const world2 = ctx.world;
  if (world2.k8s.deployments.has(name3)) {
    return failWithHint(ctx, `error: failed to create deployment: deployments.apps "${name3}" already exists`, "workloads.hint.alreadyExists", { kind: "deployment", name: name3 });
  }
  const fields2 = createdDeploymentFields(name3, image2, replicas, port > 0 ? port : 0);
  const record2 = hasFlag(r2.parsed, "record");
  if (record2) fields2.changeCause = `kubectl ${ctx.line.replace(/^\s*kubectl\s+/, "")}`;
  addDeployment(world2, fields2);
  const warning = record2 ? "Flag --record has been deprecated, --record will be removed in the future\n" : "";
  return ok(`${warning}deployment.apps/${name3} created`);
}
var createVerb = (call) => {
  const [kind2, ...rest] = call.args;
  if (kind2 === "deployment" || kind2 === "deploy") return createDeployment({ ...call, args: rest });
  if (kind2 === "secret") return createSecretGeneric({ ...call, args: rest });
  if (kind2 === void 0 || kind2.startsWith("-")) return fail('error: must specify one of -f and -k\n\nerror: unknown command "" for "kubectl create"');
  return fail(`error: unknown command "${kind2}" for "kubectl create"
Run 'kubectl create --help' for usage.`);
};

// shared/sim/commands/kubectl/expose.ts
var portProblem = (flagName, v) => `error: invalid argument "${v}" for "${flagName}" flag: strconv.ParseInt: parsing "${v}": invalid syntax`;
var exposeVerb = ({ ctx, args }) => {
  const r2 = parseVerbFlags("expose", args, [f("port", ["--port"]), f("target", ["--target-port"]), f("type", ["--type"]), f("name", ["--name"]), f("protocol", ["--protocol"])]);
  if (!r2.ok) return r2.outcome;
  const world2 = ctx.world;
  const t2 = workloadTarget(world2, r2.parsed.positionals, ["deployment"], "error: cannot expose a {{kind}} in this simulation (deployments only)");
  if (!t2.ok) return t2.error.startsWith("error: cannot expose") ? failWithHint(ctx, t2.error, "workloads.hint.deploymentOnly", { verb: "expose" }) : fail(t2.error);
  const d = deploymentOf(world2, t2.name);
  const type = flag(r2.parsed, "type") ?? "ClusterIP";
  if (type === "NodePort" || type === "ExternalName") {
    const n = notSimulated(`--type=${type}`, "ClusterIP, LoadBalancer");
    return failWithHint(ctx, n.error, "workloads.hint.notSimulated", n.hint?.params ?? {});
  }
  if (type !== "ClusterIP" && type !== "LoadBalancer") return fail(`The Service "${d.name}" is invalid: spec.type: Unsupported value: "${type}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`);
  const protocol = flag(r2.parsed, "protocol") ?? "TCP";
  if (protocol !== "TCP") return fail(`error: --protocol=${protocol}: not supported by this simulation (TCP only)`);
  const portText = flag(r2.parsed, "port") ?? (d.template.container.containerPort > 0 ? String(d.template.container.containerPort) : "");
  if (portText === "") return failWithHint(ctx, "error: couldn't find port via --port flag or introspection", "workloads.hint.noPort", { name: d.name });
  if (!/^-?\d+$/.test(portText)) return fail(portProblem("--port", portText));
  const targetText2 = flag(r2.parsed, "target") ?? portText;
  if (!/^-?\d+$/.test(targetText2)) return fail(`error: --target-port=${targetText2}: named ports are not supported by this simulation (use a number)`);
  const port = Number(portText);
  const targetPort = Number(targetText2);
  const name3 = flag(r2.parsed, "name") ?? d.name;
  const causes = [];
  const nameBad = serviceNameProblem(name3);
  if (nameBad) causes.push(`metadata.name: ${nameBad}`);
  if (port < 1 || port > 65535) causes.push(`spec.ports[0].port: Invalid value: ${port}: must be between 1 and 65535, inclusive`);
  if (targetPort < 1 || targetPort > 65535) causes.push(`spec.ports[0].targetPort: Invalid value: ${targetPort}: must be between 1 and 65535, inclusive`);
  if (causes.length > 0) return fail(`The Service "${name3}" is invalid: ${causes.length === 1 ? causes[0] : `[${causes.join(", ")}]`}`);
  if (world2.k8s.services.has(name3)) {
    return failWithHint(ctx, `Error from server (AlreadyExists): services "${name3}" already exists`, "workloads.hint.alreadyExists", { kind: "service", name: name3 });
  }
  addService(world2, { name: name3, type, selector: { ...d.selector }, port, targetPort });
  return ok(`service/${name3} exposed`);
};

// shared/sim/k8s/workloads/rolloutStatus.ts
function rolloutStatusLine(world2, d, byOwner) {
  if (d.progressDeadlineExceeded) return { line: "", done: true, error: `error: deployment "${d.name}" exceeded its progress deadline` };
  const st = deploymentStatus(world2, d, byOwner);
  const waiting = `Waiting for deployment "${d.name}" rollout to finish:`;
  if (st.updated < d.replicas) return { line: `${waiting} ${st.updated} out of ${d.replicas} new replicas have been updated...`, done: false };
  if (st.replicas > st.updated) return { line: `${waiting} ${st.replicas - st.updated} old replicas are pending termination...`, done: false };
  if (st.available < st.updated) return { line: `${waiting} ${st.available} of ${st.updated} updated replicas are available...`, done: false };
  return { line: `deployment "${d.name}" successfully rolled out`, done: true };
}
function answer(sink, world2, w, ok2, error) {
  const output = w.lines.join("\n");
  if (ok2) sink.result({ commandId: w.commandId, actor: w.actor, line: w.line, ok: true, output, tick: world2.tick });
  else sink.result({ commandId: w.commandId, actor: w.actor, line: w.line, ok: false, output, error: error ?? "", tick: world2.tick });
}
function advanceRolloutWatches(world2, sink) {
  const watches = world2.k8s.rolloutWatches;
  if (watches.length === 0) return;
  const byOwner = podsByOwner(world2);
  let kept = 0;
  for (const w of watches) {
    const d = world2.k8s.deployments.get(w.deployment);
    if (!d) {
      answer(sink, world2, w, false, `Error from server (NotFound): deployments.apps "${w.deployment}" not found`);
      continue;
    }
    const s = rolloutStatusLine(world2, d, byOwner);
    if (s.line !== "" && w.lines[w.lines.length - 1] !== s.line) w.lines.push(s.line);
    if (s.done) {
      answer(sink, world2, w, s.error === void 0, s.error);
      continue;
    }
    if (w.deadlineTick >= 0 && world2.tick >= w.deadlineTick) {
      answer(sink, world2, w, false, "error: timed out waiting for the condition");
      continue;
    }
    watches[kept++] = w;
  }
  watches.length = kept;
}

// shared/sim/commands/kubectl/rollout.ts
var SUBS = ["status", "history", "undo", "restart"];
function status(call, d, watch, timeout) {
  const world2 = call.ctx.world;
  const s = rolloutStatusLine(world2, d);
  if (s.error) return fail(s.error);
  if (s.done || !watch) return ok(s.line);
  let deadlineTick = -1;
  if (timeout !== void 0) {
    const secs = parseDurationSeconds(timeout);
    if (secs === null) return fail(`error: invalid argument "${timeout}" for "--timeout" flag: time: invalid duration "${timeout}"`);
    if (secs > 0) deadlineTick = world2.tick + secs;
  }
  world2.k8s.rolloutWatches.push({ commandId: call.ctx.commandId, actor: call.ctx.actor.id, line: call.ctx.line, deployment: d.name, lines: [s.line], deadlineTick });
  return { pending: true, jobId: `rollout-status-${call.ctx.commandId}` };
}
function history(sets, d, revision) {
  const ordered = [...sets].sort((a, b) => a.revision - b.revision);
  if (revision !== void 0 && revision !== "0") {
    const rs = ordered.find((s) => String(s.revision) === revision);
    if (!rs) return fail("error: unable to find the specified revision");
    return ok([`deployment.apps/${d.name} with revision #${rs.revision}`, ...podTemplateLines(rs.template, { "pod-template-hash": rs.templateHash })].join("\n"));
  }
  const rows = ordered.map((rs) => `${String(rs.revision).padEnd(10)}${d.changeCauses[rs.revision] || "<none>"}`);
  return ok([`deployment.apps/${d.name} `, "REVISION  CHANGE-CAUSE", ...rows].join("\n"));
}
function undo(call, sets, d, toRevision) {
  if (!/^\d+$/.test(toRevision)) return fail(`error: invalid argument "${toRevision}" for "--to-revision" flag: strconv.ParseInt: parsing "${toRevision}": invalid syntax`);
  const ordered = [...sets].sort((a, b) => b.revision - a.revision);
  const wanted = Number(toRevision);
  let target;
  if (wanted === 0) {
    if (ordered.length < 2) return failWithHint(call.ctx, `error: no rollout history found for deployment "${d.name}"`, "workloads.hint.noHistory", { name: d.name });
    target = ordered[1];
  } else {
    target = ordered.find((rs2) => rs2.revision === wanted);
    if (!target) {
      const revisions = ordered.map((rs2) => rs2.revision).reverse().join(", ");
      return failWithHint(call.ctx, `error: unable to find specified revision ${wanted} in history`, "workloads.hint.revisionNotFound", { name: d.name, revisions });
    }
  }
  const rs = target;
  if (canonicalJson(rs.template) === canonicalJson(d.template)) return ok(`deployment.apps/${d.name} skipped rollback (current template already matches revision ${rs.revision})`);
  d.template = cloneTemplate(rs.template);
  d.changeCause = d.changeCauses[rs.revision] ?? "";
  return ok(`deployment.apps/${d.name} rolled back`);
}
var rolloutVerb = (call) => {
  const [sub, ...rest] = call.args;
  if (sub === void 0 || !SUBS.includes(sub)) {
    return fail(`error: unknown command "${sub ?? ""}" for "kubectl rollout"
Did you mean this?
	${SUBS.join("\n	")}
Run 'kubectl rollout --help' for usage.`);
  }
  const noWatch = rest.some((w) => w === "--watch=false" || w === "-w=false");
  const r2 = parseVerbFlags(`rollout ${sub}`, rest.filter((w) => w !== "--watch=false" && w !== "-w=false"), [
    f("watch", ["-w", "--watch"], false),
    f("timeout", ["--timeout"]),
    f("revision", ["--revision"]),
    f("to", ["--to-revision"])
  ]);
  if (!r2.ok) return r2.outcome;
  const world2 = call.ctx.world;
  const viewer = sub === "status" ? "status viewer" : sub === "history" ? "history viewer" : sub === "undo" ? "rollbacker" : "restarter";
  const t2 = workloadTarget(world2, r2.parsed.positionals, ["deployment"], `error: no ${viewer} has been implemented for "{{kind}}"`);
  if (!t2.ok) return fail(t2.error);
  const d = deploymentOf(world2, t2.name);
  if (sub === "status") return status(call, d, !noWatch, flag(r2.parsed, "timeout"));
  const sets = replicaSetsOf(world2, d.name);
  if (sub === "history") return history(sets, d, flag(r2.parsed, "revision"));
  if (sub === "undo") return undo(call, sets, d, flag(r2.parsed, "to") ?? "0");
  d.template.restartedAt = world2.tick;
  return ok(`deployment.apps/${d.name} restarted`);
};

// shared/sim/commands/kubectl/scale.ts
var scaleVerb = ({ ctx, args }) => {
  const r2 = parseVerbFlags("scale", args, [f("replicas", ["--replicas"]), f("current", ["--current-replicas"])]);
  if (!r2.ok) return r2.outcome;
  const world2 = ctx.world;
  const t2 = workloadTarget(world2, r2.parsed.positionals, ["deployment", "replicaset"], "error: no scaler has been implemented for {{kind}}");
  if (!t2.ok) return fail(t2.error);
  const text3 = flag(r2.parsed, "replicas");
  if (text3 === void 0) return failWithHint(ctx, 'error: required flag(s) "replicas" not set', "workloads.hint.replicasRequired", { name: t2.name });
  if (!/^-?\d+$/.test(text3)) return fail(`error: invalid argument "${text3}" for "--replicas" flag: strconv.ParseInt: parsing "${text3}": invalid syntax`);
  const replicas = Number(text3);
  if (replicas < 0) return fail("error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
  const isDeployment = t2.type.singular === "deployment";
  const obj4 = isDeployment ? world2.k8s.deployments.get(t2.name) : world2.k8s.replicaSets.get(t2.name);
  if (!obj4) return fail(`error: ${t2.name} not found`);
  const current3 = flag(r2.parsed, "current");
  if (current3 !== void 0 && Number(current3) !== obj4.replicas) {
    return fail(`error: Expected replicas to be ${current3}, was ${obj4.replicas}`);
  }
  obj4.replicas = replicas;
  return ok(`${t2.type.qualified}/${t2.name} scaled`);
};

// shared/sim/commands/kubectl/set.ts
function setImage({ ctx, args }) {
  const r2 = parseVerbFlags("set image", args, [f("record", ["--record"], false)]);
  if (!r2.ok) return r2.outcome;
  const world2 = ctx.world;
  const t2 = workloadTarget(world2, r2.parsed.positionals, ["deployment"], "error: {{kind}} is not supported by this simulation's set image (deployments only)");
  if (!t2.ok) return fail(t2.error);
  if (t2.rest.length === 0) return fail("error: at least one image update is required\nSee 'kubectl set image -h' for help and examples");
  const d = deploymentOf(world2, t2.name);
  const c = d.template.container;
  let image2 = null;
  for (const pair of t2.rest) {
    const eq = pair.indexOf("=");
    if (eq <= 0 || eq === pair.length - 1) return fail(`error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`);
    const container2 = pair.slice(0, eq);
    if (container2 !== "*" && container2 !== c.name) {
      return failWithHint(ctx, `error: unable to find container named "${container2}"`, "workloads.hint.containerNotFound", { name: d.name, container: c.name });
    }
    image2 = pair.slice(eq + 1);
  }
  if (image2 === null || image2 === c.image) return ok("");
  c.image = image2;
  const record2 = hasFlag(r2.parsed, "record");
  if (record2) d.changeCause = `kubectl ${ctx.line.replace(/^\s*kubectl\s+/, "")}`;
  return ok(`${record2 ? "Flag --record has been deprecated, --record will be removed in the future\n" : ""}deployment.apps/${d.name} image updated`);
}
var setVerb = (call) => {
  const [what, ...rest] = call.args;
  if (what === "image") return setImage({ ...call, args: rest });
  if (what === void 0) return fail(`error: unknown command "" for "kubectl set"
Run 'kubectl set --help' for usage.`);
  return fail(`error: unknown command "${what}" for "kubectl set"
Run 'kubectl set --help' for usage.`);
};

// shared/sim/commands/kubectl/index.ts
var VERBS = {
  get: getVerb,
  describe: describeVerb,
  logs: logsVerb,
  delete: deleteVerb,
  cordon: cordonCommand,
  uncordon: uncordonCommand,
  drain: drainVerb,
  create: createVerb,
  apply: applyVerb,
  scale: scaleVerb,
  set: setVerb,
  rollout: rolloutVerb,
  expose: exposeVerb,
  autoscale: autoscaleVerb
};
var CONNECTION_REFUSED = "The connection to the server localhost:8080 was refused - did you specify the right host or port?";
var OVERVIEW = [
  "kubectl controls the Kubernetes cluster manager.",
  "",
  "Basic Commands (Beginner):",
  "  create        Create a resource from a file or from stdin",
  "  expose        Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service",
  "  set           Set specific features on objects",
  "",
  "Basic Commands (Intermediate):",
  "  get           Display one or many resources",
  "  delete        Delete resources by file names, stdin, resources and names, or by resources and label selector",
  "",
  "Deploy Commands:",
  "  rollout       Manage the rollout of a resource",
  "  scale         Set a new size for a deployment, replica set, or replication controller",
  "  autoscale     Auto-scale a deployment, replica set, stateful set, or replication controller",
  "",
  "Cluster Management Commands:",
  "  cordon        Mark node as unschedulable",
  "  uncordon      Mark node as schedulable",
  "  drain         Drain node in preparation for maintenance",
  "",
  "Troubleshooting and Debugging Commands:",
  "  describe      Show details of a specific resource or group of resources",
  "  logs          Print the logs for a container in a pod",
  "",
  "Advanced Commands:",
  "  apply         Apply a configuration to a resource by file name or stdin",
  "",
  "Usage:",
  "  kubectl [flags] [options]"
].join("\n");
function splitNamespace(words) {
  let ns = "default";
  const rest = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === "-n" || w === "--namespace") {
      const v = words[i + 1];
      if (v === void 0) return { error: `error: flag needs an argument: '${w === "-n" ? "n" : "namespace"}' in ${w}` };
      ns = v;
      i++;
    } else if (w.startsWith("--namespace=")) {
      ns = w.slice(12);
    } else if (/^-n[a-z0-9]/.test(w)) {
      ns = w.slice(2);
    } else {
      rest.push(w);
    }
  }
  return { ns, rest };
}
var kubectlCommand = (ctx, words) => {
  const split = splitNamespace(words);
  if ("error" in split) return fail(split.error);
  const [verb, ...args] = split.rest;
  if (verb === void 0 || verb === "-h" || verb === "--help") return ok(OVERVIEW);
  const run = Object.hasOwn(VERBS, verb) ? VERBS[verb] : void 0;
  if (!run) return fail(`error: unknown command "${verb}" for "kubectl"
Run 'kubectl --help' for usage.`);
  if (!ctx.world.k8s.enabled) return failWithHint(ctx, CONNECTION_REFUSED, "k8s.hint.noCluster");
  return run({ ctx, args, namespace: split.ns });
};

// shared/sim/services/curve.ts
function dayShape(spec, tick) {
  const day = spec.dayTicks;
  if (day <= 1) return 1;
  const half = day / 2;
  const into = ((tick - spec.peakAtTick) % day + day) % day;
  const d = into > half ? day - into : into;
  const u = (half * half - d * d) / (half * half);
  return u * u;
}
function curveRps(spec, tick) {
  return spec.baseRps + (spec.peakRps - spec.baseRps) * dayShape(spec, tick);
}
function spikePermille(spec, tick) {
  let f2 = 1e3;
  for (const s of spec.spikes) {
    if (tick >= s.atTick && tick < s.atTick + s.durationTicks) f2 = Math.round(f2 * s.factorPermille / 1e3);
  }
  return f2;
}
function noisePermille(seed, serviceIndex, tick, noise) {
  if (noise <= 0) return 0;
  let h = (seed ^ Math.imul(serviceIndex + 1, 2654435761) ^ Math.imul(tick + 1, 2246822519)) >>> 0;
  h = Math.imul(h ^ h >>> 16, 2146121005) >>> 0;
  h = Math.imul(h ^ h >>> 15, 2221713035) >>> 0;
  h = (h ^ h >>> 16) >>> 0;
  return h % (2 * noise + 1) - noise;
}
function offeredRps(seed, service3, serviceIndex, tick) {
  const spec = service3.traffic;
  const noise = noisePermille(seed, serviceIndex, tick, spec.noisePermille);
  const rps = curveRps(spec, tick) * spikePermille(spec, tick) * (1e3 + noise) * service3.trafficFactorPermille / 1e9;
  return rps > 0 ? Math.round(rps) : 0;
}

// shared/sim/services/queue.ts
var SATURATION = SATURATION_PERMILLE;
var TAIL = TAIL_BEYOND_PPM;
var TAIL_STEP = TAIL_STEP_PERMILLE;
var P95_SHARE = P95_SHARE_PERMILLE;
var workersMillis = concurrencyMillis;
var NO_CPU_RHO_PERMILLE = 1e6;
function queueFactorPermille(rhoPermille) {
  const rho = Math.min(Math.max(0, rhoPermille), SATURATION);
  return Math.floor(1e6 / (1e3 - rho));
}
function slowSharePpm(p95Ms, sloMs) {
  if (p95Ms <= 0) return 0;
  const x = Math.floor(sloMs * 1e3 / p95Ms);
  const i = Math.floor(x / TAIL_STEP);
  if (i >= TAIL.length - 1) return 0;
  const a = TAIL[i];
  const b = TAIL[i + 1];
  return a - Math.floor((a - b) * (x - i * TAIL_STEP) / TAIL_STEP);
}
function trafficCpuAvailable(c, speedPermille, contended) {
  const idle2 = c.profile.cpuMillis;
  let ceiling = workersMillis(c);
  if (c.cpuLimitMillis > 0 && c.cpuLimitMillis < ceiling) ceiling = c.cpuLimitMillis;
  let avail = Math.floor((ceiling - idle2) * speedPermille / 1e3);
  const m = c.metrics;
  if (contended && m.starvedPermille > 0 && m.cpuDemandMillis > 0) avail = Math.min(avail, Math.floor(m.cpuUsedMillis * m.trafficCpuMillis / m.cpuDemandMillis));
  return avail > 0 ? avail : 0;
}
function emptyServing() {
  return { rhoPermille: 0, served: 0, timeouts: 0, errorsMilli: 0, goodMilli: 0, p95Ms: 0 };
}
function serveBackend(out, c, service3, share2, cpu2) {
  const avail = trafficCpuAvailable(c, cpu2.speedPermille, cpu2.contended);
  const need = share2 * service3.cpuPerRequestMilli;
  const rho = need === 0 ? 0 : avail > 0 ? Math.min(NO_CPU_RHO_PERMILLE, Math.floor(need * 1e3 / avail)) : NO_CPU_RHO_PERMILLE;
  let inTime = share2;
  if (rho > SATURATION) inTime = Math.min(share2, Math.floor(avail * SATURATION / (1e3 * service3.cpuPerRequestMilli)));
  const errorsMilli = inTime * (c.profile.errorPermille ?? 0);
  const latencyFactor = c.profile.latencyFactorPermille ?? 1e3;
  const p95 = Math.round(service3.baseLatencyMs * latencyFactor * cpu2.slowdownPermille * queueFactorPermille(rho) / 1e9);
  const answeredMilli = inTime * 1e3 - errorsMilli;
  const slowMilli = Math.round(answeredMilli * slowSharePpm(p95, service3.slo.latencyMs) / 1e6);
  out.rhoPermille = rho;
  out.served = inTime - Math.round(errorsMilli / 1e3);
  out.timeouts = share2 - inTime;
  out.errorsMilli = errorsMilli;
  out.goodMilli = answeredMilli - slowMilli;
  out.p95Ms = inTime > 0 ? p95 : 0;
  return out;
}
function countsForP95(share2, total) {
  return share2 > 0 && share2 * 1e3 >= total * P95_SHARE;
}

// shared/sim/services/slowdown.ts
var GUEST = GUEST_OS;
var HOST_OS_CPU = CONTAINER_HOST_OS.cpuMillis;
var WAIT_MAX = RUN_QUEUE_WAIT_MAX_PERMILLE;
var guestSpeed = vmSpeedPermille;
var scratch = null;
function kernelLoadFor(n) {
  if (!scratch || scratch.size < n) {
    const size2 = Math.max(64, n * 2);
    scratch = { size: size2, marked: new Uint8Array(size2), wanted: new Float64Array(size2), slowdown: new Float64Array(size2), speed: new Float64Array(size2), contended: new Uint8Array(size2) };
  } else {
    scratch.marked.fill(0, 0, n);
    scratch.slowdown.fill(0, 0, n);
  }
  return scratch;
}
function sumMarkedKernels(world2, load) {
  for (let i = 0; i < world2.nextIndex.kernel; i++) if (load.marked[i]) load.wanted[i] = 0;
  for (const c of world2.containers.values()) {
    const ki = c.kernelIndex;
    if (!load.marked[ki] || c.state !== "running") continue;
    const want = c.profile.cpuMillis + c.metrics.trafficCpuMillis;
    load.wanted[ki] = (load.wanted[ki] ?? 0) + (c.cpuLimitMillis > 0 && want > c.cpuLimitMillis ? c.cpuLimitMillis : want);
  }
}
function kernelCpuCapacity(world2, c) {
  const vm = world2.vms.get(c.targetId);
  if (vm) return vm.vcpus * 1e3 - GUEST[vm.os].idleCpuMillis;
  const host = world2.hosts.get(c.hostId);
  return host ? host.cores * 1e3 - HOST_OS_CPU : 0;
}
function runQueueWaitPermille(wanted, capacity) {
  if (capacity <= 0 || wanted <= capacity) return 0;
  return Math.min(WAIT_MAX, Math.floor((wanted - capacity) * 1e3 / capacity));
}
function readKernel(world2, load, c) {
  readKernelAt(topologyOf(world2), load, c.kernelIndex);
}
function readKernelAt(topo, load, ki) {
  if ((load.slowdown[ki] ?? 0) > 0) return;
  const wanted = load.wanted[ki] ?? 0;
  const vm = topo.kernelVm[ki];
  const host = topo.kernelHost[ki];
  const capacity = vm ? vm.vcpus * 1e3 - GUEST[vm.os].idleCpuMillis : host ? host.cores * 1e3 - HOST_OS_CPU : 0;
  const speed = vm ? guestSpeed(vm) : 1e3;
  load.speed[ki] = speed;
  load.contended[ki] = wanted > capacity ? 1 : 0;
  load.slowdown[ki] = Math.floor((1e3 + runQueueWaitPermille(wanted, capacity)) * 1e3 / speed);
}

// shared/sim/commands/service/diagnose.ts
var MAX_ROWS2 = 20;
function readings(world2, s, cands) {
  const load = kernelLoadFor(world2.nextIndex.kernel);
  for (const cd of cands) if (cd.inRotation && cd.container) load.marked[cd.container.kernelIndex] = 1;
  sumMarkedKernels(world2, load);
  const out = emptyServing();
  return cands.map((cand) => {
    const c = cand.container;
    if (!cand.inRotation || !c) return { cand, rho: 0, p95: 0, waitPermille: 0 };
    const ki = c.kernelIndex;
    const wanted = load.wanted[ki] ?? 0;
    readKernel(world2, load, c);
    serveBackend(out, c, s, c.metrics.offeredRps, { slowdownPermille: load.slowdown[ki] ?? 1e3, speedPermille: load.speed[ki] ?? 1e3, contended: load.contended[ki] === 1 });
    return { cand, rho: out.rhoPermille, p95: out.p95Ms, waitPermille: runQueueWaitPermille(wanted, kernelCpuCapacity(world2, c)) };
  });
}
function backendTable(world2, rs) {
  const rows = rs.slice(0, MAX_ROWS2).map(({ cand, rho, p95 }) => {
    const c = cand.container;
    if (!cand.inRotation || !c) return [cand.name, c?.targetId ?? "-", cand.state, "-", "-", "-", "-", "-", "-", "-"];
    const vm = world2.vms.get(c.targetId);
    const ceiling = c.cpuLimitMillis > 0 ? Math.min(c.cpuLimitMillis, concurrencyMillis(c)) : concurrencyMillis(c);
    return [
      cand.name,
      c.targetId,
      cand.state,
      `${c.metrics.servedRps}/${c.metrics.offeredRps}`,
      `${cores(c.metrics.cpuUsedMillis)}/${cores(ceiling)}`,
      permille(c.metrics.throttledPermille),
      permille(c.metrics.starvedPermille),
      vm ? permille(vm.metrics.stealPermille) : "-",
      utilText(rho),
      p95 > 0 ? `${p95}ms` : "-"
    ];
  });
  const more = rs.length > MAX_ROWS2 ? [`  \u2026 and ${rs.length - MAX_ROWS2} more`] : [];
  return [...table(["NAME", "MACHINE", "STATE", "RPS", "CPU", "THROTTLED", "STARVED", "STEAL", "UTIL", "P95"], rows).split("\n").map((l) => `  ${l}`), ...more];
}
function utilText(rhoPermille) {
  return rhoPermille >= 1e4 ? ">999%" : `${Math.round(rhoPermille / 10)}%`;
}
function hint(ctx, key, params = {}) {
  return `  ${say(ctx, "common.hint", { text: say(ctx, key, params) })}`;
}
function failure(ctx, s, cands) {
  const m = s.metrics;
  const sel = entrySelector(ctx.world, s);
  const selector = sel ? selectorText(sel) : "";
  switch (m.cause) {
    case "no-k8s-service": {
      const name3 = s.entry.kind === "k8s-service" ? s.entry.name : s.name;
      const podPort = ctx.world.k8s.deployments.get(name3)?.template.container.containerPort ?? 0;
      const target = podPort > 0 && podPort !== s.port ? ` --target-port ${podPort}` : "";
      return [`k8s Service "${name3}" does not exist: run kubectl expose deployment ${name3} --port ${s.port}${target}`, hint(ctx, "services.hint.noK8sService", { name: name3 })];
    }
    case "no-backends":
      if (s.entry.kind === "k8s-service") {
        return [`no endpoints: no Ready pod matches the selector ${selector} of k8s Service "${s.entry.name}"`, hint(ctx, "services.hint.noEndpoints", { selector })];
      }
      return [
        `no healthy backends: ${cands.length} container${cands.length === 1 ? "" : "s"} match${cands.length === 1 ? "es" : ""} ${selector}${cands.length > 0 ? ", none in rotation" : ""}`,
        hint(ctx, "services.hint.noBackends", { labels: Object.entries(sel ?? {}).map(([k, v]) => `-l ${k}=${v}`).join(" "), port: s.port })
      ];
    case "unreachable-endpoints": {
      const refused = cands.find((c) => c.state.startsWith("connection refused"));
      if (refused?.container && s.entry.kind === "k8s-service") {
        const port = refused.container.profile.listenPort;
        return [`${m.errorRps} req/s failed: ${refused.name} ${refused.state}`, hint(ctx, "services.hint.targetPort", { name: s.entry.name, port })];
      }
      return [`${m.errorRps} req/s failed: endpoints of Ready pods do not answer (connection refused or timed out)`, hint(ctx, "services.hint.unreachable")];
    }
    case "overload":
      return [`backends saturated: ${m.timeoutRps} req/s timed out (highest utilisation ${utilText(m.utilisationPermille)})`, hint(ctx, "services.hint.overload")];
    case "app-errors":
      return [`the application answered HTTP 500 to ${m.errorRps} req/s`, hint(ctx, "services.hint.appErrors")];
    default:
      return [];
  }
}
function slowness(ctx, world2, rs) {
  const out = [];
  for (const { cand, rho, waitPermille } of rs) {
    const c = cand.container;
    if (!cand.inRotation || !c) continue;
    const vm = world2.vms.get(c.targetId);
    const name3 = cand.name;
    if (c.metrics.throttledPermille > 0) out.push(hint(ctx, "services.note.throttled", { name: name3, cpus: cores(c.cpuLimitMillis) }));
    if (waitPermille > 0) out.push(hint(ctx, "services.note.runQueue", { name: name3, machine: c.targetId }));
    if (vm && vm.metrics.stealPermille > 0) out.push(hint(ctx, "services.note.steal", { name: name3, machine: vm.name, steal: permille(vm.metrics.stealPermille) }));
    if (vm && vm.metrics.swappedPermille > 0) out.push(hint(ctx, "services.note.swap", { name: name3, machine: vm.name }));
    if (rho >= 700 && rho <= 1e3 && c.metrics.throttledPermille === 0) out.push(hint(ctx, "services.note.busy", { name: name3, util: utilText(rho) }));
  }
  return out;
}
function backendBlocks(ctx, s, cands) {
  const rs = readings(ctx.world, s, cands);
  const inRotation = cands.filter((c) => c.inRotation).length;
  const head = `Backends: ${inRotation} in rotation${cands.length > inRotation ? `, ${cands.length - inRotation} not` : ""}`;
  const blocks = [[head, ...cands.length ? backendTable(ctx.world, rs) : []]];
  const diag = [...failure(ctx, s, cands), ...slowness(ctx, ctx.world, rs)];
  if (diag.length) blocks.push(["Diagnosis:", ...diag.map((l) => l.startsWith("  ") ? l : `  ${l}`)]);
  return blocks;
}

// shared/sim/commands/service/inspect.ts
function entryLine(ctx, s) {
  if (s.entry.kind === "labels") return `load balancer on port ${s.port}, sends to running containers labelled ${entryText(s)}`;
  const sel = entrySelector(ctx.world, s);
  if (!sel) return `k8s Service "${s.entry.name}" (not found), port ${s.port}`;
  const svc = ctx.world.k8s.services.get(s.entry.name);
  return `k8s Service "${s.entry.name}" (${svc?.dnsName ?? s.entry.name}), selector ${selectorText(sel)}, port ${s.port}`;
}
function nextPeak(s, tick) {
  const t2 = s.traffic;
  const into = ((tick - t2.peakAtTick) % t2.dayTicks + t2.dayTicks) % t2.dayTicks;
  return into === 0 ? tick : tick + t2.dayTicks - into;
}
function trafficLines(ctx, s) {
  const t2 = s.traffic;
  const tick = Math.max(0, ctx.world.tick - 1);
  const factors = [];
  const spike2 = spikePermille(t2, tick);
  if (spike2 !== 1e3) factors.push(`spike x${(spike2 / 1e3).toFixed(1)}`);
  if (s.trafficFactorPermille !== 1e3) factors.push(`incident x${(s.trafficFactorPermille / 1e3).toFixed(1)}`);
  const peak = nextPeak(s, ctx.world.tick);
  return fields([
    ["Offered now", `${s.metrics.offeredRps} req/s (daily curve ${Math.round(curveRps(t2, tick))}${factors.length ? `, ${factors.join(", ")}` : ""}${t2.noisePermille ? `, noise \xB1${permilleText(t2.noisePermille)}` : ""})`],
    ["Daily curve", `${t2.baseRps} req/s at the trough, ${t2.peakRps} req/s at peak; a day lasts ${shortDuration(t2.dayTicks)}, next peak at ${clock(peak)}`],
    ["Cost per request", `${s.cpuPerRequestMilli}ms of CPU; ${s.baseLatencyMs}ms p95 when idle`]
  ]);
}
function servingLines(s) {
  const m = s.metrics;
  const budget = errorBudgetRemainingPermille(s);
  return fields([
    ["Served", `${m.servedRps} req/s; failed ${m.errorRps} req/s (${shareText(m.errorRps, m.offeredRps)}${m.timeoutRps ? `, ${m.timeoutRps} timed out` : ""})`],
    ["Latency p95", m.latencyMsP95 > 0 ? `${m.latencyMsP95}ms (SLO ${s.slo.latencyMs}ms)` : `- (SLO ${s.slo.latencyMs}ms)`],
    ["SLO", `${permilleText(s.slo.availabilityPermille)} of requests served within ${s.slo.latencyMs}ms, over ${shortDuration(s.sloWindow.size)}`],
    ["Availability", `${ppmText(serviceAvailabilityPpm(s))} over the last ${shortDuration(s.sloWindow.size)}; error budget left ${budgetText(budget)}`],
    ["Since start", `${s.totals.requests} requests, ${s.totals.served} served, ${s.totals.failed} failed, ${s.totals.slow} slower than the SLO`]
  ]);
}
var serviceInspect = (ctx, words) => {
  const parsed = parseFlags(words, []);
  if (!parsed.ok) return fail(`error: ${parsed.error}
See 'help service inspect'.`);
  const found = findService(ctx, parsed.parsed.positionals[0]);
  if (!found.ok) return found.outcome;
  const extra = parsed.parsed.positionals[1];
  if (extra !== void 0) return fail(`error: unexpected data '${extra}'
See 'help service inspect'.`);
  const s = found.value;
  const head = fields([
    ["Name", s.name],
    ["Entry", entryLine(ctx, s)]
  ]);
  const blocks = [head, ["Traffic:", ...trafficLines(ctx, s).map((l) => `  ${l}`)], ["Requests:", ...servingLines(s).map((l) => `  ${l}`)], ...backendBlocks(ctx, s, candidates(ctx.world, s))];
  return ok(blocks.map((b) => b.join("\n")).join("\n\n"));
};

// shared/sim/commands/service/list.ts
var serviceList = (ctx, words) => {
  const parsed = parseFlags(words, []);
  if (!parsed.ok) return fail(`error: ${parsed.error}
See 'help service list'.`);
  const extra = parsed.parsed.positionals[0];
  if (extra !== void 0) return fail(`error: unexpected data '${extra}'
See 'help service list'.`);
  if (ctx.world.services.size === 0) return ok("No services in this scenario.");
  const rows = [...ctx.world.services.values()].map((s) => {
    const m = s.metrics;
    const budget = errorBudgetRemainingPermille(s);
    return [
      s.name,
      entryText(s),
      String(m.healthyBackends),
      String(m.offeredRps),
      m.latencyMsP95 > 0 ? `${m.latencyMsP95}ms` : "-",
      shareText(m.errorRps, m.offeredRps),
      `${ppmText(serviceAvailabilityPpm(s))}/${shortDuration(s.sloWindow.size)}`,
      `${permilleText(s.slo.availabilityPermille)}<${s.slo.latencyMs}ms`,
      budgetText(budget)
    ];
  });
  return ok(table(["NAME", "ENTRY", "BACKENDS", "RPS", "P95", "ERR%", "AVAIL", "SLO", "BUDGET LEFT"], rows));
};

// shared/sim/commands/service/index.ts
var SUBCOMMANDS3 = {
  list: serviceList,
  ls: serviceList,
  inspect: serviceInspect,
  describe: serviceInspect
};
var CANONICAL2 = { ls: "list", describe: "inspect" };
var serviceCommand = (ctx, words) => {
  const [sub, ...rest] = words;
  if (sub === void 0 || sub === "--help" || sub === "-h") return ok(helpFor(ctx, ["service"]) ?? "");
  const handler = Object.hasOwn(SUBCOMMANDS3, sub) ? SUBCOMMANDS3[sub] : void 0;
  if (!handler) return failWithHint(ctx, `error: unknown command: '${sub}'`, "services.hint.commands");
  if (rest.includes("--help") || rest.includes("-h")) return ok(helpFor(ctx, ["service", CANONICAL2[sub] ?? sub]) ?? "");
  return handler(ctx, rest);
};

// shared/sim/level/format.ts
function percentText(milliPercent) {
  return `${(Math.floor(milliPercent / 10) / 100).toFixed(2)}%`;
}
function targetText(milliPercent) {
  return `${String(milliPercent / 1e3)}%`;
}

// shared/sim/level/present.ts
function levelHeadline(world2, lang) {
  const level2 = world2.level;
  const spec = level2.spec;
  if (!spec) return translate(lang, "level.label.notALevel");
  const head = translate(lang, "level.label.level", { number: spec.number, title: world2.scenario.title[lang] });
  if (!level2.ended) {
    const left = Math.max(0, level2.durationTicks - world2.tick);
    return `${head} \u2014 ${translate(lang, "level.label.timeLeft", { left: clock(left), total: clock(level2.durationTicks) })}`;
  }
  return `${head} \u2014 ${resultLine(world2, lang)} (${translate(lang, "level.label.ended", { at: clock(level2.endedTick) })})`;
}
function resultLine(world2, lang) {
  const l = world2.level;
  return translate(lang, "level.label.result", { outcome: translate(lang, l.won ? "level.label.won" : "level.label.lost"), stars: l.stars, score: l.score });
}
function objectiveStatus(spec, state, lang) {
  if (state.failed) return translate(lang, "level.objectives.failed");
  if (spec.mode === "always") return translate(lang, "level.objectives.holding");
  return translate(lang, state.met ? "level.objectives.met" : "level.objectives.notMet");
}
function objectiveWhen(spec, lang) {
  if (spec.mode === "end") return translate(lang, "level.objectives.atEnd");
  if (spec.fromTick > 0) return translate(lang, "level.objectives.alwaysFrom", { from: clock(spec.fromTick) });
  return translate(lang, "level.objectives.always");
}
function objectivesTable(world2, lang) {
  const spec = world2.level.spec;
  if (!spec) return translate(lang, "level.label.notALevel");
  const h = (k) => translate(lang, `level.objectives.header.${k}`);
  const rows = spec.objectives.map((o, i) => {
    const state = world2.level.objectives[i];
    return [o.id, objectiveStatus(o, state, lang), state.progress || "-", `${o.title[lang]} (${objectiveWhen(o, lang)})`];
  });
  return table([h("id"), h("status"), h("progress"), h("objective")], rows);
}
function metCount(world2) {
  return world2.level.objectives.filter((o) => o.met && !o.failed).length;
}

// shared/sim/level/serviceSample.ts
function runRequests(s) {
  const total = Math.round(s.totals.requests);
  const good = Math.max(0, Math.min(total, Math.round(s.totals.served - s.totals.slow)));
  return { good, total };
}
function tickLatency(s) {
  return { ms: Math.round(s.metrics.latencyMsP95), weight: Math.round(s.metrics.servedRps) };
}

// shared/sim/level/score.ts
function sloShare(points, good, total, targetPermille) {
  if (total <= 0) return points;
  const bad = (total - good) * 1e3;
  const allowed = total * (1e3 - targetPermille);
  if (allowed <= 0) return bad <= 0 ? points : 0;
  const left = Math.min(2 * allowed, Math.max(0, 3 * allowed - bad));
  return Math.floor(points * left / (2 * allowed));
}
function incidentCost(points, openedTick, detectedTick, resolvedTick, atTick2, spec) {
  const detectShare = Math.floor(points / 3);
  const resolveShare = points - detectShare;
  const ttd = (detectedTick >= 0 ? detectedTick : atTick2) - openedTick;
  const late = detectedTick >= 0 ? Math.min(Math.max(0, ttd), spec.detectWithinTicks) : spec.detectWithinTicks;
  const detectCost = Math.floor(detectShare * late / Math.max(1, spec.detectWithinTicks));
  if (resolvedTick < 0) return detectCost + resolveShare;
  const ttr = Math.min(Math.max(0, resolvedTick - openedTick), spec.resolveWithinTicks);
  return detectCost + Math.floor(resolveShare * ttr / Math.max(1, spec.resolveWithinTicks));
}
function computeScore(world2, spec, hintsTaken, atTick2) {
  const w = spec.scoring;
  const profitCents = economySummary(world2).profitCents;
  const profitPoints = Math.floor(profitCents / w.centsPerPoint);
  const services = [];
  const n = world2.services.size;
  let sloPoints = 0;
  for (const s of world2.services.values()) {
    const r2 = runRequests(s);
    const target = s.slo.availabilityPermille;
    const points = sloShare(Math.floor(w.sloPoints / n), r2.good, r2.total, target);
    sloPoints += points;
    services.push({ name: s.name, availabilityMilliPercent: r2.total > 0 ? Math.floor(r2.good * 1e5 / r2.total) : 1e5, targetMilliPercent: target * 100, points });
  }
  let incidentPenalty = 0;
  for (const inc of world2.ops.incidents.values()) {
    if (inc.openedTick >= atTick2) continue;
    const resolved = inc.state === "resolved" && inc.resolvedTick >= 0 && inc.resolvedTick <= atTick2 ? inc.resolvedTick : -1;
    const detected = inc.detectedTick >= 0 && inc.detectedTick <= atTick2 ? inc.detectedTick : -1;
    incidentPenalty += incidentCost(w.incidentPoints, inc.openedTick, detected, resolved, atTick2, w);
  }
  let hintCost = 0;
  for (const h of spec.hints) if (hintsTaken.includes(h.id)) hintCost += h.cost;
  const total = Math.max(0, profitPoints + sloPoints - incidentPenalty - hintCost);
  return { profitCents, profitPoints, sloPoints, services, incidentPenalty, hintCost, total };
}
function starsFor(score, won, stars) {
  if (!won) return 0;
  if (score >= stars.three) return 3;
  if (score >= stars.two) return 2;
  if (score >= stars.one) return 1;
  return 0;
}

// shared/sim/commands/level/status.ts
function levelLine(ctx, world2) {
  const level2 = world2.level;
  const spec = level2.spec;
  if (!spec) return say(ctx, "level.label.notALevel");
  const parts = [levelHeadline(world2, ctx.actor.lang), say(ctx, "level.label.objectivesMet", { met: metCount(world2), total: spec.objectives.length })];
  if (!level2.ended) parts.push(say(ctx, "level.label.scoreSoFar", { score: computeScore(world2, spec, level2.hintsTaken, world2.tick).total }));
  return parts.join("; ");
}
function moneyLine(ctx, world2) {
  const e = economySummary(world2);
  return say(ctx, "level.label.balance", { balance: dollarsText(e.balanceCents), revenue: dollarsText(e.revenueCents), costs: dollarsText(e.costCents) });
}
function serviceLines(ctx, world2) {
  if (world2.services.size === 0) return [say(ctx, "level.label.noServices")];
  return [...world2.services.values()].map((s) => {
    const m = s.metrics;
    const size2 = s.sloWindow.size;
    return say(ctx, "level.label.service", {
      name: s.name,
      availability: percentText(Math.floor(serviceAvailabilityPpm(s) / 10)),
      // Quoted: the purity check would take a bare `window` key for the browser global.
      "window": size2 % 60 === 0 ? `${size2 / 60}m` : `${size2}s`,
      budget: `${(errorBudgetRemainingPermille(s) / 10).toFixed(1)}%`,
      target: targetText(s.slo.availabilityPermille * 100),
      latency: Math.round(m.latencyMsP95),
      served: Math.round(m.servedRps),
      offered: Math.round(m.offeredRps),
      backends: m.healthyBackends
    });
  });
}
function opsLine(ctx, world2) {
  let alerts = 0;
  for (const a of world2.ops.alerts.values()) if (a.resolvedTick < 0) alerts++;
  let incidents2 = 0;
  for (const i of world2.ops.incidents.values()) if (i.state === "open") incidents2++;
  return say(ctx, "level.label.opsCounts", { alerts, incidents: incidents2 });
}
var statusCommand = (ctx, words) => {
  if (words.length > 0) return fail("status: too many arguments\nUsage: status");
  const w = ctx.world;
  const rows = [
    [say(ctx, "level.label.gameTime"), [clock(w.tick)]],
    [say(ctx, "level.label.levelRow"), [levelLine(ctx, w)]],
    [say(ctx, "level.label.money"), [moneyLine(ctx, w)]],
    [say(ctx, "level.label.services"), serviceLines(ctx, w)],
    [say(ctx, "level.label.ops"), [opsLine(ctx, w)]]
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const out = [];
  for (const [label, lines3] of rows) lines3.forEach((l, i) => out.push(`${(i === 0 ? label : "").padEnd(width)}${l}`));
  if (w.level.spec) out.push("", say(ctx, "level.label.seeObjectives"));
  return ok(out.join("\n"));
};

// shared/sim/commands/level/objectives.ts
var objectivesCommand = (ctx, words) => {
  if (words.length > 0) return fail("objectives: too many arguments\nUsage: objectives");
  const { world: world2, actor } = ctx;
  if (!world2.level.spec) return ok(levelHeadline(world2, actor.lang));
  return ok([levelHeadline(world2, actor.lang), "", objectivesTable(world2, actor.lang)].join("\n"));
};

// shared/sim/commands/level/hint.ts
function list3(ctx, spec) {
  const h = (k) => say(ctx, `level.hint.header.${k}`);
  const rows = spec.hints.map((x) => [x.id, String(x.cost), say(ctx, ctx.world.level.hintsTaken.includes(x.id) ? "level.hint.taken" : "level.hint.notTaken")]);
  return ok([table([h("id"), h("cost"), h("status")], rows), "", say(ctx, "level.hint.usage")].join("\n"));
}
var hintCommand = (ctx, words) => {
  const level2 = ctx.world.level;
  const spec = level2.spec;
  if (!spec || spec.hints.length === 0) return failWithHint(ctx, say(ctx, "level.hint.none"), "level.hint.noneHint");
  if (words.length === 0) return list3(ctx, spec);
  if (words.length > 1) return fail(say(ctx, "level.hint.usageError"));
  const id2 = words[0];
  const found = spec.hints.find((x) => x.id === id2);
  if (!found) return failWithHint(ctx, say(ctx, "level.hint.unknown", { id: id2, ids: spec.hints.map((x) => x.id).join(", ") }), "level.hint.unknownHint");
  let note;
  if (level2.hintsTaken.includes(id2)) {
    note = say(ctx, "level.hint.again");
  } else if (level2.ended) {
    note = say(ctx, "level.hint.over");
  } else {
    level2.hintsTaken.push(id2);
    note = say(ctx, "level.hint.cost", { cost: found.cost });
  }
  return ok(`${found.text[ctx.actor.lang]}
${note}`);
};

// shared/sim/commands/index.ts
var FAMILIES = {
  host: hostCommand,
  vm: vmCommand,
  docker: dockerCommand,
  help: helpCommand,
  explain: explainCommand,
  edit: editCommand,
  inject: injectCommand,
  alerts: alertsCommand,
  alert: alertCommand,
  incidents: incidentsCommand,
  kubectl: kubectlCommand,
  service: serviceCommand,
  status: statusCommand,
  objectives: objectivesCommand,
  hint: hintCommand
};
var ALWAYS_UNLOCKED = /* @__PURE__ */ new Set(["help", "explain", "status", "objectives", "hint", "inject"]);
function isUnlocked(unlocked, family) {
  return ALWAYS_UNLOCKED.has(family) || unlocked.includes("*") || unlocked.includes(family);
}
function runLine(ctx) {
  const t2 = tokenize(ctx.line);
  if (!t2.ok) return fail(`syntax error: ${t2.error}`);
  const [verb, ...rest] = t2.words;
  if (!verb) return fail('empty command: type "help" to see the commands');
  const handler = Object.hasOwn(FAMILIES, verb) ? FAMILIES[verb] : void 0;
  if (!handler) return fail(`${verb}: command not found (type "help" to see the commands)`);
  if (!isUnlocked(ctx.world.scenario.unlocked, verb)) {
    return fail(`${verb}: not available in this scenario (unlocked: ${ctx.world.scenario.unlocked.join(", ")})`);
  }
  return handler(ctx, rest);
}

// shared/sim/ops/bot.ts
var CI_BOT = { id: "ci-bot", name: "ci-bot", role: "bot", lang: "en" };
var BATCH_BOT = { id: "batch-team", name: "batch-team", role: "bot", lang: "en" };
function isBotName(name3) {
  return name3 === CI_BOT.name || name3 === BATCH_BOT.name;
}
function botRun(world2, line, sink, actor = CI_BOT) {
  const t2 = tokenize(line);
  const verb = t2.ok ? t2.words[0] : void 0;
  const handler = verb !== void 0 && Object.hasOwn(FAMILIES, verb) ? FAMILIES[verb] : void 0;
  const commandId = `${actor.id}-${world2.logSeq}`;
  let outcome;
  if (!t2.ok || !handler) outcome = { ok: false, error: `${verb ?? ""}: command not found` };
  else outcome = handler({ world: world2, actor, commandId, line, sink }, t2.words.slice(1));
  const ok2 = "pending" in outcome || outcome.ok;
  world2.commandLog.push({ seq: world2.logSeq++, tick: world2.tick, actor: actor.name, line, ok: ok2 });
  if (world2.commandLog.length > COMMAND_LOG_KEPT) world2.commandLog.splice(0, world2.commandLog.length - COMMAND_LOG_KEPT);
  if (!("pending" in outcome)) {
    const base2 = { commandId, actor: actor.id, line, tick: world2.tick };
    if (outcome.ok) sink.result({ ...base2, ok: true, output: outcome.output });
    else sink.result({ ...base2, ok: false, output: outcome.output ?? "", error: outcome.error });
  }
  return outcome;
}
function shellWord(text3) {
  return /^[A-Za-z0-9_./:=,@%+-]+$/.test(text3) ? text3 : `'${text3.replace(/'/g, `'\\''`)}'`;
}

// shared/sim/ops/rollout.ts
function nextTag(registry, repo, tag) {
  const m = /^(\d+)\.(\d+)(.*)$/.exec(tag) ?? /^(\d+)()(.*)$/.exec(tag);
  for (let n = 1; n < 1e3; n++) {
    let candidate;
    if (m && m[2] !== "") candidate = `${m[1]}.${Number(m[2]) + n}${m[3]}`;
    else if (m) candidate = `${Number(m[1]) + n}${m[3]}`;
    else candidate = `${tag}-${n + 1}`;
    if (registry.tags[`${repo}:${candidate}`] === void 0) return candidate;
  }
  return `${tag}-x`;
}
function publishRelease(world2, baseRef, base2, layer, profile2, salt) {
  const ref = parseImageRef(baseRef);
  const registry = ref ? world2.registries.get(ref.registry) : void 0;
  if (!ref || !registry) return null;
  const parent = base2.layers[base2.layers.length - 1] ?? "";
  const digest = ensureLayer(world2, { ...layer, digest: layerDigest(parent, layer.createdBy, salt), createdTick: world2.tick });
  const layers = [...base2.layers, digest];
  const fullProfile = { ...base2.profile, ...profile2 };
  const image2 = ensureImage(world2, { id: imageIdOf(layers, base2.os, fullProfile, base2.env), layers, os: base2.os, profile: fullProfile, createdTick: world2.tick, env: { ...base2.env } });
  const tag = nextTag(registry, ref.repo, ref.tag);
  const newRef = { ...ref, tag };
  recordPush(world2, registry, newRef, image2.id, layers);
  return { ref: refKey(newRef), image: image2 };
}
function cpusText(millis) {
  return millis % 1e3 === 0 ? String(millis / 1e3) : (millis / 1e3).toFixed(3).replace(/0+$/, "");
}
function runOptions(world2, c, overrides = {}) {
  const out = ["-d", "--name", c.name];
  if (c.cpuLimitMillis > 0) out.push("--cpus", cpusText(c.cpuLimitMillis));
  if (c.memoryLimitMiB > 0) out.push("-m", `${c.memoryLimitMiB}m`);
  if (c.memorySwapMiB !== 0) out.push("--memory-swap", c.memorySwapMiB < 0 ? "-1" : `${c.memorySwapMiB}m`);
  if (c.oomScoreAdj !== 0) out.push("--oom-score-adj", String(c.oomScoreAdj));
  for (const p of c.ports) out.push("-p", `${p.hostPort}:${p.containerPort}`);
  if (c.network !== "bridge") out.push("--network", c.network);
  if (c.userns) out.push("--userns");
  if (c.autoRemove) out.push("--rm");
  const restart = overrides.restart ?? (c.restartPolicy === "on-failure" && c.restartMaxRetries > 0 ? `on-failure:${c.restartMaxRetries}` : c.restartPolicy);
  if (restart !== "no") out.push("--restart", restart);
  const imageEnv = world2.images.get(c.imageId)?.env ?? {};
  const env = { ...c.env, ...overrides.env };
  for (const k of Object.keys(env)) if (imageEnv[k] !== env[k]) out.push("-e", `${k}=${env[k]}`);
  for (const k of Object.keys(c.labels)) out.push("-l", `${k}=${c.labels[k]}`);
  for (const m of c.mounts) out.push("-v", `${world2.volumes.get(m.volume)?.name ?? m.volume}:${m.path}`);
  return out.map(shellWord);
}
function replaceContainer(world2, c, imageRef, sink, overrides = {}, actor = CI_BOT) {
  const image2 = world2.images.get(c.imageId);
  const options = runOptions(world2, c, overrides);
  const defaultCmd = image2 ? imageCmd(world2, image2) : [];
  const custom = image2 && c.cmd.join("\0") !== defaultCmd.join("\0") ? c.cmd.map(shellWord) : [];
  const engine2 = c.targetId;
  botRun(world2, `docker -H ${engine2} rm -f ${shellWord(c.name)}`, sink, actor);
  return botRun(world2, ["docker", "-H", engine2, "run", ...options, shellWord(imageRef), ...custom].join(" "), sink, actor);
}
function setDeploymentImage(world2, deployment2, imageRef, sink) {
  const dep = world2.k8s.deployments.get(deployment2);
  const container2 = dep?.template.container.name ?? deployment2;
  return botRun(world2, `kubectl set image deployment/${deployment2} ${container2}=${imageRef}`, sink);
}

// shared/sim/ops/targets.ts
var MAX_LISTED = 8;
function listNames(names) {
  if (names.length === 0) return "none";
  return names.length > MAX_LISTED ? `${names.slice(0, MAX_LISTED).join(", ")}, \u2026 (${names.length} in all)` : names.join(", ");
}
function qualifiedName(c) {
  return `${c.targetId}/${c.name}`;
}
function whatIs(world2, text3) {
  if (world2.hosts.has(text3)) return `"${text3}" is a host`;
  if (world2.vms.has(text3)) return `"${text3}" is a VM`;
  if (world2.racks.has(text3)) return `"${text3}" is a rack`;
  if (world2.services.has(text3)) return `"${text3}" is a service`;
  if (world2.registries.has(text3)) return `"${text3}" is a registry`;
  return `no "${text3}" here`;
}
function runningContainerNames(world2) {
  const out = [];
  for (const c of world2.containers.values()) if (c.state === "running") out.push(qualifiedName(c));
  return out;
}
function findContainer(world2, text3, running2) {
  const slash = text3.indexOf("/");
  const engine2 = slash > 0 ? text3.slice(0, slash) : null;
  const name3 = slash > 0 ? text3.slice(slash + 1) : text3;
  const matches = [];
  for (const c of world2.containers.values()) {
    if (c.name !== name3 || engine2 !== null && c.targetId !== engine2) continue;
    if (running2 && c.state !== "running") continue;
    matches.push(c);
  }
  const list4 = `running containers: ${listNames(runningContainerNames(world2))}`;
  if (matches.length === 1) return { ok: true, value: matches[0] };
  if (matches.length > 1) return { ok: false, error: `"${text3}" is ambiguous: ${listNames(matches.map(qualifiedName))} (say <host-or-vm>/<name>)` };
  return { ok: false, error: `${running2 ? "no running container" : "no container"} "${text3}"; ${slash > 0 ? "" : `${whatIs(world2, text3)}; `}${list4}` };
}
function findHost2(world2, text3, what, accept) {
  const good = [];
  for (const h of world2.hosts.values()) if (accept(h) === null) good.push(h.id);
  const host = world2.hosts.get(text3);
  if (!host) return { ok: false, error: `${whatIs(world2, text3)}; ${what}: ${listNames(good)}` };
  const why = accept(host);
  return why === null ? { ok: true, value: host } : { ok: false, error: `${why}; ${what}: ${listNames(good)}` };
}
function findKernelMachine(world2, text3) {
  const names = [];
  for (const h of world2.hosts.values()) if (h.kernelId) names.push(h.id);
  for (const v of world2.vms.values()) names.push(v.name);
  const host = world2.hosts.get(text3);
  if (host) {
    if (!host.kernelId) return { ok: false, error: `${host.id} runs a type-1 hypervisor with no host kernel of its own (each VM has its own kernel); machines with a kernel: ${listNames(names)}` };
    return { ok: true, value: { host, vm: null, kernelId: host.kernelId } };
  }
  const vm = world2.vms.get(text3);
  if (vm) return { ok: true, value: { host: null, vm, kernelId: vm.kernelId } };
  return { ok: false, error: `${whatIs(world2, text3)}; machines with a kernel: ${listNames(names)}` };
}
function findRegistry(world2, text3) {
  const id2 = text3 === "hub" || text3 === "docker-hub" ? PUBLIC_REGISTRY : text3;
  const reg = world2.registries.get(id2);
  if (reg) return { ok: true, value: reg };
  return { ok: false, error: `${whatIs(world2, text3)}; registries: ${listNames([...world2.registries.keys()])}` };
}
function findImageRef(world2, text3) {
  const ref = parseImageRef(text3);
  const known = [];
  for (const reg2 of world2.registries.values()) for (const k of Object.keys(reg2.tags)) known.push(reg2.id === PUBLIC_REGISTRY ? k : `${reg2.id}/${k}`);
  if (!ref) return { ok: false, error: `"${text3}" is not an image reference; images in registries: ${listNames(known)}` };
  const reg = world2.registries.get(ref.registry);
  const key = repoTagKey(ref);
  const imageId = reg?.tags[key];
  if (!reg || !imageId) return { ok: false, error: `no registry serves "${text3}"; images in registries: ${listNames(known)}` };
  return { ok: true, value: { registry: reg, key, imageId } };
}
function matchesSelector2(selector, labels) {
  for (const k of Object.keys(selector)) if (labels[k] !== selector[k]) return false;
  return Object.keys(selector).length > 0;
}

// shared/sim/ops/workloads.ts
function workloadKeyOf(world2, c) {
  const podName2 = c.labels["io.kubernetes.pod.name"];
  if (podName2 !== void 0) {
    const pod = world2.k8s.pods.get(podName2);
    const rs = pod?.owner ? world2.k8s.replicaSets.get(pod.owner) : void 0;
    if (rs) return `deploy:${rs.deployment}`;
    return `pod:${podName2}`;
  }
  return `ctr:${qualifiedName(c)}`;
}
function encodeList(items) {
  return [...items].join(",");
}
function decodeList(text3) {
  return typeof text3 === "string" && text3 !== "" ? text3.split(",") : [];
}
function hostServes(host) {
  return host !== void 0 && host.state === "up" && host.partitioned !== true;
}
var TickView = class {
  constructor(world2) {
    this.world = world2;
    this.names = null;
    this.ready = null;
  }
  /** Names of containers running on an up kernel of a reachable host. */
  runningNames() {
    if (this.names) return this.names;
    const names = /* @__PURE__ */ new Set();
    for (const c of this.world.containers.values()) {
      if (c.state !== "running") continue;
      if (!hostServes(this.world.hosts.get(c.hostId))) continue;
      names.add(c.name);
    }
    this.names = names;
    return names;
  }
  /** Ready, non-terminating pods per deployment. */
  readyPods(deployment2) {
    if (!this.ready) {
      const ready = /* @__PURE__ */ new Map();
      const k8s = this.world.k8s;
      for (const pod of k8s.pods.values()) {
        if (!pod.ready || pod.status === "Terminating" || pod.owner === null) continue;
        const rs = k8s.replicaSets.get(pod.owner);
        if (!rs) continue;
        const node = pod.nodeName ? k8s.nodes.get(pod.nodeName) : void 0;
        if (node && !hostServes(this.world.hosts.get(node.machineId) ?? this.world.hosts.get(this.world.vms.get(node.machineId)?.hostId ?? ""))) continue;
        ready.set(rs.deployment, (ready.get(rs.deployment) ?? 0) + 1);
      }
      this.ready = ready;
    }
    return this.ready.get(deployment2) ?? 0;
  }
};
function workloadHealthy(view, key) {
  const world2 = view.world;
  if (key.startsWith("deploy:")) {
    const dep = world2.k8s.deployments.get(key.slice(7));
    return dep !== void 0 && view.readyPods(dep.name) >= dep.replicas;
  }
  if (key.startsWith("pod:")) {
    const pod = world2.k8s.pods.get(key.slice(4));
    return pod !== void 0 && pod.ready;
  }
  const qualified = key.slice(4);
  const name3 = qualified.slice(qualified.indexOf("/") + 1);
  return view.runningNames().has(name3);
}
function allHealthy(view, keys) {
  for (const k of keys) if (!workloadHealthy(view, k)) return false;
  return true;
}
function affectedWorkloads(world2, pick2) {
  const keys = /* @__PURE__ */ new Set();
  for (const c of world2.containers.values()) if (c.state === "running" && pick2(c)) keys.add(workloadKeyOf(world2, c));
  return [...keys];
}
function containersOfWorkload(world2, key) {
  const out = [];
  if (key.startsWith("deploy:") || key.startsWith("pod:")) {
    for (const c of world2.containers.values()) if (c.state === "running" && workloadKeyOf(world2, c) === key) out.push(c);
    return out;
  }
  const qualified = key.slice(4);
  const name3 = qualified.slice(qualified.indexOf("/") + 1);
  for (const c of world2.containers.values()) if (c.state === "running" && c.name === name3) out.push(c);
  return out;
}
function workloadSubjects(world2, key) {
  if (key.startsWith("deploy:")) return [key.slice(7), `${key.slice(7)}-*`];
  if (key.startsWith("pod:")) return [key.slice(4)];
  const qualified = key.slice(4);
  return [qualified, qualified.slice(qualified.indexOf("/") + 1)];
}

// shared/sim/ops/kinds/types.ts
function addSubjects(incident, names) {
  for (const n of names) if (n !== "" && !incident.subjects.includes(n)) incident.subjects.push(n);
}
function num(incident, key) {
  const v = incident.data[key];
  return typeof v === "number" ? v : 0;
}
function str(incident, key) {
  const v = incident.data[key];
  return typeof v === "string" ? v : "";
}

// shared/sim/ops/kinds/common.ts
var RUNNING_CONTAINER = "a running container ([<host-or-vm>/]<name>)";
function validateRunningContainer(world2, target) {
  const found = findContainer(world2, target, true);
  return found.ok ? null : found.error;
}
function runningContainerNames2(world2, filter = () => true) {
  const out = [];
  for (const c of world2.containers.values()) if (c.state === "running" && filter(c)) out.push(qualifiedName(c));
  return out;
}
function targetContainer(world2, incident) {
  const found = findContainer(world2, incident.target, true);
  return found.ok ? found.value : null;
}
function recordWorkloads(world2, incident, keys) {
  incident.data.workloads = encodeList(keys);
  for (const k of keys) addSubjects(incident, workloadSubjects(world2, k));
}
function recordAffected(world2, incident, pick2) {
  const keys = affectedWorkloads(world2, pick2);
  recordWorkloads(world2, incident, keys);
  return keys;
}
function recordContainer(world2, incident, c) {
  const key = workloadKeyOf(world2, c);
  incident.data.container = qualifiedName(c);
  incident.data.containerId = c.id;
  incident.data.engine = c.targetId;
  incident.data.name = c.name;
  incident.data.image = c.imageRef;
  recordWorkloads(world2, incident, [key]);
  addSubjects(incident, [c.name, qualifiedName(c)]);
  return key;
}
function workloadsOf(incident) {
  return decodeList(incident.data.workloads);
}
function workloadsHealthy(view, incident) {
  return allHealthy(view, workloadsOf(incident));
}
function vmsBack(world2, names) {
  for (const n of names) {
    const vm = world2.vms.get(n);
    if (vm && vm.state !== "running") return false;
  }
  return true;
}
function findUpHost(world2, target, what, extra = () => null) {
  return findHost2(world2, target, what, (h) => h.state !== "up" ? `${h.id} is already down` : extra(h));
}
function onHost(hostId) {
  return (c) => c.hostId === hostId;
}
function vmsOf(incident) {
  return decodeList(str(incident, "vms"));
}

// shared/sim/ops/kinds/release.ts
var WORKLOAD = "a deployment (deployment/<name>), a service, or a running container ([<host-or-vm>/]<name>)";
function imageByRef(world2, text3) {
  const ref = parseImageRef(text3);
  const id2 = ref ? world2.registries.get(ref.registry)?.tags[repoTagKey(ref)] : void 0;
  return id2 ? world2.images.get(id2) ?? null : null;
}
function deploymentTarget(world2, name3) {
  const dep = world2.k8s.deployments.get(name3);
  if (!world2.k8s.enabled || !dep) return { ok: false, error: `no deployment "${name3}"; deployments: ${listNames([...world2.k8s.deployments.keys()])}` };
  const base2 = imageByRef(world2, dep.template.container.image);
  if (!base2) return { ok: false, error: `deployment ${name3} runs ${dep.template.container.image}, which no registry serves` };
  return { ok: true, value: { kind: "deployment", name: name3, baseRef: dep.template.container.image, base: base2 } };
}
function containersTarget(world2, containers2, service3) {
  const first = containers2[0];
  const base2 = first ? world2.images.get(first.imageId) : void 0;
  if (!first || !base2) return { ok: false, error: `${service3 || "it"} has no running container` };
  const key = workloadKeyOf(world2, first);
  if (key.startsWith("deploy:")) return deploymentTarget(world2, key.slice(7));
  if (!parseImageRef(first.imageRef) || !world2.registries.has(parseImageRef(first.imageRef)?.registry ?? "")) {
    return { ok: false, error: `${qualifiedName(first)} runs ${first.imageRef}, which no registry serves` };
  }
  return { ok: true, value: { kind: "containers", containers: containers2, baseRef: first.imageRef, base: base2, service: service3 } };
}
function findReleaseTarget(world2, text3) {
  const m = /^(?:deployment|deploy|deployments)\/(.+)$/.exec(text3);
  if (m) return deploymentTarget(world2, m[1]);
  if (world2.k8s.enabled && world2.k8s.deployments.has(text3)) return deploymentTarget(world2, text3);
  const svc = world2.services.get(text3);
  if (svc) {
    if (svc.entry.kind === "k8s-service") {
      const k8sSvc = world2.k8s.services.get(svc.entry.name);
      for (const dep of world2.k8s.deployments.values()) {
        if (k8sSvc && matchesSelector2(k8sSvc.selector, dep.template.labels)) return deploymentTarget(world2, dep.name);
      }
      return { ok: false, error: `service ${text3} has no deployment behind it` };
    }
    const selector = svc.entry.selector;
    const backends = [];
    for (const c of world2.containers.values()) if (c.state === "running" && matchesSelector2(selector, c.labels)) backends.push(c);
    return containersTarget(world2, backends, text3);
  }
  const found = findContainer(world2, text3, true);
  if (!found.ok) return found;
  return containersTarget(world2, [found.value], "");
}
function releaseCandidates(world2) {
  const out = [];
  if (world2.k8s.enabled) for (const d of world2.k8s.deployments.keys()) out.push(`deployment/${d}`);
  for (const s of world2.services.values()) if (s.entry.kind === "labels") out.push(s.name);
  if (out.length === 0) {
    for (const c of world2.containers.values()) {
      if (c.state === "running" && !c.profile.registry && c.labels["io.kubernetes.pod.name"] === void 0) out.push(qualifiedName(c));
    }
  }
  return out;
}
function shipRelease(world2, incident, target, layer, profile2, sink) {
  const release = publishRelease(world2, target.baseRef, target.base, layer, profile2, incident.id);
  if (!release) return;
  incident.data.badImage = release.image.id;
  incident.data.badRef = release.ref;
  incident.data.goodRef = target.baseRef;
  sink.happened(world2.tick, "image-published", release.ref, "by ci-bot");
  if (target.kind === "deployment") {
    incident.data.deployment = target.name;
    recordWorkloads(world2, incident, [`deploy:${target.name}`]);
    addSubjects(incident, [`deployment/${target.name}`]);
    setDeploymentImage(world2, target.name, release.ref, sink);
    return;
  }
  incident.data.service = target.service;
  if (target.service) addSubjects(incident, [target.service]);
  recordWorkloads(world2, incident, target.containers.map((c) => workloadKeyOf(world2, c)));
  for (const c of target.containers) replaceContainer(world2, c, release.ref, sink);
}
function releaseUndone(view, incident) {
  const world2 = view.world;
  const bad = str(incident, "badImage");
  const deployment2 = str(incident, "deployment");
  if (deployment2) {
    const dep = world2.k8s.deployments.get(deployment2);
    if (!dep || dep.template.container.image === str(incident, "badRef")) return false;
  }
  for (const key of workloadsOf(incident)) {
    if (!workloadHealthy(view, key)) return false;
    for (const c of containersOfWorkload(world2, key)) if (c.imageId === bad || c.profile.crashAfterTicks !== void 0) return false;
  }
  return serviceRestored(world2, str(incident, "service"), incident.openedTick);
}
function serviceRestored(world2, name3, openedTick) {
  if (!name3) return true;
  const svc = world2.services.get(name3);
  if (!svc) return true;
  if (world2.tick - openedTick < SLO_RESTORED_TICKS) return false;
  if (serviceAvailabilityPermille(svc, SLO_RESTORED_TICKS) < svc.slo.availabilityPermille) return false;
  return svc.metrics.latencyMsP95 <= svc.slo.latencyMs;
}

// shared/sim/ops/kinds/badRelease.ts
var badReleaseKind = {
  id: "bad-release",
  needs: WORKLOAD,
  variants: ["slow", "errors", "crash"],
  concepts: ["rolling-update", "observability"],
  alerts: ["HighLatency", "ErrorBudgetBurn", "ContainerRestarting", "ContainerCrashLooping"],
  validate(world2, target) {
    const found = findReleaseTarget(world2, target);
    return found.ok ? null : found.error;
  },
  candidates: releaseCandidates,
  inject(world2, incident, sink) {
    const found = findReleaseTarget(world2, incident.target);
    if (!found.ok) return;
    const variant = incident.variant || pick(world2, ["slow", "errors", "crash"]);
    incident.variant = variant;
    const patch = variant === "slow" ? { latencyFactorPermille: SLOW_RELEASE_LATENCY_PERMILLE } : variant === "errors" ? { errorPermille: BUGGY_RELEASE_ERROR_PERMILLE } : { crashAfterTicks: BAD_RELEASE_CRASH_TICKS };
    const createdBy = variant === "slow" ? "COPY app/ /app/ # buildkit (orders: load line items one by one)" : variant === "errors" ? "COPY app/ /app/ # buildkit (checkout: new discount rules)" : "COPY app/ /app/ # buildkit (cache: share connections between workers)";
    shipRelease(world2, incident, found.value, { sizeMiB: 3, createdBy }, patch, sink);
  },
  isResolved: releaseUndone
};

// shared/sim/ops/kinds/containerEscape.ts
function breachSubject(incident) {
  return incident.data.scope === "kernel" ? str(incident, "machine") : str(incident, "container");
}
var containerEscapeKind = {
  id: "container-escape",
  needs: `${RUNNING_CONTAINER} on a Linux kernel`,
  variants: [],
  concepts: ["namespaces", "shared-kernel", "virtual-machine"],
  alerts: ["SecurityBreach"],
  validate(world2, target) {
    const error = validateRunningContainer(world2, target);
    if (error) return error;
    const found = findContainer(world2, target, true);
    return found.ok && world2.kernels.get(found.value.kernelId)?.os !== "linux" ? `${target} runs on a Windows kernel; this exploit is a Linux one` : null;
  },
  candidates: (world2) => runningContainerNames2(world2, (c) => world2.kernels.get(c.kernelId)?.os === "linux"),
  inject(world2, incident) {
    const c = targetContainer(world2, incident);
    if (!c) return;
    recordContainer(world2, incident, c);
    const kernel = world2.kernels.get(c.kernelId);
    incident.data.kernelId = c.kernelId;
    incident.data.machine = c.targetId;
    incident.data.machineKind = world2.vms.has(c.targetId) ? "vm" : "host";
    if (c.userns) {
      incident.data.scope = "container";
      incident.data.uid = 165536;
      incident.variant = "userns";
      if (kernel) kernelLog(kernel, [`audit: type=1400 audit(${world2.tick}.512:311): apparmor="DENIED" operation="mount" info="failed flags match" error=-13 profile="docker-default" name="/sys/fs/cgroup/rdma/" pid=${2e3 + c.index * 64 + 7} comm="mount" fstype="cgroup" srcname="cgroup"`]);
      return;
    }
    incident.data.scope = "kernel";
    incident.data.uid = 0;
    incident.variant = world2.vms.has(c.targetId) ? "vm-root" : "host-root";
    let exposed = 0;
    for (const other of world2.containers.values()) if (other.kernelId === c.kernelId && other.state === "running") exposed++;
    incident.data.exposed = exposed;
    addSubjects(incident, [c.targetId]);
  },
  tick(world2, incident) {
    if (incident.data.scope === "kernel" && incident.data.machineKind === "vm" && !world2.vms.has(str(incident, "machine"))) incident.data.cleaned = true;
    if (incident.state === "resolved") incident.data.effectDone = true;
  },
  isResolved(view, incident) {
    if (incident.data.scope === "kernel") return incident.data.cleaned === true;
    const c = view.world.containers.get(str(incident, "containerId"));
    return !c || c.state !== "running";
  }
};

// shared/sim/ops/kinds/crash.ts
var crashKind = {
  id: "crash",
  needs: RUNNING_CONTAINER,
  variants: [],
  concepts: ["self-healing", "observability"],
  alerts: ["ContainerExited", "ContainerRestarting"],
  validate: validateRunningContainer,
  candidates: (world2) => runningContainerNames2(world2, (c) => !c.profile.registry),
  inject(world2, incident, sink) {
    const c = targetContainer(world2, incident);
    if (!c) return;
    recordContainer(world2, incident, c);
    const report = bugTrace(c.profile.command);
    incident.data.exitCode = report.exitCode;
    incident.data.command = c.profile.command;
    crashProcess(world2, c, report, sink);
  },
  isResolved: (view, incident) => workloadsHealthy(view, incident)
};

// shared/sim/ops/kinds/crashLoop.ts
var BAD_DB_HOST = "db-old.internal";
var crashLoopKind = {
  id: "crash-loop",
  needs: WORKLOAD,
  variants: [],
  concepts: ["self-healing", "observability"],
  alerts: ["ContainerCrashLooping", "KubePodCrashLooping"],
  validate(world2, target) {
    const found = findReleaseTarget(world2, target);
    return found.ok ? null : found.error;
  },
  candidates: releaseCandidates,
  inject(world2, incident, sink) {
    const found = findReleaseTarget(world2, incident.target);
    if (!found.ok) return;
    const target = found.value;
    incident.data.dbHost = BAD_DB_HOST;
    if (target.kind === "deployment") {
      const trace = configTrace(target.base.profile.command, BAD_DB_HOST);
      shipRelease(world2, incident, target, { sizeMiB: 1, createdBy: `COPY config/settings.py /app/shop/settings.py # buildkit (DB_HOST=${BAD_DB_HOST})` }, { crashAfterTicks: BAD_CONFIG_CRASH_TICKS, crashLog: trace.lines }, sink);
      return;
    }
    incident.data.service = target.service;
    if (target.service) addSubjects(incident, [target.service]);
    recordWorkloads(world2, incident, target.containers.map((c) => workloadKeyOf(world2, c)));
    for (const c of target.containers) {
      const engine2 = c.targetId;
      const name3 = c.name;
      const trace = configTrace(c.profile.command, BAD_DB_HOST);
      replaceContainer(world2, c, c.imageRef, sink, { env: { DB_HOST: BAD_DB_HOST }, restart: c.restartPolicy === "no" ? "always" : void 0 });
      for (const n of world2.containers.values()) {
        if (n.targetId !== engine2 || n.name !== name3) continue;
        n.profile = { ...n.profile, crashAfterTicks: BAD_CONFIG_CRASH_TICKS, crashLog: trace.lines };
      }
    }
  },
  isResolved: releaseUndone
};

// shared/sim/ops/kinds/diskFailure.ts
var IO_LINES = [
  "blk_update_request: I/O error, dev sdb, sector 209715200 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 0",
  "EXT4-fs error (device sdb1): ext4_journal_check_start:83: comm dockerd: Detected aborted journal",
  "EXT4-fs (sdb1): Remounting filesystem read-only"
];
var diskFailureKind = {
  id: "disk-failure",
  needs: "a host that is up",
  variants: [],
  concepts: ["storage-virtualisation", "hardware"],
  alerts: ["ContainerExited", "ContainerRestarting"],
  validate(world2, target) {
    const found = findUpHost(world2, target, "hosts that are up");
    return found.ok ? null : found.error;
  },
  candidates: (world2) => [...world2.hosts.values()].filter((h) => h.state === "up").map((h) => h.id),
  inject(world2, incident, sink) {
    const host = world2.hosts.get(incident.target);
    if (!host) return;
    const machines2 = /* @__PURE__ */ new Set([host.id]);
    for (const vm of world2.vms.values()) if (vm.hostId === host.id) machines2.add(vm.name);
    const lost = [];
    for (const [key, v] of world2.volumes) {
      if (v.driver !== "local" || v.hostId === null || !machines2.has(v.hostId)) continue;
      lost.push(key);
      if (v.usedMiB > 0) {
        v.dataLostTick = world2.tick;
        sink.happened(world2.tick, "volume-data-lost", key, `${v.usedMiB} MiB on ${host.id}'s failed disk`);
      }
      v.usedMiB = 0;
      delete v.registry;
    }
    const degraded = [];
    for (const [key, v] of world2.volumes) {
      if (v.driver !== "replicated" || v.replicas < 2) continue;
      v.replicas--;
      degraded.push(key);
    }
    const lostSet = new Set(lost);
    const users = (c) => c.mounts.some((m) => lostSet.has(m.volume));
    recordAffected(world2, incident, (c) => users(c));
    for (const reg of world2.registries.values()) {
      const c = reg.containerId ? world2.containers.get(reg.containerId) : void 0;
      if (c && users(c)) {
        reg.tags = {};
        reg.blobs = [];
      }
    }
    for (const c of [...world2.containers.values()]) {
      if (c.state !== "running" || !users(c)) continue;
      const path = c.mounts.find((m) => lostSet.has(m.volume))?.path ?? "/data";
      logLine(c, c.profile.command === "postgres" ? `PANIC:  could not fsync file "${path}/base/16384/2619": Input/output error` : `${c.profile.command}: write ${path}: input/output error`);
      endRun(world2, c, 1, "input/output error", false);
    }
    for (const id2 of machines2) {
      const k = world2.kernels.get(host.id === id2 ? host.kernelId ?? "" : world2.vms.get(id2)?.kernelId ?? "");
      if (k && k.state === "up") kernelLog(k, IO_LINES);
    }
    incident.data.lostVolumes = lost.length ? encodeList(lost) : "-";
    incident.data.degraded = encodeList(degraded);
    incident.data.recoveredAtTick = world2.tick + REPLICA_RECOVERY_TICKS;
    if (degraded.length === 0) incident.data.effectDone = true;
    addSubjects(incident, [host.id, ...lost.map((k) => world2.volumes.get(k)?.name ?? k)]);
    sink.happened(world2.tick, "disk-failed", host.id, `${lost.length} local volumes lost, ${degraded.length} replicated volumes degraded`);
  },
  tick(world2, incident, sink) {
    if (world2.tick < num(incident, "recoveredAtTick")) return;
    for (const key of decodeList(incident.data.degraded)) {
      const v = world2.volumes.get(key);
      if (v) v.replicas++;
    }
    sink.happened(world2.tick, "volumes-recovered", incident.target, "replicas re-created");
    incident.data.effectDone = true;
  },
  isResolved: (view, incident) => incident.data.effectDone === true && workloadsHealthy(view, incident)
};

// shared/sim/systems/disk.ts
function osDiskMiB(target) {
  return target.vm ? GUEST_OS[target.vm.os].osDiskMiB : CONTAINER_HOST_OS.osDiskMiB;
}
function targetDiskUsedMiB(world2, target) {
  let used = osDiskMiB(target) + target.store.layersMiB;
  for (const c of world2.containers.values()) if (c.targetId === target.id) used += c.metrics.writableMiB;
  for (const v of world2.volumes.values()) if (v.driver === "local" && v.hostId === target.id) used += v.usedMiB;
  return used;
}

// shared/sim/ops/kinds/diskFull.ts
function flooder(world2, target) {
  if (world2.hosts.has(target) || world2.vms.has(target)) {
    const found2 = resolveTarget(world2, target);
    if (!found2.ok) return `${target} runs no container engine that is up`;
    for (const c of world2.containers.values()) if (c.targetId === target && c.state === "running") return c;
    return `no container runs on ${target}`;
  }
  const found = findContainer(world2, target, true);
  return found.ok ? found.value : found.error;
}
function diskPermille(world2, machine) {
  const host = world2.hosts.get(machine);
  if (host) return host.diskMiB > 0 ? Math.floor(host.metrics.diskUsedMiB * 1e3 / host.diskMiB) : 0;
  const vm = world2.vms.get(machine);
  return vm && vm.diskMiB > 0 ? Math.floor(vm.metrics.diskUsedMiB * 1e3 / vm.diskMiB) : 0;
}
var diskFullKind = {
  id: "disk-full",
  needs: "a running container, or a host or VM with one",
  variants: [],
  concepts: ["image-layers", "observability"],
  alerts: ["DiskAlmostFull", "ContainerExited"],
  validate(world2, target) {
    const f2 = flooder(world2, target);
    if (typeof f2 !== "string") return null;
    const machines2 = /* @__PURE__ */ new Set();
    for (const c of world2.containers.values()) if (c.state === "running") machines2.add(c.targetId);
    return `${f2}; machines with running containers: ${listNames([...machines2])}`;
  },
  candidates(world2) {
    const out = [];
    for (const c of world2.containers.values()) if (c.state === "running" && !out.includes(c.targetId)) out.push(c.targetId);
    return out;
  },
  inject(world2, incident, sink) {
    const c = flooder(world2, incident.target);
    if (typeof c === "string") return;
    const found = resolveTarget(world2, c.targetId);
    if (!found.ok) return;
    recordContainer(world2, incident, c);
    const free2 = Math.max(1, found.target.diskMiB - targetDiskUsedMiB(world2, found.target));
    const kib = Math.max(1024, Math.ceil(free2 * 1024 / LOG_FLOOD_FILL_TICKS));
    incident.data.machine = c.targetId;
    incident.data.floodKiB = kib;
    addSubjects(incident, [c.targetId]);
    c.profile = { ...c.profile, writeKiB: c.profile.writeKiB + kib };
    logLine(c, `${c.profile.command}: config reloaded: log level DEBUG`);
    logLine(c, `${c.profile.command}: DEBUG request headers dump enabled for every request`);
    sink.happened(world2.tick, "log-flood", qualifiedName(c), `${kib} KiB/s`);
  },
  isResolved(view, incident) {
    const world2 = view.world;
    const machine = str(incident, "machine");
    const flood = num(incident, "floodKiB");
    for (const c of world2.containers.values()) if (c.targetId === machine && c.state === "running" && c.profile.writeKiB >= flood) return false;
    return diskPermille(world2, machine) < 900;
  }
};

// shared/sim/ops/kinds/hostFailure.ts
var hostFailureKind = {
  id: "host-failure",
  needs: "a host that is up",
  variants: [],
  concepts: ["hardware", "scheduling", "self-healing"],
  alerts: ["HostDown", "NodeNotReady", "VmDown"],
  validate(world2, target) {
    const found = findUpHost(world2, target, "hosts that are up");
    return found.ok ? null : found.error;
  },
  candidates: (world2) => [...world2.hosts.values()].filter((h) => h.state === "up").map((h) => h.id),
  inject(world2, incident, sink) {
    const host = world2.hosts.get(incident.target);
    if (!host) return;
    recordAffected(world2, incident, onHost(host.id));
    addSubjects(incident, [host.id]);
    const kernel = host.kernelId ? world2.kernels.get(host.kernelId) : void 0;
    if (kernel) kernelLog(kernel, ["mce: [Hardware Error]: CPU 0: Machine Check Exception: 5 Bank 7: be00000000800400", "mce: [Hardware Error]: Run the above through 'mcelog --ascii'", "Kernel panic - not syncing: Fatal machine check"]);
    const { vms } = takeHostDown(world2, host, "failure", sink);
    incident.data.vms = encodeList(vms);
    addSubjects(incident, vms);
  },
  isResolved(view, incident) {
    const world2 = view.world;
    const vms = vmsOf(incident);
    if (workloadsOf(incident).length === 0 && vms.length === 0) return world2.hosts.get(incident.target)?.state === "up";
    return workloadsHealthy(view, incident) && vmsBack(world2, vms);
  }
};

// shared/sim/ops/kinds/hypervisorFailure.ts
var hypervisorFailureKind = {
  id: "hypervisor-failure",
  needs: "a hypervisor host that is up",
  variants: [],
  concepts: ["hypervisor", "virtual-machine"],
  alerts: ["VmDown"],
  validate(world2, target) {
    const found = findUpHost(world2, target, "hypervisor hosts that are up", (h) => h.role !== "hypervisor" ? `${h.id} is a container host: it runs no hypervisor` : null);
    return found.ok ? null : found.error;
  },
  candidates: (world2) => [...world2.hosts.values()].filter((h) => h.state === "up" && h.role === "hypervisor").map((h) => h.id),
  inject(world2, incident, sink) {
    const host = world2.hosts.get(incident.target);
    if (!host) return;
    const vms = [...world2.vms.values()].filter((v) => v.hostId === host.id && (v.state === "running" || v.state === "booting" || v.state === "shutting-down"));
    const kernels = new Set(vms.map((v) => v.kernelId));
    recordAffected(world2, incident, (c) => kernels.has(c.kernelId));
    const hostKernel = host.kernelId ? world2.kernels.get(host.kernelId) : void 0;
    if (hostKernel) kernelLog(hostKernel, ["VBoxHeadless[2211]: segfault at 0 ip 00007f3a2c41d2b0 sp 00007f39e57fdc10 error 4 in VBoxVMM.so[7f3a2c200000+2c1000]"]);
    for (const vm of vms) {
      haltVm(world2, vm, "crashed", "hypervisor crashed");
      sink.happened(world2.tick, "vm-crashed", vm.name, "hypervisor failure");
    }
    incident.data.vms = encodeList(vms.map((v) => v.name));
    addSubjects(incident, [host.id, ...vms.map((v) => v.name)]);
  },
  isResolved: (view, incident) => vmsBack(view.world, vmsOf(incident)) && workloadsHealthy(view, incident)
};

// shared/sim/ops/marks.ts
function markEvent(world2, rule, subject, params) {
  world2.ops.marks.set(`${rule}|${subject}`, { rule, subject, tick: world2.tick, params });
}

// shared/sim/ops/kinds/imagePullFailure.ts
var RATE_LIMIT_ERROR = "toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit";
function refOf(world2, target) {
  if (parseImageRef(target) && findImageRef(world2, target).ok) return target;
  const c = findContainer(world2, target, true);
  return c.ok ? c.value.imageRef : target;
}
function deployTarget(world2, imageId) {
  let fallback = "";
  for (const id2 of [...world2.hosts.keys(), ...world2.vms.keys()]) {
    const found = resolveTarget(world2, id2);
    if (!found.ok || found.target.kernel.os !== world2.images.get(imageId)?.os) continue;
    if (!Object.values(found.target.store.tags).includes(imageId)) return { id: id2, had: false };
    if (!fallback) fallback = id2;
  }
  return { id: fallback || world2.scenario.defaultDockerHost, had: true };
}
var imagePullFailureKind = {
  id: "image-pull-failure",
  needs: "an image in a registry (<repo>:<tag>), or a running container whose image it is",
  variants: ["manifest-unknown", "rate-limit"],
  concepts: ["registry", "image-layers"],
  alerts: ["ImagePullFailed", "ImagePullBackOff", "RegistryRateLimited"],
  validate(world2, target) {
    const found = findImageRef(world2, refOf(world2, target));
    return found.ok ? null : found.error;
  },
  candidates(world2) {
    const out = [];
    for (const c of world2.containers.values()) if (c.state === "running" && findImageRef(world2, c.imageRef).ok && !out.includes(c.imageRef)) out.push(c.imageRef);
    return out;
  },
  inject(world2, incident, sink) {
    const ref = refOf(world2, incident.target);
    const found = findImageRef(world2, ref);
    if (!found.ok) return;
    const { registry, key, imageId } = found.value;
    const variant = incident.variant || pick(world2, registry.id === PUBLIC_REGISTRY ? ["manifest-unknown", "rate-limit"] : ["manifest-unknown"]);
    incident.variant = variant;
    const parsed = parseImageRef(ref);
    incident.data.ref = parsed ? refKey(parsed) : ref;
    incident.data.registry = registry.id;
    incident.data.key = key;
    incident.data.imageId = imageId;
    if (variant === "rate-limit") {
      registry.pullError = RATE_LIMIT_ERROR;
      incident.data.liftAtTick = world2.tick + RATE_LIMIT_TICKS;
    } else {
      delete registry.tags[key];
      incident.data.effectDone = true;
    }
    const deploy = deployTarget(world2, imageId);
    incident.data.deployTo = deploy.id;
    incident.data.deployHad = deploy.had;
    addSubjects(incident, [str(incident, "ref"), key, registry.id, deploy.id]);
    const r2 = botRun(world2, `docker -H ${deploy.id} pull ${str(incident, "ref")}`, sink, CI_BOT);
    if ("ok" in r2 && !r2.ok) markEvent(world2, "ImagePullFailed", deploy.id, { image: str(incident, "ref"), error: r2.error.split("\n")[0] ?? "" });
  },
  tick(world2, incident) {
    if (world2.tick < num(incident, "liftAtTick")) return;
    const reg = world2.registries.get(str(incident, "registry"));
    if (reg && reg.pullError === RATE_LIMIT_ERROR) delete reg.pullError;
    incident.data.effectDone = true;
  },
  isResolved(view, incident) {
    const world2 = view.world;
    const reg = world2.registries.get(str(incident, "registry"));
    const pullable = reg !== void 0 && !reg.pullError && reg.tags[str(incident, "key")] !== void 0;
    if (pullable) return true;
    if (incident.data.deployHad === true) return false;
    const found = resolveTarget(world2, str(incident, "deployTo"));
    return found.ok && Object.values(found.target.store.tags).includes(str(incident, "imageId"));
  }
};

// shared/sim/ops/kinds/kernelPanic.ts
var CAUSES = ["nf_nat_setup_info", "nf_conntrack_in", "ext4_es_insert_extent", "tcp_v4_rcv"];
var kernelPanicKind = {
  id: "kernel-panic",
  needs: "a machine with a running kernel (a container host, a type-2 host or a VM)",
  variants: [],
  concepts: ["shared-kernel", "hardware"],
  alerts: ["HostDown", "VmDown", "ContainerExited", "NodeNotReady"],
  validate(world2, target) {
    const found = findKernelMachine(world2, target);
    if (!found.ok) return found.error;
    const kernel = world2.kernels.get(found.value.kernelId);
    if (!kernel || kernel.state !== "up") return `${target}'s kernel is not running (${kernel?.state ?? "none"})`;
    if (found.value.host && found.value.host.state !== "up") return `${target} is down`;
    return null;
  },
  candidates(world2) {
    const out = [];
    for (const h of world2.hosts.values()) if (h.state === "up" && h.kernelId && world2.kernels.get(h.kernelId)?.state === "up") out.push(h.id);
    for (const v of world2.vms.values()) if (v.state === "running" && world2.kernels.get(v.kernelId)?.state === "up") out.push(v.name);
    return out;
  },
  inject(world2, incident, sink) {
    const found = findKernelMachine(world2, incident.target);
    if (!found.ok) return;
    const kernel = world2.kernels.get(found.value.kernelId);
    if (!kernel) return;
    const host = found.value.host;
    const vmIds = /* @__PURE__ */ new Set();
    if (host?.hypervisor === "type2") {
      for (const v of world2.vms.values()) if (v.hostId === host.id) vmIds.add(v.kernelId);
    }
    recordAffected(world2, incident, (c) => c.kernelId === kernel.id || vmIds.has(c.kernelId));
    incident.data.kernelId = kernel.id;
    incident.data.cause = pick(world2, CAUSES);
    const { vms } = panicKernel(world2, kernel, str(incident, "cause"), sink);
    incident.data.vms = encodeList(vms);
    addSubjects(incident, [incident.target, ...vms]);
  },
  isResolved(view, incident) {
    const world2 = view.world;
    const vms = vmsOf(incident);
    if (workloadsOf(incident).length === 0 && vms.length === 0) return world2.kernels.get(str(incident, "kernelId"))?.state === "up";
    return workloadsHealthy(view, incident) && vmsBack(world2, vms);
  }
};

// shared/sim/ops/kinds/memoryLeak.ts
function leak(c) {
  if (c.profile.memoryGrowthMiB < LEAK_MIB_PER_TICK) c.profile = { ...c.profile, memoryGrowthMiB: LEAK_MIB_PER_TICK };
}
function spread(world2, incident) {
  const image2 = str(incident, "leakImage");
  for (const c of world2.containers.values()) if (c.state === "running" && c.imageId === image2) leak(c);
}
function contained(c) {
  const restarts = c.restartPolicy !== "no" || c.labels["io.kubernetes.pod.name"] !== void 0;
  return c.memoryLimitMiB > 0 && restarts;
}
var memoryLeakKind = {
  id: "memory-leak",
  needs: RUNNING_CONTAINER,
  variants: [],
  concepts: ["cgroups", "observability"],
  alerts: ["ContainerOOMKilled", "MemoryPressure", "ContainerRestarting"],
  validate: validateRunningContainer,
  candidates: (world2) => runningContainerNames2(world2, (c) => c.profile.memoryGrowthMiB === 0 && c.profile.exitAfterTicks === void 0),
  inject(world2, incident) {
    const c = targetContainer(world2, incident);
    if (!c) return;
    recordContainer(world2, incident, c);
    addSubjects(incident, [c.targetId]);
    incident.data.leakImage = c.imageId;
    incident.data.growthMiB = LEAK_MIB_PER_TICK;
    spread(world2, incident);
  },
  tick(world2, incident) {
    if (incident.state === "open") spread(world2, incident);
    else incident.data.effectDone = true;
  },
  isResolved(view, incident) {
    if (!workloadsHealthy(view, incident)) return false;
    const image2 = str(incident, "leakImage");
    for (const key of workloadsOf(incident)) {
      for (const c of containersOfWorkload(view.world, key)) if (c.imageId === image2 && !contained(c)) return false;
    }
    return true;
  }
};

// shared/sim/ops/kinds/networkPartition.ts
var networkPartitionKind = {
  id: "network-partition",
  needs: "a host that is up and reachable",
  variants: [],
  concepts: ["network-virtualisation", "virtual-nic", "scheduling"],
  alerts: ["HostDown", "NodeNotReady"],
  validate(world2, target) {
    const found = findUpHost(world2, target, "reachable hosts", (h) => h.partitioned ? `${h.id} is already cut off` : null);
    return found.ok ? null : found.error;
  },
  candidates: (world2) => [...world2.hosts.values()].filter((h) => h.state === "up" && !h.partitioned).map((h) => h.id),
  inject(world2, incident, sink) {
    const host = world2.hosts.get(incident.target);
    if (!host) return;
    recordAffected(world2, incident, onHost(host.id));
    host.partitioned = true;
    const kernel = host.kernelId ? world2.kernels.get(host.kernelId) : void 0;
    if (kernel) kernelLog(kernel, ["ixgbe 0000:3b:00.0 eno1: NIC Link is Down", "bond0: (slave eno1): link status definitely down, disabling slave", "bond0: now running without any active interface!"]);
    incident.data.healAtTick = world2.tick + PARTITION_HEAL_TICKS;
    addSubjects(incident, [host.id]);
    sink.happened(world2.tick, "host-partitioned", host.id, "NIC link down");
  },
  tick(world2, incident, sink) {
    if (world2.tick < num(incident, "healAtTick")) return;
    const host = world2.hosts.get(incident.target);
    if (host?.partitioned) {
      delete host.partitioned;
      world2.ops.nicRepairs.delete(host.id);
      sink.happened(world2.tick, "host-reconnected", host.id, "link back up");
    }
    incident.data.effectDone = true;
  },
  isResolved(view, incident) {
    const host = view.world.hosts.get(incident.target);
    if (!host || host.partitioned !== true) return true;
    return workloadsOf(incident).length > 0 && workloadsHealthy(view, incident);
  }
};

// shared/sim/ops/hogs.ts
var HOGS = {
  cpu: { repo: "cpuhog:1.0", binary: "cpuhog", profile: { cpuMillis: 32e3, memoryMiB: 24, memoryGrowthMiB: 0, writeKiB: 0, listenPort: 0, command: "cpuhog", workers: 32 } },
  memory: { repo: "memhog:1.0", binary: "memhog", profile: { cpuMillis: 100, memoryMiB: 16, memoryGrowthMiB: 64, writeKiB: 0, listenPort: 0, command: "memhog" } }
};
function ensureHogImage(world2, kind2) {
  const hog = HOGS[kind2];
  const registry = world2.registries.get(PUBLIC_REGISTRY);
  if (!registry || registry.tags[hog.repo] !== void 0) return hog.repo;
  const base2 = ensureLayer(world2, { digest: layerDigest("", "ADD file:hog-base in /", "3"), sizeMiB: 3, createdBy: "/bin/sh -c #(nop) ADD file:hog-base in /" });
  const step2 = `COPY ${hog.binary} /usr/local/bin/${hog.binary} # buildkit`;
  const top = ensureLayer(world2, { digest: layerDigest(base2, step2, "1"), sizeMiB: 1, createdBy: step2 });
  const layers = [base2, top];
  const image2 = ensureImage(world2, { id: imageIdOf(layers, "linux", hog.profile, {}), layers, os: "linux", profile: hog.profile, createdTick: world2.tick, env: {} });
  registry.tags[hog.repo] = image2.id;
  for (const d of layers) if (!registry.blobs.includes(d)) registry.blobs.push(d);
  return hog.repo;
}
function hogImageId(world2, ref) {
  return world2.registries.get(PUBLIC_REGISTRY)?.tags[ref] ?? "";
}
function freeName(world2, engine2, prefix) {
  const taken = /* @__PURE__ */ new Set();
  for (const c of world2.containers.values()) if (c.targetId === engine2) taken.add(c.name);
  for (let n = 1; ; n++) if (!taken.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

// shared/sim/ops/kinds/noisyNeighbour.ts
function unlimitedHog(world2, incident) {
  const image2 = str(incident, "hogImage");
  const kernel = str(incident, "kernelId");
  const cpu2 = incident.variant === "cpu";
  for (const c of world2.containers.values()) {
    if (c.state !== "running" && c.state !== "restarting" || c.imageId !== image2 || c.kernelId !== kernel) continue;
    if (cpu2 ? c.cpuLimitMillis === 0 : c.memoryLimitMiB === 0) return true;
  }
  return false;
}
var noisyNeighbourKind = {
  id: "noisy-neighbour",
  needs: RUNNING_CONTAINER,
  variants: ["cpu", "memory"],
  concepts: ["cgroups", "shared-kernel"],
  alerts: ["ContainerCpuStarved", "HostHighCpu", "MemoryPressure", "ContainerOOMKilled"],
  validate: validateRunningContainer,
  candidates: (world2) => runningContainerNames2(world2, (c) => !c.profile.command.endsWith("hog")),
  inject(world2, incident, sink) {
    const c = targetContainer(world2, incident);
    if (!c) return;
    recordContainer(world2, incident, c);
    const variant = incident.variant || pick(world2, ["cpu", "memory"]);
    incident.variant = variant;
    const ref = ensureHogImage(world2, variant === "cpu" ? "cpu" : "memory");
    const name3 = freeName(world2, c.targetId, "batch-");
    incident.data.hogImage = hogImageId(world2, ref);
    incident.data.hog = `${c.targetId}/${name3}`;
    incident.data.kernelId = c.kernelId;
    addSubjects(incident, [name3, `${c.targetId}/${name3}`, c.targetId]);
    const restart = variant === "memory" ? " --restart always" : "";
    botRun(world2, `docker -H ${c.targetId} run -d --name ${name3}${restart} ${ref}`, sink, BATCH_BOT);
  },
  tick(world2, incident) {
    if (unlimitedHog(world2, incident)) incident.data.hogSeen = true;
    if (incident.data.hogSeen === true || incident.state === "resolved") incident.data.effectDone = true;
  },
  isResolved(view, incident) {
    if (incident.data.hogSeen !== true && view.world.tick - incident.openedTick < 120) return false;
    return !unlimitedHog(view.world, incident) && workloadsHealthy(view, incident);
  }
};

// shared/sim/ops/kinds/powerLoss.ts
var powerLossKind = {
  id: "power-loss",
  needs: "a rack with power",
  variants: [],
  concepts: ["hardware", "scheduling"],
  alerts: ["HostDown", "NodeNotReady"],
  validate(world2, target) {
    const rack2 = world2.racks.get(target);
    const powered = [...world2.racks.values()].filter((r2) => r2.powered).map((r2) => r2.id);
    if (!rack2) return `no rack "${target}"${world2.hosts.has(target) ? ` (${target} is a host; it is in ${world2.hosts.get(target)?.rack})` : ""}; racks with power: ${listNames(powered)}`;
    if (!rack2.powered) return `${rack2.id} has no power already; racks with power: ${listNames(powered)}`;
    return null;
  },
  candidates: (world2) => [...world2.racks.values()].filter((r2) => r2.powered).map((r2) => r2.id),
  inject(world2, incident, sink) {
    const rack2 = world2.racks.get(incident.target);
    if (!rack2) return;
    rack2.powered = false;
    const hosts = [...world2.hosts.values()].filter((h) => h.rack === rack2.id && h.state === "up");
    recordAffected(world2, incident, (c) => hosts.some((h) => h.id === c.hostId));
    const vms = [];
    for (const h of hosts) vms.push(...takeHostDown(world2, h, "power", sink).vms);
    incident.data.hosts = encodeList(hosts.map((h) => h.id));
    incident.data.vms = encodeList(vms);
    incident.data.restoreAtTick = world2.tick + POWER_RESTORE_TICKS;
    addSubjects(incident, [rack2.id, ...hosts.map((h) => h.id), ...vms]);
  },
  tick(world2, incident, sink) {
    if (world2.tick < num(incident, "restoreAtTick")) return;
    const rack2 = world2.racks.get(incident.target);
    if (rack2) rack2.powered = true;
    for (const outage of world2.ops.outages.values()) {
      const host = world2.hosts.get(outage.hostId);
      if (host?.rack === incident.target && outage.reason === "power" && outage.upAtTick < 0) outage.upAtTick = world2.tick + HOST_BOOT_TICKS;
    }
    sink.happened(world2.tick, "power-restored", incident.target, "facilities restored the feed");
    incident.data.effectDone = true;
  },
  isResolved(view, incident) {
    const world2 = view.world;
    const vms = vmsOf(incident);
    if (workloadsOf(incident).length === 0 && vms.length === 0) {
      return [...world2.hosts.values()].every((h) => h.rack !== incident.target || h.state === "up");
    }
    return workloadsHealthy(view, incident) && vmsBack(world2, vms);
  }
};

// shared/sim/ops/kinds/registryOutage.ts
var registryOutageKind = {
  id: "registry-outage",
  needs: "a registry that answers (docker.io, or a private one as <host>:<port>)",
  variants: [],
  concepts: ["registry", "image-layers"],
  alerts: ["RegistryUnreachable", "ImagePullFailed", "ImagePullBackOff"],
  validate(world2, target) {
    const found = findRegistry(world2, target);
    if (!found.ok) return found.error;
    return viewRegistry(world2, found.value.id)?.available ? null : `${found.value.id} is not answering already`;
  },
  candidates: (world2) => [...world2.registries.values()].filter((r2) => r2.kind === "public" && r2.available).map((r2) => r2.id),
  inject(world2, incident, sink) {
    const found = findRegistry(world2, incident.target);
    if (!found.ok) return;
    const reg = found.value;
    incident.target = reg.id;
    addSubjects(incident, [reg.id]);
    if (reg.kind === "public") {
      reg.available = false;
      incident.data.healAtTick = world2.tick + REGISTRY_OUTAGE_TICKS;
    } else {
      const c = reg.containerId ? world2.containers.get(reg.containerId) : void 0;
      if (c && c.state === "running") {
        logLine(c, "panic: runtime error: slice bounds out of range [:-1]");
        logLine(c, "goroutine 87 [running]:");
        logLine(c, "github.com/distribution/distribution/v3/registry/storage.(*linkedBlobStore).Stat(...)");
        endRun(world2, c, 2, "", false);
        addSubjects(incident, [c.name, `${c.targetId}/${c.name}`]);
      }
      reg.available = false;
      incident.data.effectDone = true;
    }
    sink.happened(world2.tick, "registry-down", reg.id, "not answering");
  },
  tick(world2, incident, sink) {
    if (world2.tick < num(incident, "healAtTick")) return;
    const reg = world2.registries.get(incident.target);
    if (reg && reg.id === PUBLIC_REGISTRY) reg.available = true;
    sink.happened(world2.tick, "registry-up", incident.target, "answering again");
    incident.data.effectDone = true;
  },
  isResolved: (view, incident) => viewRegistry(view.world, incident.target)?.available === true
};

// shared/sim/ops/kinds/secretLeak.ts
function chooseSecret(world2, incident, env) {
  for (const s of world2.k8s.secrets.values()) {
    const key = Object.keys(s.data)[0];
    if (key === void 0) continue;
    incident.data.secretName = s.name;
    incident.data.secretVersion = s.version;
    incident.data.key = key;
    incident.data.value = s.data[key] ?? "";
    return;
  }
  incident.data.key = "DB_PASSWORD";
  incident.data.value = env.DB_PASSWORD ?? `pg-${nextHex(world2, 12)}`;
}
function plainEnvOf(world2, deployment2) {
  const out = {};
  for (const e of world2.k8s.deployments.get(deployment2)?.template.container.env ?? []) if (e.value !== void 0) out[e.name] = e.value;
  return out;
}
function rotated(world2, incident) {
  const key = str(incident, "key");
  const leaked = str(incident, "value");
  const name3 = str(incident, "secretName");
  if (name3) {
    const s = world2.k8s.secrets.get(name3);
    return s !== void 0 && s.data[key] !== void 0 && s.data[key] !== leaked;
  }
  let fresh2 = false;
  for (const w of workloadsOf(incident)) {
    for (const c of containersOfWorkload(world2, w)) {
      const v = c.env[key];
      if (v === leaked) return false;
      if (v !== void 0) fresh2 = true;
    }
  }
  return fresh2;
}
function leakGone(view, incident) {
  const world2 = view.world;
  const deployment2 = str(incident, "deployment");
  if (deployment2 && world2.k8s.deployments.get(deployment2)?.template.container.image === str(incident, "badRef")) return false;
  const layer = str(incident, "leakLayer");
  const leaky = /* @__PURE__ */ new Set();
  for (const img of world2.images.values()) if (img.layers.includes(layer)) leaky.add(img.id);
  for (const c of world2.containers.values()) if (c.state === "running" && leaky.has(c.imageId)) return false;
  return true;
}
var secretLeakKind = {
  id: "secret-leak",
  needs: WORKLOAD,
  variants: [],
  concepts: ["secrets", "image-layers"],
  alerts: ["SecretLeaked"],
  validate(world2, target) {
    const found = findReleaseTarget(world2, target);
    return found.ok ? null : found.error;
  },
  candidates: releaseCandidates,
  inject(world2, incident, sink) {
    const found = findReleaseTarget(world2, incident.target);
    if (!found.ok) return;
    const target = found.value;
    const env = target.kind === "containers" ? target.containers[0]?.env ?? {} : plainEnvOf(world2, target.name);
    chooseSecret(world2, incident, env);
    const line = `${str(incident, "key")}=${str(incident, "value")}`;
    shipRelease(world2, incident, target, { sizeMiB: 0, createdBy: `RUN /bin/sh -c echo "${line}" > /app/.env # buildkit`, secret: line }, {}, sink);
    const bad = world2.images.get(str(incident, "badImage"));
    incident.data.leakLayer = bad?.layers[bad.layers.length - 1] ?? "";
    addSubjects(incident, [str(incident, "badRef"), str(incident, "key"), ...incident.data.secretName ? [str(incident, "secretName")] : []]);
  },
  isResolved: (view, incident) => rotated(view.world, incident) && leakGone(view, incident)
};

// shared/sim/ops/kinds/trafficSpike.ts
var trafficSpikeKind = {
  id: "traffic-spike",
  needs: "a service",
  variants: [],
  concepts: ["scale-out", "service-discovery"],
  alerts: ["HighLatency", "ErrorBudgetBurn"],
  validate(world2, target) {
    if (world2.services.has(target)) return null;
    return `no service "${target}"; services: ${listNames([...world2.services.keys()])}`;
  },
  candidates: (world2) => [...world2.services.keys()],
  inject(world2, incident, sink) {
    const svc = world2.services.get(incident.target);
    if (!svc) return;
    incident.data.factorPermille = TRAFFIC_SPIKE_PERMILLE;
    incident.data.factor = TRAFFIC_SPIKE_PERMILLE / 1e3;
    incident.data.endAtTick = world2.tick + TRAFFIC_SPIKE_TICKS;
    svc.trafficFactorPermille = Math.round(svc.trafficFactorPermille * TRAFFIC_SPIKE_PERMILLE / 1e3);
    addSubjects(incident, [svc.name]);
    sink.happened(world2.tick, "traffic-spike", svc.name, `\xD7${TRAFFIC_SPIKE_PERMILLE / 1e3}`);
  },
  tick(world2, incident, sink) {
    if (world2.tick < num(incident, "endAtTick")) return;
    const svc = world2.services.get(incident.target);
    if (svc) svc.trafficFactorPermille = Math.max(1, Math.round(svc.trafficFactorPermille * 1e3 / TRAFFIC_SPIKE_PERMILLE));
    sink.happened(world2.tick, "traffic-normal", incident.target, "spike over");
    incident.data.effectDone = true;
  },
  isResolved: (view, incident) => serviceRestored(view.world, incident.target, incident.openedTick)
};

// shared/sim/ops/kinds/vmOvercommit.ts
function freeVmName(world2, n) {
  for (let k = n; ; k++) if (!world2.vms.has(`batch-vm-${k}`) && !world2.hosts.has(`batch-vm-${k}`)) return `batch-vm-${k}`;
}
var vmOvercommitKind = {
  id: "vm-overcommit",
  needs: "a hypervisor host that is up",
  variants: ["cpu", "memory"],
  concepts: ["vm-density", "virtual-machine"],
  alerts: ["HighCpuSteal", "HostSwapping"],
  validate(world2, target) {
    const found = findUpHost(world2, target, "hypervisor hosts that are up", (h) => h.role !== "hypervisor" ? `${h.id} is a container host: it runs no VMs` : null);
    return found.ok ? null : found.error;
  },
  candidates: (world2) => [...world2.hosts.values()].filter((h) => h.state === "up" && h.role === "hypervisor").map((h) => h.id),
  inject(world2, incident, sink) {
    const host = world2.hosts.get(incident.target);
    if (!host) return;
    const variant = incident.variant || pick(world2, ["cpu", "memory"]);
    incident.variant = variant;
    const vcpus = Math.max(1, Math.min(8, host.cores));
    const made = [];
    if (variant === "cpu") {
      const need = OVERCOMMIT_VCPU_RATIO * host.cores - hostCommitment(world2, host).vcpus;
      const count2 = Math.max(2, Math.ceil(need / vcpus));
      for (let i = 0; i < count2; i++) {
        const name3 = freeVmName(world2, i + 1);
        const r2 = botRun(world2, `vm create ${name3} --host ${host.id} --vcpus ${vcpus} --memory 2g`, sink, BATCH_BOT);
        if ("ok" in r2 && r2.ok) made.push(name3);
      }
      ensureHogImage(world2, "cpu");
    } else {
      const c = hostCommitment(world2, host);
      const each = Math.max(1024, Math.floor((host.memoryMiB - c.memoryMiB + Math.floor(host.swapMiB / 2)) / 2));
      for (let i = 0; i < 2; i++) {
        const name3 = freeVmName(world2, i + 1);
        const r2 = botRun(world2, `vm create ${name3} --host ${host.id} --vcpus 2 --memory ${each}m`, sink, BATCH_BOT);
        if ("ok" in r2 && r2.ok) made.push(name3);
      }
    }
    incident.data.vms = encodeList(made);
    incident.data.started = "";
    addSubjects(incident, [host.id, ...made]);
  },
  tick(world2, incident, sink) {
    const started = decodeList(incident.data.started);
    let pending = 0;
    for (const name3 of decodeList(incident.data.vms)) {
      const vm = world2.vms.get(name3);
      if (!vm || started.includes(name3)) continue;
      if (incident.variant !== "cpu") {
        if (vm.state === "running") started.push(name3);
        else pending++;
        continue;
      }
      if (vm.state !== "running") {
        pending++;
        continue;
      }
      botRun(world2, `docker -H ${name3} run -d --name crunch --restart always cpuhog:1.0`, sink, BATCH_BOT);
      started.push(name3);
    }
    incident.data.started = encodeList(started);
    if (pending === 0) {
      incident.data.effectDone = true;
      incident.data.fullAtTick = world2.tick;
    }
  },
  isResolved(view, incident) {
    const world2 = view.world;
    if (incident.data.effectDone !== true || world2.tick < num(incident, "fullAtTick") + 30) return false;
    const host = world2.hosts.get(incident.target);
    if (!host) return true;
    if (incident.variant === "memory") return host.metrics.swapUsedMiB === 0;
    for (const vm of world2.vms.values()) if (vm.hostId === host.id && vm.state === "running" && vm.metrics.stealPermille >= 50) return false;
    return true;
  }
};

// shared/sim/ops/kinds/index.ts
var KINDS2 = {
  crash: crashKind,
  "crash-loop": crashLoopKind,
  "memory-leak": memoryLeakKind,
  "noisy-neighbour": noisyNeighbourKind,
  "host-failure": hostFailureKind,
  "disk-failure": diskFailureKind,
  "disk-full": diskFullKind,
  "network-partition": networkPartitionKind,
  "kernel-panic": kernelPanicKind,
  "hypervisor-failure": hypervisorFailureKind,
  "vm-overcommit": vmOvercommitKind,
  "traffic-spike": trafficSpikeKind,
  "bad-release": badReleaseKind,
  "registry-outage": registryOutageKind,
  "image-pull-failure": imagePullFailureKind,
  "secret-leak": secretLeakKind,
  "container-escape": containerEscapeKind,
  "power-loss": powerLossKind
};
function kindOf(text3) {
  return Object.hasOwn(KINDS2, text3) ? KINDS2[text3] : null;
}

// shared/sim/scenario/opsSchema.ts
var time = z4.union([z4.number().int().min(0), z4.string()]).transform((v, ctx) => {
  const s = typeof v === "number" ? v : parseDurationSeconds(v);
  if (s === null) {
    ctx.addIssue({ code: "custom", message: `expected a game time such as 90s, 5m or 1h30m (or a number of seconds), got "${String(v)}"` });
    return z4.NEVER;
  }
  return s;
});
var kind = z4.enum(INCIDENT_KINDS);
var scheduled = z4.strictObject({
  /** Game time at which it begins. */
  at: time,
  kind,
  /** What it hits: a container, host, VM, rack, registry, service, deployment or image (see the catalogue). */
  target: z4.string().min(1),
  /** One of the kind's forms (`slow`, `errors`, `crash` for a bad release); absent: the seed picks. */
  variant: z4.string().min(1).optional()
});
var incidents = z4.strictObject({
  schedule: z4.array(scheduled).default([]),
  random: z4.strictObject({
    /** Expected incidents per game hour. */
    perHour: z4.number().min(0).max(3600),
    kinds: z4.array(kind).min(1),
    /** No chance incidents before this game time. */
    after: time.default(0)
  }).optional(),
  /** Players may use `inject` (facilitators always can). */
  allowInject: z4.boolean().default(false)
}).default({ schedule: [], allowInject: false });
var opsFields = { incidents };
var STATIC_TARGETS = /* @__PURE__ */ new Set(["host-failure", "power-loss", "hypervisor-failure", "network-partition", "disk-failure", "vm-overcommit", "traffic-spike"]);
function buildOps(world2, scenario, problems) {
  const spec = scenario.incidents;
  const ops = world2.ops;
  ops.allowInject = spec.allowInject;
  const list4 = [];
  spec.schedule.forEach((s, i) => {
    const def = kindOf(s.kind);
    if (def && s.variant !== void 0 && !def.variants.includes(s.variant)) {
      problems.push(`incidents.schedule[${i}].variant: "${s.variant}" is not a form of ${s.kind} (${def.variants.length ? `forms: ${def.variants.join(", ")}` : "it has none"})`);
      return;
    }
    const why = def && STATIC_TARGETS.has(s.kind) ? def.validate(world2, s.target) : null;
    if (why !== null) {
      problems.push(`incidents.schedule[${i}].target: ${s.kind} needs ${def?.needs ?? "a target"}: ${why}`);
      return;
    }
    list4.push({ atTick: s.at, kind: s.kind, target: s.target, variant: s.variant ?? "", source: "schedule" });
  });
  ops.schedule = list4.map((s, i) => ({ s, i })).sort((a, b) => a.s.atTick - b.s.atTick || a.i - b.i).map((x) => x.s);
  ops.nextScheduled = 0;
  if (spec.random) ops.random = { perHour: spec.random.perHour, kinds: [...spec.random.kinds], afterTick: spec.random.after };
}

// shared/sim/scenario/economySchema.ts
import { z as z5 } from "zod";
var duration2 = z5.union([z5.number().int().min(0), z5.string()]).transform((v, ctx) => {
  const s = typeof v === "number" ? v : parseDurationSeconds(v);
  if (s === null) {
    ctx.addIssue({ code: "custom", message: `expected a duration such as 90s, 10m or 2h (or a number of seconds), got "${String(v)}"` });
    return z5.NEVER;
  }
  return s;
});
var economy = z5.strictObject({
  /** Money at the start, game dollars. */
  budget: dollars.default(0),
  /** Time from `host buy` to a racked, booted host. */
  deliveryTime: duration2.default(DEFAULT_DELIVERY_TICKS),
  /** Host types (keys of hostTypes) players may buy; none when empty. */
  buyable: z5.array(z5.string().min(1)).default([]),
  /** Game dollars per GiB of responses sent out. */
  egressPerGiB: dollars.default(DEFAULT_EGRESS_CENTS_PER_GIB / 100)
});
var economyFields = {
  /** Money: the starting budget, hardware players may buy, and the price of bandwidth. */
  economy: economy.optional()
};
function buildEconomy(world2, scenario, problems) {
  const spec = scenario.economy;
  if (!spec) return;
  const known = Object.keys(world2.hostTypes);
  const seen = /* @__PURE__ */ new Set();
  spec.buyable.forEach((t2, i) => {
    if (!Object.hasOwn(world2.hostTypes, t2)) problems.push(`economy.buyable[${i}]: unknown host type "${t2}" (known: ${known.join(", ")})`);
    else if (seen.has(t2)) problems.push(`economy.buyable[${i}]: "${t2}" is listed twice`);
    seen.add(t2);
  });
  const e = world2.economy;
  e.startCents = spec.budget;
  e.balanceCents = spec.budget;
  e.lowestBalanceCents = spec.budget;
  e.deliveryTicks = spec.deliveryTime;
  e.buyable = [...spec.buyable];
  e.egressCentsPerGiB = spec.egressPerGiB;
}

// shared/sim/scenario/levelSchema.ts
import { z as z6 } from "zod";

// shared/sim/level/objectiveState.ts
function newWindow(size2) {
  return { a: new Array(size2).fill(0), b: new Array(size2).fill(0), cursor: 0, filled: 0, sumA: 0, sumB: 0, prevA: 0, prevB: 0 };
}
function pushWindow(w, a, b) {
  const i = w.cursor;
  w.sumA += a - (w.a[i] ?? 0);
  w.sumB += b - (w.b[i] ?? 0);
  w.a[i] = a;
  w.b[i] = b;
  w.cursor = (i + 1) % w.a.length;
  if (w.filled < w.a.length) w.filled++;
}
function windowFull(w) {
  return w.filled >= w.a.length;
}
function newObjectiveState(spec) {
  const c = spec.check;
  const ring = c.kind === "service-availability" || c.kind === "service-latency" ? newWindow(c.windowTicks) : null;
  return { id: spec.id, met: false, failed: false, progress: "", failedTick: -1, ring, seenLogSeq: 0 };
}

// shared/sim/scenario/levelSchema.ts
var id = z6.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'lower-case letters, digits, ".", "_" or "-", starting with a letter or digit');
var text = z6.strictObject({ en: z6.string().min(1, "the English text is empty"), ko: z6.string().min(1, "the Korean text is empty") });
var duration3 = z6.union([z6.number().int().min(0), z6.string()]).transform((v, ctx) => {
  const s = typeof v === "number" ? v : parseDurationSeconds(v);
  if (s === null) {
    ctx.addIssue({ code: "custom", message: `expected a duration such as 90s, 10m or 1h30m, got "${String(v)}"` });
    return z6.NEVER;
  }
  return s;
});
var percent2 = z6.number().gt(0).max(100);
var count = z6.number().int().min(0);
var OBJECTIVE_KINDS = [
  "service-availability",
  "service-latency",
  "running",
  "max-hosts",
  "budget-never-below",
  "no-oom-kills",
  "incident-resolved",
  "deployment-available",
  "image-in-registry",
  "command-used",
  "vm-count",
  "volume-data-kept"
];
var base = {
  id,
  title: text,
  /** end (default): judged at the level's end; always: fails on the first violation. */
  mode: z6.enum(["end", "always"]).optional(),
  /** For always-objectives: checked from this game time on. */
  from: duration3.optional()
};
var objective = z6.discriminatedUnion("kind", [
  z6.strictObject({ ...base, kind: z6.literal("service-availability"), service: z6.string().min(1), min: percent2, "window": duration3 }),
  z6.strictObject({ ...base, kind: z6.literal("service-latency"), service: z6.string().min(1), maxMs: z6.number().int().min(1), "window": duration3 }),
  z6.strictObject({
    ...base,
    kind: z6.literal("running"),
    selector: z6.record(z6.string(), z6.string()).optional(),
    image: z6.string().min(1).optional(),
    /** A host or VM id the containers must run on. */
    on: z6.string().min(1).optional(),
    machine: z6.enum(["any", "bare-metal", "vm"]).default("any"),
    min: z6.number().int().min(1)
  }),
  z6.strictObject({ ...base, kind: z6.literal("max-hosts"), n: count }),
  z6.strictObject({ ...base, kind: z6.literal("budget-never-below"), dollars: z6.number().int() }),
  z6.strictObject({ ...base, kind: z6.literal("no-oom-kills") }),
  z6.strictObject({ ...base, kind: z6.literal("incident-resolved"), incidentKind: z6.enum(INCIDENT_KINDS).optional(), incident: z6.string().min(1).optional() }),
  z6.strictObject({ ...base, kind: z6.literal("deployment-available"), name: id, replicas: z6.number().int().min(1) }),
  /** `ref` may carry its registry (`host-1:5000/shop/web:1.2`); `registry` overrides it. */
  z6.strictObject({ ...base, kind: z6.literal("image-in-registry"), ref: z6.string().min(1), registry: z6.string().min(1).optional() }),
  z6.strictObject({ ...base, kind: z6.literal("command-used"), pattern: z6.string().min(1) }),
  z6.strictObject({ ...base, kind: z6.literal("vm-count"), min: count.optional(), max: count.optional(), os: z6.enum(["linux", "windows"]).optional() }),
  /** The data of the containers carrying `selector` (their volumes) is never lost. */
  z6.strictObject({ ...base, kind: z6.literal("volume-data-kept"), selector: z6.record(z6.string(), z6.string()).refine((s) => Object.keys(s).length > 0, 'give at least one label, e.g. {"app": "orders-db"}') })
], { error: (issue) => issue.code === "invalid_union" ? `unknown objective kind; expected one of: ${OBJECTIVE_KINDS.join(", ")}` : void 0 });
var ALWAYS_ONLY = /* @__PURE__ */ new Set(["budget-never-below", "no-oom-kills", "volume-data-kept"]);
var hint2 = z6.strictObject({ id, cost: z6.number().int().min(0), text });
var scoring = z6.strictObject({
  centsPerPoint: z6.number().int().min(1).default(100),
  sloPoints: z6.number().int().min(0).default(1e3),
  incidentPoints: z6.number().int().min(0).default(200),
  detectWithin: duration3.default(600),
  resolveWithin: duration3.default(1800)
});
var level = z6.strictObject({
  number: z6.number().int().min(1),
  concepts: z6.array(z6.enum(CONCEPT_IDS)).default([]),
  briefing: text,
  debrief: text,
  duration: duration3,
  /** End (won) as soon as every objective is met, instead of playing the whole duration. */
  endWhenMet: z6.boolean().default(false),
  objectives: z6.array(objective).min(1, "a level needs at least one objective"),
  stars: z6.strictObject({ one: count, two: count, three: count }),
  hints: z6.array(hint2).default([]),
  scoring: scoring.default({ centsPerPoint: 100, sloPoints: 1e3, incidentPoints: 200, detectWithin: 600, resolveWithin: 1800 })
}).superRefine((l, ctx) => {
  if (l.duration < 1) ctx.addIssue({ code: "custom", path: ["duration"], message: "a level must last at least one second" });
  if (!(l.stars.one < l.stars.two && l.stars.two < l.stars.three)) {
    ctx.addIssue({ code: "custom", path: ["stars"], message: `thresholds must increase: one < two < three (got ${l.stars.one}, ${l.stars.two}, ${l.stars.three})` });
  }
  const seen = /* @__PURE__ */ new Set();
  l.objectives.forEach((o, i) => {
    if (seen.has(o.id)) ctx.addIssue({ code: "custom", path: ["objectives", i, "id"], message: `duplicate objective id "${o.id}"` });
    seen.add(o.id);
    checkObjective(o, i, l.duration, ctx);
  });
  const hints = /* @__PURE__ */ new Set();
  l.hints.forEach((h, i) => {
    if (hints.has(h.id)) ctx.addIssue({ code: "custom", path: ["hints", i, "id"], message: `duplicate hint id "${h.id}"` });
    hints.add(h.id);
  });
});
function checkObjective(o, i, durationTicks, ctx) {
  const at = (key, message) => ctx.addIssue({ code: "custom", path: ["objectives", i, key], message });
  if (ALWAYS_ONLY.has(o.kind) && o.mode === "end") at("mode", `"${o.kind}" is judged on every tick: use "always" or leave "mode" out`);
  if (o.from !== void 0 && (o.mode ?? (ALWAYS_ONLY.has(o.kind) ? "always" : "end")) !== "always") at("from", '"from" only applies to "mode": "always"');
  if (o.from !== void 0 && o.from >= durationTicks) at("from", `starts at ${o.from}s, not before the level ends (${durationTicks}s)`);
  if ((o.kind === "service-availability" || o.kind === "service-latency") && o.window > durationTicks) {
    at("window", `a ${o.window}s window can never fill in a ${durationTicks}s level`);
  }
  if ((o.kind === "service-availability" || o.kind === "service-latency") && o.window < 1) at("window", "the window must be at least 1s");
  if (o.kind === "running" && !o.selector && !o.image && !o.on) at("kind", '"running" needs "selector", "image" or "on" to say which containers count');
  if (o.kind === "incident-resolved" && !o.incidentKind === !o.incident) at("kind", '"incident-resolved" needs exactly one of "incidentKind" or "incident"');
  if (o.kind === "vm-count" && o.min === void 0 && o.max === void 0) at("kind", '"vm-count" needs "min", "max" or both');
  if (o.kind === "vm-count" && o.min !== void 0 && o.max !== void 0 && o.min > o.max) at("max", `max ${o.max} is below min ${o.min}`);
  if (o.kind === "image-in-registry" && !parseImageRef(o.ref)) at("ref", `"${o.ref}" is not an image reference such as "shop/web:1.2" or "host-1:5000/shop/web:1.2"`);
  if (o.kind === "command-used") {
    try {
      new RegExp(o.pattern);
    } catch (err) {
      at("pattern", `not a valid regular expression: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
var levelFields = {
  /** Present only in levels: objectives, star thresholds, hints, briefing and debrief. */
  level: level.optional()
};
function toCheck(o) {
  switch (o.kind) {
    case "service-availability":
      return { kind: o.kind, service: o.service, minMilliPercent: Math.round(o.min * 1e3), windowTicks: o.window };
    case "service-latency":
      return { kind: o.kind, service: o.service, maxMs: o.maxMs, windowTicks: o.window };
    case "running":
      return { kind: o.kind, selector: { ...o.selector ?? {} }, image: o.image ?? "", on: o.on ?? "", machine: o.machine, min: o.min };
    case "max-hosts":
      return { kind: o.kind, n: o.n };
    case "budget-never-below":
      return { kind: o.kind, cents: o.dollars * 100 };
    case "no-oom-kills":
      return { kind: o.kind };
    case "incident-resolved":
      return { kind: o.kind, incidentKind: o.incidentKind ?? "", incidentId: o.incident ?? "" };
    case "deployment-available":
      return { kind: o.kind, name: o.name, replicas: o.replicas };
    case "image-in-registry": {
      const ref = parseImageRef(o.ref);
      return { kind: o.kind, ref: ref ? repoTagKey(ref) : o.ref, registry: o.registry ?? ref?.registry ?? PUBLIC_REGISTRY };
    }
    case "command-used":
      return { kind: o.kind, pattern: o.pattern };
    case "vm-count":
      return { kind: o.kind, min: o.min ?? 0, max: o.max ?? -1, os: o.os ?? "" };
    case "volume-data-kept":
      return { kind: o.kind, selector: { ...o.selector } };
  }
}
function checkReferences(world2, o, i, durationTicks, problems) {
  const at = `level.objectives[${i}]`;
  if ((o.kind === "service-availability" || o.kind === "service-latency") && !world2.services.has(o.service)) {
    const known = [...world2.services.keys()];
    problems.push(`${at}.service: unknown service "${o.service}" (${known.length ? `known: ${known.join(", ")}` : "the scenario defines no services"})`);
  }
  if (o.kind === "running" && o.on && !world2.hosts.has(o.on) && !world2.vms.has(o.on)) {
    problems.push(`${at}.on: "${o.on}" is not a host or VM of this scenario`);
  }
  if (o.kind === "max-hosts" && o.n < 1) problems.push(`${at}.n: a datacenter with no host can run nothing`);
  if (o.kind === "max-hosts" && o.mode === "always" && (o.from ?? 0) === 0 && world2.hosts.size > o.n) {
    problems.push(`${at}.n: the scenario starts with ${world2.hosts.size} hosts, so "at most ${o.n}" fails at once`);
  }
  if (o.kind === "deployment-available" && !world2.k8s.enabled) problems.push(`${at}: this scenario has no orchestrator, so deployment "${o.name}" can never exist`);
  if (o.kind === "vm-count" && (o.min ?? 0) > 0 && ![...world2.hosts.values()].some((h) => h.role === "hypervisor")) {
    problems.push(`${at}.min: no host of this scenario is a hypervisor, so no VM can run`);
  }
  if (o.kind === "image-in-registry") {
    const registry = o.registry ?? parseImageRef(o.ref)?.registry ?? PUBLIC_REGISTRY;
    if (registry !== PUBLIC_REGISTRY && !/^[a-z0-9][a-z0-9.-]*:\d{1,5}$/.test(registry)) {
      problems.push(`${at}.registry: "${registry}" is neither docker.io nor <host-or-vm>:<port>`);
    }
  }
  if (o.kind === "incident-resolved" && o.incidentKind) {
    const ops = world2.ops;
    const possible = ops.allowInject || ops.schedule.some((s) => s.kind === o.incidentKind && s.atTick < durationTicks) || ops.random.perHour > 0 && ops.random.kinds.includes(o.incidentKind);
    if (!possible) problems.push(`${at}.incidentKind: no "${o.incidentKind}" incident is scheduled before the level ends, can happen by chance, or may be injected in this scenario`);
  }
}
function buildLevel(world2, scenario, problems) {
  const l = scenario.level;
  if (!l) return;
  l.objectives.forEach((o, i) => checkReferences(world2, o, i, l.duration, problems));
  const objectives = l.objectives.map((o) => ({
    id: o.id,
    title: { ...o.title },
    mode: o.mode ?? (ALWAYS_ONLY.has(o.kind) ? "always" : "end"),
    fromTick: o.from ?? 0,
    check: toCheck(o)
  }));
  const s = l.scoring;
  world2.level.isLevel = true;
  world2.level.durationTicks = l.duration;
  world2.level.spec = {
    number: l.number,
    concepts: [...l.concepts],
    briefing: { ...l.briefing },
    debrief: { ...l.debrief },
    endWhenMet: l.endWhenMet,
    objectives,
    stars: { ...l.stars },
    hints: l.hints.map((h) => ({ id: h.id, cost: h.cost, text: { ...h.text } })),
    scoring: { centsPerPoint: s.centsPerPoint, sloPoints: s.sloPoints, incidentPoints: s.incidentPoints, detectWithinTicks: s.detectWithin, resolveWithinTicks: s.resolveWithin }
  };
  world2.level.objectives = objectives.map((o) => newObjectiveState(o));
}

// shared/sim/scenario/schema.ts
var idPattern = /^[a-z0-9][a-z0-9._-]{0,62}$/;
var name2 = z7.string().regex(idPattern, 'lower-case letters, digits, ".", "_" or "-", starting with a letter or digit');
var size = z7.union([z7.number().int().positive(), z7.string()]).transform((v, ctx) => {
  const mib = typeof v === "number" ? v : parseSizeMiB(v);
  if (mib === null) {
    ctx.addIssue({ code: "custom", message: `expected a size such as 512m, 4g, 4Gi or a number of MiB, got "${String(v)}"` });
    return z7.NEVER;
  }
  return mib;
});
var text2 = z7.object({ en: z7.string().min(1), ko: z7.string().min(1) });
var hostType = z7.object({
  cores: z7.number().int().min(1).max(512),
  memory: size,
  disk: size,
  nicMbps: z7.number().int().min(10).max(4e5),
  price: z7.number().min(0),
  costPerHour: z7.number().min(0)
});
var hostSpec = z7.object({
  /** A single host id, or with `count` a prefix numbered from `start`. */
  id: name2.optional(),
  idPrefix: z7.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
  start: z7.number().int().min(0).default(1),
  count: z7.number().int().min(1).max(2e4).default(1),
  type: name2,
  role: z7.enum(["container-host", "hypervisor"]),
  hypervisor: z7.enum(["type1", "type2"]).optional()
}).superRefine((h, ctx) => {
  if (!h.id && !h.idPrefix) ctx.addIssue({ code: "custom", message: 'give "id" (one host) or "idPrefix" with "count"' });
  if (h.id && h.count !== 1) ctx.addIssue({ code: "custom", path: ["count"], message: '"count" needs "idPrefix", not "id"' });
  if (h.role === "hypervisor" && !h.hypervisor) ctx.addIssue({ code: "custom", path: ["hypervisor"], message: 'a hypervisor host needs "hypervisor": "type1" or "type2"' });
  if (h.role === "container-host" && h.hypervisor) ctx.addIssue({ code: "custom", path: ["hypervisor"], message: "a container host runs no hypervisor" });
});
var rack = z7.object({ id: name2, hosts: z7.array(hostSpec).min(1) });
var profile = z7.object({
  cpuMillis: z7.number().int().min(0).max(256e3),
  memoryMiB: z7.number().int().min(1).max(1048576),
  memoryGrowthMiB: z7.number().int().min(0).max(65536).default(0),
  writeKiB: z7.number().int().min(0).max(4194304).default(0),
  listenPort: z7.number().int().min(0).max(65535).default(0),
  dataPath: z7.string().startsWith("/").optional(),
  command: z7.string().min(1),
  workers: z7.number().int().min(0).max(64).optional(),
  exitAfterTicks: z7.number().int().min(1).optional(),
  registry: z7.boolean().optional()
});
var imageStep = z7.object({
  createdBy: z7.string().min(1),
  sizeMiB: z7.number().int().min(0).max(1048576),
  secret: z7.string().optional()
});
var image = z7.object({
  ref: z7.string().regex(/^[a-z0-9][a-z0-9._/-]*:[A-Za-z0-9._-]+$/, 'an image reference such as "shop/web:1.0"'),
  /** Image whose layers this one starts from (its FROM). */
  from: z7.string().optional(),
  os: z7.enum(["linux", "windows"]).default("linux"),
  steps: z7.array(imageStep).min(1),
  profile: profile.optional(),
  env: z7.record(z7.string(), z7.string()).default({})
});
var recipe = z7.object({
  text: z7.string().min(1),
  files: z7.record(z7.string(), z7.object({ sizeMiB: z7.number().int().min(0), version: z7.number().int().min(0).default(1) })).default({}),
  profile: profile.partial().optional(),
  /** Sizes of RUN steps the built-in package catalogue cannot guess: step text → MiB. */
  stepSizes: z7.record(z7.string(), z7.number().int().min(0)).default({})
});
var vmSpec = z7.object({
  name: name2.optional(),
  namePrefix: z7.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
  count: z7.number().int().min(1).max(1e5).default(1),
  /** A host id, or `*` to spread round-robin over the hypervisor hosts. */
  host: z7.string(),
  vcpus: z7.number().int().min(1).max(256),
  memory: size,
  os: z7.enum(["linux", "windows"]).default("linux")
}).superRefine((v, ctx) => {
  if (!v.name && !v.namePrefix) ctx.addIssue({ code: "custom", message: 'give "name" (one VM) or "namePrefix" with "count"' });
});
var containerSpec = z7.object({
  name: name2.optional(),
  namePrefix: z7.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
  count: z7.number().int().min(1).max(2e5).default(1),
  image: z7.string(),
  /** A host or VM id, `*hosts` (container hosts round-robin), `*vms` (Linux VMs) or `*` (both). */
  on: z7.string(),
  cpus: z7.number().positive().optional(),
  memory: size.optional(),
  restart: z7.enum(["no", "always", "on-failure", "unless-stopped"]).default("no"),
  /** `docker run -l k=v`: what a service's load balancer selects its backends by. */
  labels: z7.record(z7.string(), z7.string()).default({})
}).superRefine((c, ctx) => {
  if (!c.name && !c.namePrefix) ctx.addIssue({ code: "custom", message: 'give "name" (one container) or "namePrefix" with "count"' });
});
var scenarioSchema = z7.object({
  id: name2,
  title: text2,
  description: text2.optional(),
  /** Command families the player may use: host, vm, docker, kubectl, … or "*". */
  unlocked: z7.array(z7.string()).default(["*"]),
  defaultDockerHost: z7.string(),
  /** The datacenter's internet uplink, Mbit/s: every pull from and push to docker.io shares it. Absent: unlimited. */
  uplinkMbps: z7.number().int().min(1).max(4e5).optional(),
  hostTypes: z7.record(name2, hostType),
  racks: z7.array(rack).min(1),
  images: z7.array(image).default([]),
  /** Images already present on every container host and Linux VM at the start. */
  preload: z7.array(z7.string()).default([]),
  recipes: z7.record(name2, recipe).default({}),
  vms: z7.array(vmSpec).default([]),
  containers: z7.array(containerSpec).default([]),
  ...clusterFields,
  ...servicesFields,
  ...opsFields,
  ...economyFields,
  ...levelFields
});
function describeIssues(error) {
  return error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.map((p) => typeof p === "number" ? `[${p}]` : `.${String(p)}`).join("").replace(/^\./, "") : "(root)";
    return `${path}: ${issue.message}`;
  });
}
function parseScenario(data) {
  const r2 = scenarioSchema.safeParse(data);
  if (r2.success) return { ok: true, scenario: r2.data };
  return { ok: false, errors: describeIssues(r2.error) };
}

// shared/sim/k8s/model.ts
function emptyCluster() {
  return {
    enabled: false,
    nodes: /* @__PURE__ */ new Map(),
    pods: /* @__PURE__ */ new Map(),
    replicaSets: /* @__PURE__ */ new Map(),
    deployments: /* @__PURE__ */ new Map(),
    services: /* @__PURE__ */ new Map(),
    secrets: /* @__PURE__ */ new Map(),
    hpas: /* @__PURE__ */ new Map(),
    events: [],
    evictionTolerationTicks: 300,
    nextClusterIp: 10,
    manifests: /* @__PURE__ */ new Map(),
    rolloutWatches: [],
    schedulerNextStart: 0,
    wakeTick: -1,
    nextPodCidr: 1,
    orphans: [],
    version: "v1.29.2"
  };
}

// shared/sim/economy/model.ts
function emptyEconomy() {
  return {
    startCents: 0,
    balanceCents: 0,
    lowestBalanceCents: 0,
    revenueCents: 0,
    costCents: { hosts: 0, power: 0, licences: 0, bandwidth: 0, purchases: 0 },
    carry: { revenue: 0, hosts: 0, power: 0, licences: 0, bandwidth: 0 },
    orders: [],
    ordersPlaced: 0,
    deliveryTicks: DEFAULT_DELIVERY_TICKS,
    buyable: [],
    egressCentsPerGiB: DEFAULT_EGRESS_CENTS_PER_GIB
  };
}

// shared/sim/level/model.ts
function emptyLevel() {
  return {
    isLevel: false,
    durationTicks: 0,
    objectives: [],
    hintsTaken: [],
    ended: false,
    endedTick: -1,
    won: false,
    score: 0,
    stars: 0,
    endReason: null,
    breakdown: null,
    spec: null
  };
}

// shared/sim/world.ts
var ScenarioError = class extends Error {
  constructor(problems) {
    super(`invalid scenario:
${problems.map((p) => `  ${p}`).join("\n")}`);
    this.problems = problems;
  }
};
var SCENARIO_UPTIME_TICKS = 60;
var DEFAULT_PROFILE = { cpuMillis: 10, memoryMiB: 8, memoryGrowthMiB: 0, writeKiB: 0, listenPort: 0, command: "sh" };
function emptyWorld(scenario, seed) {
  return {
    seed,
    tick: 0,
    rng: seedState(seed),
    nextSerial: 1,
    scenario: { id: scenario.id, title: scenario.title, unlocked: [...scenario.unlocked], defaultDockerHost: scenario.defaultDockerHost },
    hostTypes: {},
    racks: /* @__PURE__ */ new Map(),
    hosts: /* @__PURE__ */ new Map(),
    vms: /* @__PURE__ */ new Map(),
    kernels: /* @__PURE__ */ new Map(),
    containers: /* @__PURE__ */ new Map(),
    layers: /* @__PURE__ */ new Map(),
    images: /* @__PURE__ */ new Map(),
    registries: /* @__PURE__ */ new Map(),
    networks: /* @__PURE__ */ new Map([
      ["bridge", { name: "bridge", driver: "bridge", subnet: "172.17.0.0/16", nextIp: 2, builtin: true }],
      ["host", { name: "host", driver: "host", subnet: "", nextIp: 0, builtin: true }],
      ["none", { name: "none", driver: "null", subnet: "", nextIp: 0, builtin: true }]
    ]),
    volumes: /* @__PURE__ */ new Map(),
    jobs: /* @__PURE__ */ new Map(),
    recipes: /* @__PURE__ */ new Map(),
    buildCache: /* @__PURE__ */ new Map(),
    nextIndex: { host: 0, vm: 0, kernel: 0, container: 0 },
    commandLog: [],
    logSeq: 0,
    k8s: emptyCluster(),
    services: /* @__PURE__ */ new Map(),
    ops: emptyOps(),
    economy: emptyEconomy(),
    level: emptyLevel()
  };
}
function buildImages(world2, scenario, problems, publicRegistry) {
  const byRef = /* @__PURE__ */ new Map();
  scenario.images.forEach((spec, i) => {
    const ref = parseImageRef(spec.ref);
    if (!ref) {
      problems.push(`images[${i}].ref: "${spec.ref}" is not an image reference`);
      return;
    }
    let parentLayers = [];
    let profile2 = DEFAULT_PROFILE;
    let env = {};
    if (spec.from) {
      const base2 = byRef.get(spec.from);
      if (!base2) {
        problems.push(`images[${i}].from: "${spec.from}" must be an image listed earlier in "images"`);
        return;
      }
      parentLayers = base2.layers;
      profile2 = base2.profile;
      env = base2.env;
      if (base2.os !== spec.os) problems.push(`images[${i}].os: "${spec.os}" differs from its base image's os "${base2.os}"`);
    }
    const layers = [...parentLayers];
    for (const step2 of spec.steps) {
      const parent = layers[layers.length - 1] ?? "";
      const digest = layerDigest(parent, step2.createdBy, String(step2.sizeMiB));
      ensureLayer(world2, { digest, sizeMiB: step2.sizeMiB, createdBy: step2.createdBy, ...step2.secret ? { secret: step2.secret } : {} });
      layers.push(digest);
    }
    const finalProfile = spec.profile ? { ...spec.profile } : profile2;
    const finalEnv = { ...env, ...spec.env };
    const image2 = ensureImage(world2, {
      id: imageIdOf(layers, spec.os, finalProfile, finalEnv),
      layers,
      os: spec.os,
      profile: finalProfile,
      createdTick: 0,
      env: finalEnv
    });
    byRef.set(spec.ref, image2);
    publicRegistry.tags[refKey(ref)] = image2.id;
    for (const d of layers) if (!publicRegistry.blobs.includes(d)) publicRegistry.blobs.push(d);
  });
}
function buildHosts(world2, scenario, problems) {
  for (const [name3, t2] of Object.entries(scenario.hostTypes)) {
    const type = { name: name3, cores: t2.cores, memoryMiB: t2.memory, diskMiB: t2.disk, nicMbps: t2.nicMbps, price: t2.price, costPerHour: t2.costPerHour };
    world2.hostTypes[name3] = type;
  }
  scenario.racks.forEach((rack2, r2) => {
    if (world2.racks.has(rack2.id)) problems.push(`racks[${r2}].id: duplicate rack "${rack2.id}"`);
    world2.racks.set(rack2.id, { id: rack2.id, powered: true });
    rack2.hosts.forEach((spec, h) => {
      const type = world2.hostTypes[spec.type];
      if (!type) {
        problems.push(`racks[${r2}].hosts[${h}].type: unknown host type "${spec.type}" (known: ${Object.keys(world2.hostTypes).join(", ")})`);
        return;
      }
      for (let k = 0; k < spec.count; k++) {
        const id2 = spec.id ?? `${spec.idPrefix}${spec.start + k}`;
        if (world2.hosts.has(id2) || world2.vms.has(id2)) {
          problems.push(`racks[${r2}].hosts[${h}]: duplicate host id "${id2}"`);
          continue;
        }
        addHost(world2, id2, rack2.id, type, spec.role, spec.hypervisor ?? null);
      }
    });
  });
}
function buildVms(world2, scenario, problems) {
  const hypervisors = [...world2.hosts.values()].filter((h) => h.role === "hypervisor");
  let cursor = 0;
  scenario.vms.forEach((spec, i) => {
    for (let k = 0; k < spec.count; k++) {
      const name3 = spec.name ?? `${spec.namePrefix}${k + 1}`;
      let host;
      if (spec.host === "*") {
        host = hypervisors[cursor++ % Math.max(1, hypervisors.length)];
      } else {
        host = world2.hosts.get(spec.host);
      }
      if (!host || host.role !== "hypervisor") {
        problems.push(`vms[${i}].host: "${spec.host}" is not a hypervisor host`);
        return;
      }
      if (world2.vms.has(name3) || world2.hosts.has(name3)) {
        problems.push(`vms[${i}]: duplicate name "${name3}"`);
        return;
      }
      const vm = addVm(world2, name3, host, spec.vcpus, spec.memory, spec.os);
      vm.state = "running";
      vm.progress = 1e3;
      const kernel = world2.kernels.get(vm.kernelId);
      if (kernel) kernel.state = "up";
      vm.metrics.memoryUsedMiB = GUEST_OS[vm.os].memoryMiB;
    }
  });
}
function preloadImages(world2, scenario, problems, publicRegistry) {
  scenario.preload.forEach((text3, i) => {
    const ref = parseImageRef(text3);
    const id2 = ref ? publicRegistry.tags[refKey(ref)] : void 0;
    if (!ref || !id2) {
      problems.push(`preload[${i}]: "${text3}" is not an image of this scenario`);
      return;
    }
    const image2 = world2.images.get(id2);
    for (const host of world2.hosts.values()) if (host.role === "container-host") putImageInStore(world2, host.store, refKey(ref), id2);
    for (const vm of world2.vms.values()) if (vm.os === image2?.os) putImageInStore(world2, vm.store, refKey(ref), id2);
  });
}
function buildContainers(world2, scenario, problems, publicRegistry) {
  const namesTaken = /* @__PURE__ */ new Set();
  scenario.containers.forEach((spec, i) => {
    const ref = parseImageRef(spec.image);
    const imageId = ref ? publicRegistry.tags[refKey(ref)] : void 0;
    const image2 = imageId ? world2.images.get(imageId) : void 0;
    if (!ref || !image2 || !imageId) {
      problems.push(`containers[${i}].image: "${spec.image}" is not an image of this scenario`);
      return;
    }
    const targets = [];
    if (spec.on.startsWith("*")) {
      if (spec.on === "*" || spec.on === "*hosts") {
        for (const h of world2.hosts.values()) if (h.role === "container-host") targets.push(h.id);
      }
      if (spec.on === "*" || spec.on === "*vms") {
        for (const v of world2.vms.values()) if (v.os === image2.os) targets.push(v.id);
      }
    } else {
      targets.push(spec.on);
    }
    if (targets.length === 0) {
      problems.push(`containers[${i}].on: "${spec.on}" matches no machine that can run it`);
      return;
    }
    for (let k = 0; k < spec.count; k++) {
      const name3 = spec.name ?? `${spec.namePrefix}${k + 1}`;
      const targetId = targets[k % targets.length] ?? "";
      const found = resolveTarget(world2, targetId);
      if (!found.ok) {
        problems.push(`containers[${i}].on: "${targetId}" is not a running container host or VM`);
        return;
      }
      if (found.target.kernel.os !== image2.os) {
        problems.push(`containers[${i}]: image os "${image2.os}" cannot run on ${targetId}'s ${found.target.kernel.os} kernel`);
        return;
      }
      if (namesTaken.has(`${targetId}/${name3}`)) {
        problems.push(`containers[${i}]: duplicate name "${name3}" on ${targetId}`);
        return;
      }
      namesTaken.add(`${targetId}/${name3}`);
      putImageInStore(world2, found.target.store, refKey(ref), imageId);
      const c = createContainer(world2, found.target, {
        name: name3,
        imageRef: refKey(ref),
        imageId,
        cpuLimitMillis: spec.cpus ? Math.round(spec.cpus * 1e3) : 0,
        memoryLimitMiB: spec.memory ?? 0,
        oomScoreAdj: 0,
        ports: [],
        network: "bridge",
        userns: false,
        restartPolicy: spec.restart,
        env: { ...image2.env },
        labels: { ...spec.labels },
        mounts: [],
        profile: image2.profile
      });
      startContainer(world2, c);
      if (c.state === "running") c.metrics.uptimeTicks = SCENARIO_UPTIME_TICKS;
    }
  });
}
function createWorld(scenario, seed) {
  if (!Number.isInteger(seed) || seed < 0 || seed > 4294967295) throw new ScenarioError([`seed: expected an integer from 0 to 4294967295, got ${seed}`]);
  const world2 = emptyWorld(scenario, seed);
  const problems = [];
  const publicRegistry = {
    id: PUBLIC_REGISTRY,
    kind: "public",
    containerId: null,
    available: true,
    perLayerMiBps: PUBLIC_REGISTRY_PER_LAYER_MIBPS,
    ...scenario.uplinkMbps ? { sharedMiBps: nicMiBps(scenario.uplinkMbps) } : {},
    tags: {},
    blobs: []
  };
  world2.registries.set(PUBLIC_REGISTRY, publicRegistry);
  buildImages(world2, scenario, problems, publicRegistry);
  buildHosts(world2, scenario, problems);
  buildVms(world2, scenario, problems);
  preloadImages(world2, scenario, problems, publicRegistry);
  for (const [name3, r2] of Object.entries(scenario.recipes)) {
    world2.recipes.set(name3, { name: name3, text: r2.text, files: r2.files, stepSizes: r2.stepSizes, ...r2.profile ? { profile: r2.profile } : {} });
  }
  if (!resolveTarget(world2, scenario.defaultDockerHost).ok) {
    problems.push(`defaultDockerHost: "${scenario.defaultDockerHost}" is not a container host or running Linux VM of this scenario`);
  }
  buildContainers(world2, scenario, problems, publicRegistry);
  buildCluster(world2, scenario, problems);
  buildServices2(world2, scenario, problems);
  buildOps(world2, scenario, problems);
  buildEconomy(world2, scenario, problems);
  buildLevel(world2, scenario, problems);
  if (problems.length) throw new ScenarioError(problems);
  return world2;
}

// shared/sim/events.ts
var EventSink = class {
  constructor() {
    this.events = [];
  }
  result(e) {
    this.events.push({ kind: "result", ...e });
  }
  happened(tick, type, subject, detail) {
    this.events.push({ kind: "happening", tick, type, subject, detail });
  }
};

// shared/sim/systems/transfers.ts
var done = (t2) => t2.doneKiB >= t2.sizeMiB * 1024;
function addStreams(streams, hostId, n) {
  streams.set(hostId, (streams.get(hostId) ?? 0) + n);
}
function linkKey(job) {
  return `${job.registryId}|${job.kind}`;
}
function route(world2, sink, streams, links) {
  const routes = [];
  const claimed = /* @__PURE__ */ new Map();
  for (const job of [...world2.jobs.values()]) {
    const found = resolveTarget(world2, job.targetId);
    if (!found.ok) {
      failJob(world2, job, `error during connect: ${job.targetId} is not running`, sink);
      continue;
    }
    const registry = world2.registries.get(job.registryId);
    if (!registry || !registry.available) {
      failJob(world2, job, unreachableError(job.registryId), sink);
      continue;
    }
    const store = found.target.store;
    const active = [];
    for (const t2 of job.transfers) {
      if (done(t2)) continue;
      if (job.kind === "pull") {
        if (storeHasLayer(store, t2.digest)) {
          t2.doneKiB = t2.sizeMiB * 1024;
          continue;
        }
        const key = `${job.targetId}|${t2.digest}`;
        const owner = claimed.get(key);
        if (owner !== void 0 && owner !== job.id) continue;
        if (active.length < MAX_CONCURRENT_DOWNLOADS) claimed.set(key, job.id);
      }
      if (active.length < MAX_CONCURRENT_DOWNLOADS) active.push(t2);
    }
    const hostId = found.target.host.id;
    const regHost = registry.kind === "private" ? registryHostId(world2, registry) : null;
    const r2 = { job, hostId, registryHostId: regHost !== null && regHost !== hostId ? regHost : null, active };
    if (regHost !== hostId) addStreams(streams, hostId, active.length);
    if (r2.registryHostId !== null) addStreams(streams, r2.registryHostId, active.length);
    if (registry.sharedMiBps !== void 0) addStreams(links, linkKey(job), active.length);
    routes.push(r2);
  }
  return routes;
}
function share(world2, streams, hostId) {
  const host = world2.hosts.get(hostId);
  if (!host || host.state !== "up") return 0;
  return nicMiBps(host.nicMbps) / Math.max(1, streams.get(hostId) ?? 1);
}
function advanceTransfers(world2, sink) {
  if (world2.jobs.size === 0) {
    for (const host of world2.hosts.values()) if (host.metrics.nicUsedMiBps !== 0) host.metrics.nicUsedMiBps = 0;
    return;
  }
  syncPrivateRegistries(world2);
  const streams = /* @__PURE__ */ new Map();
  const links = /* @__PURE__ */ new Map();
  const routes = route(world2, sink, streams, links);
  for (const host of world2.hosts.values()) host.metrics.nicUsedMiBps = 0;
  for (const { job, hostId, registryHostId: registryHostId2, active } of routes) {
    if (job.state !== "running") continue;
    const registry = world2.registries.get(job.registryId);
    if (!registry) continue;
    let rate = registry.perLayerMiBps;
    const loopback = registry.kind === "private" && registryHostId2 === null;
    if (!loopback) rate = Math.min(rate, share(world2, streams, hostId));
    if (registryHostId2 !== null) rate = Math.min(rate, share(world2, streams, registryHostId2));
    if (registry.sharedMiBps !== void 0) rate = Math.min(rate, registry.sharedMiBps / Math.max(1, links.get(linkKey(job)) ?? 1));
    const perStreamKiB = Math.max(1, Math.floor(rate * 1024));
    let diskFull = false;
    for (const t2 of active) {
      const before = t2.doneKiB;
      t2.started = true;
      t2.doneKiB = Math.min(t2.sizeMiB * 1024, t2.doneKiB + perStreamKiB);
      const moved = (t2.doneKiB - before) / 1024;
      const host = world2.hosts.get(hostId);
      if (host && !loopback) host.metrics.nicUsedMiBps += moved;
      const regHost = registryHostId2 !== null ? world2.hosts.get(registryHostId2) : void 0;
      if (regHost) regHost.metrics.nicUsedMiBps += moved;
      if (job.kind === "pull" && done(t2)) {
        const found = resolveTarget(world2, job.targetId);
        if (!found.ok) continue;
        if (targetDiskUsedMiB(world2, found.target) + t2.sizeMiB > found.target.diskMiB) diskFull = true;
        else addLayerToStore(world2, found.target.store, t2.digest);
      }
    }
    if (diskFull) {
      failJob(world2, job, `failed to register layer: write /var/lib/docker/overlay2/${job.id}/diff: no space left on device`, sink);
      continue;
    }
    if (jobComplete(job)) finishJob(world2, job, sink);
  }
}

// shared/sim/systems/resources.ts
var filledFor = null;
var filledTick = -1;
var anyEnded = false;
var wantedNow = { wanted: new Float64Array(0), ended: new Uint8Array(0), anyEnded: false };
var scratch2 = null;
function scratchFor(n) {
  if (scratch2 && scratch2.size >= n) return scratch2;
  const size2 = Math.max(64, n * 2);
  scratch2 = {
    size: size2,
    cpuCap: new Float64Array(size2),
    cpuWanted: new Float64Array(size2),
    memCap: new Float64Array(size2),
    memUsed: new Float64Array(size2),
    diskCap: new Float64Array(size2),
    diskUsed: new Float64Array(size2),
    level: new Float64Array(size2),
    speed: new Float64Array(size2),
    kernels: [],
    vms: [],
    ended: new Uint8Array(size2)
  };
  return scratch2;
}
function fairShareLevel(demands, capacity) {
  demands.sort((a, b) => a - b);
  let remaining = capacity;
  let n = demands.length;
  for (const d of demands) {
    if (d * n <= remaining) {
      remaining -= d;
      n--;
    } else {
      return remaining / n;
    }
  }
  return Infinity;
}
var hostScratch = null;
function hostScratchFor(n) {
  if (hostScratch && hostScratch.size >= n) return hostScratch;
  const size2 = Math.max(64, n * 2);
  hostScratch = { size: size2, wanted: new Float64Array(size2), committed: new Float64Array(size2), guestMem: new Float64Array(size2), vmDisk: new Float64Array(size2), used: new Float64Array(size2) };
  return hostScratch;
}
function kernelLog2(k, line) {
  k.log.push(line);
  if (k.log.length > 200) k.log.splice(0, k.log.length - 200);
}
function oomScore(c, capacityMiB) {
  if (c.oomScoreAdj <= -1e3) return -Infinity;
  return Math.min(1e3, c.metrics.memoryUsageMiB * 1e3 / Math.max(1, capacityMiB)) + c.oomScoreAdj;
}
function markEnded(ki) {
  if (scratch2) scratch2.ended[ki] = 1;
  anyEnded = true;
}
function kernelCpuWantedNow(world2) {
  if (!scratch2 || filledFor !== world2 || filledTick !== world2.tick) return null;
  wantedNow.wanted = scratch2.cpuWanted;
  wantedNow.ended = scratch2.ended;
  wantedNow.anyEnded = anyEnded;
  return wantedNow;
}
function oomKill(world2, c, k, reason, sink) {
  const pid = hostPid(c, 0);
  const rssKiB = Math.round(c.metrics.memoryUsageMiB * 1024);
  kernelLog2(
    k,
    reason === "cgroup" ? `Memory cgroup out of memory: Killed process ${pid} (${c.profile.command}) total-vm:${rssKiB + 4096}kB, anon-rss:${rssKiB}kB, oom_score_adj:${c.oomScoreAdj}` : `Out of memory: Killed process ${pid} (${c.profile.command}) total-vm:${rssKiB + 4096}kB, anon-rss:${rssKiB}kB, oom_score_adj:${c.oomScoreAdj}`
  );
  endRun(world2, c, EXIT_SIGKILL, "OOMKilled", true);
  markEnded(c.kernelIndex);
  sink.happened(world2.tick, "container-oom-killed", c.name, reason === "cgroup" ? "memory limit reached" : `${k.id} out of memory`);
}
function advanceResources(world2, sink) {
  const nk = world2.nextIndex.kernel;
  const s = scratchFor(nk);
  const topo = topologyOf(world2);
  s.kernels.length = 0;
  s.vms.length = 0;
  s.ended.fill(0, 0, nk);
  anyEnded = false;
  filledFor = world2;
  filledTick = world2.tick;
  for (let i = 0; i < nk; i++) {
    s.cpuWanted[i] = 0;
    s.memUsed[i] = 0;
    s.diskUsed[i] = 0;
    s.level[i] = -1;
    s.speed[i] = 1e3;
    s.cpuCap[i] = 0;
    s.memCap[i] = 0;
    s.diskCap[i] = 0;
  }
  for (let ki = 0; ki < nk; ki++) {
    const k = topo.kernel[ki];
    if (!k) continue;
    s.kernels[ki] = k;
    if (k.state !== "up" || k.owner.kind !== "host") continue;
    const h = topo.kernelHost[ki];
    if (!h) continue;
    s.cpuCap[k.index] = h.cores * 1e3 - CONTAINER_HOST_OS.cpuMillis;
    s.memCap[k.index] = h.memoryMiB - CONTAINER_HOST_OS.memoryMiB;
    s.diskCap[k.index] = h.diskMiB;
    s.diskUsed[k.index] = CONTAINER_HOST_OS.osDiskMiB + h.store.layersMiB;
  }
  for (const vm of world2.vms.values()) {
    const k = topo.vmKernel[vm.index];
    if (!k || k.state !== "up" || k.owner.kind !== "vm") continue;
    s.vms[k.index] = vm;
    const g = GUEST_OS[vm.os];
    s.cpuCap[k.index] = vm.vcpus * 1e3 - g.idleCpuMillis;
    s.memCap[k.index] = vm.memoryMiB - g.memoryMiB;
    s.diskCap[k.index] = vm.diskMiB;
    s.diskUsed[k.index] = g.osDiskMiB + vm.store.layersMiB;
  }
  for (const v of world2.volumes.values()) {
    if (v.driver !== "local" || v.hostId === null) continue;
    const k = world2.kernels.get(`kernel-${v.hostId}`);
    if (k) s.diskUsed[k.index] = (s.diskUsed[k.index] ?? 0) + v.usedMiB;
  }
  let anyWrites = false;
  for (const c of world2.containers.values()) {
    const ki = c.kernelIndex;
    s.diskUsed[ki] = (s.diskUsed[ki] ?? 0) + c.metrics.writableMiB;
    if (c.state !== "running") continue;
    const m = c.metrics;
    m.memoryUsageMiB += c.profile.memoryGrowthMiB;
    if (c.memoryLimitMiB > 0 && m.memoryUsageMiB > c.memoryLimitMiB) {
      const k = s.kernels[ki];
      if (k) oomKill(world2, c, k, "cgroup", sink);
      continue;
    }
    const w = c.profile.writeKiB / 1024;
    if (w > 0) {
      anyWrites = true;
      const mount = c.profile.dataPath ? c.mounts.find((mt) => mt.path === c.profile.dataPath) : void 0;
      const vol = mount ? world2.volumes.get(mount.volume) : void 0;
      if (vol) vol.usedMiB += w;
      else m.writableMiB += w;
      s.diskUsed[ki] = (s.diskUsed[ki] ?? 0) + w;
    }
    const wanted = c.profile.cpuMillis + m.trafficCpuMillis;
    m.cpuDemandMillis = wanted;
    const capped = c.cpuLimitMillis > 0 && wanted > c.cpuLimitMillis ? c.cpuLimitMillis : wanted;
    m.throttledPermille = wanted > 0 ? Math.round((wanted - capped) * 1e3 / wanted) : 0;
    m.cpuUsedMillis = capped;
    m.starvedPermille = 0;
    s.cpuWanted[ki] = (s.cpuWanted[ki] ?? 0) + capped;
    s.memUsed[ki] = (s.memUsed[ki] ?? 0) + m.memoryUsageMiB;
  }
  const nh = world2.nextIndex.host;
  const hs = hostScratchFor(nh);
  for (let i = 0; i < nh; i++) {
    hs.wanted[i] = 0;
    hs.committed[i] = 0;
    hs.guestMem[i] = 0;
    hs.vmDisk[i] = 0;
    hs.used[i] = 0;
  }
  for (const vm of world2.vms.values()) {
    const h = topo.vmHost[vm.index];
    if (!h) continue;
    hs.vmDisk[h.index] = (hs.vmDisk[h.index] ?? 0) + vm.diskMiB;
    if (vm.state === "shut-off" || vm.state === "crashed" || !h.hypervisor) {
      vm.metrics.cpuDemandMillis = 0;
      vm.metrics.cpuUsedMillis = 0;
      vm.metrics.stealPermille = 0;
      continue;
    }
    const hv = HYPERVISOR[h.hypervisor];
    const ki = topo.vmKernel[vm.index]?.index ?? -1;
    const inner = ki >= 0 ? s.cpuWanted[ki] ?? 0 : 0;
    const base2 = vm.state === "booting" || vm.state === "shutting-down" ? 1e3 : GUEST_OS[vm.os].idleCpuMillis;
    vm.metrics.cpuDemandMillis = Math.min(vm.vcpus * 1e3, base2 + inner);
    hs.wanted[h.index] = (hs.wanted[h.index] ?? 0) + vm.metrics.cpuDemandMillis;
    hs.committed[h.index] = (hs.committed[h.index] ?? 0) + vm.memoryMiB + hv.perVmMiB + hv.perVcpuMiB * vm.vcpus;
    hs.guestMem[h.index] = (hs.guestMem[h.index] ?? 0) + vm.memoryMiB;
  }
  let anySlowed = false;
  for (const vm of world2.vms.values()) {
    const h = topo.vmHost[vm.index];
    if (!h || !h.hypervisor || vm.state === "shut-off" || vm.state === "crashed") continue;
    const hv = HYPERVISOR[h.hypervisor];
    const cpuCap = h.state === "up" ? Math.floor(h.cores * 1e3 * (1e3 - hv.cpuOverheadPermille) / 1e3) : 0;
    const wanted = hs.wanted[h.index] ?? 0;
    const overcommit = Math.max(0, hv.memoryMiB + (hs.committed[h.index] ?? 0) - h.memoryMiB);
    const guestMem = hs.guestMem[h.index] ?? 0;
    const d = vm.metrics.cpuDemandMillis;
    const granted = wanted > cpuCap ? Math.floor(d * cpuCap / wanted) : d;
    vm.metrics.cpuUsedMillis = granted;
    vm.metrics.stealPermille = d > 0 ? Math.round((d - granted) * 1e3 / d) : 0;
    vm.metrics.swappedPermille = guestMem > 0 ? Math.min(1e3, Math.round(overcommit * 1e3 / guestMem)) : 0;
    hs.used[h.index] = (hs.used[h.index] ?? 0) + granted;
    const ki = topo.vmKernel[vm.index]?.index ?? -1;
    if (ki >= 0) {
      const forProcesses = Math.max(0, granted - GUEST_OS[vm.os].idleCpuMillis);
      s.cpuCap[ki] = Math.min(s.cpuCap[ki] ?? 0, forProcesses);
      const speed = vmSpeedPermille(vm);
      s.speed[ki] = speed;
      if (speed < 1e3) anySlowed = true;
    }
  }
  for (const h of world2.hosts.values()) {
    if (h.role !== "hypervisor" || !h.hypervisor) continue;
    const hv = HYPERVISOR[h.hypervisor];
    const overhead2 = h.state === "up" ? h.cores * hv.cpuOverheadPermille : 0;
    const committed = hv.memoryMiB + (hs.committed[h.index] ?? 0);
    const overcommit = Math.max(0, committed - h.memoryMiB);
    h.metrics.cpuDemandMillis = (hs.wanted[h.index] ?? 0) + overhead2;
    h.metrics.cpuUsedMillis = (hs.used[h.index] ?? 0) + overhead2;
    h.metrics.memoryUsedMiB = Math.min(h.memoryMiB, committed);
    h.metrics.memoryOvercommitMiB = overcommit;
    h.metrics.swapUsedMiB = Math.min(h.swapMiB, overcommit);
    h.metrics.diskUsedMiB = hv.osDiskMiB + (hs.vmDisk[h.index] ?? 0);
  }
  let anyContended = false;
  for (let i = 0; i < nk; i++) {
    if ((s.cpuWanted[i] ?? 0) > (s.cpuCap[i] ?? 0)) {
      s.level[i] = 0;
      anyContended = true;
    }
  }
  if (anyContended) {
    const wants = /* @__PURE__ */ new Map();
    for (const c of world2.containers.values()) {
      if (c.state !== "running" || (s.level[c.kernelIndex] ?? -1) < 0) continue;
      let list4 = wants.get(c.kernelIndex);
      if (!list4) wants.set(c.kernelIndex, list4 = []);
      list4.push(c.metrics.cpuUsedMillis);
    }
    for (const [ki, list4] of wants) s.level[ki] = fairShareLevel(list4, s.cpuCap[ki] ?? 0);
  }
  const overMemory = [];
  for (let i = 0; i < nk; i++) if ((s.memUsed[i] ?? 0) > (s.memCap[i] ?? 0) && s.kernels[i]?.state === "up") overMemory.push(i);
  const diskFull = [];
  if (anyWrites) {
    for (let i = 0; i < nk; i++) if ((s.diskUsed[i] ?? 0) > (s.diskCap[i] ?? 0) && (s.diskCap[i] ?? 0) > 0) diskFull.push(i);
  }
  if (anyContended || anySlowed) for (const c of world2.containers.values()) {
    if (c.state !== "running") continue;
    const ki = c.kernelIndex;
    if ((s.level[ki] ?? -1) < 0 && (s.speed[ki] ?? 1e3) >= 1e3) continue;
    const m = c.metrics;
    const capped = m.cpuUsedMillis;
    const level2 = s.level[ki] ?? -1;
    let granted = level2 >= 0 && capped > level2 ? Math.floor(level2) : capped;
    const speed = s.speed[ki] ?? 1e3;
    if (speed < 1e3) granted = Math.floor(granted * speed / 1e3);
    m.cpuUsedMillis = granted;
    m.starvedPermille = capped > 0 ? Math.round((capped - granted) * 1e3 / capped) : 0;
  }
  for (const ki of diskFull) {
    const k = s.kernels[ki];
    if (!k) continue;
    for (const c of world2.containers.values()) {
      if (c.kernelIndex !== ki || c.state !== "running" || c.profile.writeKiB <= 0) continue;
      const w = Math.min(c.profile.writeKiB / 1024, Math.max(0, (s.diskUsed[ki] ?? 0) - (s.diskCap[ki] ?? 0)));
      const mount = c.profile.dataPath ? c.mounts.find((mt) => mt.path === c.profile.dataPath) : void 0;
      const vol = mount ? world2.volumes.get(mount.volume) : void 0;
      if (vol) vol.usedMiB -= w;
      else c.metrics.writableMiB -= w;
      s.diskUsed[ki] = (s.diskUsed[ki] ?? 0) - w;
      const path = c.profile.dataPath ?? "/var/log/app.log";
      logLine(c, `${c.profile.command}: write ${path}: no space left on device`);
      endRun(world2, c, 1, "no space left on device", false);
      markEnded(ki);
      sink.happened(world2.tick, "container-disk-full", c.name, `${k.owner.id} disk full`);
    }
  }
  for (const ki of overMemory) {
    const k = s.kernels[ki];
    if (!k) continue;
    const cap = s.memCap[ki] ?? 0;
    let used = s.memUsed[ki] ?? 0;
    while (used > cap) {
      let victim = null;
      let best = -Infinity;
      for (const c of world2.containers.values()) {
        if (c.kernelIndex !== ki || c.state !== "running") continue;
        const score = oomScore(c, cap);
        if (score > best) {
          best = score;
          victim = c;
        }
      }
      if (!victim) break;
      used -= victim.metrics.memoryUsageMiB;
      oomKill(world2, victim, k, "global", sink);
    }
    s.memUsed[ki] = used;
  }
  for (const h of world2.hosts.values()) {
    if (h.role !== "container-host" || !h.kernelId) continue;
    const k = topo.hostKernel[h.index];
    if (!k) continue;
    const ki = k.index;
    h.metrics.cpuDemandMillis = (s.cpuWanted[ki] ?? 0) + CONTAINER_HOST_OS.cpuMillis;
    h.metrics.cpuUsedMillis = Math.min(h.cores * 1e3, (s.cpuWanted[ki] ?? 0) > (s.cpuCap[ki] ?? 0) ? h.cores * 1e3 : (s.cpuWanted[ki] ?? 0) + CONTAINER_HOST_OS.cpuMillis);
    h.metrics.memoryUsedMiB = Math.min(h.memoryMiB, (s.memUsed[ki] ?? 0) + CONTAINER_HOST_OS.memoryMiB);
    h.metrics.diskUsedMiB = s.diskUsed[ki] ?? 0;
  }
  for (const vm of world2.vms.values()) {
    const k = topo.vmKernel[vm.index];
    if (!k) continue;
    vm.metrics.memoryUsedMiB = vm.state === "shut-off" ? 0 : Math.min(vm.memoryMiB, GUEST_OS[vm.os].memoryMiB + (s.memUsed[k.index] ?? 0));
    vm.metrics.diskUsedMiB = s.diskUsed[k.index] ?? GUEST_OS[vm.os].osDiskMiB;
  }
}

// shared/sim/k8s/eviction.ts
function noExecuteSince(node) {
  let since = -1;
  for (const t2 of node.taints) if (t2.effect === "NoExecute" && (since < 0 || t2.sinceTick < since)) since = t2.sinceTick;
  return since;
}
function evictPod(world2, pod, source, reason) {
  if (pod.deletionTick >= 0) return;
  recordEvent(world2, { type: "Normal", reason, object: `pod/${pod.name}`, message: `Marking for deletion Pod default/${pod.name}`, source });
  deletePod(world2, pod);
}
function advanceEviction(world2, _sink) {
  const k8s = world2.k8s;
  let due2 = null;
  for (const node of k8s.nodes.values()) {
    const since = noExecuteSince(node);
    if (since >= 0 && world2.tick - since >= k8s.evictionTolerationTicks) (due2 ??= /* @__PURE__ */ new Set()).add(node.name);
  }
  if (!due2) return;
  for (const pod of k8s.pods.values()) {
    if (pod.nodeName !== null && pod.deletionTick < 0 && due2.has(pod.nodeName)) {
      evictPod(world2, pod, "taint-eviction-controller", "TaintManagerEviction");
    }
  }
}

// shared/sim/k8s/kubeletImage.ts
function goDuration(seconds) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m}m${s}s` : `${s}s`;
}
function event(world2, pod, type, reason, message) {
  recordEvent(world2, { type, reason, object: `pod/${pod.name}`, message, source: "kubelet" });
}
function pullError(sink, targetId) {
  for (let i = sink.events.length - 1; i >= 0; i--) {
    const e = sink.events[i];
    if (e && e.kind === "happening" && e.type === "pull-failed" && e.subject === targetId) return e.detail;
  }
  return "context canceled";
}
function pullFailed(world2, pod, error) {
  const message = `Failed to pull image "${pod.spec.image}": rpc error: code = Unknown desc = ${error}`;
  event(world2, pod, "Warning", "Failed", message);
  event(world2, pod, "Warning", "Failed", "Error: ErrImagePull");
  pod.status = "ErrImagePull";
  pod.statusMessage = message;
  pod.pullBackoffSeconds = pod.pullBackoffSeconds === 0 ? K8S_BACKOFF_INITIAL_SECONDS : Math.min(K8S_BACKOFF_MAX_SECONDS, pod.pullBackoffSeconds * 2);
  pod.backoffUntilTick = world2.tick + pod.pullBackoffSeconds;
  return null;
}
function enterPullBackOff(world2, pod) {
  if (pod.status !== "ErrImagePull") return;
  pod.status = "ImagePullBackOff";
  pod.statusMessage = `Back-off pulling image "${pod.spec.image}"`;
  event(world2, pod, "Normal", "BackOff", pod.statusMessage);
  event(world2, pod, "Warning", "Failed", "Error: ImagePullBackOff");
}
function ensureImage2(world2, pod, target, sink) {
  const image2 = pod.spec.image;
  const ref = parseImageRef(image2);
  if (!ref) return pullFailed(world2, pod, `invalid reference format: "${image2}"`);
  const key = refKey(ref);
  const have = target.store.tags[key];
  if (pod.pullJobId !== null) {
    if (world2.jobs.has(pod.pullJobId)) return null;
    pod.pullJobId = null;
    if (!have) return pullFailed(world2, pod, pullError(sink, target.id));
    const took = goDuration(world2.tick - pod.pullStartedTick);
    event(world2, pod, "Normal", "Pulled", `Successfully pulled image "${image2}" in ${took} (${took} including waiting)`);
    pod.pullBackoffSeconds = 0;
    return have;
  }
  if (have) {
    event(world2, pod, "Normal", "Pulled", `Container image "${image2}" already present on machine`);
    return have;
  }
  const plan2 = planPull(world2, target, image2);
  if (!plan2.ok) {
    event(world2, pod, "Normal", "Pulling", `Pulling image "${image2}"`);
    return pullFailed(world2, pod, plan2.error);
  }
  event(world2, pod, "Normal", "Pulling", `Pulling image "${image2}"`);
  if (plan2.missing.length === 0) {
    const img = world2.images.get(plan2.imageId);
    for (const d of img?.layers ?? []) addLayerToStore(world2, target.store, d);
    setTag(target.store, plan2.key, plan2.imageId);
    event(world2, pod, "Normal", "Pulled", `Successfully pulled image "${image2}" in 0s (0s including waiting)`);
    return plan2.imageId;
  }
  let job = null;
  for (const j of world2.jobs.values()) if (j.kind === "pull" && j.targetId === target.id && j.imageRef === plan2.key) job = j;
  job ??= startJob(world2, {
    kind: "pull",
    targetId: target.id,
    registry: plan2.registry,
    imageRef: plan2.key,
    imageId: plan2.imageId,
    missing: plan2.missing,
    allLayers: plan2.allLayers,
    commandId: null,
    actor: "kubelet",
    line: `kubelet: pull ${image2}`
  });
  pod.pullJobId = job.id;
  pod.pullStartedTick = world2.tick;
  pod.status = "ContainerCreating";
  pod.statusMessage = "";
  return null;
}

// shared/sim/k8s/kubelet.ts
function event2(world2, pod, type, reason, message) {
  recordEvent(world2, { type, reason, object: `pod/${pod.name}`, message, source: "kubelet" });
}
function podRef(pod) {
  return `${pod.name}_default(${pod.uid})`;
}
function terminate(world2, pod, c) {
  if (c && c.state === "running") {
    if (pod.status !== "Terminating") {
      pod.status = "Terminating";
      event2(world2, pod, "Normal", "Killing", `Stopping container ${pod.spec.name}`);
    }
    if (world2.tick < pod.deletionTick + Math.min(pod.deletionGraceTicks, K8S_APP_SHUTDOWN_TICKS)) return;
    stopContainer(world2, c);
  }
  removePodContainers(world2, pod);
  removePod(world2, pod);
}
function running(world2, pod, c) {
  pod.phase = "Running";
  pod.status = "Running";
  pod.statusMessage = "";
  if (pod.ready) return;
  const probeDelay = pod.spec.readinessDelayTicks;
  const appReady = Math.max(probeDelay, c.profile.readyAfterTicks ?? 0);
  const up = c.metrics.uptimeTicks;
  if (up >= appReady) {
    pod.ready = true;
    pod.readySinceTick = world2.tick;
  } else if (probeDelay > 0 && up >= probeDelay && (up - probeDelay) % 10 === 0 && pod.spec.containerPort > 0) {
    const at = `${pod.ip}:${pod.spec.containerPort}`;
    event2(world2, pod, "Warning", "Unhealthy", `Readiness probe failed: Get "http://${at}/": dial tcp ${at}: connect: connection refused`);
  }
}
function observeTermination(world2, pod, c) {
  const reason = c.oomKilled ? "OOMKilled" : c.exitCode === 0 ? "Completed" : "Error";
  pod.lastTermination = { reason, exitCode: c.exitCode, tick: c.finishedTick, startedTick: c.startedTick };
  pod.status = reason;
  pod.statusMessage = "";
  pod.ready = false;
  const forgotten = pod.backoffSeconds > 0 && c.finishedTick - pod.backoffUpdatedTick > K8S_BACKOFF_RESET_TICKS;
  if (pod.backoffSeconds === 0 || forgotten) {
    pod.backoffSeconds = 0;
    pod.backoffUntilTick = world2.tick + 1;
  } else {
    pod.backoffUntilTick = c.finishedTick + pod.backoffSeconds;
  }
}
function inCrashBackOff(world2, pod) {
  if (pod.status !== "CrashLoopBackOff") event2(world2, pod, "Warning", "BackOff", `Back-off restarting failed container ${pod.spec.name} in pod ${podRef(pod)}`);
  pod.status = "CrashLoopBackOff";
  pod.statusMessage = `back-off ${pod.backoffSeconds}s restarting failed container=${pod.spec.name} pod=${podRef(pod)}`;
}
function start(world2, pod, node, target, sink) {
  if (world2.tick < pod.backoffUntilTick) {
    enterPullBackOff(world2, pod);
    return;
  }
  const imageId = ensureImage2(world2, pod, target, sink);
  if (imageId === null) return;
  const env = resolveEnv(world2, pod);
  if (!env.ok) {
    pod.status = "CreateContainerConfigError";
    pod.statusMessage = env.message;
    pod.backoffUntilTick = world2.tick + K8S_BACKOFF_INITIAL_SECONDS;
    event2(world2, pod, "Warning", "Failed", `Error: ${env.message}`);
    return;
  }
  if (pod.containerId !== null) {
    const older = pod.previousContainerId === null ? void 0 : world2.containers.get(pod.previousContainerId);
    if (older) world2.containers.delete(older.id);
    pod.previousContainerId = world2.containers.has(pod.containerId) ? pod.containerId : null;
    pod.restartCount++;
    pod.backoffSeconds = pod.backoffSeconds === 0 ? K8S_BACKOFF_INITIAL_SECONDS : Math.min(K8S_BACKOFF_MAX_SECONDS, pod.backoffSeconds * 2);
    pod.backoffUpdatedTick = pod.lastTermination?.tick ?? world2.tick;
  }
  const refused = runPodContainer(world2, pod, node, target, imageId, env.env);
  event2(world2, pod, "Normal", "Created", `Created container ${pod.spec.name}`);
  if (refused) {
    const c = pod.containerId === null ? void 0 : world2.containers.get(pod.containerId);
    if (c) {
      logLine(c, refused);
      c.state = "exited";
      c.exitCode = 128;
      c.finishedTick = world2.tick;
    }
    pod.status = "RunContainerError";
    pod.statusMessage = `failed to start container "${pod.spec.name}": Error response from daemon: ${refused}`;
    event2(world2, pod, "Warning", "Failed", `Error: ${pod.statusMessage}`);
    return;
  }
  event2(world2, pod, "Normal", "Started", `Started container ${pod.spec.name}`);
  pod.phase = "Running";
  pod.status = "Running";
  pod.statusMessage = "";
}
var checks = /* @__PURE__ */ new WeakMap();
var pass = 0;
function nodeCheck(world2, node) {
  let check4 = checks.get(node);
  if (!check4) {
    check4 = { pass: -1, up: false, target: false };
    checks.set(node, check4);
  }
  if (check4.pass !== pass) {
    check4.pass = pass;
    check4.up = machineReachability(world2, node.machineId) === "up";
    check4.target = check4.up && resolveTarget(world2, node.machineId).ok;
  }
  return check4;
}
function syncPod(world2, pod, node, targetOk, sink) {
  if (!targetOk) return;
  const c = pod.containerId === null ? void 0 : world2.containers.get(pod.containerId);
  if (pod.deletionTick >= 0) {
    terminate(world2, pod, c);
    return;
  }
  if (pod.startTick < 0) {
    pod.startTick = world2.tick;
    pod.status = "ContainerCreating";
    return;
  }
  if (c && c.state === "running") {
    running(world2, pod, c);
    return;
  }
  if (c && c.finishedTick >= 0 && pod.lastTermination?.tick !== c.finishedTick) {
    observeTermination(world2, pod, c);
    return;
  }
  if (c && world2.tick < pod.backoffUntilTick && pod.lastTermination?.tick === c.finishedTick) {
    inCrashBackOff(world2, pod);
    return;
  }
  const found = resolveTarget(world2, node.machineId);
  if (found.ok) start(world2, pod, node, found.target, sink);
}
function advanceKubelets(world2, sink) {
  const k8s = world2.k8s;
  reapOrphans(world2);
  if (k8s.pods.size === 0) return;
  pass++;
  for (const pod of k8s.pods.values()) {
    if (pod.nodeName == null) continue;
    const node = k8s.nodes.get(pod.nodeName);
    if (!node) {
      removePodContainers(world2, pod);
      removePod(world2, pod);
      continue;
    }
    const check4 = nodeCheck(world2, node);
    if (!check4.up) continue;
    syncPod(world2, pod, node, check4.target, sink);
  }
}

// shared/sim/k8s/scheduler/framework.ts
var MAX_NODE_SCORE = 100;
function numFeasibleNodesToFind(total) {
  if (total < 100) return total;
  const pct3 = Math.max(5, 50 - Math.floor(total / 125));
  return Math.max(100, Math.floor(total * pct3 / 100));
}
var feasibleBuf = new Int32Array(64);
var totalBuf = new Float64Array(64);
var pluginBufs = [];
var skipped = [];
function ensure(n, plugins) {
  if (feasibleBuf.length < n) {
    feasibleBuf = new Int32Array(n * 2);
    totalBuf = new Float64Array(n * 2);
    pluginBufs = [];
  }
  while (pluginBufs.length < plugins) pluginBufs.push(new Float64Array(feasibleBuf.length));
}
var Failures = class {
  constructor() {
    this.reasons = null;
    this.unresolvable = 0;
    this.current = null;
  }
  fail(_node, reasons) {
    const m = this.reasons ??= /* @__PURE__ */ new Map();
    for (const r2 of reasons) m.set(r2, (m.get(r2) ?? 0) + 1);
    if (this.current?.unresolvable) this.unresolvable++;
  }
};
var chunkBuf = new Int32Array(64);
var NO_REASONS = /* @__PURE__ */ new Map();
var failures = new Failures();
function runFilters(s, p, filters, start2, need) {
  ensure(s.size, 0);
  if (chunkBuf.length < s.size) chunkBuf = new Int32Array(s.size * 2);
  const feasible = feasibleBuf;
  const chunk = chunkBuf;
  const log = failures;
  log.reasons = null;
  log.unresolvable = 0;
  const n = s.size;
  let count2 = 0;
  let evaluated = 0;
  let next = start2;
  while (count2 < need && evaluated < n) {
    const m = Math.min(need - count2, n - evaluated);
    for (let j = 0; j < m; j++) {
      chunk[j] = next;
      next = next + 1 === n ? 0 : next + 1;
    }
    evaluated += m;
    let kept = m;
    for (let k = 0; k < filters.length && kept > 0; k++) {
      const plugin = filters[k];
      log.current = plugin;
      kept = plugin.filterNodes(s, p, chunk, kept, log);
    }
    for (let j = 0; j < kept; j++) feasible[count2++] = chunk[j];
  }
  return { feasible, count: count2, evaluated, reasons: log.reasons ?? NO_REASONS, unresolvable: log.unresolvable };
}
function defaultNormalize(scores, n, reverse) {
  let max = 0;
  for (let k = 0; k < n; k++) if (scores[k] > max) max = scores[k];
  for (let k = 0; k < n; k++) {
    let v = max === 0 ? 0 : Math.floor(MAX_NODE_SCORE * scores[k] / max);
    if (reverse) v = MAX_NODE_SCORE - v;
    scores[k] = v;
  }
}
function runScores(s, p, plugins, feasible, n) {
  ensure(s.size, plugins.length);
  const total = totalBuf;
  total.fill(0, 0, n);
  for (let k = 0; k < plugins.length; k++) {
    const plugin = plugins[k];
    const buf = pluginBufs[k];
    skipped[k] = plugin.preScore !== void 0 && !plugin.preScore(s, p);
    if (skipped[k]) continue;
    plugin.scoreNodes(s, p, feasible, n, buf);
    plugin.normalize?.(buf, n);
    for (let j = 0; j < n; j++) total[j] = total[j] + buf[j] * plugin.weight;
  }
  return total;
}
function selectHost(s, total, feasible, n) {
  const rank = s.nameRank;
  let best = 0;
  let bestTotal = total[0];
  let bestRank = rank[feasible[0]];
  for (let j = 1; j < n; j++) {
    const t2 = total[j];
    if (t2 < bestTotal) continue;
    const r2 = rank[feasible[j]];
    if (t2 > bestTotal || r2 < bestRank) {
      best = j;
      bestTotal = t2;
      bestRank = r2;
    }
  }
  return best;
}
function fitErrorMessage(total, f2) {
  if (total === 0) return "no nodes available to schedule pods";
  const sorted = (m) => [...m].map(([r2, c]) => `${c} ${r2}`).sort();
  const pre = /* @__PURE__ */ new Map();
  const resolvable = f2.evaluated - f2.count - f2.unresolvable;
  if (resolvable > 0) pre.set("No preemption victims found for incoming pod", resolvable);
  if (f2.unresolvable > 0) pre.set("Preemption is not helpful for scheduling", f2.unresolvable);
  return `0/${total} nodes are available: ${sorted(f2.reasons).join(", ")}. preemption: 0/${total} nodes are available: ${sorted(pre).join(", ")}.`;
}
function schedulePod(s, p, profile2, start2, explain) {
  const n = s.size;
  if (n === 0) return { node: -1, nextStart: 0, evaluated: 0, message: "no nodes available to schedule pods", placement: null };
  const f2 = runFilters(s, p, profile2.filters, start2 % n, numFeasibleNodesToFind(n));
  const nextStart = (start2 + f2.evaluated) % n;
  const evaluated = f2.evaluated;
  if (f2.count === 0) return { node: -1, nextStart, evaluated, message: fitErrorMessage(n, f2), placement: null };
  if (f2.count === 1) {
    const only = f2.feasible[0];
    return { node: only, nextStart, evaluated, message: "", placement: explain ? { total: n, evaluated: f2.evaluated, feasible: 1, score: 0, scores: [], runnerUp: "", runnerUpScore: 0 } : null };
  }
  const total = runScores(s, p, profile2.scores, f2.feasible, f2.count);
  const best = selectHost(s, total, f2.feasible, f2.count);
  const node = f2.feasible[best];
  return { node, nextStart, evaluated, message: "", placement: explain ? explainPlacement(s, profile2, f2, total, best) : null };
}
function explainPlacement(s, profile2, f2, total, best) {
  let second = -1;
  for (let j = 0; j < f2.count; j++) {
    if (j === best) continue;
    if (second < 0 || total[j] > total[second]) second = j;
  }
  return {
    total: s.size,
    evaluated: f2.evaluated,
    feasible: f2.count,
    score: total[best],
    scores: profile2.scores.map((pl, k) => ({ plugin: pl.name, weight: pl.weight, score: pluginBufs[k][best] })).filter((_, k) => !skipped[k]),
    runnerUp: second < 0 ? "" : s.names[f2.feasible[second]],
    runnerUpScore: second < 0 ? 0 : total[second]
  };
}

// shared/sim/k8s/scheduler/plugins/balancedAllocation.ts
function fractionPpm(requested, allocatable) {
  if (allocatable <= 0) return 1e6;
  return Math.min(1e6, Math.floor(requested * 1e6 / allocatable));
}
function balanced(s, p, i) {
  const cpu2 = fractionPpm(s.reqCpu[i] + p.cpu, s.allocCpu[i]);
  const mem = fractionPpm(s.reqMem[i] + p.mem, s.allocMem[i]);
  const std = Math.abs(cpu2 - mem) / 2;
  return Math.floor((1e6 - std) * 100 / 1e6);
}
var balancedAllocation = {
  name: "NodeResourcesBalancedAllocation",
  weight: 1,
  score: balanced,
  scoreNodes: (s, p, nodes, n, out) => {
    for (let j = 0; j < n; j++) out[j] = balanced(s, p, nodes[j]);
  }
};

// shared/sim/k8s/scheduler/plugins/imageLocality.ts
var IMAGE_MIN_MIB = 22;
var IMAGE_MAX_MIB = 954;
function presence(s, key) {
  const cached = s.images.get(key);
  if (cached) return cached;
  const has = new Uint8Array(s.size);
  let count2 = 0;
  for (let i = 0; i < s.size; i++) {
    const store = s.stores[i];
    if (store && store.tags[key] !== void 0) {
      has[i] = 1;
      count2++;
    }
  }
  const made = { has, count: count2 };
  s.images.set(key, made);
  return made;
}
function imageScore(sizeMiB, withImage, total) {
  const spread3 = total > 0 ? Math.floor(sizeMiB * withImage / total) : 0;
  const clamped = Math.min(IMAGE_MAX_MIB, Math.max(IMAGE_MIN_MIB, spread3));
  return Math.floor(100 * (clamped - IMAGE_MIN_MIB) / (IMAGE_MAX_MIB - IMAGE_MIN_MIB));
}
function locality(s, p, i) {
  const img = p.image;
  if (!img || img.has[i] === 0) return 0;
  return imageScore(p.imageSizeMiB, img.count, s.size);
}
var imageLocality = {
  name: "ImageLocality",
  weight: 1,
  preScore: (s, p) => {
    p.image = presence(s, p.imageKey);
    return p.image.count > 0;
  },
  score: locality,
  scoreNodes: (s, p, nodes, n, out) => {
    const img = p.image;
    const bonus = img ? imageScore(p.imageSizeMiB, img.count, s.size) : 0;
    for (let j = 0; j < n; j++) out[j] = img && img.has[nodes[j]] === 1 ? bonus : 0;
  }
};

// shared/sim/k8s/scheduler/plugins/nodeName.ts
var REASON = ["node(s) didn't match the requested node name"];
function check(s, p, i) {
  return p.nodeName !== "" && s.names[i] !== p.nodeName ? REASON : null;
}
var nodeName = {
  name: "NodeName",
  unresolvable: true,
  filter: check,
  filterNodes: (s, p, nodes, n, log) => {
    if (p.nodeName === "") return n;
    let kept = 0;
    for (let j = 0; j < n; j++) {
      const i = nodes[j];
      const r2 = check(s, p, i);
      if (r2 === null) nodes[kept++] = i;
      else log.fail(i, r2);
    }
    return kept;
  }
};

// shared/sim/k8s/scheduler/plugins/nodeResourcesFit.ts
var CPU = ["Insufficient cpu"];
var MEM = ["Insufficient memory"];
var BOTH = ["Insufficient cpu", "Insufficient memory"];
var PODS2 = ["Too many pods"];
function fits(s, p, i) {
  if (s.reqPods[i] + 1 > s.allocPods[i]) return PODS2;
  const cpu2 = p.cpu > 0 && p.cpu > s.allocCpu[i] - s.reqCpu[i];
  const mem = p.mem > 0 && p.mem > s.allocMem[i] - s.reqMem[i];
  if (cpu2) return mem ? BOTH : CPU;
  return mem ? MEM : null;
}
var nodeResourcesFit = {
  name: "NodeResourcesFit",
  unresolvable: false,
  filter: fits,
  filterNodes: (s, p, nodes, n, log) => {
    let kept = 0;
    for (let j = 0; j < n; j++) {
      const i = nodes[j];
      const r2 = fits(s, p, i);
      if (r2 === null) nodes[kept++] = i;
      else log.fail(i, r2);
    }
    return kept;
  }
};
function least(requested, allocatable) {
  if (allocatable <= 0 || requested > allocatable) return 0;
  return Math.floor((allocatable - requested) * 100 / allocatable);
}
function leastScore(s, p, i) {
  const cpu2 = least(s.nzCpu[i] + p.nzCpu, s.allocCpu[i]);
  const mem = least(s.nzMem[i] + p.nzMem, s.allocMem[i]);
  return Math.floor((cpu2 + mem) / 2);
}
var leastAllocated = {
  name: "NodeResourcesFit",
  weight: 1,
  score: leastScore,
  scoreNodes: (s, p, nodes, n, out) => {
    for (let j = 0; j < n; j++) out[j] = leastScore(s, p, nodes[j]);
  }
};

// shared/sim/k8s/scheduler/plugins/nodeUnschedulable.ts
var REASON2 = ["node(s) were unschedulable"];
function check2(s, _p, i) {
  return s.unschedulable[i] === 1 ? REASON2 : null;
}
var nodeUnschedulable = {
  name: "NodeUnschedulable",
  unresolvable: true,
  filter: check2,
  filterNodes: (s, p, nodes, n, log) => {
    if (s.unschedulableCount === 0) return n;
    let kept = 0;
    for (let j = 0; j < n; j++) {
      const i = nodes[j];
      const r2 = check2(s, p, i);
      if (r2 === null) nodes[kept++] = i;
      else log.fail(i, r2);
    }
    return kept;
  }
};

// shared/sim/k8s/scheduler/plugins/podTopologySpread.ts
var HOST_MAX_SKEW = 3;
var ZONE_MAX_SKEW = 5;
function lnPermille(x) {
  const v = Math.max(1, Math.floor(x));
  const bits = 31 - Math.clz32(v);
  const low = 2 ** bits;
  const frac = Math.floor((v - low) * 1e3 / low);
  return Math.floor((bits * 1e3 + frac) * 693 / 1e3);
}
function emptyCounts(s) {
  return {
    node: new Int32Array(s.size),
    zone: new Int32Array(Math.max(1, s.zones)),
    hostWeight: lnPermille(s.size + 2),
    zoneWeight: lnPermille(s.zones + 2)
  };
}
function counts2(s, owner) {
  const cached = s.spread.get(owner);
  if (cached) return cached;
  if (!s.spreadCounted) {
    s.spreadCounted = true;
    const index = /* @__PURE__ */ new Map();
    for (let i = 0; i < s.size; i++) index.set(s.names[i], i);
    for (const p of s.world.k8s.pods.values()) {
      if (p.owner === null || p.nodeName === null || p.deletionTick >= 0) continue;
      const i = index.get(p.nodeName);
      if (i === void 0) continue;
      let c = s.spread.get(p.owner);
      if (!c) s.spread.set(p.owner, c = emptyCounts(s));
      c.node[i] = c.node[i] + 1;
      const z8 = s.zone[i];
      c.zone[z8] = c.zone[z8] + 1;
    }
    const found = s.spread.get(owner);
    if (found) return found;
  }
  const made = emptyCounts(s);
  s.spread.set(owner, made);
  return made;
}
function spread2(s, p, i) {
  const c = p.spread;
  if (!c) return 0;
  const host = c.node[i] * c.hostWeight + (HOST_MAX_SKEW - 1) * 1e3;
  const zone = c.zone[s.zone[i]] * c.zoneWeight + (ZONE_MAX_SKEW - 1) * 1e3;
  return host + zone;
}
var podTopologySpread = {
  name: "PodTopologySpread",
  weight: 2,
  preScore: (s, p) => {
    p.spread = p.owner === null ? null : counts2(s, p.owner);
    return p.spread !== null;
  },
  score: spread2,
  scoreNodes: (s, p, nodes, n, out) => {
    for (let j = 0; j < n; j++) out[j] = spread2(s, p, nodes[j]);
  },
  normalize: (scores, n) => {
    let min = Infinity;
    let max = 0;
    for (let k = 0; k < n; k++) {
      const v = scores[k];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    for (let k = 0; k < n; k++) scores[k] = max === 0 ? 100 : Math.floor(100 * (max + min - scores[k]) / max);
  }
};

// shared/sim/k8s/scheduler/plugins/taintToleration.ts
function tolerates(t2) {
  return t2.effect === "NoExecute" && (t2.key === TAINT_UNREACHABLE || t2.key === TAINT_NOT_READY);
}
function check3(s, _p, i) {
  const taints = s.taints[i];
  if (!taints) return null;
  for (const t2 of taints) {
    if (t2.effect === "PreferNoSchedule" || tolerates(t2)) continue;
    return [`node(s) had untolerated taint {${t2.key}: ${t2.value}}`];
  }
  return null;
}
function preferNoSchedule(s, _p, i) {
  const taints = s.taints[i];
  if (!taints) return 0;
  let n = 0;
  for (const t2 of taints) if (t2.effect === "PreferNoSchedule") n++;
  return n;
}
var taintTolerationFilter = {
  name: "TaintToleration",
  unresolvable: true,
  filter: check3,
  filterNodes: (s, p, nodes, n, log) => {
    if (s.taintedCount === 0) return n;
    let kept = 0;
    for (let j = 0; j < n; j++) {
      const i = nodes[j];
      const r2 = s.taints[i] === null ? null : check3(s, p, i);
      if (r2 === null) nodes[kept++] = i;
      else log.fail(i, r2);
    }
    return kept;
  }
};
var taintTolerationScore = {
  name: "TaintToleration",
  weight: 3,
  preScore: (s) => s.preferNoScheduleCount > 0,
  score: preferNoSchedule,
  scoreNodes: (s, p, nodes, n, out) => {
    for (let j = 0; j < n; j++) out[j] = preferNoSchedule(s, p, nodes[j]);
  },
  normalize: (scores, n) => defaultNormalize(scores, n, true)
};

// shared/sim/k8s/scheduler/profile.ts
var DEFAULT_PROFILE2 = {
  filters: [nodeUnschedulable, nodeName, taintTolerationFilter, nodeResourcesFit],
  scores: [taintTolerationScore, leastAllocated, podTopologySpread, balancedAllocation, imageLocality]
};

// shared/sim/k8s/scheduler/snapshot.ts
function buildSnapshot(world2) {
  const nodes = [...world2.k8s.nodes.values()];
  const size2 = nodes.length;
  const zoneIds = /* @__PURE__ */ new Map();
  const s = {
    world: world2,
    size: size2,
    nodes,
    names: nodes.map((n) => n.name),
    nameRank: new Int32Array(size2),
    allocCpu: new Float64Array(size2),
    allocMem: new Float64Array(size2),
    allocPods: new Float64Array(size2),
    reqCpu: new Float64Array(size2),
    reqMem: new Float64Array(size2),
    reqPods: new Float64Array(size2),
    nzCpu: new Float64Array(size2),
    nzMem: new Float64Array(size2),
    unschedulable: new Uint8Array(size2),
    taints: [],
    unschedulableCount: 0,
    taintedCount: 0,
    preferNoScheduleCount: 0,
    zone: new Int32Array(size2),
    zones: 0,
    stores: [],
    images: /* @__PURE__ */ new Map(),
    spread: /* @__PURE__ */ new Map(),
    spreadCounted: false,
    imageInfo: /* @__PURE__ */ new Map()
  };
  for (let i = 0; i < size2; i++) {
    const n = nodes[i];
    s.allocCpu[i] = n.allocatable.cpuMillis;
    s.allocMem[i] = n.allocatable.memoryMiB;
    s.allocPods[i] = n.allocatable.pods;
    s.reqCpu[i] = n.requested.cpuMillis;
    s.reqMem[i] = n.requested.memoryMiB;
    s.reqPods[i] = n.requested.pods;
    s.nzCpu[i] = n.requested.nonZeroCpuMillis;
    s.nzMem[i] = n.requested.nonZeroMemoryMiB;
    s.unschedulable[i] = n.unschedulable ? 1 : 0;
    if (n.unschedulable) s.unschedulableCount++;
    s.taints.push(n.taints.length ? n.taints : null);
    if (n.taints.length) s.taintedCount++;
    if (n.taints.some((t2) => t2.effect === "PreferNoSchedule")) s.preferNoScheduleCount++;
    const zoneName = n.labels["topology.kubernetes.io/zone"] ?? "";
    let z8 = zoneIds.get(zoneName);
    if (z8 === void 0) zoneIds.set(zoneName, z8 = zoneIds.size);
    s.zone[i] = z8;
    s.stores.push(storeOf(world2, n.machineId));
  }
  s.zones = zoneIds.size;
  const order = s.names.map((_, i) => i).sort((a, b) => s.names[a] < s.names[b] ? -1 : 1);
  order.forEach((i, rank) => {
    s.nameRank[i] = rank;
  });
  return s;
}
function imageOf(world2, text3) {
  const ref = parseImageRef(text3);
  const imageId = ref ? world2.registries.get(ref.registry)?.tags[repoTagKey(ref)] : void 0;
  const image2 = imageId ? world2.images.get(imageId) : void 0;
  let sizeMiB = 0;
  if (image2) for (const d of image2.layers) sizeMiB += world2.layers.get(d)?.sizeMiB ?? 0;
  return { key: ref ? refKey(ref) : text3, sizeMiB };
}
function podInfo(s, pod) {
  const r2 = podRequests(pod.spec);
  let img = s.imageInfo.get(pod.spec.image);
  if (!img) s.imageInfo.set(pod.spec.image, img = imageOf(s.world, pod.spec.image));
  return { pod, owner: pod.owner, cpu: r2.cpuMillis, mem: r2.memoryMiB, nzCpu: r2.nonZeroCpuMillis, nzMem: r2.nonZeroMemoryMiB, imageKey: img.key, imageSizeMiB: img.sizeMiB, nodeName: "", image: null, spread: null };
}
function assume(s, p, i) {
  s.reqCpu[i] = s.reqCpu[i] + p.cpu;
  s.reqMem[i] = s.reqMem[i] + p.mem;
  s.reqPods[i] = s.reqPods[i] + 1;
  s.nzCpu[i] = s.nzCpu[i] + p.nzCpu;
  s.nzMem[i] = s.nzMem[i] + p.nzMem;
  if (p.owner !== null) {
    const c = s.spread.get(p.owner);
    if (c) {
      c.node[i] = c.node[i] + 1;
      const z8 = s.zone[i];
      c.zone[z8] = c.zone[z8] + 1;
    }
  }
}

// shared/sim/k8s/scheduler/cycle.ts
function due(world2, pod) {
  if (world2.tick >= pod.nextScheduleTick) return true;
  const attempted = pod.nextScheduleTick - K8S_SCHEDULER_RETRY_TICKS;
  return world2.k8s.wakeTick >= attempted && world2.tick > attempted;
}
function advanceScheduler(world2, _sink) {
  const k8s = world2.k8s;
  let snap = null;
  for (const pod of k8s.pods.values()) {
    if (pod.nodeName !== null || pod.deletionTick >= 0 || !due(world2, pod)) continue;
    snap ??= buildSnapshot(world2);
    const info = podInfo(snap, pod);
    const d = schedulePod(snap, info, DEFAULT_PROFILE2, k8s.schedulerNextStart, true);
    k8s.schedulerNextStart = d.nextStart;
    if (d.node < 0) {
      pod.unschedulableReason = d.message;
      pod.nextScheduleTick = world2.tick + K8S_SCHEDULER_RETRY_TICKS;
      recordEvent(world2, { type: "Warning", reason: "FailedScheduling", object: `pod/${pod.name}`, message: d.message, source: "default-scheduler" });
      continue;
    }
    const node = snap.nodes[d.node];
    assume(snap, info, d.node);
    bindPod(pod, node);
    pod.placement = d.placement;
    recordEvent(world2, { type: "Normal", reason: "Scheduled", object: `pod/${pod.name}`, message: `Successfully assigned default/${pod.name} to ${node.name}`, source: "default-scheduler" });
  }
}

// shared/sim/k8s/workloads/deployments.ts
var REVISION_HISTORY_LIMIT = 10;
function scale(world2, d, rs, to) {
  if (rs.replicas === to) return;
  const dir = to > rs.replicas ? "up" : "down";
  recordEvent(world2, {
    type: "Normal",
    reason: "ScalingReplicaSet",
    object: `deployment/${d.name}`,
    message: `Scaled ${dir} replica set ${rs.name} to ${to} from ${rs.replicas}`,
    source: "deployment-controller"
  });
  rs.replicas = to;
  d.lastProgressTick = world2.tick;
}
function maxRevision(sets) {
  let max = 0;
  for (const rs of sets) max = Math.max(max, rs.revision);
  return max;
}
function startRollout(world2, d, revision) {
  d.revision = revision;
  d.changeCauses[revision] = d.changeCause;
  d.rolloutStartedTick = world2.tick;
  d.lastProgressTick = world2.tick;
  d.progressDeadlineExceeded = false;
}
function ensureNewReplicaSet(world2, d, sets) {
  const hash = templateHash(d.template);
  const name3 = `${d.name}-${hash}`;
  const top = maxRevision(sets);
  const existing = world2.k8s.replicaSets.get(name3);
  if (existing) {
    if (existing.revision < top) {
      delete d.changeCauses[existing.revision];
      existing.revision = top + 1;
      startRollout(world2, d, top + 1);
    }
    return existing;
  }
  const { surge } = resolveFenceposts(d.maxSurge, d.maxUnavailable, d.replicas);
  let current3 = 0;
  for (const rs2 of sets) current3 += rs2.replicas;
  const initial = Math.max(0, Math.min(d.replicas + surge - current3, d.replicas));
  const rs = {
    name: name3,
    deployment: d.name,
    revision: top + 1,
    templateHash: hash,
    template: cloneTemplate(d.template),
    replicas: initial,
    createdTick: world2.tick
  };
  world2.k8s.replicaSets.set(name3, rs);
  sets.push(rs);
  startRollout(world2, d, rs.revision);
  if (initial > 0) {
    recordEvent(world2, { type: "Normal", reason: "ScalingReplicaSet", object: `deployment/${d.name}`, message: `Scaled up replica set ${name3} to ${initial}`, source: "deployment-controller" });
  }
  return rs;
}
function reconcileNew(world2, d, newRS, sets, surge) {
  if (newRS.replicas >= d.replicas) {
    scale(world2, d, newRS, d.replicas);
    return;
  }
  let current3 = 0;
  for (const rs of sets) current3 += rs.replicas;
  const room = d.replicas + surge - current3;
  if (room <= 0) return;
  scale(world2, d, newRS, newRS.replicas + Math.min(room, d.replicas - newRS.replicas));
}
function reconcileOld(world2, d, newRS, sets, byOwner, unavailable) {
  const old = sets.filter((rs) => rs !== newRS && rs.replicas > 0);
  if (old.length === 0) return;
  const minAvailable = d.replicas - unavailable;
  let all = 0;
  let available = 0;
  for (const rs of sets) {
    all += rs.replicas;
    available += rsCounts(byOwner.get(rs.name)).available;
  }
  const newUnavailable = Math.max(0, newRS.replicas - rsCounts(byOwner.get(newRS.name)).available);
  const maxScaledDown = all - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return;
  let cleaned = 0;
  for (const rs of old) {
    if (cleaned >= maxScaledDown) break;
    const unhealthy = rs.replicas - rsCounts(byOwner.get(rs.name)).available;
    if (unhealthy <= 0) continue;
    const down = Math.min(maxScaledDown - cleaned, unhealthy);
    scale(world2, d, rs, rs.replicas - down);
    cleaned += down;
  }
  let budget = available - minAvailable;
  for (const rs of old) {
    if (budget <= 0) break;
    if (rs.replicas === 0) continue;
    const down = Math.min(rs.replicas, budget);
    scale(world2, d, rs, rs.replicas - down);
    budget -= down;
  }
}
function pruneHistory(world2, newRS, sets, byOwner) {
  const empty = sets.filter((rs) => rs !== newRS && rs.replicas === 0 && (byOwner.get(rs.name)?.length ?? 0) === 0);
  const extra = empty.length - REVISION_HISTORY_LIMIT;
  for (let i = 0; i < extra; i++) world2.k8s.replicaSets.delete(empty[i].name);
}
function trackProgress(world2, d, newRS, sets, byOwner) {
  if (d.rolloutStartedTick < 0) return;
  const newPods = byOwner.get(newRS.name) ?? [];
  for (const p of newPods) if (p.ready && p.readySinceTick > d.lastProgressTick) d.lastProgressTick = p.readySinceTick;
  const counts3 = rsCounts(newPods);
  let others = 0;
  for (const rs of sets) if (rs !== newRS) others += rs.replicas + (byOwner.get(rs.name)?.length ?? 0);
  if (newRS.replicas === d.replicas && counts3.current === d.replicas && counts3.available >= d.replicas && others === 0) {
    d.rolloutStartedTick = -1;
    d.progressDeadlineExceeded = false;
    return;
  }
  if (!d.progressDeadlineExceeded && world2.tick - d.lastProgressTick > d.progressDeadlineTicks) {
    d.progressDeadlineExceeded = true;
    recordEvent(world2, {
      type: "Warning",
      reason: "ProgressDeadlineExceeded",
      object: `deployment/${d.name}`,
      message: `ReplicaSet "${newRS.name}" has timed out progressing.`,
      source: "deployment-controller"
    });
  }
}
function syncDeployments(world2, byOwner) {
  for (const d of world2.k8s.deployments.values()) {
    const sets = replicaSetsOf(world2, d.name);
    const newRS = ensureNewReplicaSet(world2, d, sets);
    const { surge, unavailable } = resolveFenceposts(d.maxSurge, d.maxUnavailable, d.replicas);
    reconcileNew(world2, d, newRS, sets, surge);
    reconcileOld(world2, d, newRS, sets, byOwner, unavailable);
    pruneHistory(world2, newRS, sets, byOwner);
    trackProgress(world2, d, newRS, sets, byOwner);
  }
}

// shared/sim/k8s/workloads/hpa.ts
var HPA_SYNC_TICKS = 15;
var HPA_DOWNSCALE_WINDOW_TICKS = 300;
var HPA_TOLERANCE_PERMILLE = 100;
function podsOf(world2, d) {
  const out = [];
  for (const p of world2.k8s.pods.values()) {
    if (p.owner === null || !isActive(p)) continue;
    if (world2.k8s.replicaSets.get(p.owner)?.deployment === d.name) out.push(p);
  }
  return out;
}
function cpuUtilization(world2, pods) {
  const r2 = { percent: -1, usedMillis: 0, requestedMillis: 0, ready: 0, unready: 0, unreadyRequestedMillis: 0, missingRequest: null };
  for (const p of pods) {
    if (p.spec.cpuRequestMillis <= 0) return { ...r2, missingRequest: p };
    if (!p.ready || p.containerId === null) {
      r2.unready++;
      r2.unreadyRequestedMillis += p.spec.cpuRequestMillis;
      continue;
    }
    r2.usedMillis += world2.containers.get(p.containerId)?.metrics.cpuUsedMillis ?? 0;
    r2.requestedMillis += p.spec.cpuRequestMillis;
    r2.ready++;
  }
  if (r2.ready > 0) r2.percent = Math.round(r2.usedMillis * 100 / r2.requestedMillis);
  return r2;
}
var withinTolerance = (ratioPermille) => Math.abs(ratioPermille - 1e3) <= HPA_TOLERANCE_PERMILLE;
function recommend(current3, r2, target) {
  const ratio = Math.round(r2.usedMillis * 1e5 / (r2.requestedMillis * target));
  if (r2.unready === 0 || ratio < 1e3) return withinTolerance(ratio) ? current3 : Math.ceil(ratio * r2.ready / 1e3);
  const spread3 = Math.round(r2.usedMillis * 1e5 / ((r2.requestedMillis + r2.unreadyRequestedMillis) * target));
  if (spread3 <= 1e3 || withinTolerance(spread3)) return current3;
  return Math.ceil(spread3 * (r2.ready + r2.unready) / 1e3);
}
function rescale(world2, hpa, d, to, reason) {
  recordEvent(world2, { type: "Normal", reason: "SuccessfulRescale", object: `horizontalpodautoscaler/${hpa.name}`, message: `New size: ${to}; reason: ${reason}`, source: "horizontal-pod-autoscaler" });
  d.replicas = to;
  hpa.lastScaleTick = world2.tick;
}
function evaluate(world2, hpa) {
  const d = world2.k8s.deployments.get(hpa.deployment);
  if (!d) {
    hpa.currentCpuPercent = -1;
    recordEvent(world2, { type: "Warning", reason: "FailedGetScale", object: `horizontalpodautoscaler/${hpa.name}`, message: `deployments/scale.apps "${hpa.deployment}" not found`, source: "horizontal-pod-autoscaler" });
    return;
  }
  if (d.replicas === 0) return;
  if (d.replicas < hpa.minReplicas || d.replicas > hpa.maxReplicas) {
    const to = d.replicas < hpa.minReplicas ? hpa.minReplicas : hpa.maxReplicas;
    rescale(world2, hpa, d, to, d.replicas < hpa.minReplicas ? "Current number of replicas below Spec.MinReplicas" : "Current number of replicas above Spec.MaxReplicas");
    return;
  }
  const pods = podsOf(world2, d);
  const util = cpuUtilization(world2, pods);
  hpa.currentCpuPercent = util.percent;
  if (util.missingRequest) {
    recordEvent(world2, {
      type: "Warning",
      reason: "FailedGetResourceMetric",
      object: `horizontalpodautoscaler/${hpa.name}`,
      message: `failed to get cpu utilization: missing request for cpu in container ${util.missingRequest.spec.name} of Pod ${util.missingRequest.name}`,
      source: "horizontal-pod-autoscaler"
    });
    return;
  }
  if (util.percent < 0) return;
  const raw = recommend(d.replicas, util, hpa.targetCpuPercent);
  hpa.recent.push({ tick: world2.tick, replicas: raw });
  while (hpa.recent.length > 0 && hpa.recent[0].tick <= world2.tick - HPA_DOWNSCALE_WINDOW_TICKS) hpa.recent.shift();
  let desired = raw;
  if (raw < d.replicas) {
    for (const r2 of hpa.recent) desired = Math.max(desired, r2.replicas);
    desired = Math.min(desired, d.replicas);
  }
  desired = Math.min(desired, Math.max(d.replicas * 2, d.replicas + 4));
  desired = Math.max(hpa.minReplicas, Math.min(hpa.maxReplicas, desired));
  if (desired === d.replicas) return;
  rescale(world2, hpa, d, desired, desired > d.replicas ? "cpu resource utilization (percentage of request) above target" : "All metrics below target");
}
function syncAutoscalers(world2) {
  for (const hpa of world2.k8s.hpas.values()) {
    if ((world2.tick - hpa.createdTick) % HPA_SYNC_TICKS !== 0) continue;
    evaluate(world2, hpa);
  }
}

// shared/sim/k8s/workloads/replicaSets.ts
var PHASE_RANK = { Pending: 0, Failed: 1, Succeeded: 1, Running: 2 };
function deleteFirst(a, b) {
  if (a.nodeName === null !== (b.nodeName === null)) return a.nodeName === null ? -1 : 1;
  if (PHASE_RANK[a.phase] !== PHASE_RANK[b.phase]) return PHASE_RANK[a.phase] - PHASE_RANK[b.phase];
  if (a.ready !== b.ready) return a.ready ? 1 : -1;
  if (a.ready && a.readySinceTick !== b.readySinceTick) return b.readySinceTick - a.readySinceTick;
  if (a.restartCount !== b.restartCount) return b.restartCount - a.restartCount;
  if (a.createdTick !== b.createdTick) return b.createdTick - a.createdTick;
  return a.name < b.name ? 1 : -1;
}
function freshPodName(world2, rs) {
  for (; ; ) {
    const name3 = `${rs.name}-${podSuffix(world2)}`;
    if (!world2.k8s.pods.has(name3)) return name3;
  }
}
function createReplicaPods(world2, rs, count2) {
  for (let i = 0; i < count2; i++) {
    const name3 = freshPodName(world2, rs);
    createPod(world2, {
      name: name3,
      owner: rs.name,
      labels: { ...rs.template.labels, "pod-template-hash": rs.templateHash },
      spec: rs.template.container,
      templateHash: rs.templateHash
    });
    recordEvent(world2, { type: "Normal", reason: "SuccessfulCreate", object: `replicaset/${rs.name}`, message: `Created pod: ${name3}`, source: "replicaset-controller" });
  }
}
function syncReplicaSets(world2, byOwner) {
  for (const rs of world2.k8s.replicaSets.values()) {
    const pods = byOwner.get(rs.name) ?? [];
    const diff = rs.replicas - pods.length;
    if (diff > 0) {
      createReplicaPods(world2, rs, diff);
    } else if (diff < 0) {
      const victims = [...pods].sort(deleteFirst).slice(0, -diff);
      for (const p of victims) {
        deletePod(world2, p);
        recordEvent(world2, { type: "Normal", reason: "SuccessfulDelete", object: `replicaset/${rs.name}`, message: `Deleted pod: ${p.name}`, source: "replicaset-controller" });
      }
    }
  }
}

// shared/sim/k8s/workloads/controllers.ts
function advanceWorkloads(world2, sink) {
  const k8s = world2.k8s;
  if (!k8s.enabled) return;
  if (k8s.deployments.size > 0 || k8s.replicaSets.size > 0) {
    const byOwner = podsByOwner(world2);
    syncDeployments(world2, byOwner);
    syncReplicaSets(world2, byOwner);
  }
  advanceRolloutWatches(world2, sink);
}
function advanceAutoscalers(world2, _sink) {
  if (!world2.k8s.enabled || world2.k8s.hpas.size === 0) return;
  syncAutoscalers(world2);
}

// shared/sim/k8s/systems/controlPlane.ts
function advanceControlPlane(world2, sink) {
  if (!world2.k8s.enabled) return;
  advanceNodeLifecycle(world2, sink);
  advanceEviction(world2, sink);
  advanceWorkloads(world2, sink);
  advanceScheduler(world2, sink);
  advanceKubelets(world2, sink);
  advanceAutoscalers(world2, sink);
}

// shared/sim/ops/systems/incidents.ts
function reimaged(world2, host) {
  removeContainersOnTarget(world2, host.id);
  host.store = emptyStore();
  for (const inc of world2.ops.incidents.values()) {
    if (inc.kind === "container-escape" && inc.data.scope === "kernel" && inc.data.machine === host.id) inc.data.cleaned = true;
  }
}
function fireSchedule(world2, sink) {
  const ops = world2.ops;
  while (ops.nextScheduled < ops.schedule.length) {
    const s = ops.schedule[ops.nextScheduled];
    if (!s || s.atTick > world2.tick) break;
    ops.nextScheduled++;
    const checked = checkInjection(world2, s.kind, s.target, s.variant);
    if (checked.ok) openIncident(world2, checked.def, s.target, checked.variant, s.source, sink);
    else sink.happened(world2.tick, "incident-skipped", s.target, checked.error);
  }
}
function fireChance(world2, sink) {
  const r2 = world2.ops.random;
  if (r2.perHour <= 0 || r2.kinds.length === 0 || world2.tick < r2.afterTick) return;
  if (nextInt(world2, 36e5) < Math.round(r2.perHour * 1e3)) openRandomIncident(world2, r2.kinds, sink);
}
function advanceIncidents(world2, sink) {
  const ops = world2.ops;
  if (ops.reboots.size > 0 || ops.outages.size > 0 || ops.nicRepairs.size > 0) advanceOutages(world2, sink, (host) => reimaged(world2, host));
  if (ops.nextScheduled < ops.schedule.length) fireSchedule(world2, sink);
  fireChance(world2, sink);
  if (ops.incidents.size === 0) return;
  for (const inc of ops.incidents.values()) {
    const def = KINDS2[inc.kind];
    if (def.tick && inc.data.effectDone !== true) def.tick(world2, inc, sink);
  }
  let view = null;
  for (const inc of ops.incidents.values()) {
    if (inc.state !== "open") continue;
    if (inc.detectedTick < 0) detectFromCommands(world2, inc);
    view ??= new TickView(world2);
    if (!KINDS2[inc.kind].isResolved(view, inc)) continue;
    inc.state = "resolved";
    inc.resolvedTick = world2.tick;
    sink.happened(world2.tick, "incident-resolved", inc.id, `${inc.kind} ${inc.target} after ${world2.tick - inc.openedTick}s`);
  }
}

// shared/sim/services/systems/traffic.ts
var rrShare = roundRobinShare;
var workersMillis2 = concurrencyMillis;
function advanceTraffic(world2, _sink) {
  if (world2.services.size === 0) return;
  const ix = buildBackendIndex(world2);
  for (let i = 0; i < ix.services.length; i++) {
    const s = ix.services[i];
    const list4 = ix.backends[i];
    if (!s || !list4) continue;
    const rps = offeredRps(world2.seed, s, i, world2.tick);
    s.metrics.offeredRps = rps;
    const n = list4.length + (ix.unreachable[i] ?? 0);
    for (let j = 0; j < list4.length; j++) {
      const c = list4[j];
      if (!c) continue;
      const share2 = rrShare(rps, n, j, world2.tick);
      if (share2 === 0) continue;
      const m = c.metrics;
      m.offeredRps += share2;
      const room = Math.max(0, workersMillis2(c) - c.profile.cpuMillis);
      m.trafficCpuMillis = Math.min(room, m.trafficCpuMillis + share2 * s.cpuPerRequestMilli);
    }
  }
}

// shared/sim/services/systems/serving.ts
var rrShare2 = roundRobinShare;
var serve = serveBackend;
var setsP95 = countsForP95;
var kernelReading = readKernelAt;
var result = emptyServing();
var cpu = { slowdownPermille: 1e3, speedPermille: 1e3, contended: false };
function serveService(world2, ix, i, load, topo) {
  const s = ix.services[i];
  const list4 = ix.backends[i] ?? [];
  const rps = s.metrics.offeredRps;
  const unreachable = ix.unreachable[i] ?? 0;
  const n = list4.length + unreachable;
  let served = 0;
  let timeouts = 0;
  let errorsMilli = 0;
  let goodMilli = 0;
  let p95 = 0;
  let weightedP95 = 0;
  let maxRho = 0;
  for (let j = 0; j < list4.length; j++) {
    const c = list4[j];
    if (!c) continue;
    const share2 = rrShare2(rps, n, j, world2.tick);
    if (c.state !== "running") {
      timeouts += share2;
      continue;
    }
    kernelReading(topo, load, c.kernelIndex);
    cpu.slowdownPermille = load.slowdown[c.kernelIndex] ?? 1e3;
    cpu.speedPermille = load.speed[c.kernelIndex] ?? 1e3;
    cpu.contended = load.contended[c.kernelIndex] === 1;
    const r2 = serve(result, c, s, share2, cpu);
    c.metrics.servedRps += r2.served;
    served += r2.served;
    timeouts += r2.timeouts;
    errorsMilli += r2.errorsMilli;
    goodMilli += r2.goodMilli;
    if (r2.rhoPermille > maxRho) maxRho = r2.rhoPermille;
    weightedP95 += r2.p95Ms * r2.served;
    if (setsP95(share2, rps) && r2.p95Ms > p95) p95 = r2.p95Ms;
  }
  const m = s.metrics;
  m.servedRps = served;
  m.errorRps = rps - served;
  m.timeoutRps = timeouts;
  m.latencyMsP95 = served > 0 ? Math.max(p95, Math.round(weightedP95 / served)) : 0;
  m.healthyBackends = list4.length;
  m.utilisationPermille = maxRho;
  m.cause = failureCause(ix, i, rps, unreachable, timeouts, errorsMilli);
  s.totals.requests += rps;
  s.totals.served += served;
  s.totals.failed += rps - served;
  s.totals.slow += Math.max(0, Math.round((served * 1e3 - goodMilli) / 1e3));
  recordWindow(s, goodMilli, rps * 1e3);
}
function failureCause(ix, i, rps, unreachable, timeouts, errorsMilli) {
  if (rps === 0) return "";
  if (ix.selectors[i] === null) return "no-k8s-service";
  if ((ix.backends[i]?.length ?? 0) === 0) return unreachable > 0 ? "unreachable-endpoints" : "no-backends";
  if (unreachable > 0) return "unreachable-endpoints";
  if (timeouts > 0) return "overload";
  if (errorsMilli > 0) return "app-errors";
  return "";
}
function advanceServing(world2, _sink) {
  if (world2.services.size === 0) return;
  const ix = currentBackendIndex(world2);
  if (!ix) return;
  const nk = world2.nextIndex.kernel;
  const load = kernelLoadFor(nk);
  const counted = kernelCpuWantedNow(world2);
  if (counted) {
    load.wanted.set(counted.wanted.subarray(0, nk));
    if (counted.anyEnded) {
      load.marked.set(counted.ended.subarray(0, nk));
      sumMarkedKernels(world2, load);
    }
  } else {
    let any = false;
    for (const list4 of ix.backends) {
      for (const c of list4) {
        load.marked[c.kernelIndex] = 1;
        any = true;
      }
    }
    if (any) sumMarkedKernels(world2, load);
  }
  const topo = topologyOf(world2);
  for (let i = 0; i < ix.services.length; i++) serveService(world2, ix, i, load, topo);
}

// shared/sim/ops/alertRules.ts
var RULES = {
  ContainerOOMKilled: { severity: "warning", forTicks: 0 },
  ContainerExited: { severity: "warning", forTicks: 0 },
  ContainerRestarting: { severity: "warning", forTicks: 0 },
  ContainerCrashLooping: { severity: "critical", forTicks: 0 },
  ContainerCpuStarved: { severity: "warning", forTicks: 60 },
  CPUThrottlingHigh: { severity: "warning", forTicks: 60 },
  HostDown: { severity: "critical", forTicks: 30 },
  HostHighCpu: { severity: "warning", forTicks: 60 },
  MemoryPressure: { severity: "warning", forTicks: 10 },
  HostSwapping: { severity: "warning", forTicks: 30 },
  DiskAlmostFull: { severity: "warning", forTicks: 0 },
  VmDown: { severity: "critical", forTicks: 30 },
  HighCpuSteal: { severity: "warning", forTicks: 60 },
  NodeNotReady: { severity: "critical", forTicks: 0 },
  KubePodCrashLooping: { severity: "critical", forTicks: 0 },
  ImagePullBackOff: { severity: "warning", forTicks: 0 },
  ImagePullFailed: { severity: "warning", forTicks: 0 },
  RegistryUnreachable: { severity: "critical", forTicks: 30 },
  RegistryRateLimited: { severity: "warning", forTicks: 0 },
  HighLatency: { severity: "warning", forTicks: 60 },
  ErrorBudgetBurn: { severity: "critical", forTicks: 0 },
  SecurityBreach: { severity: "critical", forTicks: 0 },
  SecretLeaked: { severity: "critical", forTicks: 0 }
};
var MARK_WINDOW = { ContainerOOMKilled: 300, ImagePullFailed: 600 };
var RECENT_RESTART_TICKS = 300;
var FAST_BURN = 10;
var BURN_WINDOW_TICKS = 300;
function containerSubject(c) {
  const pod = c.labels["io.kubernetes.pod.name"];
  return pod !== void 0 ? `pod/${pod}` : qualifiedName(c);
}
function suspicious(c, tick) {
  if (c.state === "running") return c.metrics.starvedPermille >= 200 || c.metrics.throttledPermille >= 250 || c.restartCount > 0 && tick - c.finishedTick <= 2 * RECENT_RESTART_TICKS;
  if (c.state === "exited") return c.exitCode !== 0 && !c.stoppedByUser;
  return c.state === "restarting";
}
function containers(world2, emit) {
  const tick = world2.tick;
  const k8s = world2.k8s.enabled;
  const kernels = topologyOf(world2).kernel;
  for (const c of world2.containers.values()) {
    if (!suspicious(c, tick)) continue;
    const k = kernels[c.kernelIndex];
    if (!k || k.state !== "up") continue;
    const pod = k8s && c.labels["io.kubernetes.pod.name"] !== void 0;
    if (c.state === "running") {
      if (c.metrics.starvedPermille >= 200) emit("ContainerCpuStarved", containerSubject(c), { subject: containerSubject(c), percent: Math.round(c.metrics.starvedPermille / 10) });
      if (c.metrics.throttledPermille >= 250) emit("CPUThrottlingHigh", containerSubject(c), { subject: containerSubject(c), percent: Math.round(c.metrics.throttledPermille / 10) });
    }
    if (pod) continue;
    if (c.state === "exited") {
      emit("ContainerExited", qualifiedName(c), { subject: qualifiedName(c), code: c.exitCode });
      continue;
    }
    if (c.restartCount > 0) {
      const age = tick - c.finishedTick;
      if (c.restartBackoff >= 3 || c.restartCount >= 3 && age <= 2 * RECENT_RESTART_TICKS) emit("ContainerCrashLooping", qualifiedName(c), { subject: qualifiedName(c), restarts: c.restartCount });
      else if (age <= RECENT_RESTART_TICKS) emit("ContainerRestarting", qualifiedName(c), { subject: qualifiedName(c), restarts: c.restartCount });
    }
  }
}
function machines(world2, emit) {
  const topo = topologyOf(world2);
  for (const h of world2.hosts.values()) {
    const k = h.kernelId ? topo.hostKernel[h.index] : void 0;
    if (h.state !== "up" || h.partitioned || h.role === "container-host" && k && k.state !== "up") {
      emit("HostDown", h.id, { subject: h.id });
      continue;
    }
    const m = h.metrics;
    if (m.cpuDemandMillis >= h.cores * 950) emit("HostHighCpu", h.id, { subject: h.id, percent: Math.round(m.cpuDemandMillis / (h.cores * 10)) });
    if (h.role === "container-host" && m.memoryUsedMiB * 100 >= h.memoryMiB * 90) emit("MemoryPressure", h.id, { subject: h.id, percent: Math.floor(m.memoryUsedMiB * 100 / h.memoryMiB) });
    if (m.swapUsedMiB > 0) emit("HostSwapping", h.id, { subject: h.id, swapMiB: Math.round(m.swapUsedMiB) });
    if (m.diskUsedMiB * 10 >= h.diskMiB * 9) emit("DiskAlmostFull", h.id, { subject: h.id, percent: Math.floor(m.diskUsedMiB * 100 / h.diskMiB) });
  }
  for (const vm of world2.vms.values()) {
    const h = topo.vmHost[vm.index];
    if (!h || h.state !== "up" || h.partitioned) continue;
    const k = topo.vmKernel[vm.index];
    if (vm.state === "crashed" || vm.state === "running" && k && k.state !== "up") {
      emit("VmDown", vm.name, { subject: vm.name });
      continue;
    }
    if (vm.state !== "running") continue;
    if (vm.metrics.stealPermille >= 100) emit("HighCpuSteal", vm.name, { subject: vm.name, percent: Math.round(vm.metrics.stealPermille / 10) });
    if (vm.metrics.diskUsedMiB * 10 >= vm.diskMiB * 9) emit("DiskAlmostFull", vm.name, { subject: vm.name, percent: Math.floor(vm.metrics.diskUsedMiB * 100 / vm.diskMiB) });
  }
}
function cluster2(world2, emit) {
  const k8s = world2.k8s;
  if (!k8s.enabled) return;
  for (const n of k8s.nodes.values()) if (!n.ready) emit("NodeNotReady", `node/${n.name}`, { subject: n.name });
  for (const p of k8s.pods.values()) {
    if (p.status === "CrashLoopBackOff") emit("KubePodCrashLooping", `pod/${p.name}`, { subject: p.name, restarts: p.restartCount });
    else if (p.status === "ImagePullBackOff" || p.status === "ErrImagePull") emit("ImagePullBackOff", `pod/${p.name}`, { subject: p.name, image: p.spec.image });
  }
}
function outside(world2, emit) {
  for (const r2 of world2.registries.values()) {
    if (!r2.available && (r2.kind === "public" || r2.containerId !== null)) emit("RegistryUnreachable", r2.id, { subject: r2.id });
    else if (r2.available && r2.pullError) emit("RegistryRateLimited", r2.id, { subject: r2.id });
  }
  for (const s of world2.services.values()) {
    if (s.metrics.offeredRps > 0 && s.metrics.latencyMsP95 > s.slo.latencyMs) emit("HighLatency", s.name, { subject: s.name, latency: Math.round(s.metrics.latencyMsP95), slo: s.slo.latencyMs });
    const { good, total } = windowCounts(s, BURN_WINDOW_TICKS);
    const budget = 1e3 - s.slo.availabilityPermille;
    if (total > 0 && budget > 0 && (total - good) * 1e3 >= FAST_BURN * budget * total) {
      emit("ErrorBudgetBurn", s.name, { subject: s.name, errors: Math.round((total - good) * 1e3 / total) / 10, burn: Math.floor((total - good) * 1e3 / (budget * total)) });
    }
  }
  for (const inc of world2.ops.incidents.values()) {
    if (inc.state !== "open") continue;
    if (inc.kind === "container-escape") {
      emit("SecurityBreach", breachSubject(inc), { subject: breachSubject(inc), container: str(inc, "container"), uid: inc.data.uid === 0 ? "root (uid 0)" : `uid ${String(inc.data.uid)}` });
    } else if (inc.kind === "secret-leak" && str(inc, "badRef")) {
      emit("SecretLeaked", str(inc, "badRef"), { subject: str(inc, "badRef"), key: str(inc, "key") });
    }
  }
}
function marks(world2, emit) {
  const ops = world2.ops;
  for (const [key, m] of ops.marks) {
    const keep = MARK_WINDOW[m.rule] ?? 300;
    if (world2.tick - m.tick > keep) ops.marks.delete(key);
    else emit(m.rule, m.subject, m.params);
  }
}
function evaluateRules(world2, emit) {
  containers(world2, emit);
  machines(world2, emit);
  cluster2(world2, emit);
  outside(world2, emit);
  marks(world2, emit);
}

// shared/sim/ops/systems/alerts.ts
function markHappenings(world2, sink) {
  let oomNames = null;
  for (const e of sink.events) {
    if (e.kind !== "happening" || e.tick !== world2.tick) continue;
    if (e.type === "container-oom-killed") (oomNames ??= /* @__PURE__ */ new Set()).add(e.subject);
    else if (e.type === "pull-failed") markEvent(world2, "ImagePullFailed", e.subject, { subject: e.subject, image: "", error: e.detail.split("\n")[0] ?? "" });
  }
  if (!oomNames) return;
  for (const c of world2.containers.values()) {
    if (!oomNames.has(c.name) || !c.oomKilled || c.finishedTick !== world2.tick) continue;
    markEvent(world2, "ContainerOOMKilled", containerSubject(c), { subject: containerSubject(c), limit: limitText(c) });
  }
}
function limitText(c) {
  return c.memoryLimitMiB > 0 ? `${c.memoryLimitMiB}MiB limit` : "no limit: the kernel ran out of memory";
}
function fire(world2, key, rule, subject, params, sink) {
  const ops = world2.ops;
  const spec = RULES[rule];
  const alert = {
    id: `A${ops.nextAlert++}`,
    rule,
    subject,
    severity: spec?.severity ?? "warning",
    summary: translate("en", `ops.alert.${rule}`, params),
    params,
    firingSinceTick: world2.tick,
    lastTrueTick: world2.tick,
    resolvedTick: -1,
    ackedBy: null,
    ackedTick: -1
  };
  ops.alerts.set(alert.id, alert);
  ops.firing.set(key, alert.id);
  sink.happened(world2.tick, "alert-firing", subject, `${alert.id} ${rule}`);
}
function prune(world2) {
  let resolved = 0;
  for (const a of world2.ops.alerts.values()) if (a.resolvedTick >= 0) resolved++;
  if (resolved <= RESOLVED_ALERTS_KEPT) return;
  for (const [id2, a] of world2.ops.alerts) {
    if (resolved <= RESOLVED_ALERTS_KEPT) break;
    if (a.resolvedTick < 0) continue;
    world2.ops.alerts.delete(id2);
    resolved--;
  }
}
function advanceAlerts(world2, sink) {
  markHappenings(world2, sink);
  if (world2.tick % ALERT_EVAL_TICKS !== 0) return;
  const ops = world2.ops;
  for (const r2 of world2.registries.values()) {
    if (r2.kind === "private") {
      syncPrivateRegistries(world2);
      break;
    }
  }
  const seen = /* @__PURE__ */ new Set();
  evaluateRules(world2, (rule, subject, params) => {
    const key = `${rule}|${subject}`;
    if (seen.has(key)) return;
    seen.add(key);
    const firingId = ops.firing.get(key);
    const firing = firingId !== void 0 ? ops.alerts.get(firingId) : void 0;
    if (firing) {
      firing.lastTrueTick = world2.tick;
      return;
    }
    const since = ops.pending.get(key) ?? world2.tick;
    if (world2.tick - since >= (RULES[rule]?.forTicks ?? 0)) {
      ops.pending.delete(key);
      fire(world2, key, rule, subject, params, sink);
    } else if (!ops.pending.has(key)) {
      ops.pending.set(key, since);
    }
  });
  for (const key of [...ops.pending.keys()]) if (!seen.has(key)) ops.pending.delete(key);
  let resolvedAny = false;
  for (const [key, id2] of [...ops.firing]) {
    if (seen.has(key)) continue;
    ops.firing.delete(key);
    const a = ops.alerts.get(id2);
    if (!a) continue;
    a.resolvedTick = world2.tick;
    resolvedAny = true;
    sink.happened(world2.tick, "alert-resolved", a.subject, `${a.id} ${a.rule}`);
  }
  if (resolvedAny) prune(world2);
}

// shared/sim/ops/systems/history.ts
var STALE_TICKS = HISTORY_CAPACITY * HISTORY_EVERY_TICKS;
var GROUPS = HISTORY_EVERY_TICKS;
function newSeries(history2, key) {
  const s = { everyTicks: HISTORY_EVERY_TICKS, samples: [], capacity: HISTORY_CAPACITY, lastTick: -1 };
  history2.set(key, s);
  return s;
}
function write(s, value, tick) {
  s.samples.push(Math.round(value));
  if (s.samples.length > s.capacity) s.samples.shift();
  s.lastTick = tick;
}
function put(world2, key, value) {
  const history2 = world2.ops.history;
  write(history2.get(key) ?? newSeries(history2, key), value, world2.tick);
}
var caches = /* @__PURE__ */ new WeakMap();
function restamp(world2, out) {
  const n = world2.nextIndex;
  const same2 = out[0] === n.host && out[1] === world2.hosts.size && out[2] === n.vm && out[3] === world2.vms.size && out[4] === n.container && out[5] === world2.containers.size;
  if (same2) return false;
  out[0] = n.host;
  out[1] = world2.hosts.size;
  out[2] = n.vm;
  out[3] = world2.vms.size;
  out[4] = n.container;
  out[5] = world2.containers.size;
  return true;
}
function emptyGroups() {
  const g = [];
  for (let i = 0; i < GROUPS; i++) g.push([]);
  return g;
}
function entryFor(old, next, of, keys) {
  const known = old[of.index];
  const e = known && known.of === of ? known : { of, keys: keys(), series: [], gen: -1 };
  next[of.index] = e;
  return e;
}
function cacheFor(world2) {
  let cache2 = caches.get(world2);
  if (!cache2 || cache2.history !== world2.ops.history) {
    cache2 = { history: world2.ops.history, gen: 0, stamp: [], hosts: [], vms: [], containers: [], hostEntries: [], vmEntries: [], containerEntries: [] };
    caches.set(world2, cache2);
  }
  if (!restamp(world2, cache2.stamp)) return cache2;
  cache2.hosts = emptyGroups();
  cache2.vms = emptyGroups();
  cache2.containers = emptyGroups();
  const hosts = [];
  const vms = [];
  const containers2 = [];
  for (const h of world2.hosts.values()) {
    cache2.hosts[h.index % GROUPS]?.push(entryFor(cache2.hostEntries, hosts, h, () => [`${h.id}.cpu`, `${h.id}.memory`, `${h.id}.disk`]));
  }
  for (const vm of world2.vms.values()) {
    cache2.vms[vm.index % GROUPS]?.push(entryFor(cache2.vmEntries, vms, vm, () => [`${vm.name}.steal`]));
  }
  for (const c of world2.containers.values()) {
    cache2.containers[c.index % GROUPS]?.push(entryFor(cache2.containerEntries, containers2, c, () => [`${c.targetId}/${c.name}.cpu`, `${c.targetId}/${c.name}.memory`]));
  }
  cache2.hostEntries = hosts;
  cache2.vmEntries = vms;
  cache2.containerEntries = containers2;
  return cache2;
}
function sample(cache2, e, i, value, tick) {
  if (e.gen !== cache2.gen) {
    e.series.length = 0;
    e.gen = cache2.gen;
  }
  let s = e.series[i];
  if (!s) {
    const key = e.keys[i];
    s = cache2.history.get(key) ?? newSeries(cache2.history, key);
    e.series[i] = s;
  }
  write(s, value, tick);
}
function hasLabels(labels) {
  for (const _ in labels) return true;
  return false;
}
function prune2(world2) {
  let dropped = false;
  for (const [key, s] of world2.ops.history) {
    if (world2.tick - s.lastTick > STALE_TICKS) {
      world2.ops.history.delete(key);
      dropped = true;
    }
  }
  const cache2 = caches.get(world2);
  if (dropped && cache2) cache2.gen++;
}
function advanceHistory(world2, _sink) {
  const phase = world2.tick % HISTORY_EVERY_TICKS;
  const tick = world2.tick;
  const cache2 = cacheFor(world2);
  for (const e of cache2.hosts[phase] ?? []) {
    const h = e.of;
    const up = h.state === "up";
    sample(cache2, e, 0, up ? h.metrics.cpuUsedMillis : 0, tick);
    sample(cache2, e, 1, up ? h.metrics.memoryUsedMiB : 0, tick);
    sample(cache2, e, 2, h.metrics.diskUsedMiB, tick);
  }
  for (const e of cache2.vms[phase] ?? []) {
    if (e.of.state !== "running") continue;
    sample(cache2, e, 0, e.of.metrics.stealPermille, tick);
  }
  const all = world2.containers.size <= HISTORY_ALL_CONTAINERS_UP_TO;
  for (const e of cache2.containers[phase] ?? []) {
    const c = e.of;
    if (c.state !== "running") continue;
    if (!all && !hasLabels(c.labels)) continue;
    sample(cache2, e, 0, c.metrics.cpuUsedMillis, tick);
    sample(cache2, e, 1, c.metrics.memoryUsageMiB, tick);
  }
  if (phase === 0) {
    for (const s of world2.services.values()) {
      put(world2, `${s.name}.rps`, s.metrics.servedRps);
      put(world2, `${s.name}.latency`, s.metrics.latencyMsP95);
      put(world2, `${s.name}.errors`, s.metrics.errorRps);
    }
    if (world2.tick % STALE_TICKS === 0) prune2(world2);
  }
}

// shared/sim/level/serviceChecks.ts
function warming(filled, size2) {
  return { met: false, violated: false, progress: `${clock(filled)}/${clock(size2)}` };
}
function windowAvailability(state) {
  const w = state.ring;
  if (!w || w.sumB <= 0) return 1e5;
  return Math.floor(w.sumA * 1e5 / w.sumB);
}
function checkAvailability(world2, c, state) {
  const w = state.ring;
  const s = world2.services.get(c.service);
  if (!w) return { met: false, violated: false, progress: "" };
  const r2 = s ? runRequests(s) : { good: w.prevA, total: w.prevB };
  pushWindow(w, r2.good - w.prevA, r2.total - w.prevB);
  w.prevA = r2.good;
  w.prevB = r2.total;
  if (!windowFull(w)) return warming(w.filled, w.a.length);
  const ok2 = w.sumB === 0 || w.sumA * 1e5 >= c.minMilliPercent * w.sumB;
  return { met: ok2, violated: !ok2, progress: `${percentText(windowAvailability(state))} ${ok2 ? ">=" : "<"} ${targetText(c.minMilliPercent)}` };
}
function checkLatency(world2, c, state) {
  const w = state.ring;
  const s = world2.services.get(c.service);
  if (!w) return { met: false, violated: false, progress: "" };
  const l = s ? tickLatency(s) : { ms: 0, weight: 0 };
  pushWindow(w, l.ms * l.weight, l.weight);
  if (!windowFull(w)) return warming(w.filled, w.a.length);
  const mean = w.sumB > 0 ? Math.round(w.sumA / w.sumB) : 0;
  const ok2 = mean <= c.maxMs;
  return { met: ok2, violated: !ok2, progress: `${mean}ms ${ok2 ? "<=" : ">"} ${c.maxMs}ms` };
}

// shared/sim/level/checks.ts
var verdict = (met, progress) => ({ met, violated: !met, progress });
function matchesLabels(c, selector) {
  for (const k in selector) if (c.labels[k] !== selector[k]) return false;
  return true;
}
function countRunning(world2, c) {
  let n = 0;
  for (const ct of world2.containers.values()) {
    if (ct.state !== "running") continue;
    if (c.image && ct.imageRef !== c.image) continue;
    if (c.on && ct.targetId !== c.on) continue;
    if (c.machine === "bare-metal" && ct.targetId !== ct.hostId) continue;
    if (c.machine === "vm" && ct.targetId === ct.hostId) continue;
    if (!matchesLabels(ct, c.selector)) continue;
    n++;
  }
  return n;
}
function countHosts(world2) {
  let n = world2.economy.orders.length;
  for (const h of world2.hosts.values()) if (h.state === "up") n++;
  return n;
}
function checkIncident(world2, c) {
  let matched2 = 0;
  let open = "";
  for (const inc of world2.ops.incidents.values()) {
    if (c.incidentId ? inc.id !== c.incidentId : inc.kind !== c.incidentKind) continue;
    matched2++;
    if (inc.state !== "resolved" && !open) open = inc.id;
  }
  if (matched2 === 0) return { met: false, violated: false, progress: "-" };
  return open ? { met: false, violated: true, progress: `${open} open` } : { met: true, violated: false, progress: `${matched2} resolved` };
}
function checkDeployment(world2, c) {
  const dep = world2.k8s.deployments.get(c.name);
  let ready = 0;
  if (dep) {
    for (const pod of world2.k8s.pods.values()) {
      if (!pod.ready || pod.status === "Terminating" || pod.owner === null) continue;
      if (world2.k8s.replicaSets.get(pod.owner)?.deployment === c.name) ready++;
    }
  }
  return verdict(ready >= c.replicas, `${ready}/${c.replicas}`);
}
function checkImage(world2, c) {
  const reg = viewRegistry(world2, c.registry);
  return verdict(reg !== void 0 && reg.tags[c.ref] !== void 0, reg && reg.tags[c.ref] ? "yes" : "no");
}
function checkCommandUsed(world2, c, state) {
  if (!state.met) {
    const log = world2.commandLog;
    const first = log[0]?.seq ?? world2.logSeq;
    let re = null;
    for (let i = Math.max(0, state.seenLogSeq - first); i < log.length; i++) {
      const e = log[i];
      if (!e || !e.ok) continue;
      re ??= new RegExp(c.pattern);
      if (re.test(e.line)) {
        state.seenLogSeq = world2.logSeq;
        return { met: true, violated: false, progress: "yes" };
      }
    }
    state.seenLogSeq = world2.logSeq;
  }
  return { met: state.met, violated: !state.met, progress: state.met ? "yes" : "no" };
}
function checkVms(world2, c) {
  let n = 0;
  for (const vm of world2.vms.values()) {
    if (vm.state !== "booting" && vm.state !== "running") continue;
    if (c.os && vm.os !== c.os) continue;
    n++;
  }
  const ok2 = n >= c.min && (c.max < 0 || n <= c.max);
  return verdict(ok2, c.max < 0 ? `${n}/${c.min}` : `${n} (${c.min}-${c.max})`);
}
function lostVolume(world2, selector) {
  const lost = /* @__PURE__ */ new Set();
  for (const [key, v] of world2.volumes) if (v.dataLostTick !== void 0) lost.add(key);
  if (lost.size === 0) return null;
  for (const c of world2.containers.values()) {
    if (!matchesLabels(c, selector)) continue;
    for (const m of c.mounts) {
      const v = lost.has(m.volume) ? world2.volumes.get(m.volume) : void 0;
      if (v) return `${v.name} lost @${clock(v.dataLostTick ?? 0)}`;
    }
  }
  return null;
}
function oomKillThisTick(sink) {
  for (const e of sink.events) if (e.kind === "happening" && e.type === "container-oom-killed") return e.subject;
  return null;
}
function evaluateCheck(world2, c, state, sink) {
  switch (c.kind) {
    case "service-availability":
      return checkAvailability(world2, c, state);
    case "service-latency":
      return checkLatency(world2, c, state);
    case "running": {
      const n = countRunning(world2, c);
      return verdict(n >= c.min, `${n}/${c.min}`);
    }
    case "max-hosts": {
      const n = countHosts(world2);
      return verdict(n <= c.n, `${n} ${n <= c.n ? "<=" : ">"} ${c.n}`);
    }
    case "budget-never-below": {
      const low = Math.min(world2.economy.lowestBalanceCents, world2.economy.balanceCents);
      return verdict(low >= c.cents, `${dollarsText(world2.economy.balanceCents)} (>= ${dollarsText(c.cents)})`);
    }
    case "no-oom-kills": {
      const victim = oomKillThisTick(sink);
      return victim ? verdict(false, `OOM ${victim} @${clock(world2.tick)}`) : verdict(true, "0");
    }
    case "incident-resolved":
      return checkIncident(world2, c);
    case "deployment-available":
      return checkDeployment(world2, c);
    case "image-in-registry":
      return checkImage(world2, c);
    case "command-used":
      return checkCommandUsed(world2, c, state);
    case "vm-count":
      return checkVms(world2, c);
    case "volume-data-kept": {
      const lost = lostVolume(world2, c.selector);
      return lost ? verdict(false, lost) : verdict(true, "kept");
    }
  }
}

// shared/sim/level/systems/objectives.ts
function evaluateObjectives(world2, spec, level2, sink) {
  for (let i = 0; i < spec.objectives.length; i++) {
    const o = spec.objectives[i];
    const state = level2.objectives[i];
    if (!o || !state || state.failed) continue;
    const r2 = evaluateCheck(world2, o.check, state, sink);
    state.progress = r2.progress;
    if (o.mode === "end") {
      state.met = r2.met;
    } else if (world2.tick >= o.fromTick && r2.violated) {
      state.met = false;
      state.failed = true;
      state.failedTick = world2.tick;
      sink.happened(world2.tick, "objective-failed", o.id, r2.progress);
    } else {
      state.met = true;
    }
  }
}
function endLevel(world2, reason, sink) {
  const level2 = world2.level;
  const spec = level2.spec;
  if (!spec || level2.ended) return;
  const at = world2.tick + 1;
  level2.ended = true;
  level2.endedTick = at;
  level2.endReason = reason;
  level2.won = reason !== "failed" && level2.objectives.every((o) => o.met && !o.failed);
  level2.breakdown = computeScore(world2, spec, level2.hintsTaken, at);
  level2.score = level2.breakdown.total;
  level2.stars = starsFor(level2.score, level2.won, spec.stars);
  const broken = level2.objectives.filter((o) => o.failed);
  const missed = (broken.length ? broken : level2.objectives.filter((o) => !o.met)).map((o) => o.id);
  const outcome = level2.won ? "won" : `lost (${missed.join(", ")})`;
  sink.happened(at, "level-ended", world2.scenario.id, `${outcome}: ${level2.stars} star${level2.stars === 1 ? "" : "s"}, score ${level2.score}`);
}
function advanceLevel(world2, sink) {
  const level2 = world2.level;
  const spec = level2.spec;
  if (!level2.isLevel || !spec || level2.ended) return;
  evaluateObjectives(world2, spec, level2, sink);
  if (level2.objectives.some((o) => o.failed)) {
    endLevel(world2, "failed", sink);
  } else if (world2.tick + 1 >= level2.durationTicks) {
    endLevel(world2, "time", sink);
  } else if (spec.endWhenMet && level2.objectives.every((o) => o.met)) {
    endLevel(world2, "met", sink);
  }
}

// shared/sim/step.ts
function record(world2, input, ok2) {
  world2.commandLog.push({ seq: world2.logSeq++, tick: world2.tick, actor: input.actor.name, line: input.line, ok: ok2 });
  if (world2.commandLog.length > COMMAND_LOG_KEPT) world2.commandLog.splice(0, world2.commandLog.length - COMMAND_LOG_KEPT);
}
function runCommand(world2, input, sink) {
  let outcome;
  try {
    outcome = runLine({ world: world2, actor: input.actor, commandId: input.id, line: input.line, sink });
  } catch (err) {
    outcome = { ok: false, error: `internal error: ${err instanceof Error ? err.message : String(err)}` };
  }
  if ("pending" in outcome) {
    record(world2, input, true);
    return outcome;
  }
  record(world2, input, outcome.ok);
  const base2 = { commandId: input.id, actor: input.actor.id, line: input.line, tick: world2.tick };
  if (outcome.ok) sink.result({ ...base2, ok: true, output: outcome.output });
  else sink.result({ ...base2, ok: false, output: outcome.output ?? "", error: outcome.error });
  return outcome;
}
function advance(world2, sink) {
  advanceTransfers(world2, sink);
  advanceLifecycle(world2, sink);
  advanceControlPlane(world2, sink);
  advanceIncidents(world2, sink);
  advanceTraffic(world2, sink);
  advanceResources(world2, sink);
  advanceServing(world2, sink);
  advanceAlerts(world2, sink);
  advanceHistory(world2, sink);
  advanceMoney(world2, sink);
  advanceLevel(world2, sink);
  world2.tick++;
}
function step(world2, commands) {
  const sink = new EventSink();
  for (const c of commands) runCommand(world2, c, sink);
  advance(world2, sink);
  return { events: sink.events };
}

// .prof/x/driver.ts
var r = parseScenario(JSON.parse(readFileSync("/work/main/shared/scenarios/bench-10k.json", "utf8")));
if (!r.ok) throw new Error("bad");
var world = createWorld(r.scenario, 1);
for (let i = 0; i < 60; i++) step(world, []);
var t0 = performance.now();
for (let i = 0; i < 1200; i++) step(world, []);
console.log("ms/tick", (performance.now() - t0) / 1200);
