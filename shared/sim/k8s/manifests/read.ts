// Reading a whole manifest as `kubectl apply -f` does: parse every document, check that
// apiVersion/kind name a known type (client-side validation first, as kubectl does before
// sending anything), then let each type's reader apply the API server's rules.
import { readDeployment, type DeploymentManifest } from './deployment.ts';
import type { ManifestError } from './invalid.ts';
import { notSimulated } from './invalid.ts';
import { parseManifestText } from './parse.ts';
import { KINDS, schemaErrors } from './schema.ts';
import { readSecret, type SecretManifest } from './secret.ts';
import { readService, type ServiceManifest } from './service.ts';

export type Manifest = DeploymentManifest | ServiceManifest | SecretManifest;

/** Kinds a player may know from Kubernetes that this simulation does not model. */
const REAL_KINDS: Record<string, string> = {
  Pod: 'v1', ConfigMap: 'v1', Namespace: 'v1', PersistentVolumeClaim: 'v1', ServiceAccount: 'v1', ReplicaSet: 'apps/v1',
  StatefulSet: 'apps/v1', DaemonSet: 'apps/v1', Job: 'batch/v1', CronJob: 'batch/v1', Ingress: 'networking.k8s.io/v1',
  HorizontalPodAutoscaler: 'autoscaling/v2', NetworkPolicy: 'networking.k8s.io/v1',
};

const SUFFIX = '; if you choose to ignore these errors, turn validation off with --validate=false';

/** What already exists, so readers can word errors for an update (`applying patch`) or a create. */
export type Exists = (kind: Manifest['kind'], name: string) => boolean;

/**
 * Every object of the manifest text, validated; or the first refusal. `source` is the
 * file name, or `STDIN` for inline YAML; `validate` is kubectl's `--validate`.
 */
export function readManifests(text: string, source: string, exists: Exists, validate = true): { ok: true; objects: Manifest[] } | ({ ok: false } & ManifestError) {
  const parsed = parseManifestText(text, source);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  if (parsed.docs.length === 0) return { ok: false, error: 'error: no objects passed to apply' };
  const objects: Manifest[] = [];
  for (const { doc } of parsed.docs) {
    const missing: string[] = [];
    if (typeof doc.apiVersion !== 'string' || doc.apiVersion === '') missing.push('apiVersion not set');
    if (typeof doc.kind !== 'string' || doc.kind === '') missing.push('kind not set');
    if (missing.length > 0) {
      const body = missing.length === 1 ? missing[0] : `[${missing.join(', ')}]`;
      return { ok: false, error: `error: error validating "${source}": error validating data: ${body}${SUFFIX}` };
    }
    const kind = doc.kind as string;
    const apiVersion = doc.apiVersion as string;
    const meta = doc.metadata as Record<string, unknown> | undefined;
    const name = typeof meta?.name === 'string' ? meta.name : '';
    const known = KINDS[kind];
    if (!known || known.apiVersion !== apiVersion) {
      if (!known && REAL_KINDS[kind] === apiVersion) return { ok: false, ...notSimulated(`kind ${kind}`, Object.keys(KINDS).join(', ')) };
      return {
        ok: false,
        error: `error: resource mapping not found for name: "${name}" namespace: "" from "${source}": no matches for kind "${kind}" in version "${apiVersion}"\nensure CRDs are installed first`,
      };
    }
    // `--validate=false` skips kubectl's schema check; the API server's own checks remain.
    const errors = validate ? schemaErrors(doc, kind) : [];
    if (errors.length > 0) {
      const body = errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`;
      return { ok: false, error: `error: error validating "${source}": error validating data: ${body}${SUFFIX}` };
    }
    const ns = meta?.namespace;
    if (typeof ns === 'string' && ns !== 'default') {
      return { ok: false, error: `error: the namespace from the provided object "${ns}" does not match the namespace "default". You must pass '--namespace=${ns}' to perform this operation.` };
    }
    const kindName = kind as Manifest['kind'];
    const read = kindName === 'Deployment' ? readDeployment(doc, source, exists('Deployment', name))
      : kindName === 'Service' ? readService(doc, source)
        : readSecret(doc, source, exists('Secret', name));
    if ('error' in read) return { ok: false, ...read };
    objects.push(read);
  }
  return { ok: true, objects };
}
