// Counts attempts per key (an IP address) in a sliding window and says when a key has
// used up its allowance: join-code guesses, room creation, profile creation. Pure (time
// is passed in) and bounded: at most `maxKeys` keys are tracked, the least recently
// seen forgotten first, so a flood of addresses cannot grow it without limit.

export interface AttemptLimiterOptions {
  /** Attempts allowed per key within `windowMs`. */
  max: number;
  windowMs: number;
  /** Most keys tracked at once. */
  maxKeys?: number;
}

export interface AttemptVerdict {
  allowed: boolean;
  /** Attempts left in the window after this one (0 when refused). */
  remaining: number;
  /** Milliseconds until the next attempt would be allowed (0 when allowed). */
  retryAfterMs: number;
}

export class AttemptLimiter {
  private readonly max: number;
  private readonly windowMs: number;
  private readonly maxKeys: number;
  /** Times of the attempts still inside the window, oldest first; Map order = least recently seen first. */
  private readonly attempts = new Map<string, number[]>();

  constructor(options: AttemptLimiterOptions) {
    if (!(options.max >= 1) || !(options.windowMs > 0)) throw new RangeError('AttemptLimiter needs max >= 1 and windowMs > 0');
    this.max = Math.floor(options.max);
    this.windowMs = options.windowMs;
    this.maxKeys = Math.max(1, Math.floor(options.maxKeys ?? 10_000));
  }

  /** Number of keys tracked now (for tests and metrics). */
  get size(): number {
    return this.attempts.size;
  }

  private live(key: string, nowMs: number): number[] {
    const times = this.attempts.get(key);
    if (!times) return [];
    const cutoff = nowMs - this.windowMs;
    let drop = 0;
    while (drop < times.length && times[drop]! <= cutoff) drop++;
    if (drop) times.splice(0, drop);
    if (times.length === 0) this.attempts.delete(key);
    return times;
  }

  /** Whether an attempt would be allowed now, without counting one. */
  check(key: string, nowMs: number): AttemptVerdict {
    const times = this.live(key, nowMs);
    if (times.length < this.max) return { allowed: true, remaining: this.max - times.length - 1, retryAfterMs: 0 };
    return { allowed: false, remaining: 0, retryAfterMs: Math.max(1, times[0]! + this.windowMs - nowMs) };
  }

  /** Counts an attempt (whether or not it was allowed: a refused guess still counts as tried). */
  record(key: string, nowMs: number): void {
    const times = this.live(key, nowMs);
    if (times.length >= this.max) times.shift();
    times.push(nowMs);
    this.attempts.delete(key);
    this.attempts.set(key, times);
    if (this.attempts.size > this.maxKeys) this.evict(nowMs);
  }

  /** `check` then, when allowed, `record`: the common "may I? then count it" step. */
  tryAttempt(key: string, nowMs: number): AttemptVerdict {
    const verdict = this.check(key, nowMs);
    if (verdict.allowed) this.record(key, nowMs);
    return verdict;
  }

  /** Forgets a key (e.g. after a successful join, if failures alone should count). */
  reset(key: string): void {
    this.attempts.delete(key);
  }

  private evict(nowMs: number): void {
    for (const key of [...this.attempts.keys()]) this.live(key, nowMs);
    for (const key of this.attempts.keys()) {
      if (this.attempts.size <= this.maxKeys) break;
      this.attempts.delete(key);
    }
  }
}
