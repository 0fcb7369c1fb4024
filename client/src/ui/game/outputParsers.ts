// Reading the few command outputs the screen reuses: the image list of `docker images`
// (for the image palette: the state does not carry images) and the hint table of `hint`
// (ids and costs, so the cost is shown before a hint is asked for). Both are the
// simulation's column tables: cells separated by two or more spaces, a header first.

export interface HintRow {
  id: string;
  cost: number;
  taken: boolean;
}

function rows(output: string): string[][] {
  const lines = output.split('\n');
  const out: string[][] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') break;
    out.push(line.trim().split(/\s{2,}/));
  }
  return out;
}

/** `name:tag` refs from `docker images` output ([] when the output is not that table). */
export function parseDockerImages(output: string): string[] {
  const header = output.split('\n', 1)[0] ?? '';
  if (!/^REPOSITORY\s+TAG\b/.test(header)) return [];
  return rows(output).flatMap(([repo, tag]) => (repo && tag && repo !== '<none>' && tag !== '<none>' ? [`${repo}:${tag}`] : []));
}

/** The hints of `hint` output: id, cost in points, whether already taken ("-" = not yet). */
export function parseHintList(output: string): HintRow[] {
  return rows(output).flatMap(([id, cost, status]) => (id && cost && /^\d+$/.test(cost) ? [{ id, cost: Number(cost), taken: (status ?? '-') !== '-' }] : []));
}
