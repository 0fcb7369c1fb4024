// Join codes of team sessions: short enough to read out in a classroom, random enough
// that guessing one (at the rate-limited pace of join attempts) is hopeless. The
// alphabet leaves out look-alikes (0/O, 1/I/L), so a code read off a projector is typed right.
import { randomInt } from 'node:crypto';

export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_MIN_LENGTH = 6;
export const JOIN_CODE_MAX_LENGTH = 8;

/** A fresh code of `length` (6–8) characters, each drawn with a CSPRNG. */
export function generateJoinCode(length = JOIN_CODE_MIN_LENGTH): string {
  if (!Number.isInteger(length) || length < JOIN_CODE_MIN_LENGTH || length > JOIN_CODE_MAX_LENGTH) {
    throw new RangeError(`join code length must be ${JOIN_CODE_MIN_LENGTH}–${JOIN_CODE_MAX_LENGTH}, got ${length}`);
  }
  let code = '';
  for (let i = 0; i < length; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/**
 * The canonical form of what a player typed (trimmed, upper-case, spaces and dashes
 * between groups removed), or null when it cannot be a join code (wrong length or a
 * character outside the alphabet).
 */
export function normaliseJoinCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 32) return null;
  const code = input.trim().toUpperCase().replace(/[ -]/g, '');
  if (code.length < JOIN_CODE_MIN_LENGTH || code.length > JOIN_CODE_MAX_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}
