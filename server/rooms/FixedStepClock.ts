// Turns wall-clock time into whole simulation ticks (ARCHITECTURE A4): the room's
// interval reports elapsed milliseconds, the clock says how many ticks are due. The
// simulation never sees wall time, so a slow frame delays ticks instead of changing them.

/** Game speeds a facilitator may choose; 0 is not a speed, pausing is separate. */
export const SPEEDS = [1, 2, 4, 8] as const;
export type Speed = (typeof SPEEDS)[number];

export class FixedStepClock {
  private accumulated = 0;

  /** @param tickMs wall milliseconds per tick at 1× speed. @param maxCatchUp ticks run at most per call, so a stalled process does not freeze catching up. */
  constructor(
    private readonly tickMs: number,
    private readonly maxCatchUp = 16,
  ) {}

  /** Ticks due after `elapsedMs` of wall time at `speed` (0 while paused). */
  due(elapsedMs: number, speed: number, paused: boolean): number {
    if (paused || !(elapsedMs > 0)) return 0;
    this.accumulated += elapsedMs * speed;
    let n = Math.floor(this.accumulated / this.tickMs);
    this.accumulated -= n * this.tickMs;
    if (n > this.maxCatchUp) {
      n = this.maxCatchUp;
      this.accumulated = 0;
    }
    return n;
  }

  reset(): void {
    this.accumulated = 0;
  }
}
