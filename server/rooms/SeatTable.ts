// Who sits in the room: seats outlive connections, so a player who drops and comes
// back keeps their seat id, role and the attribution of everything they did. The role
// is the server's record, set when the seat was given, never read from a message.
import type { Lang } from '../../shared/sim/commands/types.ts';
import type { Role } from '../../shared/schema/codes.ts';

export interface Seat {
  id: string;
  name: string;
  role: Role;
  teamRole: string;
  lang: Lang;
  profileId: string | null;
  /** Colyseus session id of the connection using the seat now (kept across reconnection). */
  sessionId: string;
  connected: boolean;
}

export class SeatTable {
  private readonly seats = new Map<string, Seat>();
  private readonly bySession = new Map<string, Seat>();
  private serial = 0;

  add(seat: Omit<Seat, 'id' | 'connected'>): Seat {
    const full: Seat = { ...seat, id: `s${++this.serial}`, connected: true };
    this.seats.set(full.id, full);
    this.bySession.set(full.sessionId, full);
    return full;
  }

  ofSession(sessionId: string): Seat | undefined {
    return this.bySession.get(sessionId);
  }

  remove(seatId: string): void {
    const seat = this.seats.get(seatId);
    if (!seat) return;
    this.seats.delete(seatId);
    if (this.bySession.get(seat.sessionId) === seat) this.bySession.delete(seat.sessionId);
  }

  /** A nickname not used by another seat: `name`, else `name 2`, `name 3`… */
  uniqueName(name: string): string {
    const taken = new Set([...this.seats.values()].map((s) => s.name));
    if (!taken.has(name)) return name;
    for (let i = 2; ; i++) if (!taken.has(`${name} ${i}`)) return `${name} ${i}`;
  }

  all(): Seat[] {
    return [...this.seats.values()];
  }

  get size(): number {
    return this.seats.size;
  }
}
