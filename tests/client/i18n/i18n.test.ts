// The client's texts: English and Korean with the same keys and placeholders, no clash
// with the simulation's texts loaded alongside, every literal key the client uses
// present, the language chosen from ?lang= / storage / browser, and switched at
// runtime with subscribers told.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { roomMessages } from '../../../shared/i18n/messages/room.ts';
import { en } from '../../../client/src/i18n/en.ts';
import { ko } from '../../../client/src/i18n/ko.ts';
import { addTexts, getLanguage, hasText, initI18n, onLanguageChange, resolveLanguage, setLanguage, t } from '../../../client/src/i18n/index.ts';
import { memoryStorage, STORAGE_KEYS } from '../../../client/src/net/storage.ts';
import { en as simEn } from '../../../shared/i18n/en.ts';
import { machineMessages } from '../../../shared/i18n/messages/machines.ts';

function flatten(tree: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (tree !== null && typeof tree === 'object') {
    for (const [k, v] of Object.entries(tree as Record<string, unknown>)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, String(tree));
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]).sort();
const EN = flatten(en);
const KO = flatten(ko);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

afterEach(() => setLanguage('en'));

describe('client texts', () => {
  it('have the same keys in English and Korean, none empty', () => {
    expect([...EN.keys()].filter((k) => !KO.has(k))).toEqual([]);
    expect([...KO.keys()].filter((k) => !EN.has(k))).toEqual([]);
    for (const [k, v] of [...EN, ...KO]) expect(v.trim().length, k).toBeGreaterThan(0);
  });

  it('have the same {{placeholders}} per key', () => {
    for (const [k, v] of EN) expect(placeholders(KO.get(k) ?? ''), k).toEqual(placeholders(v));
  });

  it('are translated (only technical words may stay the same)', () => {
    const same = [...EN].filter(([k, v]) => KO.get(k) === v && !/^[A-Za-z]+$|^\{\{\w+\}\}/.test(v)).map(([k]) => k);
    expect(same).toEqual([]);
  });

  it('do not clash with the simulation texts they are merged with', () => {
    const clash = Object.keys(en).filter((k) => Object.hasOwn(simEn, k));
    expect(clash).toEqual([]);
  });

  it('include the notices the server sends (the room lifecycle texts, in both languages)', () => {
    const keys = Object.keys(roomMessages.en.lifecycle);
    expect(keys.length).toBeGreaterThan(4);
    for (const lang of ['en', 'ko'] as const) {
      initI18n(lang, { search: '', storage: memoryStorage() });
      for (const key of keys) expect(hasText(`room.lifecycle.${key}`), `${lang} ${key}`).toBe(true);
    }
  });

  it('include every literal key the data layer asks for', () => {
    const root = join(import.meta.dirname, '../../../client/src');
    const used = new Set<string>();
    for (const file of ['net', 'state', 'input', 'i18n'].flatMap((dir) => sourceFiles(join(root, dir)))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter((k) => !EN.has(k) && !hasText(k));
    expect(missing).toEqual([]);
  });
});

describe('language choice and switching', () => {
  it('prefers ?lang=, then the caller, then the stored choice, then the browser', () => {
    expect(resolveLanguage({ search: '?lang=ko', requested: 'en', stored: 'en', browser: 'en-US' })).toBe('ko');
    expect(resolveLanguage({ search: '?lang=xx', requested: 'ko' })).toBe('ko');
    expect(resolveLanguage({ search: '', stored: 'ko', browser: 'en-US' })).toBe('ko');
    expect(resolveLanguage({ stored: 'fr', browser: 'ko-KR' })).toBe('ko');
    expect(resolveLanguage({})).toBe('en');
  });

  it('starts from ?lang= and keeps the choice', () => {
    const storage = memoryStorage();
    expect(initI18n(undefined, { search: '?lang=ko', storage, browserLanguage: 'en-US' })).toBe('ko');
    expect(storage.getItem(STORAGE_KEYS.lang)).toBe('ko');
    expect(t('conn.status.open')).toBe('연결됨');
    expect(initI18n(undefined, { search: '', storage, browserLanguage: 'en-US' })).toBe('ko');
  });

  it('switches at runtime, tells subscribers once per change, and fills placeholders', () => {
    initI18n('en', { search: '', storage: memoryStorage() });
    const heard: string[] = [];
    const stop = onLanguageChange((lang) => heard.push(lang));
    expect(t('room.lifecycle.back', { name: 'Ann' })).toBe('Ann is back');
    setLanguage('ko');
    setLanguage('ko');
    expect(getLanguage()).toBe('ko');
    expect(t('room.lifecycle.back', { name: 'Ann' })).toBe('Ann 님이 돌아왔습니다');
    // The simulation's alert texts come through the same instance, in the same language.
    expect(t('ops.alert.HostDown', { subject: 'host-2' })).toBe('host-2: 프로브에 응답 없음');
    stop();
    setLanguage('en');
    expect(heard).toEqual(['ko']);
  });

  it('takes more simulation texts on demand', () => {
    expect(hasText('machines.hint.unknownHost')).toBe(false);
    addTexts('machines', machineMessages);
    setLanguage('ko');
    expect(t('machines.hint.unknownHost', { hosts: 'host-1' })).toBe('호스트 목록: host-1 ("host list"로 볼 수 있습니다)');
  });
});
