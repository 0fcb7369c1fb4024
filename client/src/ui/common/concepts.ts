// A concept of the game (GAME_DESIGN §1) as the screens show it, from the simulation's
// own lesson texts (`concepts.<id>.title|body|see`, the texts of `explain <id>`), which
// the client bundles: a title, the first line as a summary, and the whole lesson.
import { hasText, t } from '../../i18n/index.ts';
import { h } from './dom.ts';
import type { LiveText } from './LiveText.ts';

export function conceptTitle(id: string): string {
  return hasText(`concepts.${id}.title`) ? t(`concepts.${id}.title`) : id;
}

export function conceptSummary(id: string): string {
  return hasText(`concepts.${id}.body`) ? (t(`concepts.${id}.body`).split('\n')[0] ?? '') : '';
}

/** The lesson's paragraphs, then its "see it in the game" commands. */
function lessonBody(texts: LiveText, id: string): HTMLElement {
  const body = h('div', { class: 'lesson' });
  texts.bind(() => {
    const paragraphs = hasText(`concepts.${id}.body`) ? t(`concepts.${id}.body`).split('\n') : [];
    const see = hasText(`concepts.${id}.see`) ? t(`concepts.${id}.see`) : '';
    body.replaceChildren(
      ...paragraphs.map((p) => h('p', {}, p)),
      ...(see ? [h('p', {}, h('strong', {}, t('concepts.label.see')), ' ', h('code', {}, see))] : []),
      h('p', { class: 'muted' }, t('app.concept.explainHint', { command: `explain ${id}` })),
    );
  });
  return body;
}

/** A concept with its summary and, behind a disclosure, its full lesson. */
export function conceptCard(texts: LiveText, id: string, headingLevel: 'h3' | 'h4' = 'h3'): HTMLElement {
  return h(
    'article',
    { class: 'concept' },
    h(headingLevel, {}, texts.fn(() => conceptTitle(id))),
    h('p', {}, texts.fn(() => conceptSummary(id))),
    h('details', {}, h('summary', {}, texts.text('app.concept.fullLesson')), lessonBody(texts, id)),
  );
}
