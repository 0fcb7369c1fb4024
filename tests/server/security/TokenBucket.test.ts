// The per-client message bucket: burst, sustained rate, refill cap, clock stepping back.
import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../../server/security/TokenBucket.ts';

/** Runs `steps` ([time ms, expected tryTake result]) against a fresh bucket. */
function run(rate: number, burst: number, steps: Array<[number, boolean]>): boolean[] {
  const bucket = new TokenBucket(rate, burst, 0);
  return steps.map(([t]) => bucket.tryTake(t));
}

describe('TokenBucket', () => {
  it.each<{ name: string; rate: number; burst: number; steps: Array<[number, boolean]> }>([
    { name: 'a full bucket lets a burst through, then refuses', rate: 1, burst: 3, steps: [[0, true], [0, true], [0, true], [0, false]] },
    { name: 'one token comes back per 1/rate seconds', rate: 2, burst: 1, steps: [[0, true], [100, false], [499, false], [500, true], [500, false], [1000, true]] },
    { name: 'a long pause refills no more than the burst', rate: 10, burst: 2, steps: [[0, true], [0, true], [60_000, true], [60_000, true], [60_000, false]] },
    { name: 'a clock stepping back adds nothing', rate: 1, burst: 1, steps: [[5000, true], [1000, false], [5999, false], [6000, true]] },
  ])('$name', ({ rate, burst, steps }) => {
    expect(run(rate, burst, steps)).toEqual(steps.map(([, want]) => want));
  });

  it('holds a sustained rate: 20/s with burst 40 passes 40 + 20 per second', () => {
    const bucket = new TokenBucket(20, 40, 0);
    let passed = 0;
    // 100 attempts every 50 ms over 3 s: the bucket, not the caller, decides.
    for (let t = 0; t <= 3000; t += 50) for (let i = 0; i < 100; i++) if (bucket.tryTake(t)) passed++;
    expect(passed).toBe(40 + 20 * 3);
  });

  it('a refused take costs nothing', () => {
    const bucket = new TokenBucket(1, 2, 0);
    expect(bucket.tryTake(0, 3)).toBe(false);
    expect(bucket.available(0)).toBe(2);
    expect(bucket.tryTake(0, 2)).toBe(true);
    expect(bucket.available(0)).toBe(0);
  });

  it('refuses nonsense settings', () => {
    expect(() => new TokenBucket(0, 10, 0)).toThrow(RangeError);
    expect(() => new TokenBucket(10, 0, 0)).toThrow(RangeError);
  });
});
