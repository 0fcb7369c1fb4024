// Player profiles: a local token (kept by the player's browser) identifies a profile; only its
// SHA-256 is stored, so a database leak gives nobody a way in. No real names or emails.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { SqlClient } from './SqlClient.ts';
import { checked, type EnsuredProfile, type ProgressEntry } from './records.ts';
import { toNumber } from './sqlRows.ts';

/** 256 random bits, base64url: 43 characters. */
const TOKEN_BYTES = 32;
/** Longer strings are not tokens we gave out; they are treated as unknown without hashing. */
const MAX_TOKEN_LENGTH = 256;

const nicknameSchema = z.string().trim().min(1).max(64);

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

function usableToken(token: string | undefined): token is string {
  return typeof token === 'string' && token.length > 0 && token.length <= MAX_TOKEN_LENGTH;
}

/**
 * The profile of `token`, or a new one (with a new token) when the token is absent or unknown.
 * An existing profile keeps its nickname; `nickname` names new profiles.
 */
export async function ensureProfile(db: SqlClient, token: string | undefined, nickname: string): Promise<EnsuredProfile> {
  const name = checked(nicknameSchema, nickname, 'nickname');
  if (usableToken(token)) {
    const rows = await db.query<{ id: string; nickname: string }>(
      'UPDATE profiles SET last_seen_at = now() WHERE token_hash = $1 RETURNING id, nickname',
      [hashToken(token)],
    );
    const found = rows[0];
    if (found !== undefined) return { id: found.id, token, nickname: found.nickname, created: false };
  }
  const fresh = newToken();
  const id = randomUUID();
  await db.query('INSERT INTO profiles (id, token_hash, nickname) VALUES ($1, $2, $3)', [id, hashToken(fresh), name]);
  return { id, token: fresh, nickname: name, created: true };
}

export async function getProfile(db: SqlClient, token: string): Promise<{ id: string; nickname: string } | null> {
  if (!usableToken(token)) return null;
  const rows = await db.query<{ id: string; nickname: string }>(
    'SELECT id, nickname FROM profiles WHERE token_hash = $1',
    [hashToken(token)],
  );
  return rows[0] ?? null;
}

/** The profile's progress per scenario (empty for an unknown token), by scenario name. */
export async function getProgress(db: SqlClient, token: string): Promise<ProgressEntry[]> {
  if (!usableToken(token)) return [];
  const rows = await db.query<Record<string, unknown>>(
    `SELECT g.scenario, g.best_stars, g.best_score, g.wins, g.plays
       FROM progress g JOIN profiles p ON p.id = g.profile_id
      WHERE p.token_hash = $1
      ORDER BY g.scenario`,
    [hashToken(token)],
  );
  return rows.map((r) => ({
    scenario: String(r.scenario),
    bestStars: toNumber(r.best_stars),
    bestScore: toNumber(r.best_score),
    wins: toNumber(r.wins),
    plays: toNumber(r.plays),
  }));
}
