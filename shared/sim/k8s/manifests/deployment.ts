// A Deployment document (apps/v1) checked the way the API server checks it and turned
// into the simulation's desired state: one container per pod, its requests and limits,
// env (values or secretKeyRef), readiness delay, and the rolling-update parameters.
import type { ContainerSpec, EnvVar } from '../model.ts';
import type { DeploymentFields } from '../workloads/objects.ts';
import { badRequest, goMap, invalidObject, labelKeyProblem, labelProblem, notSimulated, subdomainProblem, type ManifestError } from './invalid.ts';
import { QUANTITY_ERROR, cpuMillis, cpuText, memoryMiB, memoryText } from './quantity.ts';
import { DEFAULT_PROGRESS_DEADLINE_SECONDS, DEFAULT_ROLLING_PERCENT, percentProblem } from '../workloads/strategy.ts';

/** A checked Deployment document: the fields a deployment is made of (workloads/objects.ts). */
export interface DeploymentManifest extends DeploymentFields {
  kind: 'Deployment';
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const strMap = (v: unknown): Record<string, string> => ({ ...(obj(v) as Record<string, string>) });

const POD_FIELDS_LEFT_OUT = ['nodeSelector', 'tolerations', 'affinity', 'volumes', 'initContainers', 'hostNetwork', 'nodeName', 'securityContext', 'imagePullSecrets'];
const CONTAINER_FIELDS_LEFT_OUT = ['livenessProbe', 'startupProbe', 'command', 'args', 'volumeMounts', 'envFrom', 'securityContext', 'lifecycle', 'workingDir'];

function resourcesOf(c: Obj, at: string, causes: string[]): { cpuReq: number; cpuLim: number; memReq: number; memLim: number } | ManifestError {
  const res = obj(c.resources);
  const out = { cpuReq: 0, cpuLim: 0, memReq: 0, memLim: 0 };
  for (const part of ['requests', 'limits'] as const) {
    const m = obj(res[part]);
    for (const key of Object.keys(m)) {
      if (key !== 'cpu' && key !== 'memory') return notSimulated(`${at}.resources.${part}.${key}`, 'cpu, memory');
      const v = key === 'cpu' ? cpuMillis(m[key]) : memoryMiB(m[key]);
      if (v === null) return { error: QUANTITY_ERROR };
      if (key === 'cpu') out[part === 'requests' ? 'cpuReq' : 'cpuLim'] = v;
      else out[part === 'requests' ? 'memReq' : 'memLim'] = v;
    }
  }
  // API defaulting: a limit without a request gives a request equal to the limit.
  const req = obj(res.requests);
  if (out.cpuLim > 0 && req.cpu === undefined) out.cpuReq = out.cpuLim;
  if (out.memLim > 0 && req.memory === undefined) out.memReq = out.memLim;
  if (out.cpuLim > 0 && out.cpuReq > out.cpuLim) causes.push(`${at}.resources.requests: Invalid value: "${cpuText(out.cpuReq)}": must be less than or equal to cpu limit of ${cpuText(out.cpuLim)}`);
  if (out.memLim > 0 && out.memReq > out.memLim) causes.push(`${at}.resources.requests: Invalid value: "${memoryText(out.memReq)}": must be less than or equal to memory limit of ${memoryText(out.memLim)}`);
  return out;
}

function envOf(c: Obj, at: string, causes: string[]): EnvVar[] | ManifestError {
  const list = Array.isArray(c.env) ? (c.env as unknown[]) : [];
  const env: EnvVar[] = [];
  for (let i = 0; i < list.length; i++) {
    const e = obj(list[i]);
    const p = `${at}.env[${i}]`;
    const name = typeof e.name === 'string' ? e.name : '';
    if (name === '') causes.push(`${p}.name: Required value`);
    else if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(name)) causes.push(`${p}.name: Invalid value: "${name}": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')`);
    if (e.valueFrom === undefined) {
      env.push({ name, value: typeof e.value === 'string' ? e.value : '' });
      continue;
    }
    const from = obj(e.valueFrom);
    if (typeof e.value === 'string' && e.value !== '') causes.push(`${p}.valueFrom: Invalid value: "": may not be specified when \`value\` is not empty`);
    for (const k of Object.keys(from)) if (k !== 'secretKeyRef') return notSimulated(`${p}.valueFrom.${k}`, 'secretKeyRef');
    const ref = obj(from.secretKeyRef);
    if (ref.optional !== undefined) return notSimulated(`${p}.valueFrom.secretKeyRef.optional`, 'name, key');
    const secret = typeof ref.name === 'string' ? ref.name : '';
    const key = typeof ref.key === 'string' ? ref.key : '';
    if (secret === '') causes.push(`${p}.valueFrom.secretKeyRef.name: Required value`);
    if (key === '') causes.push(`${p}.valueFrom.secretKeyRef.key: Required value`);
    env.push({ name, secretKeyRef: { name: secret, key } });
  }
  return env;
}

function containerOf(c: Obj, causes: string[]): ContainerSpec | ManifestError {
  const at = 'spec.template.spec.containers[0]';
  for (const f of CONTAINER_FIELDS_LEFT_OUT) if (c[f] !== undefined) return notSimulated(`${at}.${f}`, 'name, image, ports, env, resources, readinessProbe');
  const name = typeof c.name === 'string' ? c.name : '';
  const nameBad = labelProblem(name);
  if (name === '') causes.push(`${at}.name: Required value`);
  else if (nameBad) causes.push(`${at}.name: ${nameBad}`);
  const image = typeof c.image === 'string' ? c.image.trim() : '';
  if (image === '') causes.push(`${at}.image: Required value`);
  const ports = Array.isArray(c.ports) ? (c.ports as unknown[]).map(obj) : [];
  ports.forEach((p, i) => {
    const n = p.containerPort;
    if (typeof n === 'number' && (n < 1 || n > 65535)) causes.push(`${at}.ports[${i}].containerPort: Invalid value: ${n}: must be between 1 and 65535, inclusive`);
  });
  const res = resourcesOf(c, at, causes);
  if ('error' in res) return res;
  const env = envOf(c, at, causes);
  if ('error' in env) return env;
  const delay = obj(c.readinessProbe).initialDelaySeconds;
  if (typeof delay === 'number' && delay < 0) causes.push(`${at}.readinessProbe.initialDelaySeconds: Invalid value: ${delay}: must be greater than or equal to 0`);
  return {
    name,
    image,
    cpuRequestMillis: res.cpuReq,
    cpuLimitMillis: res.cpuLim,
    memoryRequestMiB: res.memReq,
    memoryLimitMiB: res.memLim,
    containerPort: typeof ports[0]?.containerPort === 'number' ? (ports[0].containerPort as number) : 0,
    env,
    readinessDelayTicks: typeof delay === 'number' && delay > 0 ? delay : 0,
  };
}

/** Checks a schema-valid Deployment document and converts it; `source` names the input in errors. */
export function readDeployment(doc: Obj, source: string, exists: boolean): DeploymentManifest | ManifestError {
  const meta = obj(doc.metadata);
  const spec = obj(doc.spec);
  const name = typeof meta.name === 'string' ? meta.name : '';
  if (name === '') {
    return { error: `error: error when retrieving current configuration of:\nResource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"\nName: "", Namespace: "default"\nfrom server for: "${source}": resource name may not be empty` };
  }
  const causes: string[] = [];
  const nameBad = subdomainProblem(name);
  if (nameBad) causes.push(`metadata.name: ${nameBad}`);
  const selector = obj(spec.selector);
  if (selector.matchExpressions !== undefined) return notSimulated('spec.selector.matchExpressions', 'spec.selector.matchLabels');
  const matchLabels = strMap(selector.matchLabels);
  const tmeta = obj(obj(spec.template).metadata);
  const podSpec = obj(obj(spec.template).spec);
  const labels = strMap(tmeta.labels);
  for (const f of POD_FIELDS_LEFT_OUT) if (podSpec[f] !== undefined) return notSimulated(`spec.template.spec.${f}`, 'containers');
  if (spec.minReadySeconds !== undefined && spec.minReadySeconds !== 0) return notSimulated('spec.minReadySeconds', '0');
  if (spec.paused === true) return notSimulated('spec.paused', 'false');
  for (const [path, m] of [['spec.selector.matchLabels', matchLabels], ['spec.template.metadata.labels', labels]] as const) {
    for (const k of Object.keys(m)) {
      const bad = labelKeyProblem(k);
      if (bad) causes.push(`${path}: ${bad}`);
    }
  }
  if (Object.keys(matchLabels).length === 0) {
    causes.push('spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment');
  } else if (Object.entries(matchLabels).some(([k, v]) => labels[k] !== v)) {
    causes.push(`spec.template.metadata.labels: Invalid value: ${goMap(labels)}: \`selector\` does not match template \`labels\``);
  }
  const restart = podSpec.restartPolicy;
  if (restart !== undefined && restart !== 'Always') causes.push(`spec.template.spec.restartPolicy: Unsupported value: "${String(restart)}": supported values: "Always"`);
  const replicas = typeof spec.replicas === 'number' ? spec.replicas : null;
  if (replicas !== null && replicas < 0) causes.push(`spec.replicas: Invalid value: ${replicas}: must be greater than or equal to 0`);
  const strategy = obj(spec.strategy);
  const type = strategy.type ?? 'RollingUpdate';
  if (type === 'Recreate') return notSimulated('spec.strategy.type: Recreate', 'RollingUpdate');
  if (type !== 'RollingUpdate') causes.push(`spec.strategy.type: Unsupported value: "${String(type)}": supported values: "Recreate", "RollingUpdate"`);
  const ru = obj(strategy.rollingUpdate);
  const maxSurge = ru.maxSurge === undefined ? DEFAULT_ROLLING_PERCENT : String(ru.maxSurge);
  const maxUnavailable = ru.maxUnavailable === undefined ? DEFAULT_ROLLING_PERCENT : String(ru.maxUnavailable);
  for (const field of ['maxSurge', 'maxUnavailable'] as const) {
    const bad = ru[field] === undefined ? null : percentProblem(ru[field], field === 'maxUnavailable');
    if (bad) causes.push(`spec.strategy.rollingUpdate.${field}: ${bad}`);
  }
  if (/^0%?$/.test(maxSurge) && /^0%?$/.test(maxUnavailable)) {
    causes.push('spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: may not be 0 when `maxSurge` is 0');
  }
  const deadline = typeof spec.progressDeadlineSeconds === 'number' ? spec.progressDeadlineSeconds : DEFAULT_PROGRESS_DEADLINE_SECONDS;
  if (deadline <= 0) causes.push(`spec.progressDeadlineSeconds: Invalid value: ${deadline}: must be greater than minReadySeconds`);
  const containers = Array.isArray(podSpec.containers) ? (podSpec.containers as unknown[]) : [];
  if (containers.length === 0) causes.push('spec.template.spec.containers: Required value');
  if (containers.length > 1) return notSimulated('spec.template.spec.containers[1]', 'one container per pod');
  const container = containers.length === 1 ? containerOf(obj(containers[0]), causes) : null;
  if (container && 'error' in container) {
    return container.error === QUANTITY_ERROR ? badRequest(exists ? 'applying patch' : 'creating', source, 'Deployment', QUANTITY_ERROR) : container;
  }
  if (causes.length > 0 || !container) return invalidObject('Deployment', name, causes);
  const annotations = strMap(meta.annotations);
  return {
    kind: 'Deployment',
    name,
    labels: strMap(meta.labels),
    changeCause: annotations['kubernetes.io/change-cause'] ?? '',
    replicas,
    selector: matchLabels,
    template: { labels, container },
    maxSurge,
    maxUnavailable,
    progressDeadlineSeconds: deadline,
  };
}
