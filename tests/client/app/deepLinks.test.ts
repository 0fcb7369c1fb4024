// Deep links: what each address starts, that a bad part starts nothing and says why,
// and that a followed link leaves only the language in the address.
import { describe, expect, it } from 'vitest';
import { MAX_SEED, parseDeepLink, parseSeed, withoutStartParams } from '../../../client/src/app/deepLinks.ts';
import { isJoinCode, normaliseJoinCode } from '../../../client/src/app/joinCode.ts';

describe('parseDeepLink', () => {
  it('opens Home when the address asks for nothing', () => {
    expect(parseDeepLink('')).toEqual({ lang: null, start: null, problems: [] });
    expect(parseDeepLink('?utm=x')).toEqual({ lang: null, start: null, problems: [] });
  });

  it('starts a solo game on ?scenario=, with the seed when given', () => {
    expect(parseDeepLink('?scenario=sandbox').start).toEqual({ kind: 'solo', scenario: 'sandbox', seed: null });
    expect(parseDeepLink('?scenario=level-01-bare-metal&seed=42').start).toEqual({ kind: 'solo', scenario: 'level-01-bare-metal', seed: 42 });
    expect(parseDeepLink(`?scenario=sandbox&seed=${MAX_SEED}`).start).toEqual({ kind: 'solo', scenario: 'sandbox', seed: MAX_SEED });
    expect(parseDeepLink('?scenario=sandbox&seed=0').start).toEqual({ kind: 'solo', scenario: 'sandbox', seed: 0 });
  });

  it('refuses seeds that are not whole numbers in range, and starts nothing', () => {
    for (const seed of ['-1', '1.5', 'abc', '', String(MAX_SEED + 1), '1e3', '99999999999']) {
      const link = parseDeepLink(`?scenario=sandbox&seed=${encodeURIComponent(seed)}`);
      expect(link.start, seed).toBeNull();
      expect(link.problems, seed).toEqual(['badSeed']);
    }
  });

  it('refuses scenario ids that cannot be file names', () => {
    for (const id of ['../etc/passwd', 'Sandbox', '', 'a b', '-x', 'x'.repeat(65)]) {
      const link = parseDeepLink(`?scenario=${encodeURIComponent(id)}`);
      expect(link.start, id).toBeNull();
      expect(link.problems, id).toEqual(['badScenario']);
    }
  });

  it('opens the join screen on ?join= with the code normalised', () => {
    expect(parseDeepLink('?join=ABC234').start).toEqual({ kind: 'join', code: 'ABC234' });
    expect(parseDeepLink('?join=abc-234').start).toEqual({ kind: 'join', code: 'ABC234' });
    expect(parseDeepLink('?join=%20k7m%202qx%20').start).toEqual({ kind: 'join', code: 'K7M2QX' });
  });

  it('reads the language, and names an unknown one', () => {
    expect(parseDeepLink('?lang=ko').lang).toBe('ko');
    expect(parseDeepLink('?lang=en&join=ABC234')).toEqual({ lang: 'en', start: { kind: 'join', code: 'ABC234' }, problems: [] });
    expect(parseDeepLink('?lang=fr')).toEqual({ lang: null, start: null, problems: ['badLang'] });
  });

  it('starts nothing when a link asks for two things, or has a seed alone', () => {
    expect(parseDeepLink('?scenario=sandbox&join=ABC234')).toEqual({ lang: null, start: null, problems: ['twoStarts'] });
    expect(parseDeepLink('?seed=4')).toEqual({ lang: null, start: null, problems: ['seedWithoutScenario'] });
  });
});

describe('withoutStartParams', () => {
  it('drops scenario, seed and join and keeps the rest', () => {
    expect(withoutStartParams('?scenario=sandbox&seed=3&lang=ko')).toBe('?lang=ko');
    expect(withoutStartParams('?join=ABC234')).toBe('');
    expect(withoutStartParams('')).toBe('');
  });
});

describe('seeds and join codes as typed', () => {
  it('parses seeds with surrounding spaces only', () => {
    expect(parseSeed(' 17 ')).toBe(17);
    expect(parseSeed('1 7')).toBeNull();
    expect(parseSeed('+17')).toBeNull();
  });

  it('accepts six characters of the code alphabet only', () => {
    expect(isJoinCode(normaliseJoinCode('k7m 2qx'))).toBe(true);
    expect(isJoinCode('K7M2Q')).toBe(false);
    expect(isJoinCode('K7M2QXX')).toBe(false);
    // 0, O, 1, I and L are not in the alphabet.
    for (const bad of ['K7M2Q0', 'K7M2QO', 'K7M2Q1', 'K7M2QI', 'K7M2QL']) expect(isJoinCode(bad), bad).toBe(false);
  });
});
