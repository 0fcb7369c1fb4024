// Time to detect: an incident counts as detected at the first acknowledgement of an
// alert about something it hurt, or at the first command a person ran that names it
// (a `docker logs web`, a `host inspect host-2`, a `kubectl describe pod web-…`).
// Commands of the bots, and commands that only list alerts or incidents, do not count:
// looking at a list is not yet looking at the problem.
import type { LogEntry, World } from '../model.ts';
import { isBotName } from './bot.ts';
import type { Alert, Incident } from './model.ts';

const NOT_DIAGNOSIS = new Set(['alerts', 'alert', 'incidents', 'inject', 'help', 'explain', 'status', 'objectives', 'hint']);
const KIND_PREFIX = /^(?:deployments?|deploy|pods?|po|nodes?|no|services?|svc|hosts?|vms?|secrets?)\//;

/** The names a word can stand for: itself, without a `pod/` kind prefix, and the parts of `engine/name`. */
export function namesIn(word: string): string[] {
  const w = word.replace(/^['"]|['"]$/g, '');
  const out = [w];
  const bare = w.replace(KIND_PREFIX, '');
  if (bare !== w) out.push(bare);
  const slash = bare.indexOf('/');
  if (slash > 0 && !bare.includes(':')) out.push(bare.slice(0, slash), bare.slice(slash + 1));
  const eq = bare.indexOf('=');
  if (eq > 0) out.push(bare.slice(0, eq), bare.slice(eq + 1));
  return out;
}

/** Whether a name is one of the incident's subjects (`web-*` matches a deployment's pods). */
export function mentions(incident: Incident, name: string): boolean {
  for (const s of incident.subjects) {
    if (s === name) return true;
    if (s.endsWith('*') && name.startsWith(s.slice(0, -1)) && name.length > s.length - 1) return true;
  }
  return false;
}

function lineMentions(incident: Incident, line: string): boolean {
  for (const word of line.split(/\s+/)) {
    if (word === '') continue;
    for (const n of namesIn(word)) if (mentions(incident, n)) return true;
  }
  return false;
}

function isDiagnosis(e: LogEntry, incident: Incident): boolean {
  if (isBotName(e.actor) || e.actor === incident.source) return false;
  const verb = e.line.trim().split(/\s+/)[0] ?? '';
  return !NOT_DIAGNOSIS.has(verb);
}

function markDetected(incident: Incident, tick: number, by: string): void {
  incident.detectedTick = tick;
  incident.detectedBy = by;
}

/** Reads the commands logged since the incident last looked; marks it detected at the first relevant one. */
export function detectFromCommands(world: World, incident: Incident): void {
  const log = world.commandLog;
  if (log.length === 0) return;
  const first = log[0] as LogEntry;
  for (let i = Math.max(0, incident.logCursor - first.seq); i < log.length; i++) {
    const e = log[i] as LogEntry;
    if (e.seq < incident.logCursor) continue;
    if (isDiagnosis(e, incident) && lineMentions(incident, e.line)) {
      markDetected(incident, e.tick, `${e.actor}: ${e.line}`);
      break;
    }
  }
  incident.logCursor = world.logSeq;
}

/** An alert was acknowledged: every open, undetected incident it is about is detected now. */
export function detectFromAck(world: World, alert: Alert, actor: string): string[] {
  const hit: string[] = [];
  for (const incident of world.ops.incidents.values()) {
    if (incident.state !== 'open' || incident.detectedTick >= 0) continue;
    if (!namesIn(alert.subject).some((n) => mentions(incident, n))) continue;
    markDetected(incident, world.tick, `${actor} acked ${alert.id}`);
    hit.push(incident.id);
  }
  return hit;
}
