// Shared bits of the image subcommands (pull, push, tag, images, history, build, commit,
// rmi): reference errors worded as the CLI words them, ages of images and layers, and a
// refusal that keeps what the command printed before failing.
import { translate } from '../../../i18n/index.ts';
import { PUBLIC_REGISTRY, parseImageRef, refKey } from '../../images.ts';
import type { Image, World } from '../../model.ts';
import { humanDuration } from '../../units.ts';
import type { CommandContext, Outcome } from '../types.ts';

/**
 * Age given to the scenario's images, in seconds: they were published before the game
 * started (a game convention, not a measured figure), so `docker images` shows days.
 */
export const SCENARIO_IMAGE_AGE_SECONDS = 12 * 86400;

/** `invalid reference format`, with docker's lowercase remark when that is the problem. */
export function refError(text: string): string {
  const lower = parseImageRef(text.toLowerCase());
  if (lower && text !== text.toLowerCase()) {
    const name = text.replace(/:[^:/]*$/, '');
    const repo = lower.registry === PUBLIC_REGISTRY && !lower.repo.includes('/') ? `library/${name}` : name;
    return `invalid reference format: repository name (${repo}) must be lowercase`;
  }
  return 'invalid reference format';
}

/** The name dockerd echoes in `No such image: x` (a bare name gets `:latest`). */
export function normalizedRef(text: string): string {
  const ref = parseImageRef(text);
  if (!ref || /^(sha256:)?[0-9a-f]{12,64}$/.test(text)) return text;
  return refKey(ref);
}

/** `2 minutes ago`; a scenario layer or image (no tick) is days old. */
export function ago(world: World, tick: number | undefined): string {
  const seconds = tick === undefined ? world.tick + SCENARIO_IMAGE_AGE_SECONDS : world.tick - tick;
  return `${humanDuration(Math.max(0, seconds))} ago`;
}

/** Tick an image was created, or undefined for a scenario image (its top layer has no tick). */
export function imageTick(world: World, image: Image): number | undefined {
  const top = image.layers[image.layers.length - 1];
  return top !== undefined && world.layers.get(top)?.createdTick !== undefined ? image.createdTick : undefined;
}

/** A refusal: the tool's error, an optional localized hint, and what was printed before it. */
export function refuse(ctx: CommandContext, error: string, hintKey: string | null, params: Record<string, string | number> = {}, output = ''): Outcome {
  const lang = ctx.actor.lang;
  const text = hintKey ? `${error}\n${translate(lang, 'common.hint', { text: translate(lang, hintKey, params) })}` : error;
  return output === '' ? { ok: false, error: text } : { ok: false, error: text, output };
}
