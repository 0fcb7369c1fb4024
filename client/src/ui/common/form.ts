// Labelled form fields with help text and an error line wired through aria-describedby
// and aria-invalid, so screen readers read a field's purpose and its problem.
import { h, uniqueId } from './dom.ts';
import type { LiveText } from './LiveText.ts';

export interface Field<E extends HTMLInputElement | HTMLSelectElement> {
  element: HTMLElement;
  control: E;
  /** Shows an error (i18n key) under the field, or clears it with null. */
  setError(key: string | null, params?: Record<string, string | number>): void;
}

export function field<E extends HTMLInputElement | HTMLSelectElement>(texts: LiveText, control: E, labelKey: string, helpKey?: string): Field<E> {
  const id = control.id || uniqueId('field');
  control.id = id;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const error = h('p', { id: errorId, class: 'field-error', hidden: true });
  const help = helpKey ? h('p', { id: helpId, class: 'field-help' }, texts.text(helpKey)) : null;
  control.setAttribute('aria-describedby', [help ? helpId : '', errorId].filter(Boolean).join(' '));
  const element = h('div', { class: 'field' }, h('label', { for: id }, texts.text(labelKey)), control, help, error);
  return {
    element,
    control,
    setError(key, params = {}) {
      if (!key) {
        error.hidden = true;
        error.replaceChildren();
        control.removeAttribute('aria-invalid');
        return;
      }
      error.replaceChildren(h('span', { 'aria-hidden': 'true' }, '⚠ '), texts.text(key, params));
      error.hidden = false;
      control.setAttribute('aria-invalid', 'true');
    },
  };
}
