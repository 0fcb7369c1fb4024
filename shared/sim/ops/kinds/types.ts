// The contract of one incident kind: what it can be aimed at, how it breaks the world
// (with the real mechanisms: processes die, machines go down, registries refuse), how
// it keeps going, when it counts as resolved, and the concepts it teaches.
import type { ConceptId } from '../../concepts.ts';
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';
import type { Incident, IncidentKind } from '../model.ts';
import type { TickView } from '../workloads.ts';

export interface KindDef {
  id: IncidentKind;
  /** What a target must be, for refusals: `a running container ([<host-or-vm>/]<name>)`. */
  needs: string;
  /** Forms of the kind a scenario or `--variant` may ask for (the first is the default when only one). */
  variants: readonly string[];
  concepts: readonly ConceptId[];
  /** Alert rules its symptoms usually fire (for the catalogue and the tests). */
  alerts: readonly string[];
  /** Why `target` cannot take this incident now, or null when it can. */
  validate(world: World, target: string): string | null;
  /** Targets that would take it now (seeded chance incidents pick one). */
  candidates(world: World): string[];
  /** Breaks the world. Called only after validate passed; fills incident.data and subjects. */
  inject(world: World, incident: Incident, sink: EventSink): void;
  /** Ongoing effects (timers, spreading); called every tick until `data.effectDone` is true. */
  tick?(world: World, incident: Incident, sink: EventSink): void;
  /** The service is restored, the bad thing gone, or the workload healthy again. */
  isResolved(view: TickView, incident: Incident): boolean;
}

/** Adds names to an incident's detection subjects (once each). */
export function addSubjects(incident: Incident, names: Iterable<string>): void {
  for (const n of names) if (n !== '' && !incident.subjects.includes(n)) incident.subjects.push(n);
}

/** A numeric data field, 0 when absent. */
export function num(incident: Incident, key: string): number {
  const v = incident.data[key];
  return typeof v === 'number' ? v : 0;
}

/** A string data field, '' when absent. */
export function str(incident: Incident, key: string): string {
  const v = incident.data[key];
  return typeof v === 'string' ? v : '';
}
