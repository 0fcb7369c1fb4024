// bench/results.json: one section per benchmark family (`sim`, later `scheduler`,
// `server`, `client`). Each run replaces only its own sections and keeps the rest, so
// benchmarks added by later work can be run one at a time.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export const RESULTS_PATH = new URL('./results.json', import.meta.url);

export interface Machine {
  nproc: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  date: string;
}

/** What the figures were measured on, as BENCHMARKS.md records it. */
export function machine(): Machine {
  const list = cpus();
  return {
    nproc: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
}

/** Reads the results file; an absent or unreadable one counts as empty. */
export function readResults(path: URL = RESULTS_PATH): Record<string, unknown> {
  if (!existsSync(path)) return {};
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Writes `sections` over the existing file's sections of the same name, keeping the others. */
export function mergeResults(sections: Record<string, unknown>, path: URL = RESULTS_PATH): Record<string, unknown> {
  const merged = { ...readResults(path), ...sections };
  writeFileSync(path, `${JSON.stringify(merged, null, 2)}\n`);
  return merged;
}
