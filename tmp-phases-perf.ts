import { readFileSync } from 'node:fs';
import { parseScenario } from '/work/main/shared/sim/scenario/schema.ts';
import { createWorld } from '/work/main/shared/sim/world.ts';
import { EventSink } from '/work/main/shared/sim/events.ts';
import { advance } from '/work/main/shared/sim/step.ts';
import { advanceTransfers } from '/work/main/shared/sim/systems/transfers.ts';
import { advanceLifecycle } from '/work/main/shared/sim/systems/lifecycle.ts';
import { advanceResources } from '/work/main/shared/sim/systems/resources.ts';
import { advanceControlPlane } from '/work/main/shared/sim/k8s/systems/controlPlane.ts';
import { advanceIncidents } from '/work/main/shared/sim/ops/systems/incidents.ts';
import { advanceTraffic } from '/work/main/shared/sim/services/systems/traffic.ts';
import { advanceServing } from '/work/main/shared/sim/services/systems/serving.ts';
import { advanceAlerts } from '/work/main/shared/sim/ops/systems/alerts.ts';
import { advanceHistory } from '/work/main/shared/sim/ops/systems/history.ts';
import { advanceMoney } from '/work/main/shared/sim/economy/systems/money.ts';
import { advanceLevel } from '/work/main/shared/sim/level/systems/objectives.ts';
const r = parseScenario(JSON.parse(readFileSync('/work/main/shared/scenarios/bench-10k.json','utf8')));
if (!r.ok) throw new Error('bad');
const world = createWorld(r.scenario, 1);
for (let i=0;i<60;i++) advance(world, new EventSink());
const phases: [string, (w: any, s: any)=>void][] = [['transfers',advanceTransfers],['lifecycle',advanceLifecycle],['control',advanceControlPlane],['incidents',advanceIncidents],['traffic',advanceTraffic],['resources',advanceResources],['serving',advanceServing],['alerts',advanceAlerts],['history',advanceHistory],['money',advanceMoney],['level',advanceLevel]];
const tot: Record<string, number[]> = {};
for (let i=0;i<300;i++) { const sink = new EventSink(); for (const [n,f] of phases) { const t=performance.now(); f(world,sink); (tot[n] ??= []).push(performance.now()-t);} world.tick++; }
for (const [n, a] of Object.entries(tot)) { a.sort((x,y)=>x-y); console.log(n.padEnd(10), 'p50', a[150]!.toFixed(3), 'p99', a[297]!.toFixed(3), 'max', a[299]!.toFixed(3)); }
