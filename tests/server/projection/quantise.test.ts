// Steps and dead-bands of the projected readings: noise inside the band is not re-sent,
// a real move is (rounded to its step), and zero or the top of a scale show at once.
import { describe, expect, it } from 'vitest';
import { bandPermille, bandRate, clampUint, cpuBand, deadBand, memBand, permilleOf, roundTo } from '../../../server/rooms/projection/quantise.ts';

describe('quantise', () => {
  it('rounds to a step, never below zero', () => {
    expect([roundTo(14, 10), roundTo(15, 10), roundTo(-3, 10), roundTo(6, 4)]).toEqual([10, 20, 0, 8]);
  });

  it('keeps the shown value while the reading stays inside the band', () => {
    expect(deadBand(350, 370, 10, 30)).toBe(350);
    expect(deadBand(350, 330, 10, 30)).toBe(350);
    expect(deadBand(350, 381, 10, 30)).toBe(380);
    expect(deadBand(350, 319, 10, 30)).toBe(320);
    expect(deadBand(350, 2, 10, 30)).toBe(0);
  });

  it('takes CPU bands from the quota, or for an unlimited container from at most one core', () => {
    expect(cpuBand(500, 32000)).toBe(30);
    expect(cpuBand(2000, 32000)).toBe(100);
    expect(cpuBand(0, 32000)).toBe(50);
    expect(cpuBand(0, 500)).toBe(30);
  });

  it('takes memory bands from the limit, or from the current use when unlimited', () => {
    expect(memBand(256, 100)).toBe(8);
    expect(memBand(4096, 100)).toBe(81);
    expect(memBand(0, 2000)).toBe(40);
    expect(memBand(0, 10)).toBe(8);
  });

  it('reads per-mille of a capacity, clamped, and bands it in 10 ‰ steps with a 20 ‰ band', () => {
    expect([permilleOf(1500, 4000), permilleOf(5000, 4000), permilleOf(5, 0), permilleOf(-1, 10)]).toEqual([375, 1000, 0, 0]);
    expect(bandPermille(370, 385)).toBe(370);
    expect(bandPermille(370, 392)).toBe(390);
    expect(bandPermille(990, 1000)).toBe(1000);
    expect(bandPermille(980, 999, 999)).toBe(999);
  });

  it('bands request rates by 0.5 % (at least one request)', () => {
    expect(bandRate(20000, 20080)).toBe(20000);
    expect(bandRate(20000, 20120)).toBe(20120);
    expect(bandRate(20, 21.4)).toBe(21);
    expect(bandRate(20, 0)).toBe(0);
  });

  it('clamps to an unsigned range', () => {
    expect([clampUint(300, 255), clampUint(-4, 255), clampUint(Number.NaN, 255), clampUint(7.8, 255)]).toEqual([255, 0, 0, 7]);
  });
});
