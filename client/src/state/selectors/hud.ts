// HUD view-models: game time and speed, money, each service against its SLO and error
// budget, the level's objectives, alerts (with who acknowledged them), the incidents
// the team knows about, the people in the room and the shared event log.
import { ROLE, SEVERITY, labelOf } from '../../../../shared/schema/codes.ts';
import { getLanguage, hasText, t } from '../../i18n/index.ts';
import type { ClientStore } from '../ClientStore.ts';
import { codeLabel, gameClock, milliPercentText, moneyText, spanText, valueLabel, type GameClock, type Tone } from './format.ts';

export interface ClockVM extends GameClock {
  tick: number;
  speed: number;
  /** `2×`. */
  speedText: string;
  paused: boolean;
  ended: boolean;
  phaseLabel: string;
  /** Game time left in a timed level (`12m30s left`), else ''. */
  timeLeft: string;
}

export function selectClock(store: ClientStore): ClockVM {
  const { tick, speed, phase } = store.root;
  const g = store.game;
  const left = g.isLevel && g.durationTicks > 0 ? Math.max(0, g.durationTicks - tick) : -1;
  return {
    ...gameClock(tick),
    tick,
    speed,
    speedText: t('hud.speed', { speed }),
    paused: phase === 'paused',
    ended: phase === 'ended' || g.ended,
    phaseLabel: valueLabel('phase', phase),
    timeLeft: left >= 0 ? t('hud.timeLeft', { left: spanText(left) }) : '',
  };
}

export interface MoneyVM {
  balanceCents: number;
  balance: string;
  revenue: string;
  cost: string;
  negative: boolean;
}

export function selectMoney(store: ClientStore): MoneyVM {
  const g = store.game;
  return { balanceCents: g.balanceCents, balance: moneyText(g.balanceCents), revenue: moneyText(g.revenueCents), cost: moneyText(g.costCents), negative: g.balanceCents < 0 };
}

export interface ServiceSloVM {
  name: string;
  /** `99.95 %`. */
  availability: string;
  /** `99.5 %`, or '' when the service has no SLO. */
  target: string;
  meetsSlo: boolean;
  /** Error budget left, 0…100. */
  budgetPercent: number;
  budgetText: string;
  tone: Tone;
}

export function selectServices(store: ClientStore): ServiceSloVM[] {
  return [...store.services.values()].map((s) => {
    const meets = s.targetMilli === 0 || s.availabilityMilli >= s.targetMilli;
    const budgetPercent = Math.round(s.budgetPermille / 10);
    const tone: Tone = !meets || s.budgetPermille === 0 ? 'bad' : s.budgetPermille < 250 || s.cause ? 'warn' : 'ok';
    return {
      name: s.name,
      availability: milliPercentText(s.availabilityMilli),
      target: s.targetMilli > 0 ? milliPercentText(s.targetMilli) : '',
      meetsSlo: meets,
      budgetPercent,
      budgetText: t('hud.budget', { percent: budgetPercent }),
      tone,
    };
  });
}

export interface ObjectiveVM {
  id: string;
  /** In the current language. */
  title: string;
  met: boolean;
  failed: boolean;
  progress: string;
  statusLabel: string;
}

export function selectObjectives(store: ClientStore): ObjectiveVM[] {
  const lang = getLanguage();
  return store.game.objectives.map((o) => ({
    id: o.id,
    title: (lang === 'ko' ? o.ko : o.en) || o.en || o.id,
    met: o.met,
    failed: o.failed,
    progress: o.progress,
    statusLabel: t(o.failed ? 'hud.objectiveFailed' : o.met ? 'hud.objectiveMet' : 'hud.objectiveOpen'),
  }));
}

export interface AlertVM {
  id: string;
  rule: string;
  subject: string;
  severity: 'warning' | 'critical';
  severityLabel: string;
  /** The alert's summary in the current language. */
  summary: string;
  since: string;
  firing: boolean;
  acked: boolean;
  /** `acknowledged by Ann`, `resolved`, or ''. */
  stateText: string;
}

function parseParams(json: string): Record<string, string | number> {
  try {
    const v: unknown = JSON.parse(json);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string | number>) : {};
  } catch {
    return {};
  }
}

/** Firing alerts first, critical before warning, newest first. */
export function selectAlerts(store: ClientStore): AlertVM[] {
  const list = [...store.alerts.values()].map((a): AlertVM => {
    const severity = labelOf(SEVERITY, a.severity) === 'critical' ? 'critical' : 'warning';
    const firing = a.resolvedTick < 0;
    const summary = a.summary && hasText(a.summary) ? t(a.summary, parseParams(a.params)) : a.summary || a.rule;
    return {
      id: a.id,
      rule: a.rule,
      subject: a.subject,
      severity,
      severityLabel: codeLabel('severity', SEVERITY, a.severity).label,
      summary,
      since: t('hud.alertSince', { time: gameClock(a.sinceTick).time }),
      firing,
      acked: a.ackedBy !== '',
      stateText: !firing ? t('hud.alertResolved') : a.ackedBy ? t('hud.alertAcked', { name: a.ackedBy }) : '',
    };
  });
  const rank = (a: AlertVM) => (a.firing ? 0 : 2) + (a.severity === 'critical' ? 0 : 1);
  const since = new Map([...store.alerts.values()].map((a) => [a.id, a.sinceTick]));
  return list.sort((a, b) => rank(a) - rank(b) || (since.get(b.id) ?? 0) - (since.get(a.id) ?? 0));
}

export interface IncidentVM {
  id: string;
  detectedBy: string;
  open: boolean;
  text: string;
}

export function selectIncidents(store: ClientStore): IncidentVM[] {
  return [...store.incidents.values()]
    .map((i) => ({
      id: i.id,
      detectedBy: i.detectedBy,
      open: i.resolvedTick < 0,
      text: i.resolvedTick < 0 ? t('hud.incidentOpen', { time: gameClock(i.detectedTick).time }) : t('hud.incidentResolved', { time: gameClock(i.resolvedTick).time }),
    }))
    .sort((a, b) => Number(b.open) - Number(a.open));
}

export interface PlayerVM {
  seat: string;
  name: string;
  role: string;
  roleLabel: string;
  teamRole: string;
  connected: boolean;
  connectionLabel: string;
  isMe: boolean;
}

export function selectPlayers(store: ClientStore): PlayerVM[] {
  const mySeat = store.me?.seat;
  return [...store.players.values()].map((p) => {
    const role = codeLabel('role', ROLE, p.role);
    return {
      seat: p.seat,
      name: p.name,
      role: role.status,
      roleLabel: role.label,
      teamRole: p.teamRole,
      connected: p.connected,
      connectionLabel: t(p.connected ? 'hud.connected' : 'hud.away'),
      isMe: p.seat === mySeat,
    };
  });
}

export interface LogLineVM {
  seq: number;
  time: string;
  actor: string;
  kind: string;
  line: string;
  ok: boolean;
  mine: boolean;
}

/** The shared event log, oldest first. */
export function selectLog(store: ClientStore): LogLineVM[] {
  const mySeat = store.me?.seat;
  return store.log.map((e) => ({ seq: e.seq, time: gameClock(e.tick).time, actor: e.actor, kind: e.kind, line: e.line, ok: e.ok, mine: e.seat !== '' && e.seat === mySeat }));
}

export interface HudVM {
  clock: ClockVM;
  money: MoneyVM;
  services: ServiceSloVM[];
  objectives: ObjectiveVM[];
  level: { isLevel: boolean; ended: boolean; won: boolean; stars: number; score: number; hintsTaken: number };
  alerts: AlertVM[];
  incidents: IncidentVM[];
  players: PlayerVM[];
  log: LogLineVM[];
}

/** Everything the HUD shows (its parts are exported for panels that show one). */
export function selectHud(store: ClientStore): HudVM {
  const g = store.game;
  return {
    clock: selectClock(store),
    money: selectMoney(store),
    services: selectServices(store),
    objectives: selectObjectives(store),
    level: { isLevel: g.isLevel, ended: g.ended, won: g.won, stars: g.stars, score: g.score, hintsTaken: g.hintsTaken },
    alerts: selectAlerts(store),
    incidents: selectIncidents(store),
    players: selectPlayers(store),
    log: selectLog(store),
  };
}
