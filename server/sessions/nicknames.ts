// Nicknames: generated ones (an adjective and an animal or thing, in the player's
// language) for players who do not pick one, and the server-side check of a chosen
// one. Names are shown to every team-mate and written to the shared event log, so the
// check keeps out control and direction-changing characters that could disguise text.
import { randomInt } from 'node:crypto';
import { NICKNAME_WORDS } from './nicknameWords.ts';

export const NICKNAME_MAX_LENGTH = 24;

/** i18n keys (under `server.nickname.`) of the reasons a nickname is refused. */
export type NicknameProblem =
  | 'server.nickname.notText'
  | 'server.nickname.empty'
  | 'server.nickname.tooLong'
  | 'server.nickname.badCharacters'
  | 'server.nickname.noLetters';

export type NicknameCheck = { ok: true; name: string } | { ok: false; reason: NicknameProblem };

/** `random(n)` gives an integer in [0, n); crypto by default, a seeded one in tests. */
export type RandomIndex = (n: number) => number;

/** A name like "Brave Otter" or "용감한 수달". */
export function generateNickname(lang: 'en' | 'ko', random: RandomIndex = (n) => randomInt(n)): string {
  const words = NICKNAME_WORDS[lang] ?? NICKNAME_WORDS.en;
  const adjective = words.adjectives[random(words.adjectives.length)];
  const noun = words.nouns[random(words.nouns.length)];
  if (adjective === undefined || noun === undefined) throw new RangeError('random index out of range');
  return `${adjective} ${noun}`;
}

// Letters of any script (Hangul included), combining marks (for scripts that need them),
// digits, and the few separators people use in handles.
const ALLOWED = /^[\p{L}\p{M}\p{N} ._-]+$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Checks a chosen nickname: NFC-normalised, trimmed, runs of spaces collapsed, 1–24
 * characters (code points) of letters, digits, space, `-`, `_` or `.`, with at least one
 * letter or digit. Control, format (bidi, zero-width) and other whitespace characters
 * fall outside the allowed set.
 */
export function checkNickname(input: unknown): NicknameCheck {
  if (typeof input !== 'string') return { ok: false, reason: 'server.nickname.notText' };
  // Bound the work before normalising: no acceptable name is anywhere near this long.
  if (input.length > NICKNAME_MAX_LENGTH * 8) return { ok: false, reason: 'server.nickname.tooLong' };
  const name = input.normalize('NFC').trim().replace(/ {2,}/g, ' ');
  if (name.length === 0) return { ok: false, reason: 'server.nickname.empty' };
  if ([...name].length > NICKNAME_MAX_LENGTH) return { ok: false, reason: 'server.nickname.tooLong' };
  if (!ALLOWED.test(name)) return { ok: false, reason: 'server.nickname.badCharacters' };
  if (!HAS_LETTER_OR_DIGIT.test(name)) return { ok: false, reason: 'server.nickname.noLetters' };
  return { ok: true, name };
}
