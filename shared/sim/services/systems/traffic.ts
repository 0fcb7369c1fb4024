// Offered load per tick: each service's request rate from its daily curve, spread over its healthy backends as per-container rps and CPU.
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';

export function advanceTraffic(_world: World, _sink: EventSink): void {}
