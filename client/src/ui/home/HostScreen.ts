// Host a team session: the scenario (sandbox or a level), an optional seed (the same
// scenario and seed replay the same world and incidents), the host's nickname, and a
// note on the roles people pick when they join. Creating it leads to the lobby, which
// shows the code to share.
import type { ErrorText } from '../../app/errors.ts';
import { parseSeed } from '../../app/deepLinks.ts';
import type { ScenarioInfo } from '../../app/scenarioCatalog.ts';
import { t } from '../../i18n/index.ts';
import { busyForm } from '../common/busyForm.ts';
import { h } from '../common/dom.ts';
import { field } from '../common/form.ts';
import { LiveText, pick } from '../common/LiveText.ts';
import { nameSuggester, type Screen } from '../common/screen.ts';

export interface HostValues {
  scenario: string;
  seed: number | null;
  name: string;
}

export interface HostActions {
  submit(values: HostValues): Promise<ErrorText | null>;
  back(): void;
}

function scenarioLabel(s: ScenarioInfo): string {
  return s.isLevel && s.level !== null ? t('home.host.levelOption', { number: s.level, title: pick(s.title) }) : pick(s.title);
}

export function createHostScreen(scenarios: readonly ScenarioInfo[], initial: { name: string }, actions: HostActions): Screen {
  const texts = new LiveText();
  const select = h('select', { name: 'scenario' });
  for (const s of scenarios) {
    const option = h('option', { value: s.id });
    texts.bind(() => (option.textContent = scenarioLabel(s)));
    select.append(option);
  }
  const scenario = field(texts, select, 'home.host.scenario');
  const seed = field(texts, h('input', { name: 'seed', inputmode: 'numeric', autocomplete: 'off', maxlength: 10, class: 'input-seed' }), 'home.host.seed', 'home.host.seedHelp');
  const name = field(texts, h('input', { name: 'name', value: initial.name, autocomplete: 'nickname', maxlength: 24 }), 'home.host.name', 'home.join.nameHelp');
  const note = h('div', { class: 'card note' }, h('h2', { class: 'h3' }, texts.text('home.host.rolesHeading')), h('p', {}, texts.text('home.host.rolesNote')));
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' });
  const back = h('button', { type: 'button', class: 'btn', onclick: () => actions.back() }, texts.text('app.back'));
  const form = h('form', { class: 'form', novalidate: true }, scenario.element, seed.element, name.element, note, h('div', { class: 'actions' }, submit, back));
  const busy = busyForm(texts, form, submit, 'home.host.creating', 'home.host.submit');
  form.prepend(busy.error);

  seed.control.addEventListener('input', () => seed.setError(null));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const seedText = seed.control.value.trim();
    const seedValue = seedText === '' ? null : parseSeed(seedText);
    if (seedText !== '' && seedValue === null) {
      seed.setError('home.host.seedInvalid');
      seed.control.focus();
      return;
    }
    void busy.run(() => actions.submit({ scenario: select.value, seed: seedValue, name: name.control.value }));
  });

  const element = h('div', { class: 'screen narrow' }, h('header', { class: 'screen-header' }, h('h1', { tabindex: -1 }, texts.text('home.host.heading')), h('p', { class: 'lead' }, texts.text('home.host.intro'))), form);
  return { element, refresh: () => texts.refresh(), destroy() {}, suggestName: nameSuggester(name.control) };
}
