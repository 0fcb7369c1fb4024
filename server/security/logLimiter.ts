// Rate-limits log lines per client: a client that floods malformed payloads gets one
// log line per interval (with the count of the ones dropped silently since), so it
// cannot fill the disk or drown other messages. Pure: time is passed in.

export interface LogDecision {
  /** Write a line now. */
  log: boolean;
  /** Events left unlogged for this key since its previous line (report them in this one). */
  suppressed: number;
}

export interface LogLimiter {
  /** Called for each event; says whether to log it and how many were skipped before it. */
  hit(key: string, nowMs: number): LogDecision;
  /** Drops a key's state (a client left). */
  forget(key: string): void;
  readonly size: number;
}

/**
 * @param intervalMs at most one line per key per this many milliseconds
 * @param maxKeys most keys tracked; the least recently logged ones are forgotten first
 */
export function createLogLimiter(intervalMs: number, maxKeys = 10_000): LogLimiter {
  const state = new Map<string, { lastLogMs: number; suppressed: number }>();
  return {
    hit(key, nowMs) {
      const s = state.get(key);
      if (s && nowMs - s.lastLogMs < intervalMs) {
        s.suppressed++;
        return { log: false, suppressed: s.suppressed };
      }
      const suppressed = s?.suppressed ?? 0;
      state.delete(key);
      state.set(key, { lastLogMs: nowMs, suppressed: 0 });
      if (state.size > maxKeys) {
        const oldest = state.keys().next().value;
        if (oldest !== undefined) state.delete(oldest);
      }
      return { log: true, suppressed };
    },
    forget(key) {
      state.delete(key);
    },
    get size() {
      return state.size;
    },
  };
}
