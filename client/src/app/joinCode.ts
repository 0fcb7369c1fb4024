// Join codes of team sessions as people type them: the server forgives case, spaces
// and dashes, and so does the client, so that a code read aloud or pasted from a chat
// works. The alphabet has no 0/O or 1/I/L (docs/protocol.md, "Creating a game").

export const JOIN_CODE_LENGTH = 6;
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** `k7m-2qx ` → `K7M2QX`; anything else is kept (upper-cased) for the check to reject. */
export function normaliseJoinCode(raw: string): string {
  return raw.replace(/[\s-]+/g, '').toUpperCase().slice(0, 32);
}

/** Whether a normalised code can be a session's: six characters of the alphabet. */
export function isJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}
