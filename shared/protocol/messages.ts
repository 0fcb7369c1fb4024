// The wire contract between clients and the datacenter room (docs/protocol.md).
// Message type names are fixed: other tools (bots, the browser client) rely on them.

export const ROOM_NAME = 'datacenter';

export const MSG = {
  /** Client → server: run a command line. */
  COMMAND: 'command',
  /** Server → the client that sent it: the command's answer. */
  RESULT: 'result',
} as const;

export interface CommandMessage {
  /** Chosen by the client to match the result to its command. */
  id: string;
  line: string;
}

export interface ResultMessage {
  id: string;
  ok: boolean;
  output: string;
  error?: string;
}

/** Longest command line accepted (an inline Dockerfile fits comfortably). */
export const MAX_LINE_LENGTH = 4000;
export const MAX_ID_LENGTH = 64;

/**
 * Structural check of a `command` payload. Returns null for payloads no well-behaved
 * client sends (they are dropped); user mistakes inside a well-formed line are the
 * simulation's to answer.
 */
export function parseCommandMessage(payload: unknown): CommandMessage | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { id, line } = payload as Record<string, unknown>;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) return null;
  if (typeof line !== 'string' || line.length > MAX_LINE_LENGTH) return null;
  return { id, line };
}
