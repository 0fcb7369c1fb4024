// The shared event log: who did what and when (commands, facilitator notes, session
// changes, joins and leaves), oldest first, the newest kept in view. Another player's
// action arrives here through the store, without a reload.
import { t } from '../../../i18n/index.ts';
import type { ClientStore } from '../../../state/ClientStore.ts';
import { selectLog, type LogLineVM } from '../../../state/selectors/hud.ts';
import { el, setText, syncList } from '../dom.ts';
import { Panel } from '../Panel.ts';

const KIND_MARK: Record<string, string> = { command: '$', annotation: '✎', session: '»', system: 'ⓘ' };

export class EventLogPanel {
  readonly panel = new Panel('log', 'hud.log');
  private readonly list = el('ol', { class: 'hud-list event-log', tabindex: 0 });
  private readonly empty = el('p', { class: 'hud-empty' });
  private seen: readonly unknown[] | null = null;

  constructor(private readonly store: ClientStore) {
    this.panel.body.append(this.list, this.empty);
  }

  render(force = false): void {
    this.panel.relabel();
    if (!force && this.store.log === this.seen) return;
    this.seen = this.store.log;
    const lines = selectLog(this.store);
    this.list.setAttribute('aria-label', t('hud.log'));
    setText(this.empty, t('hud.noLog'));
    this.empty.hidden = lines.length > 0;
    const stick = this.list.scrollHeight - this.list.scrollTop - this.list.clientHeight < 24;
    syncList(this.list, lines, (l) => String(l.seq), () => el('li', {}, el('span', { class: 'log-time' }), ' ', el('span', { class: 'log-actor' }), ' ', el('span', { class: 'log-kind', 'aria-hidden': 'true' }), ' ', el('span', { class: 'log-line' }), el('span', { class: 'log-state' })), (node, l) => this.update(node, l));
    if (stick) this.list.scrollTop = this.list.scrollHeight;
  }

  private update(node: HTMLElement, l: LogLineVM): void {
    node.className = `log-entry log-${l.kind}${l.mine ? ' is-mine' : ''}${l.ok ? '' : ' is-failed'}`;
    const [time, , actor, , kind, , line, state] = [...node.childNodes] as HTMLElement[];
    if (time) setText(time, l.time);
    if (actor) setText(actor, l.actor ? (l.mine ? t('hud.actorYou', { name: l.actor }) : l.actor) : '');
    if (kind) setText(kind, KIND_MARK[l.kind] ?? '·');
    if (line) setText(line, l.line);
    if (state) setText(state, l.ok ? '' : ` ✖ ${t('hud.logFailed')}`);
  }
}
