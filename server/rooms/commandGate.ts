// Authorisation of a command line before anything runs it (ARCHITECTURE B, validation
// layer 2): session commands go to the room, the rest to the simulation, and a seat's
// role and team role decide what it may run. The role comes from the seat table.
import { translate } from '../../shared/i18n/index.ts';
import { tokenize } from '../../shared/sim/commands/tokenize.ts';
import type { Seat } from './SeatTable.ts';
import { SESSION_VERBS } from './sessionCommands.ts';
import { teamRoleAllows } from './teamRoles.ts';

/** What spectators may run: learning material and the room's roster. */
const SPECTATOR_VERBS: ReadonlySet<string> = new Set(['help', 'explain', 'who']);

export type GateDecision = { route: 'session'; words: string[] } | { route: 'sim' } | { route: 'refused'; error: string };

/**
 * Decides where `line` goes for `seat`. In a team session incidents are the
 * facilitator's to inject, whatever the scenario lets a solo player do.
 */
export function gateCommand(seat: Seat, line: string, mode: 'solo' | 'team'): GateDecision {
  const t = (key: string, params: Record<string, string | number> = {}): string => translate(seat.lang, `room.${key}`, params);
  const tokens = tokenize(line);
  const words = tokens.ok ? tokens.words : [];
  const verb = words[0] ?? '';
  if (seat.role === 'spectator' && !SPECTATOR_VERBS.has(verb)) return { route: 'refused', error: t('denied.spectator', { line: verb || line }) };
  if (SESSION_VERBS.has(verb)) return { route: 'session', words };
  if (verb === 'inject' && mode === 'team' && seat.role !== 'facilitator') return { route: 'refused', error: t('denied.facilitator', { command: verb }) };
  const allowed = teamRoleAllows(seat.teamRole, line);
  if (!allowed.ok) {
    return { route: 'refused', error: t('denied.teamRole', { line: verb, teamRole: seat.teamRole, family: allowed.family, allowed: allowed.allowed.join(', ') }) };
  }
  return { route: 'sim' };
}
