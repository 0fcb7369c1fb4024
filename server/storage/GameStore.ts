// The game's repository: what the room and the HTTP API call to keep profiles, progress,
// sessions, command logs and results. One SqlClient underneath, PGlite or PostgreSQL.
import type { SqlClient } from './SqlClient.ts';
import type {
  EnsuredProfile,
  GameResult,
  NewSession,
  ProgressEntry,
  ResumableSession,
  StoredCommand,
  StoredSession,
} from './records.ts';
import { ensureProfile, getProfile, getProgress } from './profileQueries.ts';
import { appendCommands, checkpoint, createSession, findSession, listResumable, loadCommands, markAbandoned } from './sessionQueries.ts';
import { loadResult, recordResult } from './resultQueries.ts';

export class GameStore {
  private closing: Promise<void> | null = null;

  /** `onClose` runs after the client is closed (openStore releases the data-directory lock there). */
  constructor(
    readonly db: SqlClient,
    private readonly onClose: () => void = () => {},
  ) {}

  get kind(): SqlClient['kind'] {
    return this.db.kind;
  }

  /** The profile of `token`, or a new profile and token when it is absent or unknown. */
  ensureProfile(token: string | undefined, nickname: string): Promise<EnsuredProfile> {
    return ensureProfile(this.db, token, nickname);
  }

  getProfile(token: string): Promise<{ id: string; nickname: string } | null> {
    return getProfile(this.db, token);
  }

  getProgress(token: string): Promise<ProgressEntry[]> {
    return getProgress(this.db, token);
  }

  createSession(session: NewSession): Promise<void> {
    return createSession(this.db, session);
  }

  /** Idempotent per seq: re-appending a stored seq is a no-op. Throws UnknownSessionError. */
  appendCommands(sessionId: string, commands: StoredCommand[]): Promise<void> {
    return appendCommands(this.db, sessionId, commands);
  }

  /** The last tick reached and its state hash; a resumed game replays its commands up to it. */
  checkpoint(sessionId: string, tick: number, stateHash: string): Promise<void> {
    return checkpoint(this.db, sessionId, tick, stateHash);
  }

  /** Stores the result once (true) and ends the session; a repeated call changes nothing (false). */
  recordResult(sessionId: string, result: GameResult): Promise<boolean> {
    return recordResult(this.db, sessionId, result);
  }

  async loadSession(sessionId: string): Promise<StoredSession | null> {
    const session = await findSession(this.db, sessionId);
    if (session === null) return null;
    const commands = await loadCommands(this.db, sessionId);
    const result = await loadResult(this.db, sessionId);
    return result === undefined ? { ...session, commands } : { ...session, commands, result };
  }

  /** Records who created the session (the only profile allowed to resume it). */
  async setSessionOwner(sessionId: string, profileId: string): Promise<void> {
    await this.db.query('UPDATE sessions SET owner_profile = $2 WHERE id = $1 AND owner_profile IS NULL', [sessionId, profileId]);
  }

  /** The profile that created the session, or null (unknown session, or created without a profile). */
  async sessionOwner(sessionId: string): Promise<string | null> {
    const rows = await this.db.query<{ owner_profile: string | null }>('SELECT owner_profile FROM sessions WHERE id = $1', [sessionId]);
    return rows[0]?.owner_profile ?? null;
  }

  listResumable(): Promise<ResumableSession[]> {
    return listResumable(this.db);
  }

  /** Returns false when the session was not running. */
  markAbandoned(sessionId: string): Promise<boolean> {
    return markAbandoned(this.db, sessionId);
  }

  /** Closes the database (pending queries finish first) and releases its lock. Safe to call twice. */
  close(): Promise<void> {
    this.closing ??= this.db.close().finally(this.onClose);
    return this.closing;
  }
}
