// A Kubernetes pod as `kubectl get pods` shows it (wire format, data only). Pooled
// like containers: `name` '' marks a free slot.
import { Schema, type } from '@colyseus/schema';

export class PodState extends Schema {
  @type('string') name = '';
  /** Owning deployment, or ''. */
  @type('string') deployment = '';
  /** Node name, or '' while Pending. */
  @type('string') node = '';
  /** The STATUS column: Running, Pending, ContainerCreating, CrashLoopBackOff, … */
  @type('string') status = '';
  @type('boolean') ready = false;
  @type('uint16') restarts = 0;
}
