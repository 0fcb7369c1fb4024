// A seat in the room: who is there, in which role, and whether they are connected.
// Keyed by seat id, which outlives reconnections (attribution stays with the seat).
import { Schema, type } from '@colyseus/schema';

export class PlayerState extends Schema {
  @type('string') seat = '';
  @type('string') name = '';
  /** ROLE code (player, facilitator, spectator). */
  @type('uint8') role = 0;
  /** Scenario team role (compute, platform, network-storage, on-call) or ''. */
  @type('string') teamRole = '';
  @type('boolean') connected = true;
  @type('string') lang = 'en';
}
