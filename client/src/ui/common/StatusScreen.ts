// A screen that only says what is happening (connecting, resuming, loading), with a
// busy indicator that stands still when motion is reduced, and an optional way out.
import { h } from './dom.ts';
import { LiveText } from './LiveText.ts';
import type { Screen } from './screen.ts';

export function createStatusScreen(headingKey: string, detailKey: string | null, cancel?: { key: string; run: () => void }): Screen {
  const texts = new LiveText();
  const element = h(
    'div',
    { class: 'screen status-screen', 'aria-busy': 'true' },
    h('div', { class: 'spinner', 'aria-hidden': 'true' }),
    h('h1', { tabindex: -1 }, texts.text(headingKey)),
    detailKey ? h('p', { class: 'muted' }, texts.text(detailKey)) : null,
    cancel ? h('button', { type: 'button', class: 'btn', onclick: cancel.run }, texts.text(cancel.key)) : null,
  );
  return { element, refresh: () => texts.refresh(), destroy() {} };
}
