// Invariants every reachable world must satisfy. Tests run them after each step of
// random command streams; a violation names the entity and the broken rule.
import type { World } from './model.ts';

/** Problems found in the world (empty when it is consistent). */
export function checkWorld(world: World): string[] {
  const problems: string[] = [];
  const bad = (msg: string) => problems.push(msg);
  const containerIds = new Set<string>();
  const indexes = { host: new Set<number>(), vm: new Set<number>(), kernel: new Set<number>(), container: new Set<number>() };
  for (const h of world.hosts.values()) {
    if (indexes.host.has(h.index)) bad(`host ${h.id}: duplicate index ${h.index}`);
    indexes.host.add(h.index);
    const m = h.metrics;
    for (const [k, v] of Object.entries(m)) if (!(v >= 0)) bad(`host ${h.id}: metric ${k} = ${v}`);
    if (m.memoryUsedMiB > h.memoryMiB) bad(`host ${h.id}: memory used ${m.memoryUsedMiB} > ${h.memoryMiB}`);
    if (m.cpuUsedMillis > h.cores * 1000) bad(`host ${h.id}: cpu used ${m.cpuUsedMillis} > ${h.cores * 1000}`);
    let sum = 0;
    for (const d of h.store.layers) sum += world.layers.get(d)?.sizeMiB ?? NaN;
    if (sum !== h.store.layersMiB) bad(`host ${h.id}: store size ${h.store.layersMiB} != sum of its layers ${sum}`);
    if (new Set(h.store.layers).size !== h.store.layers.length) bad(`host ${h.id}: a layer stored twice`);
    for (const [tag, id] of Object.entries(h.store.tags)) if (!world.images.has(id)) bad(`host ${h.id}: tag ${tag} -> unknown image`);
  }
  for (const vm of world.vms.values()) {
    if (indexes.vm.has(vm.index)) bad(`vm ${vm.name}: duplicate index`);
    indexes.vm.add(vm.index);
    const host = world.hosts.get(vm.hostId);
    if (!host) bad(`vm ${vm.name}: on unknown host ${vm.hostId}`);
    else if (host.role !== 'hypervisor') bad(`vm ${vm.name}: on ${host.id}, which is not a hypervisor host`);
    if (world.hosts.has(vm.name)) bad(`vm ${vm.name}: name clashes with a host`);
    if (!world.kernels.has(vm.kernelId)) bad(`vm ${vm.name}: kernel ${vm.kernelId} missing`);
    for (const [k, v] of Object.entries(vm.metrics)) if (!(v >= 0)) bad(`vm ${vm.name}: metric ${k} = ${v}`);
    if (vm.metrics.cpuUsedMillis > vm.vcpus * 1000) bad(`vm ${vm.name}: cpu used beyond its vCPUs`);
    if (vm.metrics.stealPermille > 1000 || vm.metrics.swappedPermille > 1000) bad(`vm ${vm.name}: per-mille reading over 1000`);
  }
  for (const k of world.kernels.values()) {
    if (indexes.kernel.has(k.index)) bad(`kernel ${k.id}: duplicate index`);
    indexes.kernel.add(k.index);
  }
  const cpuByKernel = new Map<string, number>();
  for (const [name, c] of world.containers) {
    if (name !== c.id) bad(`container ${c.name}: filed under "${name}", not its id`);
    if (containerIds.has(c.id)) bad(`container ${c.name}: duplicate id`);
    containerIds.add(c.id);
    if (indexes.container.has(c.index)) bad(`container ${c.name}: duplicate index`);
    indexes.container.add(c.index);
    const kernel = world.kernels.get(c.kernelId);
    if (!kernel) {
      bad(`container ${c.name}: kernel ${c.kernelId} missing`);
      continue;
    }
    if (kernel.index !== c.kernelIndex) bad(`container ${c.name}: kernelIndex ${c.kernelIndex} != ${kernel.index}`);
    if (!world.hosts.has(c.targetId) && !world.vms.has(c.targetId)) bad(`container ${c.name}: target ${c.targetId} missing`);
    const image = world.images.get(c.imageId);
    if (!image) bad(`container ${c.name}: image ${c.imageId} missing`);
    else if (image.os !== kernel.os) bad(`container ${c.name}: ${image.os} image on a ${kernel.os} kernel`);
    const m = c.metrics;
    for (const [k, v] of Object.entries(m)) if (!(v >= -1e-9)) bad(`container ${c.name}: metric ${k} = ${v}`);
    if (c.state === 'running') {
      if (kernel.state !== 'up') bad(`container ${c.name}: running on a kernel that is ${kernel.state}`);
      if (c.cpuLimitMillis > 0 && m.cpuUsedMillis > c.cpuLimitMillis) bad(`container ${c.name}: cpu ${m.cpuUsedMillis} over its quota ${c.cpuLimitMillis}`);
      if (c.memoryLimitMiB > 0 && m.memoryUsageMiB > c.memoryLimitMiB) bad(`container ${c.name}: memory over its limit after the OOM killer ran`);
      cpuByKernel.set(c.kernelId, (cpuByKernel.get(c.kernelId) ?? 0) + m.cpuUsedMillis);
    }
    if (c.waitingForJob !== null && !world.jobs.has(c.waitingForJob)) bad(`container ${c.name}: waits for a job that does not exist`);
  }
  for (const [kernelId, used] of cpuByKernel) {
    const k = world.kernels.get(kernelId);
    if (!k) continue;
    const cores = k.owner.kind === 'host' ? world.hosts.get(k.owner.id)?.cores : world.vms.get(k.owner.id)?.vcpus;
    if (cores !== undefined && used > cores * 1000) bad(`kernel ${kernelId}: containers use ${used}m on ${cores} cores`);
  }
  for (const v of world.volumes.values()) if (!(v.usedMiB >= -1e-9)) bad(`volume ${v.name}: used ${v.usedMiB}`);
  for (const job of world.jobs.values()) {
    if (!world.hosts.has(job.targetId) && !world.vms.has(job.targetId)) bad(`job ${job.id}: target ${job.targetId} missing`);
    for (const t of job.transfers) if (t.doneKiB < 0 || t.doneKiB > t.sizeMiB * 1024) bad(`job ${job.id}: transfer progress out of range`);
  }
  return problems;
}
