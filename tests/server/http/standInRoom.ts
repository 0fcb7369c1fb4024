// A minimal room for tests of the HTTP and matchmaking layer, independent of the game
// room: a team-like room listed under a join code it draws itself, as the real one does.
import { Room } from '@colyseus/core';
import { generateJoinCode } from '../../../server/sessions/joinCode.ts';

export class StandInRoom extends Room {
  static created: Array<{ options: Record<string, unknown>; code: string }> = [];
  /** The address matchmaking gave each onAuth call. */
  static authIps: string[] = [];

  static override async onAuth(_token: string, _options: unknown, context: { ip?: unknown }): Promise<boolean> {
    StandInRoom.authIps.push(String(context.ip));
    return true;
  }

  override onCreate(options: Record<string, unknown>): void {
    const code = generateJoinCode(6);
    (this.listing as unknown as { code: string }).code = code;
    StandInRoom.created.push({ options, code });
    this.maxClients = 8;
  }

  override onJoin(): void {}
}
