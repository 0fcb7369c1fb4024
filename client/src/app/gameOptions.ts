// The options of create/join as the forms fill them: an empty nickname is left out so
// the server generates one (in the player's language), the seed only when chosen, the
// language always (the server answers, hints and debriefs in it).
import type { CreateOptions, GameMode, JoinOptions } from '../../../shared/protocol/messages.ts';
import type { Lang } from '../i18n/index.ts';
import { normaliseJoinCode } from './joinCode.ts';

/** Team roles a joiner may ask for (docs/protocol.md, "Roles"); `player` has no limits. */
export const JOIN_ROLES = ['player', 'spectator', 'compute', 'platform', 'network-storage', 'on-call'] as const;
export type JoinRole = (typeof JOIN_ROLES)[number];

export function createOptions(o: { mode: GameMode; scenario: string; seed?: number | null; name?: string; lang: Lang }): CreateOptions {
  const name = o.name?.trim() ?? '';
  return {
    mode: o.mode,
    scenario: o.scenario,
    lang: o.lang,
    ...(o.seed !== null && o.seed !== undefined ? { seed: o.seed } : {}),
    ...(name ? { name } : {}),
  };
}

export function joinOptions(o: { code: string; name?: string; role?: JoinRole; lang: Lang }): JoinOptions {
  const name = o.name?.trim() ?? '';
  return {
    code: normaliseJoinCode(o.code),
    lang: o.lang,
    ...(name ? { name } : {}),
    ...(o.role && o.role !== 'player' ? { role: o.role } : {}),
  };
}
