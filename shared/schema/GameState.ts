// Room-wide figures: money, score, level outcome (wire format).
import { ArraySchema, Schema, type } from '@colyseus/schema';
import { ObjectiveState } from './ObjectiveState.ts';

export class GameState extends Schema {
  @type('number') balanceCents = 0;
  @type('number') revenueCents = 0;
  @type('number') costCents = 0;
  @type('boolean') isLevel = false;
  @type('uint32') durationTicks = 0;
  @type('boolean') ended = false;
  @type('boolean') won = false;
  @type('uint8') stars = 0;
  @type('int32') score = 0;
  @type('uint8') hintsTaken = 0;
  @type([ObjectiveState]) objectives = new ArraySchema<ObjectiveState>();
}
