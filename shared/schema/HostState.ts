// A physical host as players see it (wire format, data only). Readings are per-mille
// of capacity, quantised by the projector so that noise does not cost bandwidth.
import { Schema, type } from '@colyseus/schema';

export class HostState extends Schema {
  @type('string') id = '';
  @type('string') rack = '';
  /** Host type name from the scenario's catalogue (`std-8`, …). */
  @type('string') type = '';
  /** `container-host`, `type1` or `type2`: what runs on the hardware. */
  @type('string') role = '';
  /** HOST_STATE code. */
  @type('uint8') state = 0;
  @type('boolean') cordoned = false;
  @type('boolean') partitioned = false;
  /** KERNEL_STATE code of the OS on the hardware (`up` for a type-1 hypervisor). */
  @type('uint8') kernel = 0;
  /** NODE_STATUS code when the host is a cluster node. */
  @type('uint8') node = 0;
  @type('uint16') cores = 0;
  @type('uint32') memoryMiB = 0;
  @type('uint32') diskMiB = 0;
  @type('uint16') cpuPermille = 0;
  @type('uint16') memPermille = 0;
  @type('uint16') diskPermille = 0;
  @type('uint16') nicPermille = 0;
  @type('uint16') swapPermille = 0;
}
