// Texts that follow the language: a screen builds its DOM once and binds each visible
// string to an i18n key (or a function of the language); refresh() re-applies them
// after a switch, so form fields keep what was typed and focus stays where it was.
import { getLanguage, t, type TextParams } from '../../i18n/index.ts';
import type { Localized } from '../../app/scenarioCatalog.ts';

type Params = TextParams | (() => TextParams);
const paramsOf = (p: Params | undefined): TextParams => (typeof p === 'function' ? p() : (p ?? {}));

/** `{ en, ko }` in the current language. */
export function pick(text: Localized): string {
  return text[getLanguage()];
}

export class LiveText {
  private readonly bindings: (() => void)[] = [];

  /** A text node showing t(key, params) in the current language. */
  text(key: string, params?: Params): Text {
    return this.fn(() => t(key, paramsOf(params)));
  }

  /** A text node showing fn() (re-run after each switch). */
  fn(render: () => string): Text {
    const node = document.createTextNode('');
    this.bind(() => (node.data = render()));
    return node;
  }

  /** A text node showing a `{ en, ko }` text from the server. */
  local(text: Localized): Text {
    return this.fn(() => pick(text));
  }

  /** Keeps attribute `name` of `el` (aria-label, placeholder, title…) translated. */
  attr<E extends Element>(el: E, name: string, key: string, params?: Params): E {
    this.bind(() => el.setAttribute(name, t(key, paramsOf(params))));
    return el;
  }

  /** Runs `apply` now and after every switch (for anything else language-dependent). */
  bind(apply: () => void): void {
    this.bindings.push(apply);
    apply();
  }

  refresh(): void {
    for (const apply of this.bindings) apply();
  }
}
