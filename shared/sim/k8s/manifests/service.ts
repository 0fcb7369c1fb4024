// A Service document (v1) checked as the API server checks it: ClusterIP or
// LoadBalancer, a label selector, and one port with its targetPort (default: the port).
import { invalidObject, notSimulated, serviceNameProblem, type ManifestError } from './invalid.ts';

export interface ServiceManifest {
  kind: 'Service';
  name: string;
  type: 'ClusterIP' | 'LoadBalancer';
  selector: Record<string, string>;
  port: number;
  targetPort: number;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

const portRange = (path: string, n: number): string | null => (n >= 1 && n <= 65535 ? null : `${path}: Invalid value: ${n}: must be between 1 and 65535, inclusive`);

/** Checks a schema-valid Service document and converts it. */
export function readService(doc: Obj, source: string): ServiceManifest | ManifestError {
  const meta = obj(doc.metadata);
  const spec = obj(doc.spec);
  const name = typeof meta.name === 'string' ? meta.name : '';
  if (name === '') {
    return { error: `error: error when retrieving current configuration of:\nResource: "/v1, Resource=services", GroupVersionKind: "/v1, Kind=Service"\nName: "", Namespace: "default"\nfrom server for: "${source}": resource name may not be empty` };
  }
  const causes: string[] = [];
  const bad = serviceNameProblem(name);
  if (bad) causes.push(`metadata.name: ${bad}`);
  const type = spec.type ?? 'ClusterIP';
  if (type === 'NodePort' || type === 'ExternalName') return notSimulated(`spec.type: ${type}`, 'ClusterIP, LoadBalancer');
  if (type !== 'ClusterIP' && type !== 'LoadBalancer') causes.push(`spec.type: Unsupported value: "${String(type)}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`);
  if (typeof spec.clusterIP === 'string' && spec.clusterIP !== '') return notSimulated('spec.clusterIP', 'an address allocated by the cluster');
  const ports = Array.isArray(spec.ports) ? (spec.ports as unknown[]).map(obj) : [];
  if (ports.length === 0) causes.push('spec.ports: Required value');
  if (ports.length > 1) return notSimulated('spec.ports[1]', 'one port per service');
  const p = ports[0] ?? {};
  const port = typeof p.port === 'number' ? p.port : 0;
  if (ports.length === 1) {
    const r = portRange('spec.ports[0].port', port);
    if (r) causes.push(r);
  }
  if (typeof p.targetPort === 'string' && !/^[0-9]+$/.test(p.targetPort)) return notSimulated('spec.ports[0].targetPort (a named port)', 'a port number');
  const targetPort = p.targetPort === undefined ? port : Number(p.targetPort);
  if (p.targetPort !== undefined) {
    const r = portRange('spec.ports[0].targetPort', targetPort);
    if (r) causes.push(r);
  }
  if (p.protocol !== undefined && p.protocol !== 'TCP') return notSimulated(`spec.ports[0].protocol: ${String(p.protocol)}`, 'TCP');
  if (causes.length > 0) return invalidObject('Service', name, causes);
  return { kind: 'Service', name, type: type as 'ClusterIP' | 'LoadBalancer', selector: { ...(obj(spec.selector) as Record<string, string>) }, port, targetPort };
}
