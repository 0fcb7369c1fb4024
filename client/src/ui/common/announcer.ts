// The page's polite aria-live region: screens and the game announce what a sighted
// player would notice (a game started, a level ended, an alert fired). Repeating the
// same text is still announced: the region is emptied first and filled a frame later.
import { h } from './dom.ts';

let region: HTMLElement | null = null;
let pending = 0;

/** Puts the live region into `parent` once (the shell does this at start). */
export function mountAnnouncer(parent: HTMLElement): HTMLElement {
  if (region && region.isConnected) return region;
  region = h('div', { id: 'announcer', class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  parent.appendChild(region);
  return region;
}

/** Says `message` to screen-reader users without moving focus. */
export function announce(message: string): void {
  const target = region;
  if (!target) return;
  const ticket = ++pending;
  target.textContent = '';
  const fill = () => {
    if (ticket === pending) target.textContent = message;
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(fill, 30));
  else setTimeout(fill, 30);
}
