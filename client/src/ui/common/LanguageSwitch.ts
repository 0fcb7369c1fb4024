// EN / 한국어: two toggle buttons (aria-pressed) in a labelled group. Switching changes
// every text at once through i18n's subscribers; nothing reloads. Each button names its
// language in that language (with its lang attribute, for screen readers' voices).
import { getLanguage, LANGUAGES, onLanguageChange, setLanguage, type Lang } from '../../i18n/index.ts';
import { h } from './dom.ts';
import type { LiveText } from './LiveText.ts';

const NAMES: Readonly<Record<Lang, string>> = { en: 'EN', ko: '한국어' };
const FULL_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ko: '한국어' };

export function languageSwitch(texts: LiveText): { element: HTMLElement; destroy(): void } {
  const buttons = LANGUAGES.map((lang) =>
    h('button', { type: 'button', class: 'lang-option', lang, 'aria-label': FULL_NAMES[lang], 'data-lang': lang, onclick: () => setLanguage(lang) }, NAMES[lang]),
  );
  const group = h('div', { class: 'lang-switch', role: 'group' }, ...buttons);
  texts.attr(group, 'aria-label', 'app.language');
  const sync = () => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.lang === getLanguage()));
  };
  sync();
  const stop = onLanguageChange(sync);
  return { element: group, destroy: stop };
}
