// Number formats the level's texts share: percentages from milli-percent. Language-neutral,
// so objective progress reads the same in English and Korean (money: economy/summary.ts).

/** `99.21%` from milli-percent (100000 = 100 %). */
export function percentText(milliPercent: number): string {
  return `${(Math.floor(milliPercent / 10) / 100).toFixed(2)}%`;
}

/** `99.5%` from a target in milli-percent, without trailing zeros. */
export function targetText(milliPercent: number): string {
  return `${String(milliPercent / 1000)}%`;
}
