// Join a team session: the code (filled in from /?join=CODE), a nickname (the profile's
// generated one, editable; empty lets the server generate one) and a role, each role
// with what it may change. Enter sends, Escape goes back Home.
import { JOIN_ROLES, type JoinRole } from '../../app/gameOptions.ts';
import type { ErrorText } from '../../app/errors.ts';
import { isJoinCode, normaliseJoinCode } from '../../app/joinCode.ts';
import { busyForm } from '../common/busyForm.ts';
import { h, uniqueId } from '../common/dom.ts';
import { field } from '../common/form.ts';
import { LiveText } from '../common/LiveText.ts';
import { nameSuggester, type Screen } from '../common/screen.ts';

export interface JoinValues {
  code: string;
  name: string;
  role: JoinRole;
}

export interface JoinActions {
  /** Joins; resolves with why it failed, or null once the game is being shown. */
  submit(values: JoinValues): Promise<ErrorText | null>;
  back(): void;
}

function roleChoice(texts: LiveText, current: JoinRole): { element: HTMLElement; value(): JoinRole } {
  const inputs = JOIN_ROLES.map((role) => {
    const id = uniqueId(`role-${role}`);
    const input = h('input', { type: 'radio', id, name: 'role', value: role, checked: role === current });
    const option = h('div', { class: 'radio radio-described' }, input, h('label', { for: id }, h('strong', {}, texts.text(`home.roles.${role}.name`)), h('span', { class: 'muted' }, texts.text(`home.roles.${role}.does`))));
    return { input, option };
  });
  const element = h('fieldset', { class: 'field-group roles' }, h('legend', {}, texts.text('home.join.role')), ...inputs.map((i) => i.option));
  return { element, value: () => (inputs.find((i) => i.input.checked)?.input.value as JoinRole | undefined) ?? 'player' };
}

export function createJoinScreen(initial: { code: string; name: string }, actions: JoinActions): Screen {
  const texts = new LiveText();
  const code = field(texts, h('input', { name: 'code', value: initial.code, autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: 12, class: 'input-code', required: true }), 'home.join.code', 'home.join.codeHelp');
  const name = field(texts, h('input', { name: 'name', value: initial.name, autocomplete: 'nickname', maxlength: 24 }), 'home.join.name', 'home.join.nameHelp');
  const roles = roleChoice(texts, 'player');
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' });
  const back = h('button', { type: 'button', class: 'btn', onclick: () => actions.back() }, texts.text('app.back'));
  const form = h('form', { class: 'form', novalidate: true }, code.element, name.element, roles.element, h('div', { class: 'actions' }, submit, back));
  const busy = busyForm(texts, form, submit, 'home.join.joining', 'home.join.submit');
  form.prepend(busy.error);

  code.control.addEventListener('input', () => code.setError(null));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = normaliseJoinCode(code.control.value);
    if (!isJoinCode(value)) {
      code.setError('home.join.codeInvalid');
      code.control.focus();
      return;
    }
    code.control.value = value;
    void busy.run(() => actions.submit({ code: value, name: name.control.value, role: roles.value() }));
  });

  const element = h('div', { class: 'screen narrow' }, h('header', { class: 'screen-header' }, h('h1', { tabindex: -1 }, texts.text('home.join.heading')), h('p', { class: 'lead' }, texts.text('home.join.intro'))), form);
  return {
    element,
    refresh: () => texts.refresh(),
    destroy() {},
    suggestName: nameSuggester(name.control),
    // With the code filled in from a link, the next thing is the nickname (Enter joins).
    focusTarget: () => (isJoinCode(normaliseJoinCode(code.control.value)) ? name.control : code.control),
  };
}
