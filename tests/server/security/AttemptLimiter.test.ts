// Per-key attempt window: allowance, sliding expiry, per-key independence, bounded memory.
import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from '../../../server/security/AttemptLimiter.ts';

describe('AttemptLimiter', () => {
  it.each<{ name: string; max: number; windowMs: number; attempts: Array<[string, number, boolean]> }>([
    {
      name: 'allows max attempts per window, then refuses',
      max: 3,
      windowMs: 60_000,
      attempts: [['a', 0, true], ['a', 1, true], ['a', 2, true], ['a', 3, false], ['a', 59_999, false]],
    },
    {
      name: 'the window slides: each attempt expires windowMs after it was made',
      max: 2,
      windowMs: 1000,
      attempts: [['a', 0, true], ['a', 500, true], ['a', 999, false], ['a', 1000, true], ['a', 1400, false], ['a', 1500, true]],
    },
    {
      name: 'keys are counted apart',
      max: 1,
      windowMs: 1000,
      attempts: [['a', 0, true], ['b', 0, true], ['a', 10, false], ['b', 10, false], ['c', 10, true]],
    },
  ])('$name', ({ max, windowMs, attempts }) => {
    const limiter = new AttemptLimiter({ max, windowMs });
    expect(attempts.map(([key, t]) => limiter.tryAttempt(key, t).allowed)).toEqual(attempts.map(([, , want]) => want));
  });

  it('says how long to wait and how many attempts remain', () => {
    const limiter = new AttemptLimiter({ max: 2, windowMs: 10_000 });
    expect(limiter.tryAttempt('ip', 1000)).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
    expect(limiter.tryAttempt('ip', 4000)).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    expect(limiter.tryAttempt('ip', 5000)).toEqual({ allowed: false, remaining: 0, retryAfterMs: 6000 });
  });

  it('check does not count; record does', () => {
    const limiter = new AttemptLimiter({ max: 1, windowMs: 1000 });
    expect(limiter.check('k', 0).allowed).toBe(true);
    expect(limiter.check('k', 0).allowed).toBe(true);
    limiter.record('k', 0);
    expect(limiter.check('k', 0).allowed).toBe(false);
    limiter.reset('k');
    expect(limiter.check('k', 0).allowed).toBe(true);
  });

  it('tracks at most maxKeys keys, forgetting the least recently seen', () => {
    const limiter = new AttemptLimiter({ max: 1, windowMs: 60_000, maxKeys: 100 });
    for (let i = 0; i < 10_000; i++) limiter.record(`ip-${i}`, i);
    expect(limiter.size).toBeLessThanOrEqual(100);
    // The most recent keys are still limited; the oldest were forgotten.
    expect(limiter.check('ip-9999', 10_000).allowed).toBe(false);
    expect(limiter.check('ip-0', 10_000).allowed).toBe(true);
  });

  it('drops expired keys before forgetting live ones', () => {
    const limiter = new AttemptLimiter({ max: 1, windowMs: 1000, maxKeys: 3 });
    limiter.record('live', 5000);
    limiter.record('old-1', 0);
    limiter.record('old-2', 0);
    limiter.record('new', 5000);
    expect(limiter.size).toBe(2);
    expect(limiter.check('live', 5001).allowed).toBe(false);
  });

  it('refuses nonsense settings', () => {
    expect(() => new AttemptLimiter({ max: 0, windowMs: 1000 })).toThrow(RangeError);
    expect(() => new AttemptLimiter({ max: 1, windowMs: 0 })).toThrow(RangeError);
  });
});
