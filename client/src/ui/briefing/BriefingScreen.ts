// The briefing before a level: what it teaches (its concepts, with the full lesson a
// click away), the task, the objectives and the time limit, then Start. The texts come
// from GET /api/scenarios; the objectives' live progress is the HUD's job in the game.
import type { ErrorText } from '../../app/errors.ts';
import type { ScenarioInfo } from '../../app/scenarioCatalog.ts';
import { t } from '../../i18n/index.ts';
import { spanText } from '../../state/selectors/format.ts';
import { busyForm } from '../common/busyForm.ts';
import { conceptCard } from '../common/concepts.ts';
import { h } from '../common/dom.ts';
import { tipIcon } from '../common/icons.ts';
import { LiveText, pick } from '../common/LiveText.ts';
import type { Screen } from '../common/screen.ts';

export interface BriefingActions {
  start(): Promise<ErrorText | null>;
  back(): void;
}

/** `20 minutes` / `20분` for whole minutes, else `1m30s`. */
function durationText(seconds: number): string {
  return seconds % 60 === 0 ? t('briefing.minutes', { count: seconds / 60 }) : spanText(seconds);
}

function paragraphs(texts: LiveText, text: () => string): HTMLElement {
  const box = h('div', { class: 'prose' });
  texts.bind(() => box.replaceChildren(...text().split('\n').filter((p) => p.trim() !== '').map((p) => h('p', {}, p))));
  return box;
}

export function createBriefingScreen(scenario: ScenarioInfo, actions: BriefingActions): Screen {
  const texts = new LiveText();
  const task = scenario.briefing ?? scenario.description;
  const objectives = scenario.objectives.length
    ? h('ol', { class: 'objective-list' }, ...scenario.objectives.map((o) => h('li', {}, h('span', { class: 'icon', 'aria-hidden': 'true' }, '○'), ' ', texts.local(o.title))))
    : h('p', { class: 'muted' }, texts.text('briefing.objectivesInGame'));
  const start = h('button', { type: 'submit', class: 'btn btn-primary btn-large' });
  const back = h('button', { type: 'button', class: 'btn', onclick: () => actions.back() }, texts.text('briefing.back'));
  const form = h('form', { class: 'briefing-actions' }, start, back);
  const busy = busyForm(texts, form, start, 'briefing.starting', 'briefing.start');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void busy.run(() => actions.start());
  });

  const element = h(
    'div',
    { class: 'screen briefing' },
    h(
      'header',
      { class: 'briefing-header' },
      h('p', { class: 'eyebrow' }, scenario.level !== null ? texts.text('briefing.eyebrow', { number: scenario.level }) : texts.text('briefing.eyebrowFree')),
      h('h1', { tabindex: -1 }, texts.local(scenario.title)),
      scenario.durationSeconds ? h('p', { class: 'muted' }, texts.text('briefing.duration', () => ({ duration: durationText(scenario.durationSeconds ?? 0) }))) : null,
    ),
    busy.error,
    h('section', { class: 'card', 'aria-labelledby': 'briefing-task' }, h('h2', { id: 'briefing-task' }, texts.text('briefing.task')), task ? paragraphs(texts, () => pick(task)) : null),
    h('section', { class: 'card', 'aria-labelledby': 'briefing-objectives' }, h('h2', { id: 'briefing-objectives' }, texts.text('briefing.objectives')), objectives),
    scenario.concepts.length
      ? h('section', { class: 'card', 'aria-labelledby': 'briefing-concepts' }, h('h2', { id: 'briefing-concepts' }, texts.text('briefing.concepts')), h('div', { class: 'concept-list' }, ...scenario.concepts.map((id) => conceptCard(texts, id))))
      : null,
    h('p', { class: 'tip' }, tipIcon(), h('span', {}, texts.text('briefing.tip'))),
    form,
  );
  return { element, refresh: () => texts.refresh(), destroy() {} };
}
