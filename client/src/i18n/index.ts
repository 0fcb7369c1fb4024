// The client's one i18next instance: its own texts (en.ts / ko.ts) merged with the
// simulation's that the client shows (shared/i18n/messages: `ops.*` alert summaries,
// `room.*` notices, `level.*`, `common.*`), so that all go through the same `t`. The
// other simulation texts (lessons, help, hints) arrive inside command output; a screen
// that wants one of their namespaces loads it lazily with addTexts() to keep the bundle
// small.
// Resources are bundled, so everything is synchronous. The language is chosen once at
// start (`?lang=` wins, then the caller's wish, then the stored choice, then the
// browser's)
// and can be switched at runtime: subscribers re-render, nothing reloads.
//
//   initI18n(lang?, options?) → Lang     choose and apply the start language
//   t(key, params?) → string            text in the current language ({{name}} filled)
//   hasText(key) → boolean              whether a key exists (else t returns the key)
//   getLanguage() / setLanguage(lang)   current language; set persists and notifies
//   onLanguageChange(fn) → unsubscribe
//   addTexts(namespace, { en, ko })     merge more texts (e.g. a dynamic import of concepts)
import i18next, { type i18n } from 'i18next';
import { commonMessages } from '../../../shared/i18n/messages/common.ts';
import { levelMessages } from '../../../shared/i18n/messages/level.ts';
import { opsMessages } from '../../../shared/i18n/messages/ops.ts';
import { roomMessages } from '../../../shared/i18n/messages/room.ts';
import { I18NEXT_OPTIONS } from '../../../shared/i18n/options.ts';
import { browserStorage, STORAGE_KEYS, type KeyValueStorage } from '../net/storage.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

export type Lang = 'en' | 'ko';
export const LANGUAGES: readonly Lang[] = ['en', 'ko'];
export type TextParams = Readonly<Record<string, string | number>>;

export interface I18nOptions {
  /** `location.search` (default: the page's); its `lang` parameter wins. */
  search?: string;
  /** Where the choice is kept (default: localStorage). */
  storage?: KeyValueStorage;
  /** `navigator.language` (default: the browser's). */
  browserLanguage?: string;
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ko';
}

/** The start language from its sources, most specific first. Pure, for tests. */
export function resolveLanguage(sources: { search?: string; stored?: string | null; requested?: Lang; browser?: string }): Lang {
  const fromUrl = new URLSearchParams(sources.search ?? '').get('lang');
  if (isLang(fromUrl)) return fromUrl;
  if (sources.requested) return sources.requested;
  if (isLang(sources.stored)) return sources.stored;
  return sources.browser?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

let instance: i18n | null = null;
let current: Lang = 'en';
let storage: KeyValueStorage | null = null;
const listeners = new Set<(lang: Lang) => void>();

function get(): i18n {
  if (instance) return instance;
  const created = i18next.createInstance();
  void created.init({
    resources: {
      en: { translation: { common: commonMessages.en, ops: opsMessages.en, room: roomMessages.en, level: levelMessages.en, ...en } },
      ko: { translation: { common: commonMessages.ko, ops: opsMessages.ko, room: roomMessages.ko, level: levelMessages.ko, ...ko } },
    },
    lng: current,
    ...I18NEXT_OPTIONS,
  } as Parameters<i18n['init']>[0]);
  instance = created;
  return created;
}

function applyToDocument(lang: Lang): void {
  const doc = (globalThis as { document?: { documentElement?: { lang: string } } }).document;
  if (doc?.documentElement) doc.documentElement.lang = lang;
}

/**
 * Chooses the start language and applies it. `lang` is the caller's wish; `?lang=` in
 * the address overrides it, and the stored choice is used when neither says.
 */
export function initI18n(lang?: Lang, options: I18nOptions = {}): Lang {
  storage = options.storage ?? browserStorage('local');
  const location = (globalThis as { location?: { search?: string } }).location;
  const navigatorLanguage = (globalThis as { navigator?: { language?: string } }).navigator?.language;
  const chosen = resolveLanguage({
    search: options.search ?? location?.search ?? '',
    stored: storage.getItem(STORAGE_KEYS.lang),
    ...(lang ? { requested: lang } : {}),
    browser: options.browserLanguage ?? navigatorLanguage ?? '',
  });
  get();
  setLanguage(chosen);
  return chosen;
}

/** The text of `key` in the current language, `{{name}}` placeholders filled from params. */
export function t(key: string, params: TextParams = {}): string {
  return get().t(key, { ...params, lng: current });
}

/** True when `key` names a text (t() returns the key itself for unknown keys). */
export function hasText(key: string): boolean {
  return get().exists(key, { lng: current });
}

export function getLanguage(): Lang {
  return current;
}

/** Switches the language at runtime, keeps the choice, and tells every subscriber. */
export function setLanguage(lang: Lang): void {
  if (!isLang(lang)) return;
  const changed = lang !== current;
  current = lang;
  void get().changeLanguage(lang);
  storage?.setItem(STORAGE_KEYS.lang, lang);
  applyToDocument(lang);
  if (changed) for (const listener of [...listeners]) listener(lang);
}

/** Calls `listener` after each language switch; returns the unsubscribe function. */
export function onLanguageChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Adds a namespace of texts in both languages (`addTexts('concepts', conceptMessages)`). */
export function addTexts(namespace: string, texts: { en: object; ko: object }): void {
  const i = get();
  i.addResourceBundle('en', 'translation', { [namespace]: texts.en }, true, true);
  i.addResourceBundle('ko', 'translation', { [namespace]: texts.ko }, true, true);
}
