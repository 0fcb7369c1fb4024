// A DOM context menu (role=menu) for the world view's right-click and for list items:
// opens at a point, focuses its first item; arrows, Home/End move, Enter or Space runs
// an item, Escape or Tab closes it and focus goes back where it came from. Each item
// shows the command line it will run, so the menu teaches the command.
import { t } from '../../i18n/index.ts';
import { el } from './dom.ts';

export interface MenuItem {
  label: string;
  /** The command line the item runs, shown beside the label. */
  detail?: string;
  danger?: boolean;
  disabled?: boolean;
  run(): void;
}

let menuCount = 0;

export class ContextMenu {
  private node: HTMLElement | null = null;
  private items: HTMLButtonElement[] = [];
  private returnTo: HTMLElement | null = null;
  private readonly onOutside = (e: Event) => {
    if (this.node && e.target instanceof Node && !this.node.contains(e.target)) this.close(false);
  };

  constructor(private readonly host: HTMLElement) {}

  get isOpen(): boolean {
    return this.node !== null;
  }

  /** Opens a menu titled `title` at viewport point (x, y); focus returns to `returnTo` on close. */
  open(title: string, entries: readonly MenuItem[], x: number, y: number, returnTo: HTMLElement | null = null): void {
    this.close(false);
    const doc = this.host.ownerDocument;
    this.returnTo = returnTo ?? (doc.activeElement instanceof HTMLElement ? doc.activeElement : null);
    const titleId = `game-menu-title-${++menuCount}`;
    this.items = entries.map((item) => {
      const button = el(
        'button',
        { type: 'button', role: 'menuitem', class: `menu-item${item.danger ? ' menu-danger' : ''}`, tabindex: -1, disabled: item.disabled ?? false, 'aria-disabled': item.disabled ? 'true' : null },
        item.danger ? el('span', { class: 'menu-danger-mark', 'aria-hidden': 'true' }, '⚠ ') : null,
        el('span', { class: 'menu-label' }, item.label),
        item.detail ? el('code', { class: 'menu-detail' }, item.detail) : null,
      );
      button.addEventListener('click', () => {
        if (item.disabled) return;
        this.close(true);
        item.run();
      });
      return button;
    });
    const list = this.items.length ? this.items : [el('p', { class: 'menu-empty' }, t('menu.empty'))];
    const node = el('div', { class: 'game-menu', role: 'menu', 'aria-labelledby': titleId }, el('p', { class: 'menu-title', id: titleId }, title), ...list);
    node.style.left = `${Math.max(0, x)}px`;
    node.style.top = `${Math.max(0, y)}px`;
    node.addEventListener('keydown', (e) => this.onKey(e));
    this.host.append(node);
    this.node = node;
    this.keepInView(node);
    doc.addEventListener('pointerdown', this.onOutside, true);
    (this.items.find((b) => !b.disabled) ?? node).focus();
    if (!this.items.length) node.tabIndex = -1;
  }

  /** Closes the menu; focus goes back unless an item is about to move it. */
  close(itemRan: boolean): void {
    const node = this.node;
    if (!node) return;
    this.node = null;
    this.items = [];
    node.ownerDocument.removeEventListener('pointerdown', this.onOutside, true);
    const hadFocus = node.contains(node.ownerDocument.activeElement);
    node.remove();
    if ((hadFocus || itemRan) && this.returnTo?.isConnected) this.returnTo.focus();
  }

  private onKey(e: KeyboardEvent): void {
    const enabled = this.items.filter((b) => !b.disabled);
    const at = enabled.indexOf(e.target as HTMLButtonElement);
    const move = (i: number) => enabled[(i + enabled.length) % enabled.length]?.focus();
    switch (e.key) {
      case 'ArrowDown': e.preventDefault(); move(at + 1); break;
      case 'ArrowUp': e.preventDefault(); move(at < 0 ? -1 : at - 1); break;
      case 'Home': e.preventDefault(); move(0); break;
      case 'End': e.preventDefault(); move(-1); break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        if (at >= 0) enabled[at]?.click();
        break;
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        this.close(false);
        break;
      case 'Tab':
        e.preventDefault();
        this.close(false);
        break;
      default:
        break;
    }
  }

  /** Moves the menu back inside the window when it would overflow an edge. */
  private keepInView(node: HTMLElement): void {
    const view = node.ownerDocument.defaultView;
    if (!view) return;
    const box = node.getBoundingClientRect();
    if (box.right > view.innerWidth) node.style.left = `${Math.max(0, view.innerWidth - box.width - 4)}px`;
    if (box.bottom > view.innerHeight) node.style.top = `${Math.max(0, view.innerHeight - box.height - 4)}px`;
  }
}
