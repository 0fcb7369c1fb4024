// One log line per client per interval, with the count of the lines skipped.
import { describe, expect, it } from 'vitest';
import { createLogLimiter } from '../../../server/security/logLimiter.ts';

describe('createLogLimiter', () => {
  it('logs the first event, counts the rest of the interval, reports them with the next line', () => {
    const limiter = createLogLimiter(10_000);
    expect(limiter.hit('c1', 0)).toEqual({ log: true, suppressed: 0 });
    expect(limiter.hit('c1', 1)).toEqual({ log: false, suppressed: 1 });
    expect(limiter.hit('c1', 9_999)).toEqual({ log: false, suppressed: 2 });
    expect(limiter.hit('c1', 10_000)).toEqual({ log: true, suppressed: 2 });
    expect(limiter.hit('c1', 10_001)).toEqual({ log: false, suppressed: 1 });
  });

  it('keeps clients apart and forgets a client that left', () => {
    const limiter = createLogLimiter(1000);
    expect(limiter.hit('a', 0).log).toBe(true);
    expect(limiter.hit('b', 0).log).toBe(true);
    expect(limiter.hit('a', 1).log).toBe(false);
    limiter.forget('a');
    expect(limiter.hit('a', 2)).toEqual({ log: true, suppressed: 0 });
  });

  it('tracks a bounded number of clients', () => {
    const limiter = createLogLimiter(1000, 50);
    for (let i = 0; i < 1000; i++) limiter.hit(`c${i}`, 0);
    expect(limiter.size).toBe(50);
  });
});
