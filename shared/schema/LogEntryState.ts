// One entry of the shared event log: a command someone ran, or a facilitator's note.
import { Schema, type } from '@colyseus/schema';

export class LogEntryState extends Schema {
  @type('uint32') seq = 0;
  @type('uint32') tick = 0;
  /** Seat id of who acted ('' for the system). */
  @type('string') seat = '';
  /** Their nickname at the time. */
  @type('string') actor = '';
  /** `command`, `annotation` or `system`. */
  @type('string') kind = 'command';
  @type('string') line = '';
  @type('boolean') ok = true;
}
