// How the docker CLI shows a container in its tables: STATUS (`Up 2 minutes`,
// `Exited (137) 5 seconds ago`), CREATED, PORTS, the quoted and truncated COMMAND, and
// sizes in docker's two styles (binary for memory, decimal for I/O). Tables are laid
// out like Go's tabwriter as docker configures it (minimum cell width 10, padding 3).
import type { Container } from '../../model.ts';
import { humanDuration } from '../../units.ts';

/**
 * A table as docker prints one: every column but the last is as wide as its widest cell
 * plus 3, and at least `minWidth` (docker's formatter uses 10, `docker top` 20).
 */
export function dockerTable(header: readonly string[], rows: readonly (readonly string[])[], minWidth = 10): string {
  const widths = header.map((h, i) => Math.max(minWidth, h.length + 3, ...rows.map((r) => (r[i] ?? '').length + 3)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** Go's `%.Ng`: N significant digits, no trailing zeros (values here stay below 10^N). */
function sig(value: number, digits: number): string {
  return String(Number(value.toPrecision(digits)));
}

/** docker's units.BytesSize (binary, 4 significant digits): `5.629MiB`, `1.952GiB`, from MiB. */
export function bytesSize(mib: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let v = Math.max(0, mib) * 1024 * 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${sig(v, 4)}${units[i]}`;
}

/** docker's units.HumanSizeWithPrecision(x, 3) (decimal): `916B`, `4.1kB`, `537MB`, from MiB. */
export function decimalSize(mib: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
  let v = Math.max(0, mib) * 1024 * 1024;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${sig(v, 3)}${units[i]}`;
}

/** The STATUS column, as dockerd's State.String() words it. */
export function statusText(c: Container, now: number): string {
  switch (c.state) {
    case 'running':
      return `Up ${humanDuration(now - c.startedTick)}`;
    case 'restarting':
      return `Restarting (${c.exitCode}) ${humanDuration(now - c.finishedTick)} ago`;
    case 'dead':
      return 'Dead';
    case 'exited':
      // A container whose start failed (a taken port) was never up: still `Created`.
      return c.startedTick < 0 ? 'Created' : `Exited (${c.exitCode}) ${humanDuration(now - c.finishedTick)} ago`;
    default:
      return 'Created';
  }
}

/** The CREATED column: `2 minutes ago`. */
export function createdAgo(c: Container, now: number): string {
  return `${humanDuration(now - c.createdTick)} ago`;
}

/** State.Status of inspect (`created`, `running`, `restarting`, `exited`, `dead`). */
export function stateStatus(c: Container): string {
  if (c.state === 'exited' && c.startedTick < 0) return 'created';
  return c.state === 'pulling' ? 'created' : c.state;
}

/** The PORTS column: published `0.0.0.0:8080->80/tcp`, exposed-only `80/tcp`, nothing when down. */
export function portsText(c: Container): string {
  if (c.state !== 'running' || c.network === 'host') return '';
  const parts = c.ports.map((p) => `0.0.0.0:${p.hostPort}->${p.containerPort}/tcp`);
  const listen = c.profile.listenPort;
  if (listen > 0 && !c.ports.some((p) => p.containerPort === listen)) parts.push(`${listen}/tcp`);
  return parts.join(', ');
}

/** The command line as dockerd reports it: path and args, args with spaces in single quotes. */
export function commandLine(c: Container): string {
  const [path, ...args] = c.cmd;
  return [path ?? '', ...args.map((a) => (a.includes(' ') ? `'${a}'` : a))].join(' ');
}

/** The COMMAND column: cut to 20 characters with `…` (unless --no-trunc), then Go-quoted. */
export function commandColumn(c: Container, truncate: boolean): string {
  let text = commandLine(c);
  if (truncate && text.length > 20) text = `${text.slice(0, 19)}…`;
  return JSON.stringify(text);
}

/** Short (12-hex) container id. */
export function shortId(id: string): string {
  return id.slice(0, 12);
}
