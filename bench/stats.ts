// Small numeric helpers for the benchmarks: percentiles of samples and rounding for
// the results file.

/** Nearest-rank percentile (p in 0..100) of `samples`; 0 for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/** `n` rounded to `digits` decimals, for readable JSON. */
export function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Bytes → MiB, rounded to one decimal. */
export function mib(bytes: number): number {
  return round(bytes / (1024 * 1024), 1);
}
