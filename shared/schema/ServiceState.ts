// A customer-facing service as its load balancer and SLO see it (wire format).
import { Schema, type } from '@colyseus/schema';

export class ServiceState extends Schema {
  @type('string') name = '';
  @type('uint32') offeredRps = 0;
  @type('uint32') servedRps = 0;
  @type('uint32') errorRps = 0;
  @type('uint16') healthyBackends = 0;
  @type('uint16') utilisationPermille = 0;
  /** Availability over the SLO window, thousandths of a percent (99.9 % = 99900). */
  @type('uint32') availabilityMilli = 100000;
  @type('uint32') targetMilli = 0;
  /** Error budget left, per-mille (0 = spent). */
  @type('uint16') budgetPermille = 1000;
  /** Why requests fail now (a ServiceFailureCause), '' when healthy. */
  @type('string') cause = '';
}
