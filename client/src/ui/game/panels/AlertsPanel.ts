// Firing and recent alerts (severity as a word and an icon, summary, since when, who
// acknowledged) with an acknowledge button that runs `alert ack <id>`, and the incidents
// the team has detected. An alert's subject selects the affected thing.
import * as cmd from '../../../input/commandBuilders.ts';
import { t } from '../../../i18n/index.ts';
import type { ClientStore } from '../../../state/ClientStore.ts';
import { selectAlerts, selectIncidents, type AlertVM, type IncidentVM } from '../../../state/selectors/hud.ts';
import type { CommandRunner } from '../CommandRunner.ts';
import { el, setAttrs, setText, syncList } from '../dom.ts';
import type { EntityRef } from '../entities.ts';
import { Panel } from '../Panel.ts';

/** The entity an alert subject names (`host-1`, `host-1/web`, `pod/web-x`, a VM, service or deployment). */
export function subjectRef(store: ClientStore, subject: string): EntityRef | null {
  if (subject.startsWith('pod/')) return { type: 'pod', id: subject.slice(4) };
  const slash = subject.indexOf('/');
  if (slash > 0) {
    const target = subject.slice(0, slash);
    const name = subject.slice(slash + 1);
    for (const c of store.containers.values()) if (c.target === target && c.name === name) return { type: 'container', id: String(c.uid) };
    return null;
  }
  if (store.hosts.has(subject)) return { type: 'host', id: subject };
  if (store.vms.has(subject)) return { type: 'vm', id: subject };
  if (store.services.has(subject)) return { type: 'service', id: subject };
  if (store.deployments.has(subject)) return { type: 'deployment', id: subject };
  return null;
}

export class AlertsPanel {
  readonly panel = new Panel('alerts', 'hud.alerts');
  readonly incidentsPanel = new Panel('incidents', 'hud.incidents', false);
  private readonly list = el('ul', { class: 'hud-list alert-list' });
  private readonly empty = el('p', { class: 'hud-empty' });
  private readonly incidents = el('ul', { class: 'hud-list' });
  private readonly noIncidents = el('p', { class: 'hud-empty' });

  constructor(
    private readonly store: ClientStore,
    private readonly runner: CommandRunner,
    private readonly select: (ref: EntityRef) => void,
    private readonly canCommand: () => boolean,
  ) {
    this.panel.body.append(this.list, this.empty);
    this.incidentsPanel.body.append(this.incidents, this.noIncidents);
  }

  render(): void {
    this.panel.relabel();
    this.incidentsPanel.relabel();
    const alerts = selectAlerts(this.store).slice(0, 50);
    const firing = alerts.filter((a) => a.firing).length;
    this.panel.setBadge(firing ? `▲ ${firing}` : '', firing ? t('hud.alertsFiring', { count: firing }) : '');
    setText(this.empty, t('hud.noAlerts'));
    this.empty.hidden = alerts.length > 0;
    syncList(this.list, alerts, (a) => a.id, (a) => this.createAlert(a), (node, a) => this.updateAlert(node, a));

    const incidents = selectIncidents(this.store);
    const open = incidents.filter((i) => i.open).length;
    this.incidentsPanel.setBadge(open ? `${open}` : '', open ? t('hud.incidentsOpen', { count: open }) : '');
    setText(this.noIncidents, t('hud.noIncidents'));
    this.noIncidents.hidden = incidents.length > 0;
    syncList(this.incidents, incidents, (i) => i.id, () => el('li', {}), (node, i) => this.updateIncident(node, i));
  }

  private createAlert(a: AlertVM): HTMLElement {
    const subject = el('button', { type: 'button', class: 'link-button alert-subject' });
    subject.addEventListener('click', () => {
      const ref = subjectRef(this.store, a.subject);
      if (ref) this.select(ref);
    });
    const ack = el('button', { type: 'button', class: 'action-button alert-ack' });
    ack.addEventListener('click', () => void this.runner.runGui(cmd.alertAck(a.id)));
    return el('li', {}, el('span', { class: 'alert-sev' }), ' ', el('span', { class: 'alert-summary' }), ' ', subject, el('span', { class: 'alert-meta' }), ack);
  }

  private updateAlert(node: HTMLElement, a: AlertVM): void {
    node.className = `alert sev-${a.severity}${a.firing ? ' is-firing' : ' is-resolved'}`;
    const [sev, , summary, , subject, meta, ack] = [...node.childNodes] as HTMLElement[];
    if (sev) setText(sev, `${a.severity === 'critical' ? '✖' : '▲'} ${a.severityLabel} · ${a.id}`);
    if (summary) setText(summary, a.summary);
    if (subject) {
      setText(subject, a.subject);
      setAttrs(subject, { 'aria-label': t('hud.showSubject', { subject: a.subject }), disabled: subjectRef(this.store, a.subject) === null });
    }
    if (meta) setText(meta, ` ${a.since}${a.stateText ? ` · ${a.stateText}` : ''}`);
    if (ack) {
      ack.hidden = !a.firing || a.acked || !this.canCommand();
      setText(ack, t('hud.ack'));
      setAttrs(ack, { 'aria-label': t('hud.ackAlert', { id: a.id }), title: cmd.alertAck(a.id) });
    }
  }

  private updateIncident(node: HTMLElement, i: IncidentVM): void {
    node.className = `incident ${i.open ? 'tone-bad' : 'tone-ok'}`;
    setText(node, `${i.open ? '✖' : '✔'} ${i.id} · ${i.text}${i.detectedBy ? ` · ${t('hud.detectedBy', { by: i.detectedBy })}` : ''}`);
  }
}
