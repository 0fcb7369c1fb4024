// Join codes: alphabet, length, randomness, normalising what players type.
import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, generateJoinCode, normaliseJoinCode } from '../../../server/sessions/joinCode.ts';

describe('generateJoinCode', () => {
  it('uses no look-alike characters', () => {
    for (const ch of '01OIL') expect(JOIN_CODE_ALPHABET).not.toContain(ch);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it.each([6, 7, 8])('makes %i-character codes from the alphabet', (length) => {
    for (let i = 0; i < 200; i++) {
      const code = generateJoinCode(length);
      expect(code).toHaveLength(length);
      for (const ch of code) expect(JOIN_CODE_ALPHABET).toContain(ch);
    }
  });

  it('defaults to at least 6 characters', () => {
    expect(generateJoinCode().length).toBeGreaterThanOrEqual(6);
  });

  it('draws every character of the alphabet and rarely repeats a code', () => {
    const codes = Array.from({ length: 2000 }, () => generateJoinCode(6));
    expect(new Set(codes.join('')).size).toBe(JOIN_CODE_ALPHABET.length);
    // 31^6 ≈ 8.9e8 codes: a repeat among 2000 draws has a chance of about 0.2 %.
    expect(new Set(codes).size).toBeGreaterThanOrEqual(1999);
  });

  it.each([5, 9, 6.5, 0])('refuses length %s', (length) => {
    expect(() => generateJoinCode(length)).toThrow(RangeError);
  });
});

describe('normaliseJoinCode', () => {
  it.each<[unknown, string | null]>([
    ['K7QX2M', 'K7QX2M'],
    ['  k7qx2m \n', 'K7QX2M'],
    ['k7q-x2m', 'K7QX2M'],
    ['K7Q X2M9', 'K7QX2M9'],
    ['ABCDEFGH', 'ABCDEFGH'],
    ['K7QX2', null], // too short
    ['K7QX2MABC', null], // too long
    ['K7QX0M', null], // zero is not in the alphabet
    ['K7QXOM', null], // nor is O
    ['K7QX1M', null],
    ['K7QXLM', null],
    ['K7QX2M!', null],
    ['ＫＱＸ２ＭＡ', null], // full-width look-alikes
    ['', null],
    [123456, null],
    [null, null],
    [undefined, null],
    [{ code: 'K7QX2M' }, null],
    ['A'.repeat(100), null],
  ])('%j → %j', (input, want) => {
    expect(normaliseJoinCode(input)).toBe(want);
  });

  it('accepts every generated code unchanged', () => {
    for (let i = 0; i < 100; i++) {
      const code = generateJoinCode(6 + (i % 3));
      expect(normaliseJoinCode(code)).toBe(code);
      expect(normaliseJoinCode(code.toLowerCase())).toBe(code);
    }
  });
});
