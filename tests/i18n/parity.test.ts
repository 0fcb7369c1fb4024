// The English and Korean texts must match key for key: every key in both, the same
// {{placeholders}} in both, and no Korean text left empty or still in English (only
// pure command syntax, which is never translated, may be identical).
import { describe, expect, it } from 'vitest';
import { en, ko, hasKey, translate } from '../../shared/i18n/index.ts';

/** Every leaf of a resource tree as `a.b.c` → text. */
function flatten(tree: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (tree !== null && typeof tree === 'object') {
    for (const [k, v] of Object.entries(tree as Record<string, unknown>)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, tree);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1] as string).sort();
}

/** Words a command line can start with; a text made only of such lines stays untranslated. */
const COMMAND_WORDS = new Set(['docker', 'host', 'vm', 'help', 'explain', 'edit', 'kubectl']);

/** True for text that is literal syntax: one token, or `;`-separated command lines. */
function isCommandSyntax(text: string): boolean {
  if (/^\S+$/.test(text)) return true;
  return text.split(';').every((part) => COMMAND_WORDS.has(part.trim().split(/\s+/)[0] ?? ''));
}

const EN = flatten(en);
const KO = flatten(ko);

describe('i18n parity', () => {
  it('has the same keys in English and Korean', () => {
    const missingInKo = [...EN.keys()].filter((k) => !KO.has(k));
    const missingInEn = [...KO.keys()].filter((k) => !EN.has(k));
    expect(missingInKo).toEqual([]);
    expect(missingInEn).toEqual([]);
    expect(EN.size).toBeGreaterThan(100);
  });

  it('has only non-empty strings', () => {
    for (const [k, v] of [...EN, ...KO]) {
      expect(typeof v, k).toBe('string');
      expect((v as string).trim().length, k).toBeGreaterThan(0);
    }
  });

  it('has the same {{placeholders}} per key', () => {
    for (const [k, v] of EN) expect(placeholders(String(KO.get(k) ?? '')), k).toEqual(placeholders(String(v)));
  });

  it('has no Korean text left identical to the English sentence', () => {
    const same = [...EN].filter(([k, v]) => KO.get(k) === v && !isCommandSyntax(String(v))).map(([k]) => k);
    expect(same).toEqual([]);
  });

  it('tells command syntax from sentences', () => {
    expect(isCommandSyntax('host list; host inspect host-1; host dmesg host-1')).toBe(true);
    expect(isCommandSyntax('OOMKilled')).toBe(true);
    expect(isCommandSyntax('the hosts are: {{hosts}}')).toBe(false);
    expect(isCommandSyntax('host inspect host-3; the overhead')).toBe(false);
  });

  it('resolves through i18next in both languages with the placeholders filled', () => {
    expect(hasKey('en', 'machines.hint.unknownHost')).toBe(true);
    expect(hasKey('ko', 'machines.hint.unknownHost')).toBe(true);
    expect(translate('en', 'machines.hint.unknownHost', { hosts: 'host-1' })).toBe('the hosts are: host-1 (see them with "host list")');
    expect(translate('ko', 'machines.hint.unknownHost', { hosts: 'host-1' })).toBe('호스트 목록: host-1 ("host list"로 볼 수 있습니다)');
    expect(translate('ko', 'common.hint', { text: 'x' })).toBe('힌트: x');
  });
});
