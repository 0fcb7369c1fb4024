// Runs a runner script against a session and writes a terminal-like transcript: each
// command echoed after `$ `, then what the tool printed (stdout, then stderr for a
// failure). `wait <duration>` advances game time. A bad line is reported and the run
// goes on, as an interactive shell would.
import type { SimSession } from '../../shared/sim/session.ts';
import { clock, parseDurationSeconds } from '../../shared/sim/units.ts';

export interface ScriptCounts {
  ok: number;
  failed: number;
}

/** What the runner needs of a session (a SimSession, or a stand-in in tests). */
export type ScriptSession = Pick<SimSession, 'world' | 'exec' | 'wait' | 'takeEvents'>;

export interface ScriptOptions {
  /** Print the world's happenings (OOM kills, restarts, boots) as `#` lines. */
  events: boolean;
}

/** A script line after comment and blank-line removal, with its 1-based line number. */
export interface ScriptLine {
  lineNo: number;
  text: string;
}

/** The lines of a script that are commands: blank lines and `#` comment lines dropped. */
export function scriptLines(text: string): ScriptLine[] {
  const out: ScriptLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line !== '' && !line.startsWith('#')) out.push({ lineNo: i + 1, text: line });
  });
  return out;
}

/** `wait <duration>` → game seconds, or the reason it is not a valid wait. Null: not a wait line. */
export function parseWait(line: string): { seconds: number } | { error: string } | null {
  const words = line.split(/\s+/);
  if (words[0] !== 'wait') return null;
  if (words.length !== 2) return { error: 'wait: usage: wait <duration>, e.g. wait 90s, wait 5m, wait 1h' };
  const seconds = parseDurationSeconds(words[1] as string);
  if (seconds === null) return { error: `wait: invalid duration "${words[1]}" (use e.g. 90s, 5m, 1h or 1h30m)` };
  return { seconds };
}

/** Happenings a level's player must see even without --events: its end and a lost objective. */
const ALWAYS_SHOWN = new Set(['level-ended', 'objective-failed']);

/** Prints the session's new happenings as `#` lines (all with --events, else only the level's). */
export function printHappenings(session: ScriptSession, opts: ScriptOptions, out: (line: string) => void): void {
  // Always drained, so a long run does not keep every event in memory.
  const events = session.takeEvents();
  for (const e of events) {
    if (e.kind !== 'happening' || (!opts.events && !ALWAYS_SHOWN.has(e.type))) continue;
    out(`# [${clock(e.tick)}] ${e.type} ${e.subject}: ${e.detail}`);
  }
}

function printText(text: string, out: (line: string) => void): void {
  if (text === '') return;
  for (const line of text.replace(/\n$/, '').split('\n')) out(line);
}

/**
 * Runs every line of `text` in order on `session`; `out` receives transcript lines
 * (without newlines). Returns how many lines succeeded and failed.
 */
export function runScript(session: ScriptSession, text: string, opts: ScriptOptions, out: (line: string) => void): ScriptCounts {
  const counts: ScriptCounts = { ok: 0, failed: 0 };
  for (const { lineNo, text: line } of scriptLines(text)) {
    out(`$ ${line}`);
    const wait = parseWait(line);
    if (wait && 'error' in wait) {
      out(`${wait.error} (script line ${lineNo})`);
      counts.failed++;
      continue;
    }
    if (wait) {
      session.wait(wait.seconds);
      printHappenings(session, opts, out);
      out(`# (game clock ${clock(session.world.tick)})`);
      counts.ok++;
      continue;
    }
    const r = session.exec(line);
    printText(r.output, out);
    if (!r.ok) printText(r.error, out);
    if (r.waitedTicks > 0) out(`# (took ${r.waitedTicks}s)`);
    printHappenings(session, opts, out);
    if (r.ok) counts.ok++;
    else counts.failed++;
  }
  return counts;
}
