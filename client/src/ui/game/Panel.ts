// A collapsible side panel of the HUD (a <details> with its title as <summary>, so it
// opens and closes from the keyboard with no script) and an optional count badge.
import { t } from '../../i18n/index.ts';
import { el, setText } from './dom.ts';

export class Panel {
  readonly root: HTMLDetailsElement;
  readonly body: HTMLElement;
  private readonly title: HTMLElement;
  private readonly badge: HTMLElement;

  constructor(
    id: string,
    private readonly titleKey: string,
    open = true,
  ) {
    this.title = el('span', { class: 'panel-title' });
    this.badge = el('span', { class: 'panel-badge' });
    this.body = el('div', { class: 'panel-body' });
    this.root = el('details', { class: `game-panel panel-${id}`, open }, el('summary', { class: 'panel-summary' }, el('h2', { class: 'panel-heading' }, this.title, this.badge)), this.body);
    this.relabel();
  }

  relabel(): void {
    setText(this.title, t(this.titleKey));
  }

  /** A count beside the title (`3`), or nothing. */
  setBadge(text: string, label = ''): void {
    setText(this.badge, text ? ` ${text}` : '');
    if (label) this.badge.setAttribute('aria-label', label);
    else this.badge.removeAttribute('aria-label');
  }

  set hidden(value: boolean) {
    this.root.hidden = value;
  }
}
