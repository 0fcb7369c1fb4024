// Complete plain entities (and a debrief) with the schema's default values, for
// FakeConnection, tests and the offline demo:
//   fakeEntity('containers', { uid: 3, name: 'web' })
// The defaults are typed against the derived views, so a field added to shared/schema
// fails to compile here until it is given a default.
import type { DebriefMessage } from '../../../shared/protocol/messages.ts';
import type { CollectionName, EntityViews, GameView, LogEntryView, ObjectiveView, RootView } from '../state/snapshot.ts';
import { EMPTY_GAME, EMPTY_ROOT } from '../state/snapshot.ts';

const DEFAULTS: { [K in CollectionName]: EntityViews[K] } = {
  hosts: { id: '', rack: '', type: '', role: '', state: 0, cordoned: false, partitioned: false, kernel: 0, node: 0, cores: 0, memoryMiB: 0, diskMiB: 0, cpuPermille: 0, memPermille: 0, diskPermille: 0, nicPermille: 0, swapPermille: 0 },
  vms: { id: '', name: '', host: '', vcpus: 0, memoryMiB: 0, os: '', state: 0, kernel: 0, node: 0, progressPermille: 0, cpuPermille: 0, memPermille: 0, stealPermille: 0, swapPermille: 0 },
  containers: { uid: 0, name: '', image: '', target: '', state: 0, exitCode: 0, oomKilled: false, restarts: 0, cpuMillis: 0, memMiB: 0, cpuLimitMillis: 0, memLimitMiB: 0, app: '', pod: '' },
  pods: { name: '', deployment: '', node: '', status: '', ready: false, restarts: 0 },
  deployments: { name: '', image: '', replicas: 0, ready: 0, updated: 0, available: 0, revision: 0 },
  services: { name: '', offeredRps: 0, servedRps: 0, errorRps: 0, healthyBackends: 0, utilisationPermille: 0, availabilityMilli: 100000, targetMilli: 0, budgetPermille: 1000, cause: '' },
  alerts: { id: '', rule: '', subject: '', severity: 0, summary: '', params: '{}', sinceTick: 0, resolvedTick: -1, ackedBy: '' },
  incidents: { id: '', detectedBy: '', detectedTick: 0, resolvedTick: -1 },
  transfers: { kind: 'pull', target: '', image: '', progressPermille: 0 },
  players: { seat: '', name: '', role: 0, teamRole: '', connected: true, lang: 'en' },
};

/** A complete entity of `collection`: the defaults with `fields` over them. */
export function fakeEntity<K extends CollectionName>(collection: K, fields: Partial<EntityViews[K]> = {}): EntityViews[K] {
  return { ...DEFAULTS[collection], ...fields };
}

export function fakeRoot(fields: Partial<RootView> = {}): RootView {
  return { ...EMPTY_ROOT, ...fields };
}

export function fakeGame(fields: Partial<GameView> = {}): GameView {
  return { ...EMPTY_GAME, ...fields };
}

export function fakeObjective(fields: Partial<ObjectiveView> = {}): ObjectiveView {
  return { id: '', en: '', ko: '', met: false, failed: false, progress: '', ...fields };
}

export function fakeLogEntry(fields: Partial<LogEntryView> = {}): LogEntryView {
  return { seq: 0, tick: 0, seat: '', actor: '', kind: 'command', line: '', ok: true, ...fields };
}

/** A complete debrief (a won level with nothing in it) with `fields` over it. */
export function fakeDebrief(fields: Partial<DebriefMessage> = {}): DebriefMessage {
  return {
    session: 'fake-session',
    finalHash: '',
    lesson: '',
    ended: true,
    won: true,
    stars: 3,
    score: 0,
    endReason: 'met',
    endedTick: 0,
    objectives: [],
    breakdown: { profitCents: 0, profitPoints: 0, sloPoints: 0, services: [], incidentPenalty: 0, hintCost: 0, total: 0 },
    incidents: [],
    commands: [],
    concepts: [],
    text: '',
    ...fields,
  };
}
