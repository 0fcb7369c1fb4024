// Commands about the session rather than the datacenter: time (pause, resume, speed),
// notes in the shared log (annotate), ending the game (end) and who is here (who).
// They never reach the simulation, which has no notion of wall time or seats.
import { translate } from '../../shared/i18n/index.ts';
import { clock } from '../../shared/sim/units.ts';
import type { Lang } from '../../shared/sim/commands/types.ts';
import { SPEEDS, type Speed } from './FixedStepClock.ts';
import type { Seat } from './SeatTable.ts';

export const SESSION_VERBS: ReadonlySet<string> = new Set(['pause', 'resume', 'speed', 'annotate', 'end', 'who']);

/** What the room lets a session command see and change. */
export interface SessionControl {
  readonly mode: 'solo' | 'team';
  readonly paused: boolean;
  readonly speed: Speed;
  readonly tick: number;
  seats(): Seat[];
  setPaused(paused: boolean): void;
  setSpeed(speed: Speed): void;
  annotate(seat: Seat, text: string): void;
  end(seat: Seat): void;
}

export type SessionOutcome = { ok: true; output: string } | { ok: false; error: string };

/** Time and the session belong to the facilitator, or to the one player of a solo game. */
function controlsSession(seat: Seat, mode: 'solo' | 'team'): boolean {
  return seat.role === 'facilitator' || (mode === 'solo' && seat.role === 'player');
}

/** Runs a session command (`words[0]` is one of SESSION_VERBS). */
export function runSessionCommand(words: readonly string[], rawLine: string, seat: Seat, ctl: SessionControl): SessionOutcome {
  const lang: Lang = seat.lang;
  const t = (key: string, params: Record<string, string | number> = {}): string => translate(lang, `room.${key}`, params);
  const [verb = '', ...args] = words;
  if (verb === 'who') return { ok: true, output: whoTable(ctl.seats(), lang) };
  if (!controlsSession(seat, ctl.mode)) return { ok: false, error: t('denied.facilitator', { command: verb }) };
  switch (verb) {
    case 'pause':
      if (ctl.paused) return { ok: false, error: t('pause.already') };
      ctl.setPaused(true);
      return { ok: true, output: t('pause.done', { clock: clock(ctl.tick) }) };
    case 'resume':
      if (!ctl.paused) return { ok: false, error: t('resume.already') };
      ctl.setPaused(false);
      return { ok: true, output: t('resume.done', { speed: ctl.speed }) };
    case 'speed': {
      const n = Number(args[0]);
      if (args.length !== 1 || !SPEEDS.includes(n as Speed)) return { ok: false, error: t('speed.usage') };
      ctl.setSpeed(n as Speed);
      return { ok: true, output: t('speed.set', { speed: n }) };
    }
    case 'annotate': {
      // Keep the note as typed (after the verb), not re-joined words, so quotes survive.
      const text = rawLine.trim().slice('annotate'.length).trim();
      if (text === '') return { ok: false, error: t('annotate.usage') };
      ctl.annotate(seat, text.slice(0, 500));
      return { ok: true, output: t('annotate.done') };
    }
    case 'end':
      if (args.length > 0) return { ok: false, error: t('end.usage') };
      ctl.end(seat);
      return { ok: true, output: t('end.done') };
    default:
      return { ok: false, error: t('speed.usage') };
  }
}

function whoTable(seats: readonly Seat[], lang: Lang): string {
  const t = (key: string): string => translate(lang, `room.${key}`);
  const rows = seats.map((s) =>
    [s.id.padEnd(5), s.name.padEnd(25), s.role.padEnd(13), (s.teamRole || '-').padEnd(15), s.connected ? t('who.yes') : t('who.no')].join(' '),
  );
  return [t('who.header'), ...rows].join('\n');
}
