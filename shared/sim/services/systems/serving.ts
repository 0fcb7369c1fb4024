// Serving per tick: latency from each backend's utilisation (a queue), errors and timeouts, the SLO window and totals.
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';

export function advanceServing(_world: World, _sink: EventSink): void {}
