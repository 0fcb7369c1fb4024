// What a container does when `docker run IMAGE COMMAND…` replaces the image's CMD: the
// image's own program behaves as the image says; a few coreutils every Linux image has
// (sleep, tail -f, echo, true, sh -c) are modelled; anything else is not in the image,
// and runc fails to exec it. There is no TTY here, so a bare shell exits at once.
import { ENV_MARK, HOSTNAME_MARK } from '../../containers.ts';
import type { Image, World, WorkloadProfile } from '../../model.ts';
import { parseDurationSeconds } from '../../units.ts';
import { tokenize } from '../tokenize.ts';

const IDLE: WorkloadProfile = { cpuMillis: 0, memoryMiB: 1, memoryGrowthMiB: 0, writeKiB: 0, listenPort: 0, command: 'sh' };

/** A program that does nothing but wait (or exit after `exitAfterTicks`), printing `stdout` as it starts. */
function idle(command: string, exitAfterTicks?: number, stdout: string[] = []): WorkloadProfile {
  const p: WorkloadProfile = { ...IDLE, command };
  if (exitAfterTicks !== undefined) p.exitAfterTicks = exitAfterTicks;
  if (stdout.length) p.stdout = stdout;
  return p;
}

/** The profile of `argv` run in `image` (argv empty: the image's own CMD). */
export function profileForCommand(image: Image, argv: readonly string[]): WorkloadProfile {
  const [exe, ...args] = argv;
  if (exe === undefined) return image.profile;
  const name = exe.split(/[\\/]/).pop() ?? exe;
  if (name === image.profile.command || image.os === 'windows') return image.profile;
  switch (name) {
    case 'sh':
    case 'bash': {
      const at = args.indexOf('-c');
      const script = at >= 0 ? args[at + 1] : undefined;
      if (script === undefined) return idle(name, 1);
      const words = tokenize(script);
      if (!words.ok) return idle(name, 1, [`${name}: -c: line 1: syntax error: ${words.error}`]);
      return profileForCommand(image, words.words);
    }
    case 'sleep': {
      if (args[0] === 'infinity') return idle('sleep');
      const secs = args[0] === undefined ? null : parseDurationSeconds(args[0]);
      if (secs === null) return idle('sleep', 1, [args[0] === undefined ? 'sleep: missing operand' : `sleep: invalid time interval '${args[0]}'`]);
      return idle('sleep', Math.max(1, secs));
    }
    case 'tail':
      return args.includes('-f') || args.includes('-F') ? idle('tail') : idle('tail', 1);
    case 'echo':
      return idle('echo', 1, [args.join(' ')]);
    case 'true':
    case 'cat':
      return idle(name, 1);
    case 'hostname':
      return idle(name, 1, [HOSTNAME_MARK]);
    case 'id':
      return idle(name, 1, ['uid=0(root) gid=0(root) groups=0(root)']);
    case 'env':
    case 'printenv':
      return idle(name, 1, [ENV_MARK]);
    default:
      return { ...idle(name), notFound: exe };
  }
}

/**
 * The image's CMD as argv, from the last CMD step of its history (exec form
 * `CMD ["nginx" "-g" "daemon off;"]` or shell form). An argument-only CMD (an image
 * whose ENTRYPOINT is its program) gets that program put in front.
 */
export function imageCmd(world: World, image: Image): string[] {
  for (let i = image.layers.length - 1; i >= 0; i--) {
    const by = world.layers.get(image.layers[i] ?? '')?.createdBy ?? '';
    const exec = /\bCMD \[(.*)\]/.exec(by);
    if (exec) {
      const argv = [...(exec[1] ?? '').matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => (m[1] ?? '').replace(/\\(.)/g, '$1'));
      const first = (argv[0] ?? '').split(/[\\/]/).pop();
      return first === image.profile.command ? argv : [image.profile.command, ...argv];
    }
    const shell = /\bCMD (?!\[)(.+)$/.exec(by);
    if (shell) return ['/bin/sh', '-c', (shell[1] ?? '').trim()];
  }
  return [image.profile.command];
}
