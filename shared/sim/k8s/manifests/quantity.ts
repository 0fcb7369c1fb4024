// Kubernetes resource quantities (`250m`, `0.5`, `2`, `128Mi`, `1G`) turned into the
// simulation's units: CPU in millicores, memory in MiB. Malformed text gets the API
// server's own complaint.

/** The API server's message for text that is not a quantity. */
export const QUANTITY_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50 };
const DECIMAL: Record<string, number> = { '': 1, n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15 };

/** The quantity's value in base units (cores, bytes), or null when it is not a quantity. */
function baseValue(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const m = QUANTITY.exec(raw.trim());
  if (!m) return null;
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return null;
  const suffix = m[2] as string;
  const bin = BINARY[suffix];
  if (bin !== undefined) return n * bin;
  const dec = DECIMAL[suffix];
  if (dec !== undefined) return n * dec;
  const exp = /^[eE]([-+]?[0-9]+)$/.exec(suffix);
  if (exp) return n * 10 ** Number(exp[1]);
  return null;
}

/** CPU in millicores (`250m` → 250, `0.5` → 500); finer than 1m rounds up, as the API server does. */
export function cpuMillis(raw: unknown): number | null {
  const v = baseValue(raw);
  if (v === null || v < 0) return null;
  return Math.ceil(Math.round(v * 1e6) / 1e3);
}

/** Memory in whole MiB, rounded up (`128Mi` → 128, `1G` → 954, `500M` → 477). */
export function memoryMiB(raw: unknown): number | null {
  const v = baseValue(raw);
  if (v === null || v < 0) return null;
  return Math.ceil(v / 2 ** 20);
}

/** How a millicore figure prints in kubectl (`250m`, `1`, `1500m`). */
export function cpuText(millis: number): string {
  return millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`;
}

/** How a MiB figure prints (`128Mi`, `1Gi`). */
export function memoryText(mib: number): string {
  return mib % 1024 === 0 ? `${mib / 1024}Gi` : `${mib}Mi`;
}
