// The rolling-update parameters: maxSurge and maxUnavailable as given (`25%` or a
// count) and how the controller resolves them against the replica count: surge rounds
// up, unavailable rounds down, and both 0 would deadlock, so unavailable becomes 1.

/** progressDeadlineSeconds when the manifest does not say (the API default). */
export const DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;

/** The API default for both maxSurge and maxUnavailable. */
export const DEFAULT_ROLLING_PERCENT = '25%';

/** The API server's complaint about an IntOrString value, or null when it is valid. */
export function percentProblem(raw: unknown, capAt100: boolean): string | null {
  if (typeof raw === 'number') return raw < 0 ? `Invalid value: ${raw}: must be greater than or equal to 0` : null;
  const text = String(raw);
  if (!/^[0-9]+%$/.test(text)) {
    return `Invalid value: "${text}": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')`;
  }
  if (capAt100 && Number(text.slice(0, -1)) > 100) return `Invalid value: "${text}": must not be greater than 100%`;
  return null;
}

/** Pods for `value` (`25%` or `2`) of `replicas`, rounding up or down. */
function scaled(value: string, replicas: number, roundUp: boolean): number {
  if (!value.endsWith('%')) return Number(value) || 0;
  const times100 = Number(value.slice(0, -1)) * replicas;
  return roundUp ? Math.ceil(times100 / 100) : Math.floor(times100 / 100);
}

/** maxSurge and maxUnavailable in pods for `replicas` (ResolveFenceposts). */
export function resolveFenceposts(maxSurge: string, maxUnavailable: string, replicas: number): { surge: number; unavailable: number } {
  const surge = scaled(maxSurge, replicas, true);
  let unavailable = scaled(maxUnavailable, replicas, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}
