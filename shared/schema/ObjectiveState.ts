// A level objective and its progress (wire format). Titles travel in both languages
// so a player can switch language mid-game without asking the server.
import { Schema, type } from '@colyseus/schema';

export class ObjectiveState extends Schema {
  @type('string') id = '';
  @type('string') en = '';
  @type('string') ko = '';
  @type('boolean') met = false;
  @type('boolean') failed = false;
  @type('string') progress = '';
}
