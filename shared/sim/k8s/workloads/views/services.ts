// `kubectl get|describe services` and `get endpoints`: a Service's endpoints are the
// Ready pods its selector matches, at their pod IP and the target port; a pod that is
// not Ready is left out, which is how a load balancer stops sending to it.
import type { World } from '../../../model.ts';
import type { K8sService, Pod } from '../../model.ts';
import { isActive } from '../../pods.ts';
import { LB_PROVISION_TICKS } from '../objects.ts';
import { selects } from '../status.ts';
import { ageOf, eventsBlock, kv, selectorText } from './format.ts';

/** Ready pods behind a service, in creation order. */
export function endpointPods(world: World, s: K8sService): Pod[] {
  const out: Pod[] = [];
  for (const p of world.k8s.pods.values()) if (isActive(p) && p.ready && p.ip !== '' && selects(s.selector, p.labels)) out.push(p);
  return out;
}

/** `10.244.1.5:80,10.244.2.3:80 + 2 more...` as `get endpoints` shortens it. */
function endpointText(world: World, s: K8sService, max: number): string {
  const eps = endpointPods(world, s).map((p) => `${p.ip}:${s.targetPort}`);
  if (eps.length === 0) return '<none>';
  if (eps.length <= max) return eps.join(',');
  return `${eps.slice(0, max).join(',')} + ${eps.length - max} more...`;
}

/** The node port a LoadBalancer service also gets (30000–32767), stable per name. */
export function nodePortOf(s: K8sService): number {
  let h = 0;
  for (let i = 0; i < s.name.length; i++) h = (Math.imul(h, 31) + s.name.charCodeAt(i)) >>> 0;
  return 30000 + (h % 2768);
}

/** The external address, once the cloud load balancer is provisioned. */
export function externalIpOf(world: World, s: K8sService): string {
  if (s.type !== 'LoadBalancer') return '<none>';
  return world.tick - s.createdTick < LB_PROVISION_TICKS || s.externalIP === '' ? '<pending>' : s.externalIP;
}

function portsText(s: K8sService): string {
  return s.type === 'LoadBalancer' ? `${s.port}:${nodePortOf(s)}/TCP` : `${s.port}/TCP`;
}

/** Columns of `kubectl get services [-o wide]`. */
export function serviceHeader(wide: boolean): string[] {
  return ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE', ...(wide ? ['SELECTOR'] : [])];
}

export function serviceRow(world: World, s: K8sService, wide: boolean): string[] {
  return [s.name, s.type, s.clusterIP, externalIpOf(world, s), portsText(s), ageOf(world, s.createdTick), ...(wide ? [selectorText(s.selector)] : [])];
}

/** A row of `kubectl get endpoints` (one Endpoints object per service, same name). */
export function endpointsRow(world: World, s: K8sService): string[] {
  return [s.name, endpointText(world, s, 3), ageOf(world, s.createdTick)];
}

/** `kubectl describe service <name>`. */
export function describeService(world: World, s: K8sService): string {
  const rows: [string, string][] = [
    ['Name', s.name],
    ['Namespace', 'default'],
    ['Labels', selectorText(s.selector)],
    ['Annotations', '<none>'],
    ['Selector', selectorText(s.selector)],
    ['Type', s.type],
    ['IP Family Policy', 'SingleStack'],
    ['IP Families', 'IPv4'],
    ['IP', s.clusterIP],
    ['IPs', s.clusterIP],
  ];
  const ext = externalIpOf(world, s);
  if (s.type === 'LoadBalancer' && ext !== '<pending>') rows.push(['LoadBalancer Ingress', ext]);
  rows.push(['Port', `<unset>  ${s.port}/TCP`], ['TargetPort', `${s.targetPort}/TCP`]);
  if (s.type === 'LoadBalancer') rows.push(['NodePort', `<unset>  ${nodePortOf(s)}/TCP`]);
  rows.push(['Endpoints', endpointText(world, s, Number.MAX_SAFE_INTEGER).replace('<none>', '')], ['Session Affinity', 'None']);
  if (s.type === 'LoadBalancer') rows.push(['External Traffic Policy', 'Cluster']);
  return [...kv(rows), ...eventsBlock(world, `service/${s.name}`)].join('\n');
}
