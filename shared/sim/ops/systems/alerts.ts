// Alert rules per tick: fire on symptoms, resolve when they clear.
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';

export function advanceAlerts(_world: World, _sink: EventSink): void {}
