// A teaching line under a real tool's message, in the player's language. The tool's own
// words stay verbatim (that is what the player will meet at work); the hint explains.
import { translate } from '../../i18n/index.ts';
import type { CommandContext, Outcome } from './types.ts';

/** The localised text for `key`. */
export function say(ctx: CommandContext, key: string, params: Record<string, string | number> = {}): string {
  return translate(ctx.actor.lang, key, params);
}

/** A refusal: the real tool's error, then a hint line in the player's language. */
export function failWithHint(ctx: CommandContext, error: string, key: string, params: Record<string, string | number> = {}): Outcome {
  return { ok: false, error: `${error}\n${translate(ctx.actor.lang, 'common.hint', { text: translate(ctx.actor.lang, key, params) })}` };
}
