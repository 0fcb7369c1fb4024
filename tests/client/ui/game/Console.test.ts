// @vitest-environment happy-dom
// The console of the game screen: its input's accessible name in both languages
// (switched at runtime), Enter sending through the connection with the transcript as
// `$ line` then output or a marked error, history on Up/Down, Tab completion with
// candidates, and focus: `/` comes to the console, Escape goes back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../../client/src/i18n/index.ts';
import { accessibleName, commandInput, key, mount, smallDatacenter, submit, transcriptText, type } from './mountHelpers.ts';

beforeEach(() => setLanguage('en'));
afterEach(() => {
  setLanguage('en');
  document.body.replaceChildren();
});

describe('console input', () => {
  it('is named "Command" in English and "명령" in Korean, switched without remounting', async () => {
    const { root } = await mount();
    const input = commandInput(root, 'Command');
    expect(accessibleName(input)).toBe('Command');
    setLanguage('ko');
    expect(accessibleName(input)).toBe('명령');
    expect(commandInput(root, '명령')).toBe(input);
    setLanguage('en');
    expect(accessibleName(input)).toBe('Command');
  });

  it('sends the line on Enter and shows `$ line` then the output, or a marked error', async () => {
    const { root, fake } = await mount({ fake: { respond: (line) => (line.startsWith('docker') ? { ok: true, output: 'CONTAINER ID   NAMES' } : { ok: false, output: '', error: 'unknown command "frob"' }) } });
    const input = commandInput(root);
    type(input, 'docker -H host-1 ps');
    submit(input);
    expect(fake.sent.map((s) => s.line)).toEqual(['docker -H host-1 ps']);
    expect(input.value).toBe('');
    await vi.waitFor(() => expect(transcriptText(root)).toEqual(['$ docker -H host-1 ps', 'CONTAINER ID   NAMES']));

    type(input, 'frob');
    submit(input);
    await vi.waitFor(() => expect(root.querySelector('.term-err')).not.toBeNull());
    const error = root.querySelector('.term-err') as HTMLElement;
    // Not by colour alone: the entry says it is an error in words.
    expect(error.textContent).toMatch(/error: unknown command "frob"/);
    expect(root.querySelector('[role="log"]')?.contains(error)).toBe(true);
  });

  it('walks the history with Up and Down, keeping the line being typed', async () => {
    const { root } = await mount();
    const input = commandInput(root);
    for (const line of ['host list', 'docker -H host-1 ps']) {
      type(input, line);
      submit(input);
    }
    type(input, 'draft');
    key(input, 'ArrowUp');
    expect(input.value).toBe('docker -H host-1 ps');
    key(input, 'ArrowUp');
    expect(input.value).toBe('host list');
    key(input, 'ArrowDown');
    expect(input.value).toBe('docker -H host-1 ps');
    key(input, 'ArrowDown');
    expect(input.value).toBe('draft');
  });

  it('completes with Tab from the grammar and the store, listing candidates when ambiguous', async () => {
    const { root, fake } = await mount();
    smallDatacenter(fake);
    const input = commandInput(root);
    type(input, 'docker -H ho');
    const e = key(input, 'Tab');
    expect(e.defaultPrevented).toBe(true);
    expect(input.value).toBe('docker -H host-');
    const candidates = root.querySelector('.term-candidates') as HTMLElement;
    expect(candidates.hidden).toBe(false);
    expect(candidates.textContent).toContain('host-1');
    expect(candidates.textContent).toContain('host-2');

    type(input, 'docker -H host-1 lo');
    key(input, 'Tab');
    expect(input.value).toBe('docker -H host-1 logs ');
    type(input, 'docker -H host-1 logs w');
    key(input, 'Tab');
    expect(input.value).toBe('docker -H host-1 logs web ');
    expect(candidates.hidden).toBe(true);
  });

  it('leaves Tab alone on an empty line so the keyboard is never trapped', async () => {
    const { root } = await mount();
    const input = commandInput(root);
    expect(key(input, 'Tab').defaultPrevented).toBe(false);
  });

  it('takes focus on "/" from outside a text field, and Escape gives it back', async () => {
    const { root } = await mount();
    const input = commandInput(root);
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const slash = key(outside, '/');
    expect(slash.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(input);
    key(input, 'Escape');
    expect(document.activeElement).toBe(outside);
  });

  it('showCommand puts a line in the input without running it', async () => {
    const { root, screen, fake } = await mount();
    screen.showCommand('explain cgroups');
    const input = commandInput(root);
    expect(input.value).toBe('explain cgroups');
    expect(document.activeElement).toBe(input);
    expect(fake.sent).toEqual([]);
  });
});
