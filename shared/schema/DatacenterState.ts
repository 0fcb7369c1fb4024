// The synced room state (wire format, data only; docs/protocol.md). Entities are
// keyed by stable ids and updated in place by the projector (server/rooms/projection).
import { ArraySchema, MapSchema, Schema, type } from '@colyseus/schema';
import { AlertState } from './AlertState.ts';
import { ContainerState } from './ContainerState.ts';
import { DeploymentState } from './DeploymentState.ts';
import { GameState } from './GameState.ts';
import { HostState } from './HostState.ts';
import { IncidentState } from './IncidentState.ts';
import { LogEntryState } from './LogEntryState.ts';
import { PlayerState } from './PlayerState.ts';
import { PodState } from './PodState.ts';
import { ServiceState } from './ServiceState.ts';
import { TransferState } from './TransferState.ts';
import { VmState } from './VmState.ts';

export class DatacenterState extends Schema {
  @type('string') scenario = '';
  /** `solo` or `team`. */
  @type('string') mode = 'solo';
  /** Join code of a team session ('' for solo). */
  @type('string') code = '';
  /** `running`, `paused` or `ended`. */
  @type('string') phase = 'running';
  @type('uint32') tick = 0;
  /** Game seconds per wall second (1, 2, 4 or 8). */
  @type('uint8') speed = 1;
  /** Command families the scenario unlocks (`*` = all). */
  @type(['string']) unlocked = new ArraySchema<string>();
  @type(GameState) game = new GameState();
  @type({ map: HostState }) hosts = new MapSchema<HostState>();
  @type({ map: VmState }) vms = new MapSchema<VmState>();
  @type({ map: ContainerState }) containers = new MapSchema<ContainerState>();
  @type({ map: PodState }) pods = new MapSchema<PodState>();
  @type({ map: DeploymentState }) deployments = new MapSchema<DeploymentState>();
  @type({ map: ServiceState }) services = new MapSchema<ServiceState>();
  @type({ map: AlertState }) alerts = new MapSchema<AlertState>();
  @type({ map: IncidentState }) incidents = new MapSchema<IncidentState>();
  @type({ map: TransferState }) transfers = new MapSchema<TransferState>();
  @type({ map: PlayerState }) players = new MapSchema<PlayerState>();
  @type([LogEntryState]) log = new ArraySchema<LogEntryState>();
}

export { AlertState, ContainerState, DeploymentState, GameState, HostState, IncidentState, LogEntryState, PlayerState, PodState, ServiceState, TransferState, VmState };
