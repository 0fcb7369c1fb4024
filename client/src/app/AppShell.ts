// The page's frame: a skip link, a slim top bar (name, language switch, settings), the
// <main> where one screen at a time lives, the polite live region and the settings
// dialog. It swaps screens (moving focus to the new screen's heading), keeps the
// document title and every text in the current language, and gives the in-game screen
// the whole of <main>.
import { onLanguageChange, t } from '../i18n/index.ts';
import { announce, mountAnnouncer } from '../ui/common/announcer.ts';
import { h } from '../ui/common/dom.ts';
import { firstHeading, focusElement } from '../ui/common/focus.ts';
import { languageSwitch } from '../ui/common/LanguageSwitch.ts';
import { LiveText } from '../ui/common/LiveText.ts';
import type { Screen } from '../ui/common/screen.ts';
import { settingsDialog } from '../ui/common/SettingsDialog.ts';
import type { SettingsStore } from './settings.ts';

export class AppShell {
  readonly main: HTMLElement;
  private readonly texts = new LiveText();
  private readonly frame: HTMLElement;
  private screen: Screen | null = null;
  private titleKey = 'app.title.loading';

  constructor(root: HTMLElement, settings: SettingsStore) {
    const dialog = settingsDialog(this.texts, settings);
    const settingsButton = h('button', { type: 'button', class: 'btn btn-quiet', 'aria-haspopup': 'dialog' }, h('span', { 'aria-hidden': 'true' }, '⚙ '), this.texts.text('app.settings.open'));
    settingsButton.addEventListener('click', () => dialog.open(settingsButton));
    const languages = languageSwitch(this.texts);
    this.main = h('main', { id: 'main', class: 'app-main', tabindex: -1 });
    const skip = h('a', { href: '#main', class: 'skip-link' }, this.texts.text('app.skip'));
    skip.addEventListener('click', (event) => {
      event.preventDefault();
      focusElement(firstHeading(this.main) ?? this.main);
    });
    this.frame = h(
      'div',
      { class: 'app' },
      skip,
      h('header', { class: 'app-bar' }, h('span', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '9'), this.texts.text('app.brand')), h('span', { class: 'spacer' }), languages.element, settingsButton),
      this.main,
      dialog.element,
    );
    root.replaceChildren(this.frame);
    mountAnnouncer(this.frame);
    onLanguageChange(() => {
      this.texts.refresh();
      this.screen?.refresh();
      this.applyTitle();
      announce(t('app.languageChanged'));
    });
  }

  /** Replaces the current screen (a DOM page) and moves focus to it. */
  show(screen: Screen, titleKey: string): void {
    this.clear();
    this.frame.classList.remove('is-game');
    this.screen = screen;
    this.main.append(screen.element);
    this.titleKey = titleKey;
    this.applyTitle();
    focusElement(screen.focusTarget?.() ?? firstHeading(screen.element) ?? this.main);
    this.main.scrollTop = 0;
    if (typeof window !== 'undefined') window.scrollTo(0, 0);
  }

  /** The screen on show (null while the game owns <main>). */
  get current(): Screen | null {
    return this.screen;
  }

  /** Re-translates the current screen (texts loaded later, such as the concept lessons). */
  refresh(): void {
    this.screen?.refresh();
  }

  /** Empties <main> for the in-game screen, which owns it until the next show(). */
  gameArea(titleKey: string): HTMLElement {
    this.clear();
    this.frame.classList.add('is-game');
    this.titleKey = titleKey;
    this.applyTitle();
    return this.main;
  }

  private clear(): void {
    this.screen?.destroy();
    this.screen = null;
    this.main.replaceChildren();
  }

  private applyTitle(): void {
    document.title = `${t(this.titleKey)} · ${t('app.brand')}`;
  }
}
