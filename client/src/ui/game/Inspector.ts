// The inspector panel for the selected host, VM, container, pod, service or deployment:
// status, live metrics with a short history chart, facts, the "why" hints, the things
// inside it, recent events, its logs (fetched by running the logs command, so the
// output shows in the console too) and its actions as buttons that run command lines.
import { t } from '../../i18n/index.ts';
import * as cmd from '../../input/commandBuilders.ts';
import type { ClientStore } from '../../state/ClientStore.ts';
import { containerTile } from '../../state/selectors/layout.ts';
import * as sel from '../../state/selectors.ts';
import type { CommandRunner } from './CommandRunner.ts';
import { el, replaceKeepingFocus, setText, type Child } from './dom.ts';
import { containerOf, displayName, exists, refKey, type EntityRef } from './entities.ts';
import { entityActions, type EntityAction } from './entityActions.ts';
import { bars, charts, entityList, events, facts, section, statusBadge, whyList, type ListEntry } from './inspectorParts.ts';
import type { MetricHistory } from './MetricHistory.ts';

export interface InspectorCallbacks {
  select(ref: EntityRef | null): void;
  /** `runImage`: choose an image to run on a host or VM. */
  pickImage(target: string, anchor: HTMLElement): void;
  canCommand(): boolean;
}

export class InspectorPanel {
  readonly root: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly body: HTMLElement;
  private readonly closeButton: HTMLButtonElement;
  private selected: EntityRef | null = null;
  private logs: { key: string; line: string; text: string; ok: boolean } | null = null;

  constructor(
    private readonly store: ClientStore,
    private readonly runner: CommandRunner,
    private readonly history: MetricHistory,
    private readonly callbacks: InspectorCallbacks,
  ) {
    this.heading = el('h2', { id: 'game-inspector-heading', class: 'panel-heading', tabindex: -1 });
    this.closeButton = el('button', { type: 'button', class: 'icon-button insp-close' }, '×');
    this.closeButton.addEventListener('click', () => callbacks.select(null));
    this.body = el('div', { class: 'insp-body' });
    this.root = el('aside', { class: 'game-inspector', 'aria-labelledby': 'game-inspector-heading' }, el('header', { class: 'insp-header' }, this.heading, this.closeButton), this.body);
    this.render();
  }

  get selection(): EntityRef | null {
    return this.selected;
  }

  setSelection(ref: EntityRef | null): void {
    if (this.selected && ref && refKey(this.selected) === refKey(ref)) return;
    this.selected = ref;
    this.logs = null;
    this.render();
  }

  /** Moves focus to the panel's heading (after a selection made from the keyboard). */
  focus(): void {
    this.heading.focus();
  }

  render(): void {
    const ref = this.selected;
    this.closeButton.hidden = ref === null;
    setText(this.closeButton, '×');
    this.closeButton.setAttribute('aria-label', t('inspector.close'));
    this.root.classList.toggle('is-empty', ref === null);
    if (!ref) {
      setText(this.heading, t('inspector.title'));
      this.replaceBody([el('p', { class: 'insp-empty' }, t('inspector.nothing'))]);
      return;
    }
    const name = displayName(this.store, ref);
    setText(this.heading, t('inspector.heading', { kind: t(`inspector.kind.${ref.type}`), name }));
    if (!exists(this.store, ref)) {
      this.replaceBody([el('p', { class: 'insp-empty' }, t('inspector.gone', { name }))]);
      return;
    }
    this.replaceBody([...this.details(ref), charts(this.history.series(refKey(ref))), events(this.store, ref, name), this.stable('logs', ref, () => this.logSection(ref)), this.stable('actions', ref, () => this.actions(ref))]);
  }

  /** Sections rebuilt only when what they show changed, so a button stays the same element under a running game (a click is never lost to a re-render). */
  private readonly kept = new Map<string, { signature: string; node: HTMLElement | null }>();

  private stable(part: string, ref: EntityRef, build: () => HTMLElement | null): HTMLElement | null {
    const fresh = build();
    const signature = `${refKey(ref)}|${fresh?.outerHTML ?? ''}`;
    const kept = this.kept.get(part);
    if (kept && kept.signature === signature) return kept.node;
    this.kept.set(part, { signature, node: fresh });
    return fresh;
  }

  private replaceBody(children: Child[]): void {
    replaceKeepingFocus(this.body, children);
  }

  private details(ref: EntityRef): Child[] {
    const s = this.store;
    const select = (r: EntityRef) => this.callbacks.select(r);
    const containers = (uids: readonly number[]): ListEntry[] =>
      uids.flatMap((uid) => {
        const c = s.containers.get(uid);
        if (!c) return [];
        const tile = containerTile(c);
        return [{ ref: { type: 'container', id: String(uid) }, name: c.name, tone: tile.tone, status: tile.label }];
      });
    switch (ref.type) {
      case 'host': {
        const v = sel.selectHostInspector(s, ref.id);
        if (!v) return [];
        const state = [v.tile.label, v.tile.kernelLabel, v.tile.roleLabel, ...(v.tile.cordoned ? [t('inspector.cordoned')] : [])].join(' · ');
        return [statusBadge(v.tile.tone, state), bars(v.tile.bars), facts(v.facts), whyList(v.why), entityList(t('inspector.vms'), v.vms.map((vm) => ({ ref: { type: 'vm', id: vm.id }, name: vm.id, tone: vm.tone, status: vm.label })), select), entityList(t('inspector.containers'), containers(v.containers), select)];
      }
      case 'vm': {
        const v = sel.selectVmInspector(s, ref.id);
        if (!v) return [];
        const progress = v.tile.progress !== null ? ` (${Math.round(v.tile.progress * 100)} %)` : '';
        return [statusBadge(v.tile.tone, `${v.tile.label}${progress} · ${v.tile.kernelLabel}`), bars(v.tile.bars), facts(v.facts), whyList(v.why), entityList(t('inspector.containers'), containers(v.containers), select)];
      }
      case 'container': {
        const c = containerOf(s, ref.id);
        const v = c ? sel.selectContainerInspector(s, c.uid) : null;
        if (!v) return [];
        const pod = v.pod ? entityList(t('inspector.pod'), [{ ref: { type: 'pod', id: v.pod.name }, name: v.pod.name, tone: v.pod.ready ? 'ok' : 'warn', status: v.pod.status }], select) : null;
        return [statusBadge(v.tile.tone, v.tile.oomKilled ? `${v.tile.label} · OOMKilled` : v.tile.label), facts(v.facts), whyList(v.why), pod];
      }
      case 'pod': {
        const p = s.pods.get(ref.id);
        if (!p) return [];
        const f = [{ label: t('inspector.deployment'), value: p.deployment }, { label: t('inspector.node'), value: p.node || '—' }, { label: t('inspector.restarts'), value: String(p.restarts) }];
        return [statusBadge(p.ready ? 'ok' : p.status === 'Running' ? 'warn' : 'busy', `${p.status}${p.ready ? '' : ` · ${t('inspector.notReady')}`}`), facts(f), whyList(sel.whyPod(p))];
      }
      case 'service': {
        const v = sel.selectServiceInspector(s, ref.id);
        if (!v) return [];
        const f = [{ label: t('inspector.availability'), value: v.availability }, { label: t('inspector.slo'), value: v.target }, { label: t('inspector.trafficLabel'), value: v.traffic }, { label: t('inspector.backendsLabel'), value: v.backends }];
        return [statusBadge(v.why.length ? 'bad' : 'ok', v.budgetLeft), bars([v.budget]), facts(f), whyList(v.why), entityList(t('inspector.backendList'), containers(v.backendUids), select)];
      }
      case 'deployment': {
        const v = sel.selectDeploymentInspector(s, ref.id);
        if (!v) return [];
        const f = [{ label: t('inspector.image'), value: v.image }, { label: t('inspector.replicasLabel'), value: v.replicas }, { label: t('inspector.revisionLabel'), value: v.revision }];
        const pods = v.pods.map((p) => ({ ref: { type: 'pod' as const, id: p.name }, name: p.name, tone: p.ready ? ('ok' as const) : p.why[0]?.tone ?? 'warn', status: p.status }));
        return [facts(f), whyList(v.pods.flatMap((p) => p.why)), entityList(t('inspector.pods'), pods, select)];
      }
    }
  }

  /** The log command for an entity: docker logs, kubectl logs, or the kernel log of a machine. */
  private logLine(ref: EntityRef): string | null {
    switch (ref.type) {
      case 'container': {
        const c = containerOf(this.store, ref.id);
        return c ? cmd.dockerLogs(c.target, c.name, 50) : null;
      }
      case 'pod': return cmd.kubectlLogs(ref.id);
      case 'host':
      case 'vm': return cmd.hostDmesg(ref.id, 30);
      default: return null;
    }
  }

  private logSection(ref: EntityRef): HTMLElement | null {
    const line = this.logLine(ref);
    if (!line) return null;
    const button = el('button', { type: 'button', class: 'action-button', 'data-focus-key': 'logs', disabled: !this.callbacks.canCommand() && ref.type !== 'host' && ref.type !== 'vm' }, t(this.logs ? 'inspector.refreshLogs' : 'inspector.showLogs'), el('code', { class: 'action-line' }, line));
    const key = refKey(ref);
    button.addEventListener('click', () => {
      void this.runner.runGui(line).then((r) => {
        if (!r || !this.selected || refKey(this.selected) !== key) return;
        this.logs = { key, line, text: r.ok ? r.output || t('inspector.noLogs') : (r.error ?? ''), ok: r.ok };
        this.render();
      });
    });
    const shown = this.logs && this.logs.key === key ? this.logs : null;
    return section(t('inspector.logs'), button, shown ? el('pre', { class: `insp-logs${shown.ok ? '' : ' term-err'}`, tabindex: 0, 'aria-label': t('inspector.logsOf', { line: shown.line }) }, shown.text) : null);
  }

  private actions(ref: EntityRef): HTMLElement | null {
    if (!this.callbacks.canCommand()) return null;
    const list = entityActions(this.store, ref).filter((a) => a.id !== 'logs' && a.id !== 'dmesg');
    if (list.length === 0) return null;
    return section(t('inspector.actions'), el('div', { class: 'insp-actions' }, ...list.map((a) => this.actionButton(ref, a))));
  }

  private actionButton(ref: EntityRef, a: EntityAction): HTMLButtonElement {
    const button = el('button', { type: 'button', class: `action-button${a.danger ? ' is-danger' : ''}`, 'data-focus-key': `act:${a.id}` }, a.danger ? el('span', { 'aria-hidden': 'true' }, '⚠ ') : null, a.label, a.line ? el('code', { class: 'action-line' }, a.line) : null);
    button.addEventListener('click', () => {
      if (a.id === 'runImage') this.callbacks.pickImage(ref.id, button);
      else void this.runner.runGui(a.line);
    });
    return button;
  }
}
