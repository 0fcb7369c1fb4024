// Formatting shared by the selectors: the game clock, money, per-mille bars, sizes and
// the code tables' labels in the current language. Everything a view prints about the
// state goes through here, so both languages print it the same way.
import { GAME_EPOCH_SECONDS } from '../../../../shared/sim/calendar.ts';
import { dollarsText } from '../../../../shared/sim/economy/summary.ts';
import { humanMiB } from '../../../../shared/sim/units.ts';
import { labelOf } from '../../../../shared/schema/codes.ts';
import { getLanguage, hasText, t } from '../../i18n/index.ts';

/** Colour family of a status (views pair it with an icon or a label, never colour alone). */
export type Tone = 'ok' | 'busy' | 'warn' | 'bad' | 'idle';

const pad = (n: number) => String(n).padStart(2, '0');
/** Seconds of the day at tick 0 (the calendar starts at 09:00). */
const START_OF_DAY = GAME_EPOCH_SECONDS % 86400;

export interface GameClock {
  /** 1 on the first game day. */
  day: number;
  /** `09:30:00`. */
  time: string;
  /** `Day 1 09:30:00` / `1일차 09:30:00`. */
  text: string;
}

/** The game's wall clock at a tick (1 tick = 1 game second; tick 0 is day 1, 09:00:00). */
export function gameClock(tick: number): GameClock {
  const s = START_OF_DAY + Math.max(0, Math.floor(tick));
  const day = Math.floor(s / 86400) + 1;
  const of = s % 86400;
  const time = `${pad(Math.floor(of / 3600))}:${pad(Math.floor((of % 3600) / 60))}:${pad(of % 60)}`;
  return { day, time, text: t('hud.clock', { day, time }) };
}

/** `1h05m` / `45s`: a span of game seconds. */
export function spanText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h > 0) return `${h}h${pad(m)}m`;
  if (m > 0) return `${m}m${pad(s % 60)}s`;
  return `${s}s`;
}

/** `$1,234.56` from integer cents. */
export function moneyText(cents: number): string {
  return dollarsText(cents);
}

/** `99.95 %` from thousandths of a percent (99.95 % = 99950). */
export function milliPercentText(milli: number): string {
  return `${(milli / 1000).toFixed(3).replace(/\.?0+$/, '')} %`;
}

/** `63 %` from per-mille. */
export function permilleText(permille: number): string {
  return `${Math.round(permille / 10)} %`;
}

/** `512MiB`, `3.5GiB`. */
export function sizeText(mib: number): string {
  return humanMiB(mib);
}

/** `0.5` CPUs from millicores. */
export function cpusText(millis: number): string {
  return String(Math.round(millis / 10) / 100);
}

export interface Bar {
  key: 'cpu' | 'memory' | 'disk' | 'nic' | 'swap' | 'steal' | 'budget';
  label: string;
  /** 0…1 (clamped). */
  ratio: number;
  text: string;
  tone: Tone;
}

/** A usage bar from per-mille; warn at 85 %, bad at 95 % (swap and steal: any is a warning). */
export function bar(key: Bar['key'], permille: number): Bar {
  const ratio = Math.min(1, Math.max(0, permille / 1000));
  const sensitive = key === 'swap' || key === 'steal';
  const tone: Tone = sensitive ? (permille >= 200 ? 'bad' : permille > 0 ? 'warn' : 'ok') : permille >= 950 ? 'bad' : permille >= 850 ? 'warn' : 'ok';
  return { key, label: t(`inspector.${key}`), ratio, text: permilleText(permille), tone };
}

// Labels are asked for thousands of times per frame at 10,000 containers; i18next's
// lookup costs microseconds, so each (language, group, code) is translated once.
const labelCache = new Map<string, { status: string; label: string }>();

/** The translated label of `code` in a code table (`label.<group>.<value>`). */
export function codeLabel(group: string, table: readonly string[], code: number): { status: string; label: string } {
  const cacheKey = `${getLanguage()}|${group}|${code}`;
  let hit = labelCache.get(cacheKey);
  if (!hit) {
    const status = labelOf(table, code);
    const key = `label.${group}.${status === '' ? 'none' : status}`;
    hit = { status, label: status !== '?' && hasText(key) ? t(key) : t('label.unknown') };
    labelCache.set(cacheKey, hit);
  }
  return hit;
}

/** The translated label of a string value (`label.<group>.<value>`), or the value itself. */
export function valueLabel(group: string, value: string): string {
  const key = `label.${group}.${value}`;
  return value && hasText(key) ? t(key) : value;
}
