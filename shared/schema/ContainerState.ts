// A container as players see it (wire format, data only). Entries are pooled slots:
// the key is a slot number, `uid` says which container holds it (0 = a free slot), so
// removing a container never deletes from a large MapSchema (O(all objects) in schema 3).
import { Schema, type } from '@colyseus/schema';

// Whole numbers go as 'number' (1 byte below 128, 2 below 256, 3 below 65,536, else 5)
// rather than fixed-width uint32: most readings and limits are small, and these are the
// fields of 10,000 entities and of most patches.
export class ContainerState extends Schema {
  /** The container's never-reused serial (its dense index + 1); 0 marks a free slot. */
  @type('number') uid = 0;
  @type('string') name = '';
  @type('string') image = '';
  /** Host or VM id whose docker engine runs it (the kernel it shares). */
  @type('string') target = '';
  /** CONTAINER_STATE code. */
  @type('uint8') state = 0;
  @type('uint8') exitCode = 0;
  @type('boolean') oomKilled = false;
  @type('number') restarts = 0;
  /** CPU used, millicores, quantised. */
  @type('number') cpuMillis = 0;
  /** Memory used, MiB, quantised. */
  @type('number') memMiB = 0;
  /** `--cpus` as millicores (0 = unlimited) and `--memory` in MiB (0 = unlimited). */
  @type('number') cpuLimitMillis = 0;
  @type('number') memLimitMiB = 0;
  /** Value of its `app` label (what load balancers select), or ''. */
  @type('string') app = '';
  /** Name of the pod it runs, or '' for a plain docker container. */
  @type('string') pod = '';
}
