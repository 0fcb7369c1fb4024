// Alerts and incidents. Alerts are what the `alerts` command shows anyone: rule,
// subject, severity, since when, who acknowledged, and the summary as its i18n key with
// parameters. Incidents are hidden truths: one appears only once detected, and then with
// who detected it and when, never its kind, target, variant or root cause.
import type { MapSchema } from '@colyseus/schema';
import type { World } from '../../../shared/sim/model.ts';
import type { Alert, Incident } from '../../../shared/sim/ops/model.ts';
import { AlertState } from '../../../shared/schema/AlertState.ts';
import { IncidentState } from '../../../shared/schema/IncidentState.ts';
import { SEVERITY } from '../../../shared/schema/codes.ts';
import { codeLookup } from './codeLookup.ts';
import { entryOf, removeMissing } from './keyedEntries.ts';

const severityCode = codeLookup(SEVERITY);

/** The i18n key the `alerts` command renders an alert's summary from. */
export function alertSummaryKey(rule: string): string {
  return `ops.alert.${rule}`;
}

/** An alert's parameters are set once, when it fires: each object is serialised once. */
const paramsText = new WeakMap<Alert['params'], string>();

function paramsJson(params: Alert['params']): string {
  let text = paramsText.get(params);
  if (text === undefined) {
    text = JSON.stringify(params);
    paramsText.set(params, text);
  }
  return text;
}

function writeAlert(s: AlertState, a: Alert): void {
  if (s.id !== a.id) s.id = a.id;
  if (s.rule !== a.rule) s.rule = a.rule;
  if (s.subject !== a.subject) s.subject = a.subject;
  const severity = severityCode(a.severity);
  if (s.severity !== severity) s.severity = severity;
  const summary = alertSummaryKey(a.rule);
  if (s.summary !== summary) s.summary = summary;
  const params = paramsJson(a.params);
  if (s.params !== params) s.params = params;
  if (s.sinceTick !== a.firingSinceTick) s.sinceTick = a.firingSinceTick;
  if (s.resolvedTick !== a.resolvedTick) s.resolvedTick = a.resolvedTick;
  const acked = a.ackedBy ?? '';
  if (s.ackedBy !== acked) s.ackedBy = acked;
}

export function projectAlerts(world: World, map: MapSchema<AlertState>): void {
  const alerts = world.ops.alerts;
  for (const a of alerts.values()) writeAlert(entryOf(map, a.id, () => new AlertState()), a);
  removeMissing(map, alerts.size, () => alerts.keys());
}

function writeIncident(s: IncidentState, i: Incident): void {
  if (s.id !== i.id) s.id = i.id;
  if (s.detectedBy !== i.detectedBy) s.detectedBy = i.detectedBy;
  if (s.detectedTick !== i.detectedTick) s.detectedTick = i.detectedTick;
  const resolved = i.state === 'resolved' ? i.resolvedTick : -1;
  if (s.resolvedTick !== resolved) s.resolvedTick = resolved;
}

export function projectIncidents(world: World, map: MapSchema<IncidentState>): void {
  const incidents = world.ops.incidents;
  let shown = 0;
  for (const i of incidents.values()) {
    if (i.detectedTick < 0) continue;
    writeIncident(entryOf(map, i.id, () => new IncidentState()), i);
    shown++;
  }
  removeMissing(map, shown, function* detected() {
    for (const i of incidents.values()) if (i.detectedTick >= 0) yield i.id;
  });
}
