// A finished game's result: written in one transaction with its incident timings, its players,
// the session's end, and each profiled player's progress, so a result shown as final is stored.
import type { SqlClient } from './SqlClient.ts';
import {
  checked,
  gameResultSchema,
  UnknownSessionError,
  type GameResult,
  type IncidentTiming,
  type ResultPlayer,
  type StoredResult,
} from './records.ts';
import { insertRows, toNumber } from './sqlRows.ts';

const INCIDENT_COLUMNS = ['session_id', 'incident_id', 'kind', 'target', 'opened_tick', 'detected_tick', 'resolved_tick'] as const;
const PLAYER_COLUMNS = ['session_id', 'seat', 'profile_id', 'name', 'role'] as const;

/** Best stars and best score are kept; wins and plays count up. */
const UPSERT_PROGRESS = `
  INSERT INTO progress (profile_id, scenario, best_stars, best_score, wins, plays)
  VALUES ($1, $2, $3, $4, $5, 1)
  ON CONFLICT (profile_id, scenario) DO UPDATE SET
    best_stars = GREATEST(progress.best_stars, EXCLUDED.best_stars),
    best_score = GREATEST(progress.best_score, EXCLUDED.best_score),
    wins = progress.wins + EXCLUDED.wins,
    plays = progress.plays + 1,
    updated_at = now()`;

/**
 * Records the result of `sessionId` once: returns true when this call stored it, false when it
 * was already stored (then nothing changes, so a retried call never counts a play twice).
 */
export async function recordResult(db: SqlClient, sessionId: string, result: GameResult): Promise<boolean> {
  const r = checked(gameResultSchema, result, 'result');
  return db.transaction(async (tx) => {
    // The row lock orders concurrent calls for one session; the loser sees the result row.
    const sessions = await tx.query<{ scenario: string }>('SELECT scenario FROM sessions WHERE id = $1 FOR UPDATE', [sessionId]);
    const session = sessions[0];
    if (session === undefined) throw new UnknownSessionError(sessionId);
    const inserted = await tx.query<{ session_id: string }>(
      `INSERT INTO session_results (session_id, tick, won, stars, score, final_hash, breakdown)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (session_id) DO NOTHING RETURNING session_id`,
      [sessionId, r.tick, r.won, r.stars, r.score, r.finalHash, JSON.stringify(r.breakdown ?? null)],
    );
    if (inserted.length === 0) return false;

    await insertRows(tx, 'incident_timings', INCIDENT_COLUMNS, r.incidents.map((i) =>
      [sessionId, i.id, i.kind, i.target, i.openedTick, i.detectedTick, i.resolvedTick]), 'ON CONFLICT DO NOTHING');

    // A player whose profile does not exist (any more) still appears in the result, unlinked.
    const named = [...new Set(r.players.flatMap((p) => (p.profileId === null ? [] : [p.profileId])))];
    const known = new Set(named.length === 0 ? [] : (await tx.query<{ id: string }>(
      'SELECT id FROM profiles WHERE id = ANY($1::text[])', [named])).map((row) => row.id));
    await insertRows(tx, 'session_players', PLAYER_COLUMNS, r.players.map((p) =>
      [sessionId, p.seat, p.profileId !== null && known.has(p.profileId) ? p.profileId : null, p.name, p.role]),
    'ON CONFLICT DO NOTHING');

    await tx.query(
      `UPDATE sessions SET status = 'ended', last_tick = GREATEST(last_tick, $2), last_hash = $3, updated_at = now() WHERE id = $1`,
      [sessionId, r.tick, r.finalHash],
    );
    for (const profileId of named) {
      if (!known.has(profileId)) continue;
      await tx.query(UPSERT_PROGRESS, [profileId, session.scenario, r.stars, r.score, r.won ? 1 : 0]);
    }
    return true;
  });
}

/** The stored result of `sessionId`, or undefined while the game has none. */
export async function loadResult(db: SqlClient, sessionId: string): Promise<StoredResult | undefined> {
  const rows = await db.query<Record<string, unknown>>(
    'SELECT tick, won, stars, score, final_hash, breakdown, recorded_at FROM session_results WHERE session_id = $1',
    [sessionId],
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  const incidents = await db.query<Record<string, unknown>>(
    `SELECT incident_id, kind, target, opened_tick, detected_tick, resolved_tick
       FROM incident_timings WHERE session_id = $1 ORDER BY opened_tick, incident_id`,
    [sessionId],
  );
  const players = await db.query<Record<string, unknown>>(
    'SELECT seat, profile_id, name, role FROM session_players WHERE session_id = $1 ORDER BY seat',
    [sessionId],
  );
  return {
    tick: toNumber(row.tick),
    won: row.won === true,
    stars: toNumber(row.stars),
    score: toNumber(row.score),
    finalHash: String(row.final_hash),
    breakdown: row.breakdown,
    recordedAt: row.recorded_at as Date,
    incidents: incidents.map((i): IncidentTiming => ({
      id: String(i.incident_id),
      kind: String(i.kind),
      target: String(i.target),
      openedTick: toNumber(i.opened_tick),
      detectedTick: toNumber(i.detected_tick),
      resolvedTick: toNumber(i.resolved_tick),
    })),
    players: players.map((p): ResultPlayer => ({
      seat: String(p.seat),
      profileId: p.profile_id === null ? null : String(p.profile_id),
      name: String(p.name),
      role: String(p.role),
    })),
  };
}
