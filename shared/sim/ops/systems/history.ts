// Bounded metric histories sampled every few ticks, for diagnosis and charts.
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';

export function advanceHistory(_world: World, _sink: EventSink): void {}
