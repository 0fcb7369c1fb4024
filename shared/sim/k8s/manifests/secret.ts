// A Secret document (v1, type Opaque): `data` values are base64 (decoded here; bad
// base64 is refused as the API server refuses it) and `stringData` values are plain
// text that win over `data` for the same key.
import { base64Decode } from '../workloads/base64.ts';
import { badRequest, invalidObject, notSimulated, subdomainProblem, type ManifestError } from './invalid.ts';

export interface SecretManifest {
  kind: 'Secret';
  name: string;
  data: Record<string, string>;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

/** The API server's rule for secret (and config map) keys; null when valid. */
export function secretKeyProblem(key: string): string | null {
  if (key.length > 0 && key.length <= 253 && /^[-._a-zA-Z0-9]+$/.test(key)) return null;
  return `Invalid value: "${key}": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`;
}

/** Checks a schema-valid Secret document and converts it (values decoded). */
export function readSecret(doc: Obj, source: string, exists: boolean): SecretManifest | ManifestError {
  const meta = obj(doc.metadata);
  const name = typeof meta.name === 'string' ? meta.name : '';
  if (name === '') {
    return { error: `error: error when retrieving current configuration of:\nResource: "/v1, Resource=secrets", GroupVersionKind: "/v1, Kind=Secret"\nName: "", Namespace: "default"\nfrom server for: "${source}": resource name may not be empty` };
  }
  const type = doc.type ?? 'Opaque';
  if (type !== 'Opaque') return notSimulated(`type: ${String(type)}`, 'Opaque');
  if (doc.immutable === true) return notSimulated('immutable', 'false');
  const causes: string[] = [];
  const bad = subdomainProblem(name);
  if (bad) causes.push(`metadata.name: ${bad}`);
  const data: Record<string, string> = {};
  for (const [key, raw] of Object.entries(obj(doc.data))) {
    const decoded = base64Decode(String(raw));
    if (!decoded.ok) return badRequest(exists ? 'applying patch' : 'creating', source, 'Secret', decoded.error);
    const keyBad = secretKeyProblem(key);
    if (keyBad) causes.push(`data[${key}]: ${keyBad}`);
    data[key] = decoded.value;
  }
  for (const [key, raw] of Object.entries(obj(doc.stringData))) {
    const keyBad = secretKeyProblem(key);
    if (keyBad) causes.push(`data[${key}]: ${keyBad}`);
    data[key] = String(raw);
  }
  if (causes.length > 0) return invalidObject('Secret', name, causes);
  return { kind: 'Secret', name, data };
}
