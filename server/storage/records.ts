// The records the game store reads and writes (the room's and HTTP API's view of the database),
// with zod schemas that check them before anything is written: bad input changes nothing.
import { z } from 'zod';

export const tick = z.number().int().min(0).max(2 ** 31 - 1);
/** A tick that may be -1: "never happened" (an incident not detected or not resolved). */
const tickOrNever = z.number().int().min(-1).max(2 ** 31 - 1);
const int32 = z.number().int().min(-(2 ** 31)).max(2 ** 31 - 1);
const name = z.string().min(1).max(200);

export const storedCommandSchema = z.object({
  seq: tick,
  tick,
  actorId: name,
  actorName: z.string().max(200),
  role: name,
  lang: z.enum(['en', 'ko']),
  line: z.string().max(10_000),
  /** Only `command` entries drive the simulation; the others are the log's annotations and notices. */
  kind: z.enum(['command', 'annotation', 'session', 'system']),
});

/** One entry of a session's log (an accepted command line, an annotation, a join or drop), in seq order. */
export type StoredCommand = z.infer<typeof storedCommandSchema>;

export type SessionMode = 'solo' | 'team';
export type SessionStatus = 'running' | 'ended' | 'abandoned';

export const newSessionSchema = z.object({
  id: name,
  mode: z.enum(['solo', 'team']),
  scenario: name,
  seed: z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
  code: z.string().max(64),
  createdAt: z.date().optional(),
});

export type NewSession = z.infer<typeof newSessionSchema>;

export const incidentTimingSchema = z.object({
  id: name,
  kind: name,
  target: z.string().max(200),
  openedTick: tick,
  detectedTick: tickOrNever,
  resolvedTick: tickOrNever,
});

export type IncidentTiming = z.infer<typeof incidentTimingSchema>;

export const resultPlayerSchema = z.object({
  profileId: name.nullable(),
  seat: name,
  name: z.string().max(200),
  role: name,
});

export type ResultPlayer = z.infer<typeof resultPlayerSchema>;

export const gameResultSchema = z.object({
  tick,
  won: z.boolean(),
  stars: z.number().int().min(0).max(3),
  score: int32,
  finalHash: z.string().min(1).max(200),
  breakdown: z.unknown(),
  incidents: z.array(incidentTimingSchema),
  players: z.array(resultPlayerSchema),
});

export type GameResult = z.infer<typeof gameResultSchema>;

/** A result as stored, with the time it was recorded. */
export type StoredResult = GameResult & { recordedAt: Date };

/** A session's row: what it is and the checkpoint it reached. */
export interface SessionRow {
  id: string;
  mode: SessionMode;
  scenario: string;
  seed: number;
  code: string;
  status: SessionStatus;
  /** The checkpoint: the last tick reached and the state hash there (null before the first, or not hashed). */
  lastTick: number;
  lastHash: string | null;
}

export interface StoredSession extends SessionRow {
  commands: StoredCommand[];
  result?: StoredResult;
}

export interface ResumableSession {
  id: string;
  mode: SessionMode;
  scenario: string;
  seed: number;
  code: string;
  lastTick: number;
}

export interface EnsuredProfile {
  id: string;
  /** The token to give back to the player (new when `created`). */
  token: string;
  nickname: string;
  created: boolean;
}

export interface ProgressEntry {
  scenario: string;
  bestStars: number;
  bestScore: number;
  wins: number;
  plays: number;
}

/** Input the store refuses; nothing was written. */
export class InvalidRecordError extends Error {
  constructor(what: string, error: z.ZodError) {
    super(`invalid ${what}: ${z.prettifyError(error)}`);
    this.name = 'InvalidRecordError';
  }
}

/** A write for a session the store does not know; nothing was written. */
export class UnknownSessionError extends Error {
  readonly sessionId: string;

  constructor(sessionId: string) {
    super(`unknown session "${sessionId}"`);
    this.name = 'UnknownSessionError';
    this.sessionId = sessionId;
  }
}

/** Parses `value` with `schema` or throws InvalidRecordError naming `what`. */
export function checked<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new InvalidRecordError(what, r.error);
  return r.data;
}
