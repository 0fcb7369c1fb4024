// The state projection: after every simulation tick, brings the synced DatacenterState
// up to date with the World, read-only. Made for schema 3's costs:
// - entities are keyed by stable ids (hosts, VMs by id; services, deployments by name;
//   alerts, incidents by id; transfers by job id) and updated in place, never replaced;
// - containers and pods live in pooled slots (slotPool.ts) so the hot path never deletes
//   from a large MapSchema;
// - every field is computed first and assigned only when it differs, and readings are
//   quantised and dead-banded (quantise.ts), so an unchanged world encodes to nothing;
// - hidden truths stay on the server: incidents appear only once detected, without their
//   kind, target, variant or root cause.
// The room owns `players`, `log`, `code`, `mode`, `phase` and `speed`; this never touches them.
import type { World } from '../../../shared/sim/model.ts';
import type { DatacenterState } from '../../../shared/schema/DatacenterState.ts';
import { ContainerProjector } from './projectContainers.ts';
import { projectDeployments } from './projectDeployments.ts';
import { projectGame } from './projectGame.ts';
import { HostProjector } from './projectHosts.ts';
import { projectAlerts, projectIncidents } from './projectOps.ts';
import { PodProjector } from './projectPods.ts';
import { projectServices } from './projectServices.ts';
import { projectTransfers } from './projectTransfers.ts';
import { VmProjector } from './projectVms.ts';
import { NodeIndex } from './machineStatus.ts';

export interface Projector {
  /** Mirrors `world` into the state; call after every tick (and once after creating the world). */
  project(world: World): void;
  /** From now on the level's outcome (ended, won) may be shown: the room calls it once the result is stored. */
  revealOutcome(world: World): void;
}

export class WorldProjector implements Projector {
  private readonly hosts: HostProjector;
  private readonly vms: VmProjector;
  private readonly containers: ContainerProjector;
  private readonly pods: PodProjector;
  private readonly nodes = new NodeIndex();
  private unlockedSet = false;
  /** A finished level shows as over only once its result is stored (issue 4 §3). */
  private outcomeShown = false;

  constructor(private readonly state: DatacenterState) {
    // The projector is the only writer of these collections; the slot pools start empty.
    for (const map of [state.hosts, state.vms, state.containers, state.pods, state.deployments, state.services, state.alerts, state.incidents, state.transfers]) {
      if (map.size > 0) map.clear();
    }
    this.hosts = new HostProjector(state.hosts);
    this.vms = new VmProjector(state.vms);
    this.containers = new ContainerProjector(state.containers);
    this.pods = new PodProjector(state.pods);
  }

  /** Slots holding a container / a pod (the rest of each map is free slots). */
  get usedSlots(): { containers: number; pods: number } {
    return { containers: this.containers.used, pods: this.pods.used };
  }

  project(world: World): void {
    const s = this.state;
    if (s.tick !== world.tick) s.tick = world.tick;
    if (s.scenario !== world.scenario.id) s.scenario = world.scenario.id;
    if (!this.unlockedSet) {
      // The scenario's unlocked command families are fixed for the game.
      const want = world.scenario.unlocked;
      if (s.unlocked.length !== want.length || want.some((u, i) => s.unlocked[i] !== u)) {
        s.unlocked.clear();
        s.unlocked.push(...want);
      }
      this.unlockedSet = true;
    }
    this.nodes.refresh(world);
    this.hosts.project(world, this.nodes);
    this.vms.project(world, this.nodes);
    this.containers.project(world);
    this.pods.project(world);
    projectDeployments(world, s.deployments);
    projectServices(world, s.services);
    projectAlerts(world, s.alerts);
    projectIncidents(world, s.incidents);
    projectTransfers(world, s.transfers);
    projectGame(world, s.game, this.outcomeShown);
  }

  revealOutcome(world: World): void {
    this.outcomeShown = true;
    projectGame(world, this.state.game, true);
  }
}

/** A projector writing into `state` (whose entity maps it then owns). */
export function createProjector(state: DatacenterState): WorldProjector {
  return new WorldProjector(state);
}
