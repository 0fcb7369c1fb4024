// Time to detect and time to resolve per incident, for the debrief, the scoring and
// the runner's summary. Both count from the moment the incident began, in game seconds.
import type { World } from '../model.ts';
import type { IncidentKind } from './model.ts';

export interface IncidentTiming {
  id: string;
  kind: IncidentKind;
  target: string;
  variant: string;
  source: string;
  openedTick: number;
  /** -1 while undetected (an incident that healed by itself may never be detected). */
  detectedTick: number;
  resolvedTick: number;
  /** Seconds from start to detection; null while undetected. */
  ttd: number | null;
  /** Seconds from start to resolution; null while open. */
  ttr: number | null;
  detectedBy: string;
  rootCause: string;
  concepts: string[];
}

/** One entry per incident, in the order they began. */
export function incidentTimings(world: World): IncidentTiming[] {
  const out: IncidentTiming[] = [];
  for (const i of world.ops.incidents.values()) {
    out.push({
      id: i.id,
      kind: i.kind,
      target: i.target,
      variant: i.variant,
      source: i.source,
      openedTick: i.openedTick,
      detectedTick: i.detectedTick,
      resolvedTick: i.resolvedTick,
      ttd: i.detectedTick >= 0 ? i.detectedTick - i.openedTick : null,
      ttr: i.state === 'resolved' ? i.resolvedTick - i.openedTick : null,
      detectedBy: i.detectedBy,
      rootCause: i.rootCause,
      concepts: [...i.concepts],
    });
  }
  return out;
}
