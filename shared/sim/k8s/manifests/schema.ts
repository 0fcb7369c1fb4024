// kubectl's client-side validation of the supported manifest subset: each object type
// with its fields, OpenAPI type name and required fields, walked the way kubectl's
// schema validator walks a document, so errors read like `ValidationError(Deployment.spec):
// missing required field "selector" in io.k8s.api.apps.v1.DeploymentSpec`.

export type FieldType = 'string' | 'integer' | 'boolean' | 'intOrString' | 'stringMap' | 'any' | TypeSpec | { items: TypeSpec };

export interface TypeSpec {
  /** OpenAPI name as kubectl prints it (`io.k8s.api.apps.v1.DeploymentSpec`). */
  name: string;
  fields: Record<string, FieldType>;
  required: string[];
}

const t = (name: string, fields: Record<string, FieldType>, required: string[] = []): TypeSpec => ({ name, fields, required });
const core = (n: string) => `io.k8s.api.core.v1.${n}`;

const objectMeta = t('io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta', {
  name: 'string', namespace: 'string', labels: 'stringMap', annotations: 'stringMap', generateName: 'string', uid: 'string',
  resourceVersion: 'string', creationTimestamp: 'any', generation: 'integer',
});
const labelSelector = t('io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector', { matchLabels: 'stringMap', matchExpressions: 'any' });
const containerPort = t(core('ContainerPort'), { containerPort: 'integer', protocol: 'string', name: 'string', hostPort: 'integer', hostIP: 'string' }, ['containerPort']);
const secretKeySelector = t(core('SecretKeySelector'), { name: 'string', key: 'string', optional: 'boolean' }, ['key']);
const envVarSource = t(core('EnvVarSource'), { secretKeyRef: secretKeySelector, configMapKeyRef: 'any', fieldRef: 'any', resourceFieldRef: 'any' });
const envVar = t(core('EnvVar'), { name: 'string', value: 'string', valueFrom: envVarSource }, ['name']);
const resources = t(core('ResourceRequirements'), { requests: 'any', limits: 'any', claims: 'any' });
const probe = t(core('Probe'), {
  initialDelaySeconds: 'integer', periodSeconds: 'integer', timeoutSeconds: 'integer', successThreshold: 'integer', failureThreshold: 'integer',
  httpGet: 'any', tcpSocket: 'any', exec: 'any', grpc: 'any', terminationGracePeriodSeconds: 'integer',
});
const container = t(core('Container'), {
  name: 'string', image: 'string', ports: { items: containerPort }, env: { items: envVar }, resources, readinessProbe: probe,
  imagePullPolicy: 'string', livenessProbe: probe, startupProbe: probe, command: 'any', args: 'any', workingDir: 'string',
  volumeMounts: 'any', securityContext: 'any', envFrom: 'any', lifecycle: 'any', terminationMessagePath: 'string',
  terminationMessagePolicy: 'string', stdin: 'boolean', tty: 'boolean',
}, ['name']);
const podSpec = t(core('PodSpec'), {
  containers: { items: container }, restartPolicy: 'string', terminationGracePeriodSeconds: 'integer', nodeSelector: 'stringMap',
  tolerations: 'any', affinity: 'any', volumes: 'any', initContainers: 'any', serviceAccountName: 'string', imagePullSecrets: 'any',
  securityContext: 'any', dnsPolicy: 'string', schedulerName: 'string', hostNetwork: 'boolean', nodeName: 'string',
}, ['containers']);
const podTemplateSpec = t(core('PodTemplateSpec'), { metadata: objectMeta, spec: podSpec });
const rollingUpdate = t('io.k8s.api.apps.v1.RollingUpdateDeployment', { maxSurge: 'intOrString', maxUnavailable: 'intOrString' });
const strategy = t('io.k8s.api.apps.v1.DeploymentStrategy', { type: 'string', rollingUpdate });
const deploymentSpec = t('io.k8s.api.apps.v1.DeploymentSpec', {
  replicas: 'integer', selector: labelSelector, template: podTemplateSpec, strategy, minReadySeconds: 'integer',
  revisionHistoryLimit: 'integer', progressDeadlineSeconds: 'integer', paused: 'boolean',
}, ['selector', 'template']);
const servicePort = t(core('ServicePort'), { port: 'integer', targetPort: 'intOrString', protocol: 'string', name: 'string', nodePort: 'integer', appProtocol: 'string' }, ['port']);
const serviceSpec = t(core('ServiceSpec'), {
  type: 'string', selector: 'stringMap', ports: { items: servicePort }, clusterIP: 'string', clusterIPs: 'any', externalIPs: 'any',
  sessionAffinity: 'string', externalTrafficPolicy: 'string', internalTrafficPolicy: 'string', ipFamilies: 'any', ipFamilyPolicy: 'string',
  loadBalancerIP: 'string',
});

/** Top-level object types of the subset, by `kind`. */
export const KINDS: Record<string, { apiVersion: string; type: TypeSpec }> = {
  Deployment: { apiVersion: 'apps/v1', type: t('io.k8s.api.apps.v1.Deployment', { apiVersion: 'string', kind: 'string', metadata: objectMeta, spec: deploymentSpec, status: 'any' }) },
  Service: { apiVersion: 'v1', type: t(core('Service'), { apiVersion: 'string', kind: 'string', metadata: objectMeta, spec: serviceSpec, status: 'any' }) },
  Secret: {
    apiVersion: 'v1',
    type: t(core('Secret'), { apiVersion: 'string', kind: 'string', metadata: objectMeta, type: 'string', data: 'stringMap', stringData: 'stringMap', immutable: 'boolean' }),
  },
};

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  if (typeof v === 'object') return 'map';
  return typeof v;
}

function expected(ft: FieldType): string {
  if (typeof ft === 'string') return ft === 'stringMap' ? 'map' : ft === 'intOrString' ? 'string' : ft;
  return 'items' in ft ? 'array' : 'map';
}

function walk(value: unknown, spec: TypeSpec, path: string, out: string[]): void {
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    const ft = spec.fields[key];
    if (ft === undefined) {
      out.push(`ValidationError(${path}): unknown field "${key}" in ${spec.name}`);
      continue;
    }
    checkField(obj[key], ft, `${path}.${key}`, `${spec.name}.${key}`, out);
  }
  for (const key of spec.required) {
    if (obj[key] === undefined || obj[key] === null) out.push(`ValidationError(${path}): missing required field "${key}" in ${spec.name}`);
  }
}

function checkField(v: unknown, ft: FieldType, path: string, typeName: string, out: string[]): void {
  if (v === null || v === undefined || ft === 'any') return;
  const got = jsonType(v);
  const bad = (): void => {
    out.push(`ValidationError(${path}): invalid type for ${typeName}: got "${got}", expected "${expected(ft)}"`);
  };
  if (ft === 'string' && got !== 'string') return bad();
  if (ft === 'integer' && got !== 'integer') return bad();
  if (ft === 'boolean' && got !== 'boolean') return bad();
  if (ft === 'intOrString' && got !== 'string' && got !== 'integer') return bad();
  if (ft === 'stringMap') {
    if (got !== 'map') return bad();
    for (const [k, item] of Object.entries(v as Record<string, unknown>)) {
      if (typeof item !== 'string') out.push(`ValidationError(${path}.${k}): invalid type for ${typeName}: got "${jsonType(item)}", expected "string"`);
    }
    return;
  }
  if (typeof ft === 'string') return;
  if ('items' in ft) {
    if (got !== 'array') return bad();
    (v as unknown[]).forEach((item, i) => {
      if (jsonType(item) !== 'map') out.push(`ValidationError(${path}[${i}]): invalid type for ${ft.items.name}: got "${jsonType(item)}", expected "map"`);
      else walk(item, ft.items, `${path}[${i}]`, out);
    });
    return;
  }
  if (got !== 'map') return bad();
  walk(v, ft, path, out);
}

/** Every client-side validation error of one document of kind `kind`, in kubectl's words. */
export function schemaErrors(doc: Record<string, unknown>, kind: string): string[] {
  const entry = KINDS[kind];
  if (!entry) return [];
  const out: string[] = [];
  walk(doc, entry.type, kind, out);
  return out;
}
