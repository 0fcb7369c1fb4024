// Services against their SLO: availability and target, error budget left, a status word
// and icon beside the colour. A service's name selects it for the inspector.
import { t } from '../../../i18n/index.ts';
import type { ClientStore } from '../../../state/ClientStore.ts';
import { selectServices, type ServiceSloVM } from '../../../state/selectors/hud.ts';
import { el, setText, syncList } from '../dom.ts';
import type { EntityRef } from '../entities.ts';
import { TONE_ICON } from '../inspectorParts.ts';
import { Panel } from '../Panel.ts';

export class ServicesPanel {
  readonly panel = new Panel('services', 'hud.services');
  private readonly list = el('ul', { class: 'hud-list' });
  private readonly empty = el('p', { class: 'hud-empty' });

  constructor(
    private readonly store: ClientStore,
    private readonly select: (ref: EntityRef) => void,
  ) {
    this.panel.body.append(this.list, this.empty);
  }

  render(): void {
    this.panel.relabel();
    const services = selectServices(this.store);
    setText(this.empty, t('hud.noServices'));
    this.empty.hidden = services.length > 0;
    const bad = services.filter((s) => !s.meetsSlo).length;
    this.panel.setBadge(bad ? `${TONE_ICON.bad} ${bad}` : '', bad ? t('hud.servicesFailing', { count: bad }) : '');
    syncList(this.list, services, (s) => s.name, (s) => this.create(s), (node, s) => this.update(node, s));
  }

  private create(s: ServiceSloVM): HTMLElement {
    const name = el('button', { type: 'button', class: 'link-button svc-name' });
    name.addEventListener('click', () => this.select({ type: 'service', id: s.name }));
    return el('li', { class: 'svc' }, el('span', { class: 'status-icon', 'aria-hidden': 'true' }), ' ', name, el('span', { class: 'svc-state' }), el('span', { class: 'svc-avail' }), el('span', { class: 'svc-budget-track', 'aria-hidden': 'true' }, el('span', { class: 'svc-budget-fill' })), el('span', { class: 'svc-budget' }));
  }

  private update(node: HTMLElement, s: ServiceSloVM): void {
    node.className = `svc tone-${s.tone}`;
    const [icon, , name, state, avail, track, budget] = [...node.childNodes] as HTMLElement[];
    if (icon) setText(icon, TONE_ICON[s.tone]);
    if (name) setText(name, s.name);
    if (state) setText(state, ` ${t(s.meetsSlo ? 'hud.sloMet' : 'hud.sloMissed')}`);
    if (avail) setText(avail, s.target ? t('hud.availability', { value: s.availability, target: s.target }) : s.availability);
    const fill = track?.firstElementChild as HTMLElement | null;
    if (fill) fill.style.width = `${s.budgetPercent}%`;
    if (budget) setText(budget, s.budgetText);
  }
}
