// Label selectors, as load balancers and Kubernetes Services use them: a selector
// matches when every one of its labels is present with the same value. Services are
// indexed by an anchor label so one container is checked only against the services it
// could match, never against all of them.

/** True when every key of `selector` has the same value in `labels`. */
export function matchesSelector(selector: Record<string, string>, labels: Record<string, string>): boolean {
  for (const k in selector) if (!Object.hasOwn(labels, k) || labels[k] !== selector[k]) return false;
  return true;
}

/** `app=shop-web,tier=front`, keys sorted. */
export function selectorText(selector: Record<string, string>): string {
  return Object.keys(selector)
    .sort()
    .map((k) => `${k}=${selector[k]}`)
    .join(',');
}

/** Selectors (by position) indexed by their smallest key and that key's value. */
export interface Anchors {
  keys: string[];
  byKey: Map<string, Map<string, number[]>>;
  selectors: (Record<string, string> | null)[];
}

export function emptyAnchors(selectors: (Record<string, string> | null)[]): Anchors {
  return { keys: [], byKey: new Map(), selectors };
}

/** Indexes selector number `i`. */
export function addAnchor(a: Anchors, selector: Record<string, string>, i: number): void {
  let key: string | null = null;
  for (const k in selector) if (key === null || k < key) key = k;
  if (key === null) return;
  let byValue = a.byKey.get(key);
  if (!byValue) {
    a.byKey.set(key, (byValue = new Map()));
    a.keys.push(key);
  }
  const value = selector[key] as string;
  const list = byValue.get(value);
  if (list) list.push(i);
  else byValue.set(value, [i]);
}

/**
 * The selectors `labels` satisfies: their positions are written to `out` (reused by the
 * caller; a count, not `length = 0`, keeps the hot path cheap). Returns how many.
 */
export function matchAnchors(a: Anchors, labels: Record<string, string>, out: number[]): number {
  let n = 0;
  for (let k = 0; k < a.keys.length; k++) {
    const key = a.keys[k] as string;
    const value = labels[key];
    if (typeof value !== 'string' || !Object.hasOwn(labels, key)) continue;
    const candidates = a.byKey.get(key)?.get(value);
    if (!candidates) continue;
    for (const si of candidates) if (matchesSelector(a.selectors[si] as Record<string, string>, labels)) out[n++] = si;
  }
  return n;
}
