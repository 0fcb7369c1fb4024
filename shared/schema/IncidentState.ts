// An incident as players may know it (wire format). Only detected incidents are sent,
// and never their root cause: finding it is the game.
import { Schema, type } from '@colyseus/schema';

export class IncidentState extends Schema {
  @type('string') id = '';
  /** What was seen (the alert rule that detected it), not the hidden cause. */
  @type('string') detectedBy = '';
  @type('uint32') detectedTick = 0;
  /** -1 while open. */
  @type('int32') resolvedTick = -1;
}
