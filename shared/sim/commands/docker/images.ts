// `docker [-H <target>] images [REPOSITORY[:TAG]]`: what this engine's store holds, one
// row per tag (untagged images as `<none>`), newest first. SIZE counts every layer of the
// image, even those it shares with others (each is on disk only once).
import { DANGLING, imageSizeMiB, parseImageRef, repoColumn, shortImageId } from '../../images.ts';
import { engine } from './engine.ts';
import { ago, imageTick } from './imageFormat.ts';
import type { DockerSubcommand } from './index.ts';
import { decimalSize, dockerTable } from './describe.ts';
import { opt, parseArgs, type CommandUsage } from './usage.ts';
import { fail } from '../types.ts';

const USAGE: CommandUsage = {
  path: 'docker images',
  use: 'docker images [OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  options: [
    opt('all', ['-a', '--all'], '', 'Show all images (default hides intermediate images)'),
    opt('no-trunc', ['--no-trunc'], '', "Don't truncate output"),
    opt('quiet', ['-q', '--quiet'], '', 'Only show image IDs'),
  ],
};

interface Row {
  repo: string;
  tag: string;
  id: string;
  tick: number | undefined;
  order: number;
}

export const imagesCommand: DockerSubcommand = (call) => {
  const a = parseArgs(USAGE, call.args);
  if (!a.ok) return a.outcome;
  const pos = a.parsed.positionals;
  if (pos.length > 1) return fail(`"docker images" accepts at most 1 argument.\nSee 'docker images --help'.\n\nUsage:  ${USAGE.use}\n\n${USAGE.short}`);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const { world } = call.ctx;
  const filter = pos[0];
  const want = filter ? parseImageRef(filter) : null;
  const rows: Row[] = [];
  let order = 0;
  for (const [key, id] of Object.entries(eng.target.store.tags)) {
    const image = world.images.get(id);
    if (!image) continue;
    const tick = imageTick(world, image);
    if (key.startsWith(DANGLING)) {
      if (!filter) rows.push({ repo: '<none>', tag: '<none>', id, tick, order: order++ });
      continue;
    }
    const ref = parseImageRef(key);
    if (!ref) continue;
    if (filter && (!want || want.repo !== ref.repo || want.registry !== ref.registry || (/:[^/]+$/.test(filter) && want.tag !== ref.tag))) continue;
    rows.push({ repo: repoColumn(ref), tag: ref.tag, id, tick, order: order++ });
  }
  // Newest first, as dockerd sorts by creation time.
  const age = (r: Row) => (r.tick === undefined ? -1 : r.tick);
  rows.sort((x, y) => age(y) - age(x) || x.order - y.order);
  const noTrunc = a.parsed.values.has('no-trunc');
  const idText = (id: string) => (noTrunc ? id : shortImageId(id));
  if (a.parsed.values.has('quiet')) {
    const seen: string[] = [];
    for (const r of rows) if (!seen.includes(idText(r.id))) seen.push(idText(r.id));
    return { ok: true, output: seen.join('\n') };
  }
  const table = rows.map((r) => {
    const image = world.images.get(r.id);
    return [r.repo, r.tag, idText(r.id), ago(world, r.tick), decimalSize(image ? imageSizeMiB(world, image) : 0)];
  });
  return { ok: true, output: dockerTable(['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'], table) };
};
