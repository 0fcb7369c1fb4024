// The level's hints with their cost shown before asking: "List hints" runs `hint` (free)
// and reads its table; reading one asks to confirm its cost in score points, then runs
// `hint <id>` (shown in the console like every gesture) and shows its text here.
import * as cmd from '../../../input/commandBuilders.ts';
import { t } from '../../../i18n/index.ts';
import type { ClientStore } from '../../../state/ClientStore.ts';
import type { CommandRunner } from '../CommandRunner.ts';
import { el, replaceKeepingFocus } from '../dom.ts';
import { parseHintList, type HintRow } from '../outputParsers.ts';
import { Panel } from '../Panel.ts';

export class HintsPanel {
  readonly panel = new Panel('hints', 'hud.hints', false);
  private hints: HintRow[] | null = null;
  private confirming: string | null = null;
  private text: { id: string; body: string } | null = null;
  private focusAfter: string | null = null;

  constructor(
    private readonly store: ClientStore,
    private readonly runner: CommandRunner,
  ) {}

  private drawn = '';

  /** Redraws when the level, the hints taken or `force` (a language switch) say so. */
  render(force = false): void {
    const stamp = `${this.store.game.isLevel}|${this.store.game.hintsTaken}`;
    if (!force && stamp === this.drawn) return;
    this.drawn = stamp;
    this.draw();
  }

  private draw(): void {
    this.panel.relabel();
    const isLevel = this.store.game.isLevel;
    this.panel.setBadge(this.store.game.hintsTaken ? `${this.store.game.hintsTaken}` : '', t('hud.hintsTaken', { count: this.store.game.hintsTaken }));
    if (!isLevel) {
      this.panel.body.replaceChildren(el('p', { class: 'hud-empty' }, t('hud.noHints')));
      return;
    }
    const list = this.button('list', t(this.hints ? 'hud.refreshHints' : 'hud.listHints'), cmd.hint(), () => void this.list());
    const rows = (this.hints ?? []).map((h) => this.row(h));
    const shown = this.text ? el('div', { class: 'hint-text', role: 'status' }, el('h3', {}, t('hud.hintTitle', { id: this.text.id })), el('p', {}, this.text.body)) : null;
    replaceKeepingFocus(this.panel.body, [el('p', { class: 'hud-note' }, t('hud.hintsExplain')), list, el('ul', { class: 'hud-list hint-list' }, ...rows), shown], this.focusAfter);
    this.focusAfter = null;
  }

  private row(h: HintRow): HTMLElement {
    const cost = t('hud.hintCost', { id: h.id, cost: h.cost });
    if (this.confirming === h.id) {
      return el(
        'li',
        { class: 'hint-confirm' },
        el('p', {}, t('hud.hintConfirm', { id: h.id, cost: h.cost })),
        this.button(`read:${h.id}`, t('hud.hintRead', { cost: h.cost }), cmd.hint(h.id), () => void this.read(h.id)),
        this.button(`cancel:${h.id}`, t('hud.cancel'), '', () => this.ask(null, `ask:${h.id}`)),
      );
    }
    // A hint already taken costs nothing more: no confirmation.
    const action = h.taken ? () => void this.read(h.id) : () => this.ask(h.id, `read:${h.id}`);
    return el('li', {}, el('span', {}, h.taken ? `✔ ${cost} (${t('hud.hintTaken')})` : cost), ' ', this.button(`ask:${h.id}`, t(h.taken ? 'hud.hintAgain' : 'hud.hintAsk'), '', action));
  }

  private button(key: string, label: string, line: string, onClick: () => void): HTMLButtonElement {
    const b = el('button', { type: 'button', class: 'action-button', 'data-focus-key': key }, label, line ? el('code', { class: 'action-line' }, line) : null);
    b.addEventListener('click', onClick);
    return b;
  }

  private ask(id: string | null, focus: string): void {
    this.confirming = id;
    this.focusAfter = focus;
    this.draw();
  }

  private async list(): Promise<void> {
    const r = await this.runner.runGui(cmd.hint());
    if (r?.ok) this.hints = parseHintList(r.output);
    this.focusAfter = 'list';
    this.draw();
  }

  private async read(id: string): Promise<void> {
    this.confirming = null;
    const r = await this.runner.runGui(cmd.hint(id));
    if (r?.ok) {
      this.text = { id, body: r.output };
      this.hints = (this.hints ?? []).map((h) => (h.id === id ? { ...h, taken: true } : h));
    }
    this.focusAfter = `ask:${id}`;
    this.draw();
  }
}
