// `docker tag <source> <target>`: a second name for an image already in this engine's
// store. Nothing is copied: both names point at the same image id and layers.
import { parseImageRef, refKey, resolveInStore, setTag } from '../../images.ts';
import { engine } from './engine.ts';
import { normalizedRef, refuse } from './imageFormat.ts';
import type { DockerSubcommand } from './index.ts';
import { argsError, parseArgs, type CommandUsage } from './usage.ts';

const USAGE: CommandUsage = {
  path: 'docker tag',
  use: 'docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  options: [],
};

export const tagCommand: DockerSubcommand = (call) => {
  const a = parseArgs(USAGE, call.args);
  if (!a.ok) return a.outcome;
  if (a.parsed.positionals.length !== 2) return argsError(USAGE, 'exactly', 2);
  const [source, target] = a.parsed.positionals as [string, string];
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const to = parseImageRef(target);
  if (!to) return refuse(call.ctx, `Error parsing reference: "${target}" is not a valid repository/tag: invalid reference format`, 'images.hint.badTag');
  const imageId = resolveInStore(eng.target.store, source);
  if (!imageId) return refuse(call.ctx, `Error response from daemon: No such image: ${normalizedRef(source)}`, 'images.hint.noSuchImage', { target: eng.target.id });
  setTag(eng.target.store, refKey(to), imageId);
  return { ok: true, output: '' };
};
