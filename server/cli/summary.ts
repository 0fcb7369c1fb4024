// The one-line JSON the runner prints last with --json: where the world ended up, its
// fingerprint, and head counts, so scripts and CI can compare runs without parsing the
// transcript; for a level, its result (score, stars, objectives met).
import { computeScore } from '../../shared/sim/level/score.ts';
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
  /** Levels only (scenarios with objectives): the result, 0 stars when lost. */
  won?: boolean;
  score?: number;
  stars?: number;
  objectives?: { id: string; met: boolean }[];
}

/** The level's part of the summary: final once it ended, the score so far before that. */
function levelSummary(world: World): Pick<RunSummary, 'won' | 'score' | 'stars' | 'objectives'> {
  const level = world.level;
  if (!level.isLevel || !level.spec) return {};
  const score = level.ended ? level.score : computeScore(world, level.spec, level.hintsTaken, world.tick).total;
  return {
    won: level.ended && level.won,
    score,
    stars: level.ended ? level.stars : 0,
    objectives: level.objectives.map((o) => ({ id: o.id, met: o.met && !o.failed })),
  };
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
    ...levelSummary(world),
  };
}
