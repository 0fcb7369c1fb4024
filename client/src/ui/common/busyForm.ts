// Submitting a form that starts a game: the button shows that it is working and the
// form cannot be sent twice; a failure comes back as a message at the top of the form
// (role=alert) with focus moved to it, so the player knows what to fix.
import { t } from '../../i18n/index.ts';
import { h } from './dom.ts';
import type { LiveText } from './LiveText.ts';
import type { ErrorText } from '../../app/errors.ts';

export interface BusyForm {
  readonly error: HTMLElement;
  /** Runs `work` with the form busy; shows its ErrorText if it returns one. */
  run(work: () => Promise<ErrorText | null>): Promise<void>;
}

export function busyForm(texts: LiveText, form: HTMLFormElement, submit: HTMLButtonElement, busyKey: string, idleKey: string): BusyForm {
  const error = h('div', { class: 'notice notice-error', role: 'alert', tabindex: -1, hidden: true });
  let busy = false;
  const label = h('span', {});
  let current = idleKey;
  texts.bind(() => (label.textContent = t(current)));
  submit.replaceChildren(label);
  const setLabel = (key: string) => {
    current = key;
    label.textContent = t(key);
  };
  return {
    error,
    async run(work) {
      if (busy) return;
      busy = true;
      submit.setAttribute('aria-busy', 'true');
      submit.disabled = true;
      form.setAttribute('aria-busy', 'true');
      setLabel(busyKey);
      error.hidden = true;
      let failure: ErrorText | null = null;
      try {
        failure = await work();
      } finally {
        busy = false;
        submit.removeAttribute('aria-busy');
        submit.disabled = false;
        form.removeAttribute('aria-busy');
        setLabel(idleKey);
      }
      if (failure) {
        error.replaceChildren(h('span', { 'aria-hidden': 'true' }, '⚠ '), texts.text(failure.key, failure.params));
        error.hidden = false;
        error.focus();
      }
    },
  };
}
