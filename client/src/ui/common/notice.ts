// A message box at the top of a screen: why a link or a game could not start, that the
// connection was lost, that a game was resumed. Kept as an i18n key with parameters so
// it follows a language switch; errors are role=alert (read at once), the rest status.
import type { TextParams } from '../../i18n/index.ts';
import { h } from './dom.ts';
import type { LiveText } from './LiveText.ts';

export interface Notice {
  key: string;
  params?: TextParams;
  tone: 'info' | 'error';
}

export function noticeElement(texts: LiveText, notice: Notice): HTMLElement {
  return h(
    'div',
    { class: `notice notice-${notice.tone}`, role: notice.tone === 'error' ? 'alert' : 'status' },
    h('span', { class: 'icon', 'aria-hidden': 'true' }, notice.tone === 'error' ? '⚠' : 'ℹ'),
    h('span', {}, texts.text(notice.key, notice.params ?? {})),
  );
}

/** A slot that shows one notice at a time (or none). */
export class NoticeSlot {
  readonly element = h('div', { class: 'notice-slot' });

  constructor(private readonly texts: LiveText) {}

  show(notice: Notice | null): void {
    this.element.replaceChildren(...(notice ? [noticeElement(this.texts, notice)] : []));
  }
}
