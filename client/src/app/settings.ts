// The player's display settings, kept in localStorage: whether to reduce motion (follow
// the system, or override it either way) and the text size. Parsing is forgiving: an
// unknown or damaged stored value falls back to the default for that setting only.
import type { KeyValueStorage } from '../net/storage.ts';

export type MotionSetting = 'system' | 'reduce' | 'full';
export type TextSize = 'normal' | 'large' | 'larger';

export interface Settings {
  motion: MotionSetting;
  textSize: TextSize;
}

export const MOTION_SETTINGS: readonly MotionSetting[] = ['system', 'reduce', 'full'];
export const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'larger'];
export const DEFAULT_SETTINGS: Settings = { motion: 'system', textSize: 'normal' };
export const SETTINGS_KEY = 'nines.settings';

/** Root font size per text size, in percent of the browser's. */
export const TEXT_SCALE: Readonly<Record<TextSize, number>> = { normal: 100, large: 115, larger: 130 };

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function parseSettings(raw: string | null): Settings {
  if (!raw) return { ...DEFAULT_SETTINGS };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
  const o = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  return { motion: oneOf(o.motion, MOTION_SETTINGS, DEFAULT_SETTINGS.motion), textSize: oneOf(o.textSize, TEXT_SIZES, DEFAULT_SETTINGS.textSize) };
}

/** Whether motion is reduced, given the setting and the system's `prefers-reduced-motion`. */
export function reducesMotion(setting: MotionSetting, systemPrefersReduced: boolean): boolean {
  return setting === 'system' ? systemPrefersReduced : setting === 'reduce';
}

/** The settings, persisted on every change, with subscribers told. */
export class SettingsStore {
  private value: Settings;
  private readonly listeners = new Set<(s: Settings) => void>();

  constructor(private readonly storage: KeyValueStorage) {
    this.value = parseSettings(storage.getItem(SETTINGS_KEY));
  }

  get current(): Settings {
    return this.value;
  }

  update(change: Partial<Settings>): void {
    const next = parseSettings(JSON.stringify({ ...this.value, ...change }));
    if (next.motion === this.value.motion && next.textSize === this.value.textSize) return;
    this.value = next;
    this.storage.setItem(SETTINGS_KEY, JSON.stringify(next));
    for (const listener of [...this.listeners]) listener(next);
  }

  subscribe(listener: (s: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}
