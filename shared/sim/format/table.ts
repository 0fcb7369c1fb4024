// Fixed-width tables as the docker, kubectl and virsh CLIs print them: columns padded
// to their widest cell and separated by three spaces.

export function table(header: readonly string[], rows: readonly (readonly string[])[], gap = 3): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd((widths[i] ?? 0) + gap)))
      .join('')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
