// Builds a world from a validated scenario and a seed. Everything a scenario names is
// checked here for consistency (unknown host types, images, duplicate ids), so a bad
// file is refused with a list of problems instead of producing a broken world.
import { createContainer, startContainer } from './containers.ts';
import { PUBLIC_REGISTRY, ensureImage, ensureLayer, imageIdOf, layerDigest, parseImageRef, putImageInStore, refKey } from './images.ts';
import { addHost, addVm, resolveTarget } from './machines.ts';
import type { Host, HostType, Image, Registry, World, WorkloadProfile } from './model.ts';
import { PUBLIC_REGISTRY_PER_LAYER_MIBPS, GUEST_OS, nicMiBps } from './realism.ts';
import { seedState } from './rng.ts';
import type { ScenarioFile } from './scenario/schema.ts';
import { emptyCluster } from './k8s/model.ts';
import { emptyOps } from './ops/model.ts';
import { emptyEconomy } from './economy/model.ts';
import { emptyLevel } from './level/model.ts';
import { buildCluster } from './scenario/clusterSchema.ts';
import { buildServices } from './scenario/servicesSchema.ts';
import { buildOps } from './scenario/opsSchema.ts';
import { buildEconomy } from './scenario/economySchema.ts';
import { buildLevel } from './scenario/levelSchema.ts';

export class ScenarioError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid scenario:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** How long scenario containers have been running when the game starts, in ticks. */
const SCENARIO_UPTIME_TICKS = 60;

const DEFAULT_PROFILE: WorkloadProfile = { cpuMillis: 10, memoryMiB: 8, memoryGrowthMiB: 0, writeKiB: 0, listenPort: 0, command: 'sh' };

function emptyWorld(scenario: ScenarioFile, seed: number): World {
  return {
    seed,
    tick: 0,
    rng: seedState(seed),
    nextSerial: 1,
    scenario: { id: scenario.id, title: scenario.title, unlocked: [...scenario.unlocked], defaultDockerHost: scenario.defaultDockerHost },
    hostTypes: {},
    racks: new Map(),
    hosts: new Map(),
    vms: new Map(),
    kernels: new Map(),
    containers: new Map(),
    layers: new Map(),
    images: new Map(),
    registries: new Map(),
    networks: new Map([
      ['bridge', { name: 'bridge', driver: 'bridge', subnet: '172.17.0.0/16', nextIp: 2, builtin: true }],
      ['host', { name: 'host', driver: 'host', subnet: '', nextIp: 0, builtin: true }],
      ['none', { name: 'none', driver: 'null', subnet: '', nextIp: 0, builtin: true }],
    ]),
    volumes: new Map(),
    jobs: new Map(),
    recipes: new Map(),
    buildCache: new Map(),
    nextIndex: { host: 0, vm: 0, kernel: 0, container: 0 },
    commandLog: [],
    logSeq: 0,
    k8s: emptyCluster(),
    services: new Map(),
    ops: emptyOps(),
    economy: emptyEconomy(),
    level: emptyLevel(),
  };
}

function buildImages(world: World, scenario: ScenarioFile, problems: string[], publicRegistry: Registry): void {
  const byRef = new Map<string, Image>();
  scenario.images.forEach((spec, i) => {
    const ref = parseImageRef(spec.ref);
    if (!ref) {
      problems.push(`images[${i}].ref: "${spec.ref}" is not an image reference`);
      return;
    }
    let parentLayers: string[] = [];
    let profile: WorkloadProfile = DEFAULT_PROFILE;
    let env: Record<string, string> = {};
    if (spec.from) {
      const base = byRef.get(spec.from);
      if (!base) {
        problems.push(`images[${i}].from: "${spec.from}" must be an image listed earlier in "images"`);
        return;
      }
      parentLayers = base.layers;
      profile = base.profile;
      env = base.env;
      if (base.os !== spec.os) problems.push(`images[${i}].os: "${spec.os}" differs from its base image's os "${base.os}"`);
    }
    const layers = [...parentLayers];
    for (const step of spec.steps) {
      const parent = layers[layers.length - 1] ?? '';
      const digest = layerDigest(parent, step.createdBy, String(step.sizeMiB));
      ensureLayer(world, { digest, sizeMiB: step.sizeMiB, createdBy: step.createdBy, ...(step.secret ? { secret: step.secret } : {}) });
      layers.push(digest);
    }
    const finalProfile: WorkloadProfile = spec.profile ? { ...spec.profile } : profile;
    const finalEnv = { ...env, ...spec.env };
    const image = ensureImage(world, {
      id: imageIdOf(layers, spec.os, finalProfile, finalEnv),
      layers,
      os: spec.os,
      profile: finalProfile,
      createdTick: 0,
      env: finalEnv,
    });
    byRef.set(spec.ref, image);
    publicRegistry.tags[refKey(ref)] = image.id;
    for (const d of layers) if (!publicRegistry.blobs.includes(d)) publicRegistry.blobs.push(d);
  });
}

function buildHosts(world: World, scenario: ScenarioFile, problems: string[]): void {
  for (const [name, t] of Object.entries(scenario.hostTypes)) {
    const type: HostType = { name, cores: t.cores, memoryMiB: t.memory, diskMiB: t.disk, nicMbps: t.nicMbps, price: t.price, costPerHour: t.costPerHour };
    world.hostTypes[name] = type;
  }
  scenario.racks.forEach((rack, r) => {
    if (world.racks.has(rack.id)) problems.push(`racks[${r}].id: duplicate rack "${rack.id}"`);
    world.racks.set(rack.id, { id: rack.id, powered: true });
    rack.hosts.forEach((spec, h) => {
      const type = world.hostTypes[spec.type];
      if (!type) {
        problems.push(`racks[${r}].hosts[${h}].type: unknown host type "${spec.type}" (known: ${Object.keys(world.hostTypes).join(', ')})`);
        return;
      }
      for (let k = 0; k < spec.count; k++) {
        const id = spec.id ?? `${spec.idPrefix}${spec.start + k}`;
        if (world.hosts.has(id) || world.vms.has(id)) {
          problems.push(`racks[${r}].hosts[${h}]: duplicate host id "${id}"`);
          continue;
        }
        addHost(world, id, rack.id, type, spec.role, spec.hypervisor ?? null);
      }
    });
  });
}

function buildVms(world: World, scenario: ScenarioFile, problems: string[]): void {
  const hypervisors = [...world.hosts.values()].filter((h) => h.role === 'hypervisor');
  let cursor = 0;
  scenario.vms.forEach((spec, i) => {
    for (let k = 0; k < spec.count; k++) {
      const name = spec.name ?? `${spec.namePrefix}${k + 1}`;
      let host: Host | undefined;
      if (spec.host === '*') {
        host = hypervisors[cursor++ % Math.max(1, hypervisors.length)];
      } else {
        host = world.hosts.get(spec.host);
      }
      if (!host || host.role !== 'hypervisor') {
        problems.push(`vms[${i}].host: "${spec.host}" is not a hypervisor host`);
        return;
      }
      if (world.vms.has(name) || world.hosts.has(name)) {
        problems.push(`vms[${i}]: duplicate name "${name}"`);
        return;
      }
      const vm = addVm(world, name, host, spec.vcpus, spec.memory, spec.os);
      // Scenario VMs start booted, as if they had been running for a while.
      vm.state = 'running';
      vm.progress = 1000;
      const kernel = world.kernels.get(vm.kernelId);
      if (kernel) kernel.state = 'up';
      vm.metrics.memoryUsedMiB = GUEST_OS[vm.os].memoryMiB;
    }
  });
}

function preloadImages(world: World, scenario: ScenarioFile, problems: string[], publicRegistry: Registry): void {
  scenario.preload.forEach((text, i) => {
    const ref = parseImageRef(text);
    const id = ref ? publicRegistry.tags[refKey(ref)] : undefined;
    if (!ref || !id) {
      problems.push(`preload[${i}]: "${text}" is not an image of this scenario`);
      return;
    }
    const image = world.images.get(id);
    for (const host of world.hosts.values()) if (host.role === 'container-host') putImageInStore(world, host.store, refKey(ref), id);
    for (const vm of world.vms.values()) if (vm.os === image?.os) putImageInStore(world, vm.store, refKey(ref), id);
  });
}

function buildContainers(world: World, scenario: ScenarioFile, problems: string[], publicRegistry: Registry): void {
  // Names are unique per engine, as with docker.
  const namesTaken = new Set<string>();
  scenario.containers.forEach((spec, i) => {
    const ref = parseImageRef(spec.image);
    const imageId = ref ? publicRegistry.tags[refKey(ref)] : undefined;
    const image = imageId ? world.images.get(imageId) : undefined;
    if (!ref || !image || !imageId) {
      problems.push(`containers[${i}].image: "${spec.image}" is not an image of this scenario`);
      return;
    }
    const targets: string[] = [];
    if (spec.on.startsWith('*')) {
      if (spec.on === '*' || spec.on === '*hosts') for (const h of world.hosts.values()) if (h.role === 'container-host') targets.push(h.id);
      if (spec.on === '*' || spec.on === '*vms') for (const v of world.vms.values()) if (v.os === image.os) targets.push(v.id);
    } else {
      targets.push(spec.on);
    }
    if (targets.length === 0) {
      problems.push(`containers[${i}].on: "${spec.on}" matches no machine that can run it`);
      return;
    }
    for (let k = 0; k < spec.count; k++) {
      const name = spec.name ?? `${spec.namePrefix}${k + 1}`;
      const targetId = targets[k % targets.length] ?? '';
      const found = resolveTarget(world, targetId);
      if (!found.ok) {
        problems.push(`containers[${i}].on: "${targetId}" is not a running container host or VM`);
        return;
      }
      if (found.target.kernel.os !== image.os) {
        problems.push(`containers[${i}]: image os "${image.os}" cannot run on ${targetId}'s ${found.target.kernel.os} kernel`);
        return;
      }
      if (namesTaken.has(`${targetId}/${name}`)) {
        problems.push(`containers[${i}]: duplicate name "${name}" on ${targetId}`);
        return;
      }
      namesTaken.add(`${targetId}/${name}`);
      putImageInStore(world, found.target.store, refKey(ref), imageId);
      const c = createContainer(world, found.target, {
        name,
        imageRef: refKey(ref),
        imageId,
        cpuLimitMillis: spec.cpus ? Math.round(spec.cpus * 1000) : 0,
        memoryLimitMiB: spec.memory ?? 0,
        oomScoreAdj: 0,
        ports: [],
        network: 'bridge',
        userns: false,
        restartPolicy: spec.restart,
        env: { ...image.env },
        labels: { ...spec.labels },
        mounts: [],
        profile: image.profile,
      });
      startContainer(world, c);
      // Scenario containers have been up for a while when the game starts (like its VMs):
      // ready for traffic at tick 0, and past dockerd's restart-counter reset.
      if (c.state === 'running') c.metrics.uptimeTicks = SCENARIO_UPTIME_TICKS;
    }
  });
}

/** A new world for `scenario` (already schema-validated) with the given seed. Throws ScenarioError. */
export function createWorld(scenario: ScenarioFile, seed: number): World {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new ScenarioError([`seed: expected an integer from 0 to 4294967295, got ${seed}`]);
  const world = emptyWorld(scenario, seed);
  const problems: string[] = [];
  const publicRegistry: Registry = {
    id: PUBLIC_REGISTRY,
    kind: 'public',
    containerId: null,
    available: true,
    perLayerMiBps: PUBLIC_REGISTRY_PER_LAYER_MIBPS,
    ...(scenario.uplinkMbps ? { sharedMiBps: nicMiBps(scenario.uplinkMbps) } : {}),
    tags: {},
    blobs: [],
  };
  world.registries.set(PUBLIC_REGISTRY, publicRegistry);
  buildImages(world, scenario, problems, publicRegistry);
  buildHosts(world, scenario, problems);
  buildVms(world, scenario, problems);
  preloadImages(world, scenario, problems, publicRegistry);
  for (const [name, r] of Object.entries(scenario.recipes)) {
    world.recipes.set(name, { name, text: r.text, files: r.files, stepSizes: r.stepSizes, ...(r.profile ? { profile: r.profile } : {}) });
  }
  if (!resolveTarget(world, scenario.defaultDockerHost).ok) {
    problems.push(`defaultDockerHost: "${scenario.defaultDockerHost}" is not a container host or running Linux VM of this scenario`);
  }
  buildContainers(world, scenario, problems, publicRegistry);
  // The orchestrator, services, operations, money and level parts, in dependency order.
  buildCluster(world, scenario, problems);
  buildServices(world, scenario, problems);
  buildOps(world, scenario, problems);
  buildEconomy(world, scenario, problems);
  buildLevel(world, scenario, problems);
  if (problems.length) throw new ScenarioError(problems);
  return world;
}
