// The orchestrator per tick: node heartbeats and NotReady, eviction, scheduling, replica-set and deployment controllers, the kubelet (pod containers, crash-loop back-off, readiness) and the autoscaler.
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';

export function advanceControlPlane(_world: World, _sink: EventSink): void {}
