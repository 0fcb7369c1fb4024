// `host repair [--reimage] <host>`: send someone to fix a host. A failed host gets its
// part replaced and boots (minutes); a cut-off host gets a new NIC; a host whose kernel
// panicked is power-cycled now. `--reimage` reinstalls a container host's OS from a
// known-good image: its containers, images and local volumes are gone afterwards (the
// only way to be sure an intruder is gone too).
import { HOST_REIMAGE_TICKS, HOST_REPAIR_TICKS, NIC_REPAIR_TICKS } from '../../ops/figures.ts';
import { rackPowered, takeHostDown } from '../../ops/outages.ts';
import { f, hasFlag, parseFlags } from '../flags.ts';
import { failWithHint, say } from '../hint.ts';
import { extraArgs, findHost } from '../host/lookup.ts';
import type { Handler } from '../types.ts';
import { fail, ok } from '../types.ts';

export const hostRepair: Handler = (ctx, words) => {
  const parsed = parseFlags(words, [f('reimage', ['--reimage'], false)]);
  if (!parsed.ok) return fail(`error: ${parsed.error}\nSee 'help host repair'.`);
  const p = parsed.parsed;
  const found = findHost(ctx, p.positionals[0], 'host repair');
  if (!found.ok) return found.outcome;
  const extra = extraArgs('host repair', p.positionals, 1);
  if (extra) return extra;
  const world = ctx.world;
  const host = found.value;
  const reimage = hasFlag(p, 'reimage');
  const outage = world.ops.outages.get(host.id);
  if (host.state === 'down') {
    if (!rackPowered(world, host)) return failWithHint(ctx, `error: host '${host.id}' has no power`, 'ops.hint.noPower', { rack: host.rack });
    if (outage && outage.upAtTick >= 0) return ok(say(ctx, 'ops.repair.inProgress', { host: host.id, seconds: Math.max(0, outage.upAtTick - world.tick) }));
    if (reimage && host.role !== 'container-host') return fail(`error: host '${host.id}' runs a hypervisor: --reimage reinstalls container hosts only`);
    const ticks = reimage ? HOST_REIMAGE_TICKS : HOST_REPAIR_TICKS;
    if (outage) {
      outage.upAtTick = world.tick + ticks;
      if (reimage) outage.reason = 'reimage';
    } else {
      world.ops.outages.set(host.id, { hostId: host.id, reason: reimage ? 'reimage' : 'failure', sinceTick: world.tick, upAtTick: world.tick + ticks, vms: [] });
    }
    ctx.sink.happened(world.tick, 'host-repair', host.id, reimage ? 'reimage' : 'repair');
    return ok(say(ctx, reimage ? 'ops.repair.reimage' : 'ops.repair.started', { host: host.id, seconds: ticks }));
  }
  if (reimage) {
    if (host.role !== 'container-host') return fail(`error: host '${host.id}' runs a hypervisor: --reimage reinstalls container hosts only`);
    const down = takeHostDown(world, host, 'reimage', ctx.sink);
    const o = world.ops.outages.get(host.id);
    if (o) o.upAtTick = world.tick + HOST_REIMAGE_TICKS;
    return ok(`${say(ctx, 'ops.repair.reimage', { host: host.id, seconds: HOST_REIMAGE_TICKS })}\n${say(ctx, 'ops.repair.killed', { count: down.containers })}`);
  }
  if (host.partitioned) {
    const nic = world.ops.nicRepairs.get(host.id);
    if (nic) return ok(say(ctx, 'ops.repair.inProgress', { host: host.id, seconds: Math.max(0, nic.doneAtTick - world.tick) }));
    world.ops.nicRepairs.set(host.id, { hostId: host.id, doneAtTick: world.tick + NIC_REPAIR_TICKS });
    return ok(say(ctx, 'ops.repair.nic', { host: host.id, seconds: NIC_REPAIR_TICKS }));
  }
  const kernel = host.kernelId ? world.kernels.get(host.kernelId) : undefined;
  const reboot = kernel ? world.ops.reboots.get(kernel.id) : undefined;
  if (kernel && reboot && reboot.phase === 'panicked') {
    reboot.atTick = world.tick;
    return ok(say(ctx, 'ops.repair.powerCycle', { host: host.id }));
  }
  if (kernel && kernel.state !== 'up') return ok(say(ctx, 'ops.repair.booting', { host: host.id }));
  return failWithHint(ctx, `error: host '${host.id}' is up and healthy: nothing to repair`, 'ops.hint.healthy', { host: host.id });
};
