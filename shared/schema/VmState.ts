// A virtual machine as players see it (wire format, data only).
import { Schema, type } from '@colyseus/schema';

export class VmState extends Schema {
  @type('string') id = '';
  @type('string') name = '';
  @type('string') host = '';
  @type('uint8') vcpus = 0;
  @type('uint32') memoryMiB = 0;
  /** `linux` or `windows`: the guest kernel its containers share. */
  @type('string') os = '';
  /** VM_STATE code. */
  @type('uint8') state = 0;
  /** KERNEL_STATE code of the guest kernel. */
  @type('uint8') kernel = 0;
  /** NODE_STATUS code when the VM is a cluster node. */
  @type('uint8') node = 0;
  /** Boot or shutdown progress, per-mille. */
  @type('uint16') progressPermille = 0;
  @type('uint16') cpuPermille = 0;
  @type('uint16') memPermille = 0;
  @type('uint16') stealPermille = 0;
  @type('uint16') swapPermille = 0;
}
