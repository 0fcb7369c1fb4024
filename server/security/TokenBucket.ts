// A token bucket for one client's messages: `burst` tokens to start with, refilled at
// `ratePerSecond`. Pure: the caller passes the time in, so tests need no clock and the
// room can use its own.

export class TokenBucket {
  private tokens: number;
  private lastMs: number;

  /**
   * @param ratePerSecond tokens added per second (the sustained message rate)
   * @param burst bucket size: messages allowed back to back after a quiet spell
   * @param nowMs the current time in milliseconds (any monotonic origin)
   */
  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    nowMs: number,
  ) {
    if (!(ratePerSecond > 0) || !(burst >= 1)) throw new RangeError('TokenBucket needs ratePerSecond > 0 and burst >= 1');
    this.tokens = burst;
    this.lastMs = nowMs;
  }

  private refill(nowMs: number): void {
    // A clock that steps back (a test, a wall-clock adjustment) adds nothing rather than going negative.
    const elapsed = nowMs - this.lastMs;
    if (elapsed > 0) {
      this.tokens = Math.min(this.burst, this.tokens + (elapsed * this.ratePerSecond) / 1000);
      this.lastMs = nowMs;
    }
  }

  /** Takes `cost` tokens if there are enough; false (and nothing taken) otherwise. */
  tryTake(nowMs: number, cost = 1): boolean {
    this.refill(nowMs);
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  /** Whole tokens available at `nowMs`. */
  available(nowMs: number): number {
    this.refill(nowMs);
    return Math.floor(this.tokens);
  }
}
