// The contract every command handler follows: it reads the words after its verb,
// validates everything against the world first, and only then changes the world.
// A refusal changes nothing and says why in the real tool's words.
import type { EventSink } from '../events.ts';
import type { World } from '../model.ts';

export type Lang = 'en' | 'ko';

/** Who runs a command; stamped by the server from the session, never read from a payload. */
export interface Actor {
  id: string;
  name: string;
  role: string;
  lang: Lang;
}

export interface CommandInput {
  id: string;
  actor: Actor;
  line: string;
}

export type Outcome =
  | { ok: true; output: string }
  | { ok: false; error: string; output?: string }
  /** The answer comes when job `jobId` finishes (a pull or push in progress). */
  | { pending: true; jobId: string };

export interface CommandContext {
  world: World;
  actor: Actor;
  commandId: string;
  line: string;
  sink: EventSink;
}

export type Handler = (ctx: CommandContext, words: string[]) => Outcome;

export const ok = (output: string): Outcome => ({ ok: true, output });
export const fail = (error: string, output?: string): Outcome => (output === undefined ? { ok: false, error } : { ok: false, error, output });
