// The simulation benchmark: the reference world (bench-10k: 1,000 hosts, 4,000 VMs,
// 10,000 running containers) ticked 600 times after a warm-up, each tick timed on its
// own, and a level-sized world (bench-level) run for 30 game minutes. Timing lives
// here, never in shared/sim, which must stay free of clocks.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { step } from '../shared/sim/step.ts';
import { createWorld } from '../shared/sim/world.ts';
import type { World } from '../shared/sim/model.ts';
import { loadScenario } from '../server/scenarios/loadScenario.ts';
import { mib, percentile, round } from './stats.ts';

export const REFERENCE_SCENARIO = 'bench-10k';
export const LEVEL_SCENARIO = 'bench-level';
const WARMUP_TICKS = 60;
const MEASURED_TICKS = 600;
const LEVEL_TICKS = 30 * 60;
/** Happenings that mean the reference world is not in steady state. */
const UNSTEADY = new Set(['container-oom-killed', 'container-disk-full', 'container-exited', 'container-restarted']);

export interface SimBench {
  hosts: number;
  vms: number;
  containers: number;
  tickMsP50: number;
  tickMsP99: number;
  tickMsMax: number;
  gameMinutesPerWallSecond: number;
  levelGameMinutesPerWallSecond: number;
  levelWallMsFor30GameMinutes: number;
  levelHosts: number;
  levelContainers: number;
  createMs: number;
  levelCreateMs: number;
  heapUsedMiB: number;
  rssMiB: number;
  /** Happenings in the measured ticks that a steady world should not have (0 when steady). */
  unsteadyEvents: number;
}

// A collector call before reading memory, so the figure is the world, not garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function build(id: string, seed = 1): { world: World; ms: number } {
  const scenario = loadScenario(id);
  const t0 = performance.now();
  const world = createWorld(scenario, seed);
  return { world, ms: performance.now() - t0 };
}

function running(world: World): number {
  let n = 0;
  for (const c of world.containers.values()) if (c.state === 'running') n++;
  return n;
}

function benchLevel(): { gameMinutesPerWallSecond: number; wallMs: number; hosts: number; containers: number; createMs: number } {
  const { world, ms } = build(LEVEL_SCENARIO);
  const containers = running(world);
  const t0 = performance.now();
  for (let i = 0; i < LEVEL_TICKS; i++) step(world, []);
  const wallMs = performance.now() - t0;
  return { gameMinutesPerWallSecond: LEVEL_TICKS / 60 / (wallMs / 1000), wallMs, hosts: world.hosts.size, containers, createMs: ms };
}

/** Runs both worlds and returns the `sim` section of bench/results.json. */
export function benchSim(log: (line: string) => void = () => {}): SimBench {
  // The level world first, in a cold process, as a bot or a level test would meet it.
  const level = benchLevel();
  log(`level world: ${level.hosts} hosts, ${level.containers} containers, 30 game-minutes in ${round(level.wallMs, 1)} ms`);

  gc();
  const { world, ms: createMs } = build(REFERENCE_SCENARIO);
  gc();
  const mem = process.memoryUsage();
  log(`reference world created in ${round(createMs, 1)} ms; heapUsed ${mib(mem.heapUsed)} MiB, rss ${mib(mem.rss)} MiB`);
  for (let i = 0; i < WARMUP_TICKS; i++) step(world, []);
  const samples: number[] = [];
  let unsteady = 0;
  for (let i = 0; i < MEASURED_TICKS; i++) {
    const t0 = performance.now();
    const r = step(world, []);
    samples.push(performance.now() - t0);
    for (const e of r.events) if (e.kind === 'happening' && UNSTEADY.has(e.type)) unsteady++;
  }
  const totalMs = samples.reduce((a, b) => a + b, 0);
  return {
    hosts: world.hosts.size,
    vms: world.vms.size,
    containers: running(world),
    tickMsP50: round(percentile(samples, 50)),
    tickMsP99: round(percentile(samples, 99)),
    tickMsMax: round(Math.max(...samples)),
    gameMinutesPerWallSecond: round(MEASURED_TICKS / 60 / (totalMs / 1000), 1),
    levelGameMinutesPerWallSecond: round(level.gameMinutesPerWallSecond, 1),
    levelWallMsFor30GameMinutes: round(level.wallMs, 1),
    levelHosts: level.hosts,
    levelContainers: level.containers,
    createMs: round(createMs, 1),
    levelCreateMs: round(level.createMs, 1),
    heapUsedMiB: mib(mem.heapUsed),
    rssMiB: mib(mem.rss),
    unsteadyEvents: unsteady,
  };
}
