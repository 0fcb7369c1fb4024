// A firing (or recently resolved) alert (wire format). The summary is an i18n key
// with its parameters as JSON, so each player reads it in their own language.
import { Schema, type } from '@colyseus/schema';

export class AlertState extends Schema {
  @type('string') id = '';
  @type('string') rule = '';
  @type('string') subject = '';
  /** SEVERITY code. */
  @type('uint8') severity = 0;
  @type('string') summary = '';
  @type('string') params = '{}';
  @type('uint32') sinceTick = 0;
  /** -1 while firing. */
  @type('int32') resolvedTick = -1;
  @type('string') ackedBy = '';
}
