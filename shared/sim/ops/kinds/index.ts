// The incident catalogue: one definition per kind of GAME_DESIGN.md section 3, by id.
import type { IncidentKind } from '../model.ts';
import { badReleaseKind } from './badRelease.ts';
import { containerEscapeKind } from './containerEscape.ts';
import { crashKind } from './crash.ts';
import { crashLoopKind } from './crashLoop.ts';
import { diskFailureKind } from './diskFailure.ts';
import { diskFullKind } from './diskFull.ts';
import { hostFailureKind } from './hostFailure.ts';
import { hypervisorFailureKind } from './hypervisorFailure.ts';
import { imagePullFailureKind } from './imagePullFailure.ts';
import { kernelPanicKind } from './kernelPanic.ts';
import { memoryLeakKind } from './memoryLeak.ts';
import { networkPartitionKind } from './networkPartition.ts';
import { noisyNeighbourKind } from './noisyNeighbour.ts';
import { powerLossKind } from './powerLoss.ts';
import { registryOutageKind } from './registryOutage.ts';
import { secretLeakKind } from './secretLeak.ts';
import { trafficSpikeKind } from './trafficSpike.ts';
import type { KindDef } from './types.ts';
import { vmOvercommitKind } from './vmOvercommit.ts';

export const KINDS: Readonly<Record<IncidentKind, KindDef>> = {
  crash: crashKind,
  'crash-loop': crashLoopKind,
  'memory-leak': memoryLeakKind,
  'noisy-neighbour': noisyNeighbourKind,
  'host-failure': hostFailureKind,
  'disk-failure': diskFailureKind,
  'disk-full': diskFullKind,
  'network-partition': networkPartitionKind,
  'kernel-panic': kernelPanicKind,
  'hypervisor-failure': hypervisorFailureKind,
  'vm-overcommit': vmOvercommitKind,
  'traffic-spike': trafficSpikeKind,
  'bad-release': badReleaseKind,
  'registry-outage': registryOutageKind,
  'image-pull-failure': imagePullFailureKind,
  'secret-leak': secretLeakKind,
  'container-escape': containerEscapeKind,
  'power-loss': powerLossKind,
};

/** The kind named `text`, if it is one. */
export function kindOf(text: string): KindDef | null {
  return Object.hasOwn(KINDS, text) ? KINDS[text as IncidentKind] : null;
}
