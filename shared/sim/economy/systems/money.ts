// Money per tick: revenue from served requests; host, power, licence and bandwidth costs; hardware deliveries.
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';

export function advanceMoney(_world: World, _sink: EventSink): void {}
