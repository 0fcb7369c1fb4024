// Manifest validation: kubectl checks documents against the API schema before sending
// them (`error validating "…"`), and the API server refuses invalid objects with the
// field at fault (`The Deployment "web" is invalid: …`). Nothing is created either way.
import { describe, expect, it } from 'vitest';
import { simulationHash } from '../../../../shared/sim/stateHash.ts';
import { clusterSandbox, deploymentYaml, inline } from './helpers.ts';

function refused(lines: readonly string[]): string {
  const { world, sh } = clusterSandbox();
  const before = simulationHash(world);
  const r = sh.exec(`kubectl apply -f ${inline(lines)}`);
  expect(r.ok).toBe(false);
  expect(simulationHash(world)).toBe(before);
  return r.error.split('\n').filter((l) => !l.startsWith('힌트') && !l.startsWith('hint')).join('\n');
}

const ok = deploymentYaml({ image: 'nginx:1.25', port: 80 });
const replace = (from: string, to: string) => ok.map((l) => (l === from ? to : l));

describe('manifest validation', () => {
  it('a template whose labels miss the selector is invalid', () => {
    const e = refused(ok.map((l) => (l === '        app: web' ? '        app: webx' : l)));
    expect(e.split('\n')[0]).toBe('The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"webx"}: `selector` does not match template `labels`');
  });

  it('a missing required field and an unknown field are reported by the client-side schema check', () => {
    const noSelector = ok.filter((l, i) => !(l.includes('selector:') || (i > 0 && ok[i - 1]?.includes('selector:')) || (i > 1 && ok[i - 2]?.includes('selector:'))));
    expect(refused(noSelector)).toBe('error: error validating "STDIN": error validating data: ValidationError(Deployment.spec): missing required field "selector" in io.k8s.api.apps.v1.DeploymentSpec; if you choose to ignore these errors, turn validation off with --validate=false');
    expect(refused(replace('  replicas: 3', '  replica: 3'))).toBe('error: error validating "STDIN": error validating data: ValidationError(Deployment.spec): unknown field "replica" in io.k8s.api.apps.v1.DeploymentSpec; if you choose to ignore these errors, turn validation off with --validate=false');
    expect(refused(replace('  replicas: 3', '  replicas: three'))).toBe('error: error validating "STDIN": error validating data: ValidationError(Deployment.spec.replicas): invalid type for io.k8s.api.apps.v1.DeploymentSpec.replicas: got "string", expected "integer"; if you choose to ignore these errors, turn validation off with --validate=false');
    expect(refused(replace('kind: Deployment', 'kind: Deploymnt'))).toBe('error: resource mapping not found for name: "web" namespace: "" from "STDIN": no matches for kind "Deploymnt" in version "apps/v1"\nensure CRDs are installed first');
    expect(refused(ok.filter((l) => !l.startsWith('kind:')))).toBe('error: error validating "STDIN": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false');
  });

  it('container and strategy fields are checked by the API server', () => {
    expect(refused(ok.filter((l) => !l.includes('image:')))).toBe('The Deployment "web" is invalid: spec.template.spec.containers[0].image: Required value');
    expect(refused(replace('  replicas: 3', '  replicas: -1'))).toBe('The Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0');
    expect(refused(replace('        - containerPort: 80', '        - containerPort: 70000'))).toBe('The Deployment "web" is invalid: spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive');
    const strategy = [...ok.slice(0, 5), '  strategy:', '    rollingUpdate:', '      maxSurge: 0', '      maxUnavailable: 0', ...ok.slice(5)];
    expect(refused(strategy)).toBe('The Deployment "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: may not be 0 when `maxSurge` is 0');
    const badQuantity = deploymentYaml({ image: 'nginx:1.25', cpuRequest: 'lots' });
    expect(refused(badQuantity)).toBe('Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: quantities must match the regular expression \'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$\'');
    expect(refused(replace('  name: web', '  name: Web'))).toMatch(/^The Deployment "Web" is invalid: metadata\.name: Invalid value: "Web": a lowercase RFC 1123 subdomain must consist of/);
  });

  it('YAML syntax errors and bad base64 are reported as kubectl reports them', () => {
    expect(refused(['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db', 'data: password: x'])).toBe('error: error parsing STDIN: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context');
    expect(refused(['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db', 'data:', '  password: "not*base64"'])).toBe('Error from server (BadRequest): error when creating "STDIN": Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 3');
  });

  it('a second document with an error refuses the whole manifest', () => {
    const svc = ['apiVersion: v1', 'kind: Service', 'metadata:', '  name: web', 'spec:', '  selector:', '    app: web', '  ports:', '  - port: 0'];
    expect(refused([...ok, '---', ...svc])).toBe('The Service "web" is invalid: spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive');
  });

  it('a changed selector on an existing deployment is immutable', () => {
    const { world, sh } = clusterSandbox();
    sh.exec(`kubectl apply -f ${inline(ok)}`);
    const before = simulationHash(world);
    const moved = ok.map((l) => (l === '      app: web' || l === '        app: web' ? l.replace('web', 'shop') : l));
    const r = sh.exec(`kubectl apply -f ${inline(moved)}`);
    expect(r.error).toBe('The Deployment "web" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"shop"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable');
    expect(simulationHash(world)).toBe(before);
  });
});
