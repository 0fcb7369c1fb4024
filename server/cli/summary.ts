// The one-line JSON the runner prints last with --json: where the world ended up, its
// fingerprint, and head counts, so scripts and CI can compare runs without parsing the
// transcript.
import type { World } from '../../shared/sim/model.ts';
import { TICK_SECONDS } from '../../shared/sim/realism.ts';
import { stateHash } from '../../shared/sim/stateHash.ts';
import type { ScriptCounts } from './script.ts';

export interface RunSummary {
  scenario: string;
  seed: number;
  tick: number;
  gameSeconds: number;
  stateHash: string;
  hosts: number;
  hostsUp: number;
  vms: number;
  vmsRunning: number;
  containers: number;
  containersRunning: number;
  commands: ScriptCounts;
}

/** Counts and fingerprint of `world` after a run (walks every entity once). */
export function summarize(world: World, commands: ScriptCounts): RunSummary {
  let hostsUp = 0;
  for (const h of world.hosts.values()) if (h.state === 'up') hostsUp++;
  let vmsRunning = 0;
  for (const v of world.vms.values()) if (v.state === 'running') vmsRunning++;
  let containersRunning = 0;
  for (const c of world.containers.values()) if (c.state === 'running') containersRunning++;
  return {
    scenario: world.scenario.id,
    seed: world.seed,
    tick: world.tick,
    gameSeconds: world.tick * TICK_SECONDS,
    stateHash: stateHash(world),
    hosts: world.hosts.size,
    hostsUp,
    vms: world.vms.size,
    vmsRunning,
    containers: world.containers.size,
    containersRunning,
    commands: { ...commands },
  };
}
