// Generated nicknames in both languages, and the server-side check of chosen ones.
import { describe, expect, it } from 'vitest';
import { NICKNAME_WORDS } from '../../../server/sessions/nicknameWords.ts';
import { checkNickname, generateNickname } from '../../../server/sessions/nicknames.ts';

/** A deterministic index source cycling through `values`. */
function sequence(...values: number[]): (n: number) => number {
  let i = 0;
  return (n) => values[i++ % values.length]! % n;
}

describe('generateNickname', () => {
  it('joins an adjective and a noun of the language', () => {
    expect(generateNickname('en', sequence(0, 0))).toBe(`${NICKNAME_WORDS.en.adjectives[0]} ${NICKNAME_WORDS.en.nouns[0]}`);
    expect(generateNickname('ko', sequence(0, 0))).toBe(`${NICKNAME_WORDS.ko.adjectives[0]} ${NICKNAME_WORDS.ko.nouns[0]}`);
    expect(generateNickname('ko', sequence(0, 0))).toBe('용감한 수달');
  });

  it.each(['en', 'ko'] as const)('has about 40 words on each side in %s', (lang) => {
    const { adjectives, nouns } = NICKNAME_WORDS[lang];
    expect(adjectives.length).toBeGreaterThanOrEqual(35);
    expect(nouns.length).toBeGreaterThanOrEqual(35);
    expect(new Set(adjectives).size).toBe(adjectives.length);
    expect(new Set(nouns).size).toBe(nouns.length);
  });

  it.each(['en', 'ko'] as const)('every %s combination passes the nickname check unchanged', (lang) => {
    const { adjectives, nouns } = NICKNAME_WORDS[lang];
    for (let a = 0; a < adjectives.length; a++) {
      for (let n = 0; n < nouns.length; n++) {
        const name = generateNickname(lang, sequence(a, n));
        expect(checkNickname(name)).toEqual({ ok: true, name });
      }
    }
  });

  it('writes Korean names in Hangul and English names in Latin letters', () => {
    for (let i = 0; i < 50; i++) {
      expect(generateNickname('ko')).toMatch(/^[\p{Script=Hangul}]+ [\p{Script=Hangul}]+$/u);
      expect(generateNickname('en')).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    }
  });
});

describe('checkNickname', () => {
  it.each<[unknown, string]>([
    ['Ada', 'Ada'],
    ['  Ada  Lovelace ', 'Ada Lovelace'],
    ['용감한 수달', '용감한 수달'],
    ['김민준', '김민준'],
    ['ops_team-3.b', 'ops_team-3.b'],
    ['Zoë', 'Zoë'],
    ['Zoe\u0308', 'Zoë'], // decomposed → NFC
    ['\u1100\u1161', '가'], // conjoining jamo → precomposed syllable
    ['x'.repeat(24), 'x'.repeat(24)],
    ['가'.repeat(24), '가'.repeat(24)],
  ])('accepts %j as %j', (input, name) => {
    expect(checkNickname(input)).toEqual({ ok: true, name });
  });

  it.each<[unknown, string]>([
    [42, 'server.nickname.notText'],
    [null, 'server.nickname.notText'],
    [['Ada'], 'server.nickname.notText'],
    ['', 'server.nickname.empty'],
    ['   ', 'server.nickname.empty'],
    ['x'.repeat(25), 'server.nickname.tooLong'],
    ['가'.repeat(25), 'server.nickname.tooLong'],
    ['x'.repeat(100_000), 'server.nickname.tooLong'],
    ['Ada\u0000', 'server.nickname.badCharacters'],
    ['Ada\nLovelace', 'server.nickname.badCharacters'],
    ['Ada\tL', 'server.nickname.badCharacters'],
    ['\u202Egnp.exe', 'server.nickname.badCharacters'], // right-to-left override
    ['Ada\u2066x', 'server.nickname.badCharacters'], // bidi isolate
    ['Ad\u200Ba', 'server.nickname.badCharacters'], // zero-width space
    ['Ada\u00A0L', 'server.nickname.badCharacters'], // no-break space
    ['<script>', 'server.nickname.badCharacters'],
    ['Ada 🙂', 'server.nickname.badCharacters'],
    ['...', 'server.nickname.noLetters'],
    ['-_-', 'server.nickname.noLetters'],
  ])('refuses %j with %s', (input, reason) => {
    expect(checkNickname(input)).toEqual({ ok: false, reason });
  });
});
