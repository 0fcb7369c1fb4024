// `docker [-H target] network create|ls|rm`: user-defined bridge networks. Each engine
// has its own (bridge, host and none are built in); a new one gets the next free private
// /16 (172.18.0.0/16, 172.19.0.0/16, …) and its containers get addresses from it.
import { networkKey } from '../../containers.ts';
import type { World } from '../../model.ts';
import { nextHex } from '../../rng.ts';
import { flag } from '../flags.ts';
import type { Outcome } from '../types.ts';
import { fail, ok } from '../types.ts';
import { dockerTable } from './describe.ts';
import { engine } from './engine.ts';
import type { DockerCall, DockerSubcommand } from './index.ts';
import { builtinNetworkId } from './netinfo.ts';
import { argsError, opt, parseArgs, type CommandUsage } from './usage.ts';

const CREATE: CommandUsage = {
  path: 'docker network create',
  use: 'docker network create [OPTIONS] NETWORK',
  short: 'Create a network',
  options: [opt('driver', ['-d', '--driver'], 'string', 'Driver to manage the Network (default "bridge")')],
};
const LS: CommandUsage = { path: 'docker network ls', use: 'docker network ls [OPTIONS]', short: 'List networks', options: [opt('quiet', ['-q', '--quiet'], '', 'Only display network IDs')] };
const RM: CommandUsage = { path: 'docker network rm', use: 'docker network rm NETWORK [NETWORK...]', short: 'Remove one or more networks', options: [] };

const USAGE = `Usage:  docker network COMMAND

Manage networks

Commands:
  create      Create a network
  ls          List networks
  rm          Remove one or more networks

Run 'docker network COMMAND --help' for more information on a command.`;

const BUILTIN = ['bridge', 'host', 'none'];

/** The engine's networks: the built-in ones and its user-defined ones, as [name, id, driver]. */
function networksOf(world: World, engine: string): [string, string, string][] {
  const out: [string, string, string][] = [['bridge', builtinNetworkId(engine, 'bridge'), 'bridge'], ['host', builtinNetworkId(engine, 'host'), 'host'], ['none', builtinNetworkId(engine, 'none'), 'null']];
  for (const n of world.networks.values()) if (n.engine === engine) out.push([n.name, n.id ?? '', n.driver]);
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function create(call: DockerCall, args: string[]): Outcome {
  const r = parseArgs(CREATE, args);
  if (!r.ok) return r.outcome;
  if (r.parsed.positionals.length !== 1) return argsError(CREATE, 'exactly', 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world = call.ctx.world;
  const name = r.parsed.positionals[0] as string;
  const driver = flag(r.parsed, 'driver') ?? 'bridge';
  if (driver === 'host' || driver === 'null') return fail(`Error response from daemon: only one instance of "${driver}" network is allowed`);
  if (driver === 'overlay') return fail('Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.');
  if (driver !== 'bridge') return fail(`Error response from daemon: plugin "${driver}" not found`);
  if (BUILTIN.includes(name) || world.networks.has(networkKey(eng.target.id, name))) return fail(`Error response from daemon: network with name ${name} already exists`);
  const taken = new Set([...world.networks.values()].filter((n) => n.engine === eng.target.id).map((n) => n.subnet));
  let second = 18;
  while (second <= 31 && taken.has(`172.${second}.0.0/16`)) second++;
  if (second > 31) return fail('Error response from daemon: could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network');
  const id = nextHex(world, 64);
  world.networks.set(networkKey(eng.target.id, name), { id, engine: eng.target.id, name, driver: 'bridge', subnet: `172.${second}.0.0/16`, nextIp: 2, builtin: false });
  return ok(id);
}

function list(call: DockerCall, args: string[]): Outcome {
  const r = parseArgs(LS, args);
  if (!r.ok) return r.outcome;
  if (r.parsed.positionals.length) return argsError(LS, 'none');
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const rows = networksOf(call.ctx.world, eng.target.id);
  if (r.parsed.values.has('quiet')) return ok(rows.map((n) => n[1].slice(0, 12)).join('\n'));
  return ok(dockerTable(['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'], rows.map(([name, id, driver]) => [id.slice(0, 12), name, driver, 'local'])));
}

function remove(call: DockerCall, args: string[]): Outcome {
  const r = parseArgs(RM, args);
  if (!r.ok) return r.outcome;
  if (r.parsed.positionals.length === 0) return argsError(RM, 'at least', 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world = call.ctx.world;
  for (const name of r.parsed.positionals) {
    if (BUILTIN.includes(name)) return fail(`Error response from daemon: ${name} is a pre-defined network and cannot be removed`);
    const n = world.networks.get(networkKey(eng.target.id, name));
    if (!n) return fail(`Error response from daemon: network ${name} not found`);
    const active = [...world.containers.values()].some((c) => c.targetId === eng.target.id && c.network === name && c.state === 'running');
    if (active) return fail(`Error response from daemon: error while removing network: network ${name} id ${n.id ?? ''} has active endpoints`);
  }
  for (const name of r.parsed.positionals) world.networks.delete(networkKey(eng.target.id, name));
  return ok(r.parsed.positionals.join('\n'));
}

export const dockerNetwork: DockerSubcommand = (call) => {
  const [sub, ...rest] = call.args;
  if (sub === undefined || sub === '--help') return ok(USAGE);
  if (sub === 'create') return create(call, rest);
  if (sub === 'ls' || sub === 'list') return list(call, rest);
  if (sub === 'rm' || sub === 'remove') return remove(call, rest);
  return fail(`docker: '${sub}' is not a docker network command.\nSee 'docker network --help'`);
};
