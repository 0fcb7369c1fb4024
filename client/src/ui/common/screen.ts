// What the shell needs of a screen: its element, a way to re-translate it after a
// language switch, and cleanup. Screens put a heading with tabindex=-1 first so the
// shell can move focus there when the screen changes (screen readers then read it).

export interface Screen {
  readonly element: HTMLElement;
  /** Re-applies every text in the current language. */
  refresh(): void;
  destroy(): void;
  /** Where focus goes when the screen appears (default: its first heading). */
  focusTarget?(): HTMLElement | null;
  /** Offers the profile's nickname once it is known (forms fill it unless one was typed). */
  suggestName?(name: string): void;
}

/** Fills `input` with `name` unless the player has typed into it. */
export function nameSuggester(input: HTMLInputElement): (name: string) => void {
  let typed = false;
  input.addEventListener('input', () => (typed = true), { once: true });
  return (name) => {
    if (!typed && input.value === '') input.value = name;
  };
}
