// Who may take a seat, and in which role (issue 4 §2). The creator of a team session is
// its facilitator; joiners are players (optionally with a team role) or spectators;
// nobody becomes facilitator by asking. Join codes are checked here.
import { ServerError, matchMaker } from '@colyseus/core';
import { translate } from '../../shared/i18n/index.ts';
import { ROOM_NAME } from '../../shared/protocol/messages.ts';
import type { Role } from '../../shared/schema/codes.ts';
import type { Lang } from '../../shared/sim/commands/types.ts';
import { apiMessage } from '../http/apiMessages.ts';
import { generateJoinCode, normaliseJoinCode } from '../sessions/joinCode.ts';
import { checkNickname, generateNickname } from '../sessions/nicknames.ts';
import { joinOptionsSchema } from './roomOptions.ts';
import { isTeamRole, TEAM_ROLES } from './teamRoles.ts';

export interface Admission {
  name: string;
  role: Role;
  teamRole: string;
  lang: Lang;
  profile: string | undefined;
}

function langOf(raw: unknown): Lang {
  return (raw as { lang?: unknown } | null)?.lang === 'ko' ? 'ko' : 'en';
}

function refuse(lang: Lang, key: string, params: Record<string, string | number> = {}, code = 403): never {
  throw new ServerError(code, translate(lang, `room.join.${key}`, params));
}

/**
 * Normalises a join code in the options before matchmaking looks rooms up with them
 * (the same object is used after auth), so `k7m2qx ` finds K7M2QX. Failed attempts
 * are rate-limited per address by the matchmaking guard (server/http/matchmakeGuard.ts).
 */
export function normaliseJoinOptions(raw: unknown): void {
  if (typeof raw !== 'object' || raw === null || !('code' in raw)) return;
  const options = raw as { code: unknown };
  options.code = normaliseJoinCode(options.code) ?? '-';
}

function nickname(raw: unknown, lang: Lang): string {
  const name = (raw as { name?: unknown } | null)?.name;
  if (name === undefined || name === '') return generateNickname(lang);
  const checked = checkNickname(name);
  if (!checked.ok) refuse(lang, 'badName', { reason: apiMessage(checked.reason, lang) }, 400);
  return checked.name;
}

function profileOf(raw: unknown): string | undefined {
  const p = (raw as { profile?: unknown } | null)?.profile;
  return typeof p === 'string' && p.length > 0 && p.length <= 128 ? p : undefined;
}

/** The first seat: facilitator of a team session, the player of a solo game. */
export function admitCreator(raw: unknown, mode: 'solo' | 'team'): Admission {
  const lang = langOf(raw);
  return { name: nickname(raw, lang), role: mode === 'team' ? 'facilitator' : 'player', teamRole: '', lang, profile: profileOf(raw) };
}

/** Any later seat: needs the session's code; may ask to be a spectator or to take a team role. */
export function admitJoiner(raw: unknown, room: { mode: 'solo' | 'team'; code: string }): Admission {
  const lang = langOf(raw);
  if (room.mode === 'solo') refuse(lang, 'solo');
  const parsed = joinOptionsSchema.safeParse(raw ?? {});
  if (!parsed.success) refuse(lang, 'noCode', {}, 400);
  if (normaliseJoinCode(parsed.data.code) !== room.code) refuse(lang, 'badCode');
  const asked = parsed.data.role ?? 'player';
  let role: Role = 'player';
  let teamRole = '';
  if (asked === 'facilitator') refuse(lang, 'noFacilitator');
  else if (asked === 'spectator') role = 'spectator';
  else if (isTeamRole(asked)) teamRole = asked;
  else if (asked !== 'player') refuse(lang, 'badRole', { role: asked, roles: Object.keys(TEAM_ROLES).join(', ') }, 400);
  return { name: nickname(raw, lang), role, teamRole, lang, profile: profileOf(raw) };
}

/** A join code no running session uses (matchmaking looks rooms up by it, across processes with Redis). */
export async function newUniqueJoinCode(): Promise<string> {
  for (;;) {
    const code = generateJoinCode(6);
    const taken = await matchMaker.query({ name: ROOM_NAME, code } as never);
    if (taken.length === 0) return code;
  }
}
