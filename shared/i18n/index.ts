// One i18next instance for every text a user reads, in English and Korean. The
// simulation uses it for hints, help and lessons; the client uses it for the UI.
// Resources are bundled, so initialisation is synchronous and deterministic.
import i18next, { type i18n } from 'i18next';
import { en } from './en.ts';
import { ko } from './ko.ts';
import { I18NEXT_OPTIONS } from './options.ts';

export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];

let instance: i18n | null = null;

function get(): i18n {
  if (instance) return instance;
  const created = i18next.createInstance();
  void created.init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng: 'en',
    ...I18NEXT_OPTIONS,
  } as Parameters<i18n['init']>[0]);
  instance = created;
  return created;
}

/** The text for `key` in `lang`, with `{{name}}` placeholders filled from `params`. */
export function translate(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return get().t(key, { lng: lang, ...params });
}

/** True when `key` exists in the given language's resources. */
export function hasKey(lang: Lang, key: string): boolean {
  return get().exists(key, { lng: lang, fallbackLng: false } as never);
}

export { en, ko };
