// Image pulls and pushes in progress into TransferState by job id, with per-mille
// progress over all of the job's layers (bytes moved of bytes to move).
import type { MapSchema } from '@colyseus/schema';
import type { Job, World } from '../../../shared/sim/model.ts';
import { TransferState } from '../../../shared/schema/TransferState.ts';
import { entryOf, removeMissing } from './keyedEntries.ts';
import { permilleOf } from './quantise.ts';

/** Share of the job's layer bytes already moved, per-mille. */
export function jobProgressPermille(job: Job): number {
  let doneKiB = 0;
  let totalKiB = 0;
  for (const t of job.transfers) {
    doneKiB += t.doneKiB;
    totalKiB += t.sizeMiB * 1024;
  }
  return permilleOf(doneKiB, totalKiB);
}

function writeTransfer(s: TransferState, job: Job): void {
  if (s.kind !== job.kind) s.kind = job.kind;
  if (s.target !== job.targetId) s.target = job.targetId;
  if (s.image !== job.imageRef) s.image = job.imageRef;
  const progress = jobProgressPermille(job);
  if (s.progressPermille !== progress) s.progressPermille = progress;
}

export function projectTransfers(world: World, map: MapSchema<TransferState>): void {
  const jobs = world.jobs;
  let shown = 0;
  for (const job of jobs.values()) {
    if (job.state !== 'running') continue;
    writeTransfer(entryOf(map, job.id, () => new TransferState()), job);
    shown++;
  }
  removeMissing(map, shown, function* running() {
    for (const job of jobs.values()) if (job.state === 'running') yield job.id;
  });
}
