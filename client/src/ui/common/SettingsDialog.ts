// The settings dialog (a native modal <dialog>: focus stays inside, Escape closes it):
// motion (follow the system / reduce / full) and text size. Changes apply at once.
import { MOTION_SETTINGS, TEXT_SIZES, type SettingsStore } from '../../app/settings.ts';
import { h, uniqueId } from './dom.ts';
import { onEscape } from './focus.ts';
import type { LiveText } from './LiveText.ts';

function radioGroup<T extends string>(texts: LiveText, base: string, name: string, values: readonly T[], current: T, onPick: (v: T) => void): HTMLElement {
  const legend = h('legend', {}, texts.text(`${base}.label`));
  const options = values.map((value) => {
    const id = uniqueId(`${name}-${value}`);
    const input = h('input', { type: 'radio', id, name, value, checked: value === current, onchange: () => onPick(value) });
    return h('div', { class: 'radio' }, input, h('label', { for: id }, texts.text(`${base}.${value}`)));
  });
  return h('fieldset', { class: 'field-group' }, legend, ...options);
}

export function settingsDialog(texts: LiveText, settings: SettingsStore): { element: HTMLDialogElement; open(opener?: HTMLElement): void } {
  const s = settings.current;
  const titleId = uniqueId('settings-title');
  const close = h('button', { type: 'button', class: 'btn btn-primary', onclick: () => dialog.close() }, texts.text('app.settings.close'));
  const dialog = h(
    'dialog',
    { class: 'dialog', 'aria-labelledby': titleId },
    h('h2', { id: titleId, tabindex: -1 }, texts.text('app.settings.heading')),
    radioGroup(texts, 'app.settings.motion', 'motion', MOTION_SETTINGS, s.motion, (motion) => settings.update({ motion })),
    radioGroup(texts, 'app.settings.textSize', 'text-size', TEXT_SIZES, s.textSize, (textSize) => settings.update({ textSize })),
    h('div', { class: 'actions' }, close),
  );
  let returnTo: HTMLElement | null = null;
  let stopEscape: (() => void) | null = null;
  dialog.addEventListener('close', () => {
    stopEscape?.();
    stopEscape = null;
    returnTo?.focus();
  });
  return {
    element: dialog,
    open(opener) {
      if (dialog.open) return;
      returnTo = opener ?? null;
      dialog.showModal();
      // Escape belongs to the dialog while it is open, not to the screen below it.
      stopEscape = onEscape(() => {
        dialog.close();
        return true;
      });
      dialog.querySelector<HTMLInputElement>('input:checked')?.focus();
    },
  };
}
