// Incidents per tick: scheduled and chance injections, ongoing effects, resolution checks (time to detect and resolve).
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';

export function advanceIncidents(_world: World, _sink: EventSink): void {}
