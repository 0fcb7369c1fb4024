// A Deployment as `kubectl get deployments` shows it (wire format, data only).
import { Schema, type } from '@colyseus/schema';

export class DeploymentState extends Schema {
  @type('string') name = '';
  @type('string') image = '';
  @type('uint16') replicas = 0;
  @type('uint16') ready = 0;
  @type('uint16') updated = 0;
  @type('uint16') available = 0;
  @type('uint16') revision = 0;
}
