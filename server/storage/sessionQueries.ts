// Sessions: scenario, seed and join code, the ordered command log that replays a game
// bit-exactly, and the checkpoint (last tick and state hash) a resumed game replays to.
import { z } from 'zod';
import type { SqlClient } from './SqlClient.ts';
import {
  checked,
  newSessionSchema,
  storedCommandSchema,
  tick,
  UnknownSessionError,
  type NewSession,
  type ResumableSession,
  type SessionMode,
  type SessionRow,
  type SessionStatus,
  type StoredCommand,
} from './records.ts';
import { insertRows, pgErrorCode, toNumber } from './sqlRows.ts';

const COMMAND_COLUMNS = ['session_id', 'seq', 'tick', 'actor_id', 'actor_name', 'role', 'lang', 'line', 'kind'] as const;
const FOREIGN_KEY_VIOLATION = '23503';
const UNIQUE_VIOLATION = '23505';

const commandsSchema = z.array(storedCommandSchema);
/** `stateHash` '' = the tick was reached but not hashed (hashing a large world is costly; the room hashes now and then). */
const checkpointSchema = z.object({ tick, stateHash: z.string().max(200) });

function toSessionRow(r: Record<string, unknown>): SessionRow {
  return {
    id: String(r.id),
    mode: r.mode as SessionMode,
    scenario: String(r.scenario),
    seed: toNumber(r.seed),
    code: String(r.code),
    status: r.status as SessionStatus,
    lastTick: toNumber(r.last_tick),
    lastHash: r.last_hash === null ? null : String(r.last_hash),
  };
}

export async function createSession(db: SqlClient, session: NewSession): Promise<void> {
  const s = checked(newSessionSchema, session, 'session');
  try {
    await db.query(
      'INSERT INTO sessions (id, mode, scenario, seed, code, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [s.id, s.mode, s.scenario, s.seed, s.code, s.createdAt ?? new Date()],
    );
  } catch (err) {
    if (pgErrorCode(err) === UNIQUE_VIOLATION) throw new Error(`session "${s.id}" already exists`);
    throw err;
  }
}

/** Stores commands by seq; a seq already stored is left as it is, so retries are harmless. */
export async function appendCommands(db: SqlClient, sessionId: string, commands: StoredCommand[]): Promise<void> {
  const list = checked(commandsSchema, commands, 'commands');
  if (list.length === 0) return;
  const bySeq = new Map<number, StoredCommand>();
  for (const c of list) if (!bySeq.has(c.seq)) bySeq.set(c.seq, c);
  const rows = [...bySeq.values()].map((c) => [sessionId, c.seq, c.tick, c.actorId, c.actorName, c.role, c.lang, c.line, c.kind]);
  try {
    await db.transaction((tx) => insertRows(tx, 'session_commands', COMMAND_COLUMNS, rows, 'ON CONFLICT (session_id, seq) DO NOTHING'));
  } catch (err) {
    if (pgErrorCode(err) === FOREIGN_KEY_VIOLATION) throw new UnknownSessionError(sessionId);
    throw err;
  }
}

/** Moves the checkpoint forward to `tick` (an older tick than the stored one changes nothing). */
export async function checkpoint(db: SqlClient, sessionId: string, tick: number, stateHash: string): Promise<void> {
  const c = checked(checkpointSchema, { tick, stateHash }, 'checkpoint');
  const rows = await db.query<{ id: string }>(
    `UPDATE sessions SET last_tick = $2, last_hash = NULLIF($3, ''), updated_at = now()
      WHERE id = $1 AND last_tick <= $2 RETURNING id`,
    [sessionId, c.tick, c.stateHash],
  );
  if (rows.length === 0 && (await findSession(db, sessionId)) === null) throw new UnknownSessionError(sessionId);
}

export async function findSession(db: SqlClient, sessionId: string): Promise<SessionRow | null> {
  const rows = await db.query<Record<string, unknown>>(
    'SELECT id, mode, scenario, seed, code, status, last_tick, last_hash FROM sessions WHERE id = $1',
    [sessionId],
  );
  return rows[0] === undefined ? null : toSessionRow(rows[0]);
}

export async function loadCommands(db: SqlClient, sessionId: string): Promise<StoredCommand[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT seq, tick, actor_id, actor_name, role, lang, line, kind
       FROM session_commands WHERE session_id = $1 ORDER BY seq`,
    [sessionId],
  );
  return rows.map((r) => ({
    seq: toNumber(r.seq),
    tick: toNumber(r.tick),
    actorId: String(r.actor_id),
    actorName: String(r.actor_name),
    role: String(r.role),
    lang: r.lang as StoredCommand['lang'],
    line: String(r.line),
    kind: r.kind as StoredCommand['kind'],
  }));
}

/** Running sessions, oldest first: what a restarted server offers to resume. */
export async function listResumable(db: SqlClient): Promise<ResumableSession[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT id, mode, scenario, seed, code, status, last_tick, last_hash
       FROM sessions WHERE status = 'running' ORDER BY created_at, id`,
  );
  return rows.map(toSessionRow).map(({ id, mode, scenario, seed, code, lastTick }) => ({ id, mode, scenario, seed, code, lastTick }));
}

/** Marks a running session abandoned; returns false when it was not running (or is unknown). */
export async function markAbandoned(db: SqlClient, sessionId: string): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `UPDATE sessions SET status = 'abandoned', updated_at = now() WHERE id = $1 AND status = 'running' RETURNING id`,
    [sessionId],
  );
  return rows.length > 0;
}
