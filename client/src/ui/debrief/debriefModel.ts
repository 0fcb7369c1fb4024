// The debrief message turned into rows for the screen, without the DOM: the outcome,
// each objective's status, the score's parts with their signs, and the incident
// timeline in order with time to detect and to resolve. Pure, unit-tested.
import type { DebriefMessage } from '../../../../shared/protocol/messages.ts';
import type { TextParams } from '../../i18n/index.ts';
import { milliPercentText, moneyText, spanText } from '../../state/selectors/format.ts';

export interface TextRef {
  key: string;
  params: TextParams;
}

export type Outcome = 'won' | 'lost' | 'ended';
export type ObjectiveStatus = 'met' | 'failed' | 'open';

export interface ScoreRow {
  label: TextRef;
  /** Points this part adds (negative for penalties). */
  points: number;
  kind: 'part' | 'service' | 'total';
}

export interface TimelineRow {
  id: string;
  kind: string;
  target: string;
  openedTick: number;
  detected: TextRef;
  resolved: TextRef;
  detectedBy: string;
  rootCause: string;
}

/** Won, lost, or just ended (a sandbox or a session without objectives). */
export function outcomeOf(d: DebriefMessage): Outcome {
  if (d.won) return 'won';
  return d.objectives.length > 0 ? 'lost' : 'ended';
}

export function objectiveStatus(o: DebriefMessage['objectives'][number]): ObjectiveStatus {
  return o.met ? 'met' : o.failed ? 'failed' : 'open';
}

export function scoreRows(d: DebriefMessage): ScoreRow[] {
  const b = d.breakdown;
  return [
    { label: { key: 'debrief.score.profit', params: { profit: moneyText(b.profitCents) } }, points: b.profitPoints, kind: 'part' },
    { label: { key: 'debrief.score.slo', params: {} }, points: b.sloPoints, kind: 'part' },
    ...b.services.map((s): ScoreRow => ({
      label: { key: 'debrief.score.service', params: { name: s.name, availability: milliPercentText(s.availabilityMilliPercent), target: milliPercentText(s.targetMilliPercent) } },
      points: s.points,
      kind: 'service',
    })),
    { label: { key: 'debrief.score.incidents', params: {} }, points: -b.incidentPenalty, kind: 'part' },
    { label: { key: 'debrief.score.hints', params: {} }, points: -b.hintCost, kind: 'part' },
    { label: { key: 'debrief.score.total', params: {} }, points: b.total, kind: 'total' },
  ];
}

/** `after 2m30s`, or `never` for -1 (it did not happen before the end). */
export function spanRef(ticks: number): TextRef {
  return ticks < 0 ? { key: 'debrief.timeline.never', params: {} } : { key: 'debrief.timeline.after', params: { duration: spanText(ticks) } };
}

export function timelineRows(d: DebriefMessage): TimelineRow[] {
  return [...d.incidents]
    .sort((a, b) => a.openedTick - b.openedTick || a.id.localeCompare(b.id))
    .map((i) => ({ id: i.id, kind: i.kind, target: i.target, openedTick: i.openedTick, detected: spanRef(i.ttdTicks), resolved: spanRef(i.ttrTicks), detectedBy: i.detectedBy, rootCause: i.rootCause }));
}

/** Points with their sign, as the breakdown prints them (`+40`, `−10`, `0`). */
export function pointsText(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `−${Math.abs(points)}`;
  return '0';
}

/** The level's own lesson, when the server sends it as a field (newer servers). */
export function lessonOf(d: DebriefMessage): string {
  const lesson = (d as DebriefMessage & { lesson?: unknown }).lesson;
  return typeof lesson === 'string' ? lesson : '';
}
