// What is stored and told when a game ends: the result row (score, stars, final hash,
// incident timings, who played) and each player's debrief in their language.
import type { World } from '../../shared/sim/model.ts';
import type { Lang } from '../../shared/sim/commands/types.ts';
import { buildDebrief } from '../../shared/sim/level/debrief.ts';
import { stateHash } from '../../shared/sim/stateHash.ts';
import type { DebriefMessage } from '../../shared/protocol/messages.ts';
import type { Seat } from './SeatTable.ts';

export interface GameResult {
  tick: number;
  won: boolean;
  stars: number;
  score: number;
  finalHash: string;
  breakdown: unknown;
  incidents: { id: string; kind: string; target: string; openedTick: number; detectedTick: number; resolvedTick: number }[];
  players: { profileId: string | null; seat: string; name: string; role: string }[];
}

export function buildGameResult(world: World, seats: readonly Seat[]): GameResult {
  const debrief = buildDebrief(world, 'en');
  return {
    tick: world.tick,
    won: debrief.won,
    stars: debrief.stars,
    score: debrief.score,
    finalHash: stateHash(world),
    breakdown: debrief.breakdown,
    incidents: [...world.ops.incidents.values()].map((i) => ({
      id: i.id,
      kind: i.kind,
      target: i.target,
      openedTick: i.openedTick,
      detectedTick: i.detectedTick,
      resolvedTick: i.resolvedTick,
    })),
    players: seats.map((s) => ({ profileId: s.profileId, seat: s.id, name: s.name, role: s.role })),
  };
}

export function debriefFor(world: World, lang: Lang, session: string, finalHash: string): DebriefMessage {
  return { ...buildDebrief(world, lang), session, finalHash };
}
