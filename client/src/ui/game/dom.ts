// Small DOM helpers for the game screen's overlays: building elements without
// innerHTML (server texts are shown as text, never parsed), and keyed list updates that
// keep existing elements (and so keyboard focus) when a list is re-rendered every tick.

export type Attrs = Record<string, string | number | boolean | null | undefined>;
export type Child = Node | string | null | undefined | false;

/** `el('button', { class: 'x', 'aria-label': 'Close' }, 'text', child)`; false/null attributes are left out. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** Sets attributes (true → present, false/null/undefined → removed); only touches what changed. */
export function setAttrs(node: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) {
      if (node.hasAttribute(name)) node.removeAttribute(name);
    } else {
      const text = value === true ? '' : String(value);
      if (node.getAttribute(name) !== text) node.setAttribute(name, text);
    }
  }
}

/** Sets text only when it differs (no needless layout or screen-reader chatter). */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * Makes `parent`'s children match `items` by key: elements of kept keys are reused and
 * updated in place, new ones created, missing ones removed, order fixed.
 */
export function syncList<T>(parent: Element, items: readonly T[], key: (item: T) => string, create: (item: T) => HTMLElement, update: (node: HTMLElement, item: T) => void): void {
  const existing = new Map<string, HTMLElement>();
  for (const child of [...parent.children]) {
    const k = (child as HTMLElement).dataset.key;
    if (k !== undefined) existing.set(k, child as HTMLElement);
    else child.remove();
  }
  let cursor: Element | null = parent.firstElementChild;
  for (const item of items) {
    const k = key(item);
    let node = existing.get(k);
    if (node) existing.delete(k);
    else {
      node = create(item);
      node.dataset.key = k;
    }
    update(node, item);
    if (node !== cursor) parent.insertBefore(node, cursor);
    else cursor = cursor.nextElementSibling;
  }
  for (const node of existing.values()) node.remove();
}

/** A visually hidden text for screen readers (status words beside icons, etc.). */
export function srOnly(text: string): HTMLSpanElement {
  return el('span', { class: 'sr-only' }, text);
}

/** Whether keyboard input is going to a text field (global shortcuts stay out of its way). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/**
 * Replaces `parent`'s children, then puts keyboard focus back on the control with the
 * same `data-focus-key` if focus was inside (for panels simpler to rebuild than to patch).
 */
export function replaceKeepingFocus(parent: HTMLElement, children: readonly Child[], focusKey?: string | null): void {
  const active = parent.ownerDocument.activeElement;
  const key = focusKey ?? (active instanceof HTMLElement && parent.contains(active) ? active.dataset.focusKey : undefined);
  const scroll = parent.scrollTop;
  parent.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  parent.scrollTop = scroll;
  if (key) [...parent.querySelectorAll<HTMLElement>('[data-focus-key]')].find((n) => n.dataset.focusKey === key)?.focus();
}
