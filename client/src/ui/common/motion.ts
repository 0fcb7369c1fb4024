// Whether to reduce motion: the system's prefers-reduced-motion unless the player
// overrode it in the settings. The flag is mirrored on <html data-motion="reduce|full">
// so CSS can drop transitions, and the game view reads it (and subscribes) to skip
// camera tweens and pulsing alerts.
import { reducesMotion, type MotionSetting } from '../../app/settings.ts';

let setting: MotionSetting = 'system';
let query: MediaQueryList | null = null;
let reduced = false;
const listeners = new Set<(reduced: boolean) => void>();

function systemPrefersReduced(): boolean {
  return query?.matches ?? false;
}

function recompute(): void {
  const next = reducesMotion(setting, systemPrefersReduced());
  if (typeof document !== 'undefined') document.documentElement.dataset.motion = next ? 'reduce' : 'full';
  if (next === reduced) return;
  reduced = next;
  for (const listener of [...listeners]) listener(reduced);
}

/** Starts following the system preference (once) and applies the player's setting. */
export function setMotionSetting(value: MotionSetting): void {
  if (!query && typeof matchMedia === 'function') {
    query = matchMedia('(prefers-reduced-motion: reduce)');
    query.addEventListener('change', recompute);
  }
  setting = value;
  recompute();
}

/** True when animations should be skipped or made instant. */
export function prefersReducedMotion(): boolean {
  return reduced;
}

/** Calls `listener` whenever the answer of prefersReducedMotion() changes. */
export function onReducedMotionChange(listener: (reduced: boolean) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
