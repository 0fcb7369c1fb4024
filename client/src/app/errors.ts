// Why a create/join/load failed, as a text key for the screen: the server's own words
// where it gave some (they come in the player's language), plainer words for the
// matchmaker's English phrases and for a server that cannot be reached.
import type { TextParams } from '../i18n/index.ts';

export interface ErrorText {
  key: string;
  params: TextParams;
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return typeof err === 'string' ? err : String(err);
}

/** For a failed join: no such session, too many attempts, or the server's reason. */
export function joinErrorText(err: unknown): ErrorText {
  const message = messageOf(err);
  if (/no rooms found/i.test(message)) return { key: 'home.join.noSession', params: {} };
  return reasonText(message);
}

/** For a failed create (solo game or team session). */
export function createErrorText(err: unknown): ErrorText {
  return reasonText(messageOf(err));
}

function reasonText(message: string): ErrorText {
  if (/failed to fetch|networkerror|econnrefused|load failed|network request failed/i.test(message) || message === '') {
    return { key: 'app.error.unreachable', params: {} };
  }
  return { key: 'app.error.reason', params: { reason: message } };
}
