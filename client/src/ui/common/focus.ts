// Focus management for screen changes and key handling shared by the screens: focus
// moves to the new screen's heading (without scrolling jumps), and Escape is offered
// to whoever registered for it last (a dialog before the screen below it).

/** Moves focus to `el` (made programmatically focusable if it is not). */
export function focusElement(el: HTMLElement | null): void {
  if (!el) return;
  if (!el.hasAttribute('tabindex') && !isNativelyFocusable(el)) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: false });
}

function isNativelyFocusable(el: HTMLElement): boolean {
  return el instanceof HTMLButtonElement || el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement || el instanceof HTMLAnchorElement;
}

/** The first heading of a screen, where focus lands when it appears. */
export function firstHeading(root: HTMLElement): HTMLElement | null {
  return root.querySelector<HTMLElement>('h1, h2');
}

const escapeHandlers: (() => boolean)[] = [];
let listening = false;

/**
 * Calls `handler` on Escape (unless a later registration handled it). The handler
 * returns true when it acted; returns the function that unregisters it.
 */
export function onEscape(handler: () => boolean): () => void {
  escapeHandlers.push(handler);
  if (!listening && typeof document !== 'undefined') {
    listening = true;
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      for (let i = escapeHandlers.length - 1; i >= 0; i--) {
        if (escapeHandlers[i]?.()) {
          event.preventDefault();
          return;
        }
      }
    });
  }
  return () => {
    const i = escapeHandlers.lastIndexOf(handler);
    if (i >= 0) escapeHandlers.splice(i, 1);
  };
}
