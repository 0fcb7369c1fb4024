// The API server's validation vocabulary: object-name rules, Go-formatted values and the
// `The Deployment "web" is invalid: …` message kubectl prints for a rejected object.

/** A refusal of one object: the tool's text, and optionally a hint key (workloads.hint.*). */
export interface ManifestError {
  error: string;
  hint?: { key: string; params: Record<string, string | number> };
}

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** Deployments and secrets: an RFC 1123 subdomain (≤ 253 characters); null when valid. */
export function subdomainProblem(name: string): string | null {
  if (name.length <= 253 && DNS1123_SUBDOMAIN.test(name)) return null;
  return `Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`;
}

/** Container names: an RFC 1123 label (≤ 63 characters); null when valid. */
export function labelProblem(name: string): string | null {
  if (name.length <= 63 && DNS1123_LABEL.test(name)) return null;
  return `Invalid value: "${name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`;
}

/** Services: an RFC 1035 label (it becomes a DNS name, so it must start with a letter); null when valid. */
export function serviceNameProblem(name: string): string | null {
  if (name.length <= 63 && DNS1035_LABEL.test(name)) return null;
  return `Invalid value: "${name}": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`;
}

/** A string map as Go's %#v prints it (keys sorted): `map[string]string{"app":"web"}`. */
export function goMap(m: Record<string, string>): string {
  const keys = Object.keys(m).sort();
  if (keys.length === 0) return 'map[string]string(nil)';
  return `map[string]string{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(m[k])}`).join(', ')}}`;
}

/** `The Deployment "web" is invalid: …` with one cause inline, several as a list in brackets. */
export function invalidObject(kind: string, name: string, causes: readonly string[]): ManifestError {
  const body = causes.length === 1 ? causes[0] : `[${causes.join(', ')}]`;
  return { error: `The ${kind} "${name}" is invalid: ${body}` };
}

/** An error the API server returns when it cannot even decode the object (bad quantity, bad base64). */
export function badRequest(verb: 'creating' | 'applying patch', source: string, kind: string, cause: string): ManifestError {
  const where = verb === 'creating' ? `error when creating "${source}"` : `error when applying patch:\nto:\nResource: "${kind}"\nfor: "${source}"`;
  return { error: `Error from server (BadRequest): ${where}: ${kind} in version "v1" cannot be handled as a ${kind}: ${cause}` };
}

/** A real Kubernetes feature this simulation leaves out: said plainly, with a hint. */
export function notSimulated(path: string, supported: string): ManifestError {
  return {
    error: `error: ${path}: not supported by this simulation`,
    hint: { key: 'workloads.hint.notSimulated', params: { path, supported } },
  };
}

/** Keys the `labels`/`selector` maps must use (a qualified name, optionally prefixed); null when valid. */
export function labelKeyProblem(key: string): string | null {
  const name = key.includes('/') ? key.slice(key.indexOf('/') + 1) : key;
  if (name.length > 0 && name.length <= 63 && /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/.test(name)) return null;
  return `Invalid value: "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`;
}
