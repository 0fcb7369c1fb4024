// What a container's main process prints as it starts (its stdout, kept by the log
// driver), and runc's refusal when the program is not in the image. Kept apart from
// the lifecycle in containers.ts.
import type { Container } from './model.ts';
import { LOG_LINES_KEPT } from './realism.ts';

/** Placeholders in WorkloadProfile.stdout for what only exists once the container does. */
export const HOSTNAME_MARK = '\u0000hostname';
export const ENV_MARK = '\u0000env';

/** The PATH every Linux image's processes start with. */
export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** runc's refusal to start a program the image does not contain. */
export function notFoundError(exe: string): string {
  return `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${exe}": executable file not found in $PATH: unknown`;
}

/** What the process prints as it starts, with its hostname and environment filled in. */
export function printStdout(c: Container): void {
  for (const line of c.profile.stdout ?? []) {
    const lines = line === HOSTNAME_MARK
      ? [c.id.slice(0, 12)]
      : line === ENV_MARK
        ? [DEFAULT_PATH, `HOSTNAME=${c.id.slice(0, 12)}`, ...Object.entries(c.env).map(([k, v]) => `${k}=${v}`), 'HOME=/root']
        : [line];
    for (const l of lines) c.logs.push(l);
  }
  if (c.logs.length > LOG_LINES_KEPT) c.logs.splice(0, c.logs.length - LOG_LINES_KEPT);
}

