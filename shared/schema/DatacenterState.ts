// The synced room state (wire format, data only). This issue syncs the clock and the
// shared command log; hosts, VMs and containers are projected here by the server issue.
import { ArraySchema, Schema, type } from '@colyseus/schema';

export class LogEntryState extends Schema {
  @type('number') seq = 0;
  @type('number') tick = 0;
  @type('string') actor = '';
  @type('string') line = '';
  @type('boolean') ok = true;
}

export class DatacenterState extends Schema {
  @type('string') scenario = '';
  @type('number') tick = 0;
  @type('number') speed = 1;
  @type([LogEntryState]) log = new ArraySchema<LogEntryState>();
}
