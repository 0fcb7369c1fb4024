// The console: a text input named "Command" (KO "명령"), the transcript as an output pane
// (role=log: every line as `$ line`, then its output or error; lines built by gestures
// marked as such), shell-like history on Up/Down and Tab completion from the command
// grammar. Enter runs the line through the same CommandRunner every gesture uses.
import { applyCompletion, complete, completionSources } from '../../input/completion.ts';
import { CommandHistory } from '../../input/history.ts';
import { t } from '../../i18n/index.ts';
import type { ClientStore, TranscriptEntry } from '../../state/ClientStore.ts';
import type { CommandRunner } from './CommandRunner.ts';
import { el, setAttrs, setText } from './dom.ts';

const INPUT_ID = 'game-command';
const MAX_CANDIDATES = 40;

export class ConsoleView {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  readonly history = new CommandHistory();
  private readonly output: HTMLElement;
  private readonly label: HTMLLabelElement;
  private readonly keys: HTMLElement;
  private readonly candidates: HTMLElement;
  private readonly heading: HTMLElement;
  private rendered: readonly TranscriptEntry[] | null = null;
  private lastId = 0;
  private readonly inputs = new Map<number, HTMLElement>();
  private readonly pendingShown = new Set<number>();
  private returnTo: HTMLElement | null = null;
  private readonly stopRun: () => void;

  constructor(
    private readonly store: ClientStore,
    private readonly runner: CommandRunner,
  ) {
    this.heading = el('h2', { class: 'sr-only', id: 'game-console-heading' });
    this.output = el('div', { class: 'term-output', role: 'log', tabindex: 0, 'aria-labelledby': 'game-console-heading' });
    this.label = el('label', { for: INPUT_ID, class: 'term-label' });
    this.input = el('input', { id: INPUT_ID, class: 'term-input', type: 'text', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false', 'aria-describedby': 'game-command-keys' });
    this.keys = el('p', { id: 'game-command-keys', class: 'term-keys' });
    this.candidates = el('div', { class: 'term-candidates', role: 'status', 'aria-live': 'polite', hidden: true });
    const form = el('form', { class: 'term-form' }, el('span', { class: 'term-prompt', 'aria-hidden': 'true' }, '$'), this.label, this.input);
    this.root = el('section', { class: 'game-console', 'aria-labelledby': 'game-console-heading' }, this.heading, this.output, this.candidates, form, this.keys);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('input', () => {
      this.history.reset();
      this.hideCandidates();
    });
    this.input.addEventListener('focus', (e) => {
      const from = e.relatedTarget;
      if (from instanceof HTMLElement && !this.root.contains(from)) this.returnTo = from;
    });
    // Lines built by gestures go into the history too: Up brings them back to edit.
    this.stopRun = runner.onRun((line, source) => {
      if (source === 'gui') this.history.push(line);
    });
    this.relabel();
  }

  /** Puts focus in the command input (the `/` and Ctrl+` shortcuts). */
  focus(): void {
    this.input.focus();
  }

  /** Fills the input with a line to run or edit (not run), and focuses it. */
  show(line: string): void {
    this.history.reset();
    this.setLine(line);
  }

  private setLine(line: string): void {
    this.input.value = line;
    this.focus();
    this.input.setSelectionRange(line.length, line.length);
  }

  relabel(): void {
    setText(this.heading, t('terminal.title'));
    setText(this.label, t('terminal.input'));
    setText(this.keys, t('terminal.keys'));
    this.render(true);
  }

  /** Brings the output pane up to date with the transcript (all of it when `force`). */
  render(force = false): void {
    const entries = this.store.transcript;
    if (force || this.rendered === null) {
      this.output.replaceChildren();
      this.inputs.clear();
      this.pendingShown.clear();
      this.lastId = 0;
    }
    if (force || entries !== this.rendered) {
      const stick = this.atBottom();
      const first = entries[0]?.id ?? Infinity;
      while (this.output.firstElementChild && Number((this.output.firstElementChild as HTMLElement).dataset.id) < first) this.output.firstElementChild.remove();
      for (const seq of this.inputs.keys()) if (!this.output.contains(this.inputs.get(seq) ?? null)) this.inputs.delete(seq);
      for (const entry of entries) {
        if (entry.id <= this.lastId) continue;
        this.output.append(this.entryNode(entry));
        this.lastId = entry.id;
      }
      this.rendered = entries;
      if (stick) this.output.scrollTop = this.output.scrollHeight;
    }
    this.markPending();
  }

  dispose(): void {
    this.stopRun();
  }

  private submit(): void {
    const line = this.input.value.trim();
    if (!line) return;
    this.history.push(line);
    this.input.value = '';
    this.hideCandidates();
    void this.runner.run(line, 'console');
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowUp') {
      e.preventDefault();
      const line = this.history.up(this.input.value);
      if (line !== null) this.setLine(line);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      const line = this.history.down();
      if (line !== null) this.setLine(line);
    } else if (e.key === 'Tab' && !e.shiftKey && !e.altKey && !e.ctrlKey && this.input.value.trim() !== '') {
      // An empty line lets Tab move focus on, so the console never traps the keyboard.
      e.preventDefault();
      this.completeWord();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (!this.candidates.hidden) return this.hideCandidates();
      if (this.returnTo?.isConnected) this.returnTo.focus();
      else this.input.blur();
    }
  }

  private completeWord(): void {
    const line = this.input.value;
    const cursor = this.input.selectionStart ?? line.length;
    const found = complete(line, cursor, completionSources(this.store));
    const next = applyCompletion(line, found);
    if (next.line !== line) {
      this.input.value = next.line;
      this.input.setSelectionRange(next.cursor, next.cursor);
    }
    if (found.candidates.length === 0) this.showCandidates(t('terminal.noCompletion'), []);
    else if (found.candidates.length > 1) this.showCandidates(t('terminal.candidates', { count: found.candidates.length }), found.candidates);
    else this.hideCandidates();
  }

  private showCandidates(title: string, words: readonly string[]): void {
    const shown = words.slice(0, MAX_CANDIDATES);
    const list = el('ul', { class: 'term-candidate-list' }, ...shown.map((w) => el('li', {}, w)));
    const more = words.length > shown.length ? el('p', {}, t('terminal.moreCandidates', { count: words.length - shown.length })) : null;
    this.candidates.replaceChildren(el('p', { class: 'term-candidate-title' }, title), ...(shown.length ? [list] : []), ...(more ? [more] : []));
    this.candidates.hidden = false;
  }

  private hideCandidates(): void {
    if (this.candidates.hidden) return;
    this.candidates.hidden = true;
    this.candidates.replaceChildren();
  }

  private entryNode(entry: TranscriptEntry): HTMLElement {
    const text = entry.key ? t(entry.key, entry.params ?? {}) : entry.text;
    let node: HTMLElement;
    if (entry.kind === 'input') {
      const gui = this.runner.isGui(entry.seq);
      node = el('div', { class: `term-line term-cmd${gui ? ' term-gui' : ''}` }, el('span', { class: 'term-dollar' }, '$ '), el('span', { class: 'term-text' }, text));
      if (gui) node.append(el('span', { class: 'term-badge' }, t('terminal.fromGui')));
      if (entry.seq !== undefined) this.inputs.set(entry.seq, node);
    } else if (entry.kind === 'error') {
      node = el('pre', { class: 'term-line term-err' }, el('span', { class: 'term-err-label' }, t('terminal.error')), text);
    } else if (entry.kind === 'notice') {
      node = el('div', { class: 'term-line term-notice' }, el('span', { class: 'term-notice-label' }, t('terminal.notice')), text);
    } else {
      node = el('pre', { class: 'term-line term-out' }, text);
    }
    node.dataset.id = String(entry.id);
    return node;
  }

  /** A "running…" mark on commands still waiting for their answer. */
  private markPending(): void {
    const pending = new Set([...this.store.pending.values()].map((p) => p.seq));
    for (const seq of [...this.pendingShown]) {
      if (pending.has(seq)) continue;
      const node = this.inputs.get(seq);
      node?.querySelector('.term-pending')?.remove();
      if (node) setAttrs(node, { 'aria-busy': false });
      this.pendingShown.delete(seq);
    }
    for (const seq of pending) {
      const node = this.inputs.get(seq);
      if (!node || this.pendingShown.has(seq)) continue;
      node.append(el('span', { class: 'term-pending' }, t('terminal.running')));
      setAttrs(node, { 'aria-busy': 'true' });
      this.pendingShown.add(seq);
    }
  }

  private atBottom(): boolean {
    const o = this.output;
    return o.scrollHeight - o.scrollTop - o.clientHeight < 24;
  }
}
