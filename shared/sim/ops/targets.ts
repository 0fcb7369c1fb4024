// Finding what an incident is aimed at from the words a facilitator or a scenario gives:
// a container (`web`, or `host-1/web` when names repeat across engines), a host, a VM,
// a rack, a registry, a service, a deployment, an image. Each lookup explains a miss
// with what exists, so `inject crash host-1` says why and what would do.
import { PUBLIC_REGISTRY, parseImageRef, repoTagKey } from '../images.ts';
import type { Container, Host, Registry, Vm, World } from '../model.ts';

export type Lookup<T> = { ok: true; value: T } | { ok: false; error: string };

const MAX_LISTED = 8;

/** Up to MAX_LISTED names, comma-separated, with the count when there are more; `none` when empty. */
export function listNames(names: readonly string[]): string {
  if (names.length === 0) return 'none';
  return names.length > MAX_LISTED ? `${names.slice(0, MAX_LISTED).join(', ')}, … (${names.length} in all)` : names.join(', ');
}

/** `host-1/web`: a container's name qualified by its engine (names are unique per engine only). */
export function qualifiedName(c: Container): string {
  return `${c.targetId}/${c.name}`;
}

/** What a word names besides a container, for a clearer refusal. */
function whatIs(world: World, text: string): string {
  if (world.hosts.has(text)) return `"${text}" is a host`;
  if (world.vms.has(text)) return `"${text}" is a VM`;
  if (world.racks.has(text)) return `"${text}" is a rack`;
  if (world.services.has(text)) return `"${text}" is a service`;
  if (world.registries.has(text)) return `"${text}" is a registry`;
  return `no "${text}" here`;
}

function runningContainerNames(world: World): string[] {
  const out: string[] = [];
  for (const c of world.containers.values()) if (c.state === 'running') out.push(qualifiedName(c));
  return out;
}

/** A container by `name` or `engine/name`; running ones only when `running` is set. */
export function findContainer(world: World, text: string, running: boolean): Lookup<Container> {
  const slash = text.indexOf('/');
  const engine = slash > 0 ? text.slice(0, slash) : null;
  const name = slash > 0 ? text.slice(slash + 1) : text;
  const matches: Container[] = [];
  for (const c of world.containers.values()) {
    if (c.name !== name || (engine !== null && c.targetId !== engine)) continue;
    if (running && c.state !== 'running') continue;
    matches.push(c);
  }
  const list = `running containers: ${listNames(runningContainerNames(world))}`;
  if (matches.length === 1) return { ok: true, value: matches[0] as Container };
  if (matches.length > 1) return { ok: false, error: `"${text}" is ambiguous: ${listNames(matches.map(qualifiedName))} (say <host-or-vm>/<name>)` };
  return { ok: false, error: `${running ? 'no running container' : 'no container'} "${text}"; ${slash > 0 ? '' : `${whatIs(world, text)}; `}${list}` };
}

/** A physical host that passes `accept` (which explains a refusal), listing the ones that would do. */
export function findHost(world: World, text: string, what: string, accept: (h: Host) => string | null): Lookup<Host> {
  const good: string[] = [];
  for (const h of world.hosts.values()) if (accept(h) === null) good.push(h.id);
  const host = world.hosts.get(text);
  if (!host) return { ok: false, error: `${whatIs(world, text)}; ${what}: ${listNames(good)}` };
  const why = accept(host);
  return why === null ? { ok: true, value: host } : { ok: false, error: `${why}; ${what}: ${listNames(good)}` };
}

/** A VM by name, or a host with a kernel of its own (bare-metal or type-2): the machines a kernel runs on. */
export function findKernelMachine(world: World, text: string): Lookup<{ host: Host | null; vm: Vm | null; kernelId: string }> {
  const names: string[] = [];
  for (const h of world.hosts.values()) if (h.kernelId) names.push(h.id);
  for (const v of world.vms.values()) names.push(v.name);
  const host = world.hosts.get(text);
  if (host) {
    if (!host.kernelId) return { ok: false, error: `${host.id} runs a type-1 hypervisor with no host kernel of its own (each VM has its own kernel); machines with a kernel: ${listNames(names)}` };
    return { ok: true, value: { host, vm: null, kernelId: host.kernelId } };
  }
  const vm = world.vms.get(text);
  if (vm) return { ok: true, value: { host: null, vm, kernelId: vm.kernelId } };
  return { ok: false, error: `${whatIs(world, text)}; machines with a kernel: ${listNames(names)}` };
}

/** A registry: `docker.io` or a private one's `host:port`. */
export function findRegistry(world: World, text: string): Lookup<Registry> {
  const id = text === 'hub' || text === 'docker-hub' ? PUBLIC_REGISTRY : text;
  const reg = world.registries.get(id);
  if (reg) return { ok: true, value: reg };
  return { ok: false, error: `${whatIs(world, text)}; registries: ${listNames([...world.registries.keys()])}` };
}

/** An image reference a registry serves now: its registry and the tag key there. */
export function findImageRef(world: World, text: string): Lookup<{ registry: Registry; key: string; imageId: string }> {
  const ref = parseImageRef(text);
  const known: string[] = [];
  for (const reg of world.registries.values()) for (const k of Object.keys(reg.tags)) known.push(reg.id === PUBLIC_REGISTRY ? k : `${reg.id}/${k}`);
  if (!ref) return { ok: false, error: `"${text}" is not an image reference; images in registries: ${listNames(known)}` };
  const reg = world.registries.get(ref.registry);
  const key = repoTagKey(ref);
  const imageId = reg?.tags[key];
  if (!reg || !imageId) return { ok: false, error: `no registry serves "${text}"; images in registries: ${listNames(known)}` };
  return { ok: true, value: { registry: reg, key, imageId } };
}

/** Labelled services whose selector matches `labels` (the load balancer's view). */
export function matchesSelector(selector: Record<string, string>, labels: Record<string, string>): boolean {
  for (const k of Object.keys(selector)) if (labels[k] !== selector[k]) return false;
  return Object.keys(selector).length > 0;
}
