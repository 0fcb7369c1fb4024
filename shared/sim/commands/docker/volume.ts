// `docker [-H target] volume create|ls|rm|inspect`: named storage that outlives
// containers. A `local` volume is a directory on this machine's disk and exists on this
// engine only; a `replicated` one (the game's Ceph-like driver) is reachable from every
// engine and keeps REPLICATED_VOLUME_COPIES copies, costing that many times its data.
import { volumeKey } from '../../containers.ts';
import { REPLICATED_VOLUME_COPIES } from '../../realism.ts';
import { nextHex } from '../../rng.ts';
import { flag } from '../flags.ts';
import type { Outcome } from '../types.ts';
import { fail, ok } from '../types.ts';
import { dockerTable } from './describe.ts';
import { engine } from './engine.ts';
import type { DockerCall, DockerSubcommand } from './index.ts';
import { VALID_VOLUME_NAME } from './names.ts';
import { keyFor, volumesOf } from './volumes.ts';
import { argsError, opt, parseArgs, type CommandUsage } from './usage.ts';

const CREATE: CommandUsage = {
  path: 'docker volume create',
  use: 'docker volume create [OPTIONS] [VOLUME]',
  short: 'Create a volume',
  options: [opt('driver', ['-d', '--driver'], 'string', 'Specify volume driver name: local or replicated (default "local")')],
};
const LS: CommandUsage = { path: 'docker volume ls', use: 'docker volume ls [OPTIONS]', short: 'List volumes', options: [opt('quiet', ['-q', '--quiet'], '', 'Only display volume names')] };
const RM: CommandUsage = { path: 'docker volume rm', use: 'docker volume rm [OPTIONS] VOLUME [VOLUME...]', short: 'Remove one or more volumes', options: [opt('force', ['-f', '--force'], '', 'Force the removal of one or more volumes')] };
const INSPECT: CommandUsage = { path: 'docker volume inspect', use: 'docker volume inspect [OPTIONS] VOLUME [VOLUME...]', short: 'Display detailed information on one or more volumes', options: [] };

const USAGE = `Usage:  docker volume COMMAND

Manage volumes

Commands:
  create      Create a volume
  inspect     Display detailed information on one or more volumes
  ls          List volumes
  rm          Remove one or more volumes

Run 'docker volume COMMAND --help' for more information on a command.`;

function create(call: DockerCall, args: string[]): Outcome {
  const r = parseArgs(CREATE, args);
  if (!r.ok) return r.outcome;
  if (r.parsed.positionals.length > 1) return fail(`"docker volume create" requires at most 1 argument.\nSee 'docker volume create --help'.\n\nUsage:  ${CREATE.use}\n\n${CREATE.short}`);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world = call.ctx.world;
  const driver = flag(r.parsed, 'driver') ?? 'local';
  const given = r.parsed.positionals[0];
  if (given !== undefined && !VALID_VOLUME_NAME.test(given)) {
    return fail(`Error response from daemon: create ${given}: "${given}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`);
  }
  if (driver !== 'local' && driver !== 'replicated') return fail(`Error response from daemon: create ${given ?? ''}: error looking up volume plugin ${driver}: plugin "${driver}" not found`);
  if (given !== undefined) {
    const existing = keyFor(world, eng.target.id, given);
    const v = existing ? world.volumes.get(existing) : undefined;
    // Creating a volume that exists with the same driver is a no-op, as with docker.
    if (v) return v.driver === driver ? ok(given) : fail(`Error response from daemon: create ${given}: volume name must be unique`);
  }
  const name = given ?? nextHex(world, 64);
  const key = driver === 'replicated' ? name : volumeKey(eng.target.id, name);
  world.volumes.set(key, { name, driver, hostId: driver === 'local' ? eng.target.id : null, usedMiB: 0, replicas: driver === 'replicated' ? REPLICATED_VOLUME_COPIES : 1 });
  return ok(name);
}

function list(call: DockerCall, args: string[]): Outcome {
  const r = parseArgs(LS, args);
  if (!r.ok) return r.outcome;
  if (r.parsed.positionals.length) return argsError(LS, 'none');
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const vols = volumesOf(call.ctx.world, eng.target.id);
  if (r.parsed.values.has('quiet')) return ok(vols.map((v) => v.name).join('\n'));
  return ok(dockerTable(['DRIVER', 'VOLUME NAME'], vols.map((v) => [v.driver, v.name])));
}

function remove(call: DockerCall, args: string[]): Outcome {
  const r = parseArgs(RM, args);
  if (!r.ok) return r.outcome;
  if (r.parsed.positionals.length === 0) return argsError(RM, 'at least', 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world = call.ctx.world;
  const keys: string[] = [];
  for (const name of r.parsed.positionals) {
    const key = keyFor(world, eng.target.id, name);
    if (!key) {
      if (r.parsed.values.has('force')) continue;
      return fail(`Error response from daemon: get ${name}: no such volume`);
    }
    const users = [...world.containers.values()].filter((c) => c.mounts.some((m) => m.volume === key)).map((c) => c.id);
    if (users.length) return fail(`Error response from daemon: remove ${name}: volume is in use - [${users.join(', ')}]`);
    keys.push(key);
  }
  for (const key of keys) world.volumes.delete(key);
  return ok(r.parsed.positionals.join('\n'));
}

function inspect(call: DockerCall, args: string[]): Outcome {
  const r = parseArgs(INSPECT, args);
  if (!r.ok) return r.outcome;
  if (r.parsed.positionals.length === 0) return argsError(INSPECT, 'at least', 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world = call.ctx.world;
  const found: Record<string, unknown>[] = [];
  const errors: string[] = [];
  for (const name of r.parsed.positionals) {
    const key = keyFor(world, eng.target.id, name);
    const v = key ? world.volumes.get(key) : undefined;
    if (!v) {
      errors.push(`Error response from daemon: get ${name}: no such volume`);
      continue;
    }
    const options = v.driver === 'replicated' ? { replicas: String(v.replicas) } : null;
    found.push({ Driver: v.driver, Labels: null, Mountpoint: `/var/lib/docker/volumes/${v.name}/_data`, Name: v.name, Options: options, Scope: v.driver === 'replicated' ? 'global' : 'local' });
  }
  const output = found.length ? JSON.stringify(found, null, 4) : '[]';
  return errors.length ? fail(errors.join('\n'), output) : ok(output);
}

export const dockerVolume: DockerSubcommand = (call) => {
  const [sub, ...rest] = call.args;
  if (sub === undefined || sub === '--help') return ok(USAGE);
  if (sub === 'create') return create(call, rest);
  if (sub === 'ls' || sub === 'list') return list(call, rest);
  if (sub === 'rm' || sub === 'remove') return remove(call, rest);
  if (sub === 'inspect') return inspect(call, rest);
  return fail(`docker: '${sub}' is not a docker volume command.\nSee 'docker volume --help'`);
};
