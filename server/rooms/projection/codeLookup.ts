// Fast label → code lookups for the enum tables of shared/schema/codes.ts. The tables'
// own codeOf() scans the array, which adds up over 10,000 containers a tick.

/** A function giving the code of a label in `table` (0 when unknown, as codeOf does). */
export function codeLookup(table: readonly string[]): (label: string) => number {
  const codes = new Map<string, number>();
  table.forEach((label, i) => codes.set(label, i));
  return (label) => codes.get(label) ?? 0;
}
