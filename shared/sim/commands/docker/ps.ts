// `docker [-H target] ps [-a] [-q] [-s] [--no-trunc]`: the engine's containers, newest
// first. Without -a only those whose process is up (running, or restarting). -s adds
// each container's writable layer and its image (`8.39MB (virtual 187MB)`).
import { imageSizeMiB } from '../../images.ts';
import { hasFlag } from '../flags.ts';
import { ok } from '../types.ts';
import { commandColumn, createdAgo, decimalSize, dockerTable, portsText, shortId, statusText } from './describe.ts';
import { engine } from './engine.ts';
import { engineContainers } from './findContainer.ts';
import type { DockerSubcommand } from './index.ts';
import { argsError, opt, parseArgs, type CommandUsage } from './usage.ts';

export const PS: CommandUsage = {
  path: 'docker ps',
  use: 'docker ps [OPTIONS]',
  short: 'List containers',
  options: [
    opt('all', ['-a', '--all'], '', 'Show all containers (default shows just running)'),
    opt('no-trunc', ['--no-trunc'], '', "Don't truncate output"),
    opt('quiet', ['-q', '--quiet'], '', 'Only display container IDs'),
    opt('size', ['-s', '--size'], '', 'Display total file sizes'),
  ],
};

export const dockerPs: DockerSubcommand = (call) => {
  const r = parseArgs(PS, call.args);
  if (!r.ok) return r.outcome;
  if (r.parsed.positionals.length) return argsError(PS, 'none');
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const all = hasFlag(r.parsed, 'all');
  const trunc = !hasFlag(r.parsed, 'no-trunc');
  const now = call.ctx.world.tick;
  const list = [...engineContainers(call.ctx.world, eng.target.id)]
    .filter((c) => all || c.state === 'running' || c.state === 'restarting')
    .sort((a, b) => b.createdTick - a.createdTick || b.index - a.index);
  const id = (full: string) => (trunc ? shortId(full) : full);
  if (hasFlag(r.parsed, 'quiet')) return ok(list.map((c) => id(c.id)).join('\n'));
  const size = hasFlag(r.parsed, 'size');
  const sizeText = (c: (typeof list)[number]) => {
    const image = call.ctx.world.images.get(c.imageId);
    const rw = c.metrics.writableMiB;
    return `${decimalSize(rw)} (virtual ${decimalSize(rw + (image ? imageSizeMiB(call.ctx.world, image) : 0))})`;
  };
  const rows = list.map((c) => {
    const row = [id(c.id), c.imageRef, commandColumn(c, trunc), createdAgo(c, now), statusText(c, now), portsText(c), c.name];
    return size ? [...row, sizeText(c)] : row;
  });
  const header = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];
  return ok(dockerTable(size ? [...header, 'SIZE'] : header, rows));
};
