// The datacenter as a keyboard-friendly list beside the world view: racks → hosts →
// VMs, then services and deployments. Enter selects (the inspector opens), the context
// menu key, Shift+F10 or a right-click opens the item's menu, and hosts and VMs accept
// dropped image chips like the world view does. Racks are collapsible and drawn only
// while open (a big datacenter starts with them closed), and a rack is redrawn only
// when a status it shows changed, not on every reading.
import { t } from '../../../i18n/index.ts';
import type { StoreChanges } from '../../../state/ChangeTracker.ts';
import type { ClientStore } from '../../../state/ClientStore.ts';
import { hostTile, selectLayout, vmTile, type HostNode, type RackNode } from '../../../state/selectors/layout.ts';
import type { Tone } from '../../../state/selectors/format.ts';
import { el, replaceKeepingFocus, setText } from '../dom.ts';
import { refKey, sameRef, type EntityRef } from '../entities.ts';
import { TONE_ICON } from '../inspectorParts.ts';
import { Panel } from '../Panel.ts';

export interface ExplorerCallbacks {
  select(ref: EntityRef): void;
  menu(ref: EntityRef, x: number, y: number, from: HTMLElement): void;
}

interface Item {
  ref: EntityRef;
  label: string;
  status: string;
  tone: Tone;
  children?: Item[];
}

/** Racks start open when the whole datacenter has at most this many hosts. */
const OPEN_UP_TO_HOSTS = 40;

interface RackView {
  details: HTMLDetailsElement;
  summary: HTMLElement;
  list: HTMLElement;
  /** What the drawn list showed (status words, counts); '' when not drawn. */
  drawn: string;
}

export class ExplorerPanel {
  readonly panel = new Panel('explorer', 'hud.datacenter');
  private readonly racksBox = el('div', { class: 'explorer-racks' });
  private readonly others = el('div', { class: 'explorer-others' });
  private readonly empty = el('p', { class: 'hud-empty' });
  private readonly racks = new Map<string, RackView>();
  private structure = -1;
  private othersDrawn = '';
  private selected: EntityRef | null = null;

  constructor(
    private readonly store: ClientStore,
    private readonly callbacks: ExplorerCallbacks,
  ) {
    this.panel.body.append(this.racksBox, this.others, this.empty);
  }

  setSelection(ref: EntityRef | null): void {
    this.selected = ref;
    for (const b of this.panel.body.querySelectorAll<HTMLElement>('[data-ref]')) b.setAttribute('aria-current', String(ref !== null && b.dataset.ref === refKey(ref)));
  }

  /** Brings the list up to date; `changes` (from the screen's tracker) says what may have moved. */
  render(changes: StoreChanges | null, force = false): void {
    this.panel.relabel();
    const layout = selectLayout(this.store);
    if (force || layout.structureVersion !== this.structure) {
      this.structure = layout.structureVersion;
      this.skeleton(layout.racks, force);
    } else if (changes && (changes.collections.hosts.upserted.size || changes.collections.vms.upserted.size)) {
      for (const rack of layout.racks) this.drawRack(rack);
    }
    this.drawOthers(force);
    setText(this.empty, t('hud.nothingYet'));
    this.empty.hidden = layout.racks.length > 0 || this.store.services.size > 0 || this.store.deployments.size > 0;
  }

  private skeleton(racks: readonly RackNode[], force: boolean): void {
    const hosts = racks.reduce((n, r) => n + r.hosts.length, 0);
    const keep = new Set(racks.map((r) => r.id));
    for (const [id, view] of this.racks) if (!keep.has(id)) (view.details.remove(), this.racks.delete(id));
    const order: HTMLElement[] = [];
    for (const rack of racks) {
      let view = this.racks.get(rack.id);
      if (!view) {
        const summary = el('summary', { class: 'explorer-heading' });
        const list = el('div', { class: 'explorer-rack-body' });
        const details = el('details', { class: 'explorer-rack', open: hosts <= OPEN_UP_TO_HOSTS }, summary, list);
        const made: RackView = { details, summary, list, drawn: '' };
        details.addEventListener('toggle', () => this.drawRack(selectLayout(this.store).racks.find((r) => r.id === rack.id)));
        this.racks.set(rack.id, made);
        view = made;
      }
      setText(view.summary, `${rack.id} · ${t('hud.hostCount', { count: rack.hosts.length })}`);
      if (force) view.drawn = '';
      order.push(view.details);
      this.drawRack(rack);
    }
    this.racksBox.replaceChildren(...order);
  }

  /** Redraws an open rack when what it shows changed; a closed rack holds no elements. */
  private drawRack(rack: RackNode | undefined): void {
    if (!rack) return;
    const view = this.racks.get(rack.id);
    if (!view) return;
    if (!view.details.open) {
      view.drawn = '';
      view.list.replaceChildren();
      return;
    }
    const signature = this.signature(rack);
    if (signature === view.drawn && view.list.childElementCount > 0) return;
    view.drawn = signature;
    replaceKeepingFocus(view.list, [this.list(rack.hosts.flatMap((node) => this.hostItem(node)))]);
  }

  /** The statuses a rack's list shows, read from raw fields (cheap: no texts built). */
  private signature(rack: RackNode): string {
    const s = this.store;
    return rack.hosts
      .map((node) => {
        const h = s.hosts.get(node.id);
        const vms = node.vms.map((v) => {
          const vm = s.vms.get(v.id);
          return vm ? `${vm.state}.${vm.kernel}.${vm.node}.${vm.stealPermille > 0}.${vm.swapPermille > 0}.${v.kernel.containers.length}` : '';
        });
        return h ? `${h.state}.${h.kernel}.${h.node}.${h.cordoned}.${h.partitioned}.${node.kernel?.containers.length ?? -1}[${vms.join(',')}]` : '';
      })
      .join('|');
  }

  private hostItem(node: HostNode): Item[] {
    const s = this.store;
    const h = s.hosts.get(node.id);
    if (!h) return [];
    const tile = hostTile(h);
    const count = node.kernel ? node.kernel.containers.length : 0;
    const status = [tile.label, ...(tile.cordoned ? [t('inspector.cordoned')] : []), ...(node.kernel ? [t('hud.containerCount', { count })] : [])].join(' · ');
    const vms = node.vms.flatMap((v): Item[] => {
      const vm = s.vms.get(v.id);
      if (!vm) return [];
      const vt = vmTile(vm);
      return [{ ref: { type: 'vm', id: v.id }, label: vm.name || v.id, status: `${vt.label} · ${t('hud.containerCount', { count: v.kernel.containers.length })}`, tone: vt.tone }];
    });
    return [{ ref: { type: 'host', id: node.id }, label: node.id, status, tone: tile.tone, ...(vms.length ? { children: vms } : {}) }];
  }

  private drawOthers(force: boolean): void {
    const s = this.store;
    const services = [...s.services.values()].map((v): Item => {
      const meets = v.targetMilli === 0 || v.availabilityMilli >= v.targetMilli;
      return { ref: { type: 'service', id: v.name }, label: v.name, status: t(meets ? 'hud.sloMet' : 'hud.sloMissed'), tone: meets ? 'ok' : 'bad' };
    });
    const deployments = [...s.deployments.values()].map((d): Item => ({ ref: { type: 'deployment', id: d.name }, label: d.name, status: t('hud.readyCount', { ready: d.ready, replicas: d.replicas }), tone: d.ready >= d.replicas ? 'ok' : 'warn' }));
    const groups = [
      { title: t('hud.services'), items: services },
      { title: t('hud.deployments'), items: deployments },
    ].filter((g) => g.items.length > 0);
    const stamp = JSON.stringify(groups);
    if (!force && stamp === this.othersDrawn) return;
    this.othersDrawn = stamp;
    replaceKeepingFocus(
      this.others,
      groups.map((g) => el('div', { class: 'explorer-group' }, el('h3', { class: 'explorer-heading' }, g.title), this.list(g.items))),
    );
  }

  private list(items: readonly Item[]): HTMLElement {
    return el('ul', { class: 'explorer-list' }, ...items.map((item) => el('li', {}, this.button(item), item.children ? this.list(item.children) : null)));
  }

  private button(item: Item): HTMLButtonElement {
    const key = refKey(item.ref);
    const droppable = item.ref.type === 'host' || item.ref.type === 'vm';
    const b = el(
      'button',
      { type: 'button', class: `explorer-item tone-${item.tone}`, 'data-ref': key, 'data-focus-key': key, 'data-drop-type': droppable ? item.ref.type : null, 'data-drop-id': droppable ? item.ref.id : null, 'aria-current': String(sameRef(this.selected, item.ref)), 'aria-haspopup': 'menu' },
      el('span', { class: 'status-icon', 'aria-hidden': 'true' }, TONE_ICON[item.tone]),
      ' ',
      el('span', { class: 'explorer-name' }, item.label),
      ' ',
      el('span', { class: 'explorer-status' }, item.status),
    );
    b.addEventListener('click', () => this.callbacks.select(item.ref));
    b.addEventListener('contextmenu', (e) => {
      e.preventDefault();
      this.callbacks.menu(item.ref, e.clientX, e.clientY, b);
    });
    b.addEventListener('keydown', (e) => {
      if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
        e.preventDefault();
        const box = b.getBoundingClientRect();
        this.callbacks.menu(item.ref, box.left + 16, box.bottom, b);
      }
    });
    return b;
  }
}
