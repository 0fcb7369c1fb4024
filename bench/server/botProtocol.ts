// Messages between the server bench and its bot processes (botProcess.ts), over fork's
// IPC channel. Every request carries a sequence number; the reply repeats it.
import type { BotCounters } from './rawClient.ts';

export type BotRequest =
  | { seq: number; kind: 'join'; url: string; code: string; count: number; concurrency: number; label: string }
  /** Sends each line from the bot of that index (within this process). */
  | { seq: number; kind: 'commands'; commands: { bot: number; line: string }[] }
  | { seq: number; kind: 'counters' }
  | { seq: number; kind: 'close' };

export interface JoinReport {
  joined: number;
  joinMs: number[];
  fullStateBytes: number[];
  errors: string[];
}

export interface CountersReport {
  bots: number;
  /** Sums over the process's bots. */
  total: BotCounters;
  /** Fewest and most patches any one bot has had (all should see every patch). */
  minPatches: number;
  maxPatches: number;
  /** CPU seconds this bot process has used (user + system). */
  cpuSeconds: number;
  failures: string[];
}

export type BotReply =
  | { seq: number; kind: 'join'; report: JoinReport }
  | { seq: number; kind: 'counters'; report: CountersReport }
  | { seq: number; kind: 'commands'; sent: number }
  | { seq: number; kind: 'close' }
  | { seq: number; kind: 'error'; message: string };
