// The wire contract between clients and the datacenter room (docs/protocol.md).
// Message type names and payload fields are fixed: other tools (bots, the browser
// client, the benchmark) rely on them.

import type { Debrief } from '../sim/level/debrief.ts';

export const ROOM_NAME = 'datacenter';

export const MSG = {
  /** Client → server: run a command line. */
  COMMAND: 'command',
  /** Server → the client that sent it: the command's answer. */
  RESULT: 'result',
  /** Server → a client that joined or reconnected: its seat, role and profile. */
  WELCOME: 'welcome',
  /** Server → clients: something they should know that is not a command's answer. */
  NOTICE: 'notice',
  /** Server → every client once the game ended and its result is stored. */
  DEBRIEF: 'debrief',
} as const;

export type GameMode = 'solo' | 'team';

/** Options of `create("datacenter", …)`. */
export interface CreateOptions {
  mode: GameMode;
  scenario: string;
  seed?: number;
  name?: string;
  lang?: 'en' | 'ko';
  /** Profile token kept by the browser (localStorage); a new profile is made without it. */
  profile?: string;
  /** Id of a stored game to resume from its checkpoint (only its creator's profile may). */
  resume?: string;
}

/** Options of `join("datacenter", …)` for a team session. */
export interface JoinOptions {
  code: string;
  name?: string;
  /** `player`, `spectator`, or a team role of the scenario (compute, platform, …). */
  role?: string;
  lang?: 'en' | 'ko';
  profile?: string;
}

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

export interface WelcomeMessage {
  seat: string;
  name: string;
  role: 'player' | 'facilitator' | 'spectator';
  teamRole: string;
  mode: GameMode;
  code: string;
  /** Stored session id (replays and results refer to it). */
  session: string;
  /** The profile token to keep in localStorage (new or the one sent). */
  profile: string;
}

export interface NoticeMessage {
  /** i18n key under `server.` (the client translates), e.g. `server.rateLimited`. */
  key: string;
  params?: Record<string, string | number>;
}

/**
 * The end of a game, in the receiver's language: objectives, stars, the score's parts,
 * the incident timeline with time to detect and resolve (root causes revealed now: they
 * are the post-mortem's lesson), the commands that changed the world, the concepts.
 */
export interface DebriefMessage extends Debrief {
  session: string;
  finalHash: string;
}

/** Longest command line accepted (an inline Dockerfile fits comfortably). */
export const MAX_LINE_LENGTH = 4000;
export const MAX_ID_LENGTH = 64;
/** Largest WebSocket frame the server reads (a command line and some framing). */
export const MAX_MESSAGE_BYTES = 8 * 1024;

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
