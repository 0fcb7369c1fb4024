// `explain [<concept>]`: a short lesson on a concept of the curriculum, ending with the
// commands that let the player see it in the game. Alone, it lists the concepts.
import { CONCEPT_IDS, resolveConcept } from '../concepts.ts';
import { failWithHint, say } from './hint.ts';
import type { CommandContext, Handler } from './types.ts';
import { ok } from './types.ts';

function conceptList(ctx: CommandContext): string {
  const width = Math.max(...CONCEPT_IDS.map((id) => id.length)) + 3;
  return [say(ctx, 'concepts.label.list'), ...CONCEPT_IDS.map((id) => `  ${id.padEnd(width)}${say(ctx, `concepts.${id}.title`)}`), '', say(ctx, 'concepts.label.usage')].join('\n');
}

/** The lesson for a concept id, in the player's language. */
export function lesson(ctx: CommandContext, id: string): string {
  return [`${id} — ${say(ctx, `concepts.${id}.title`)}`, '', say(ctx, `concepts.${id}.body`), '', `${say(ctx, 'concepts.label.see')} ${say(ctx, `concepts.${id}.see`)}`].join('\n');
}

export const explainCommand: Handler = (ctx, words) => {
  if (words.length === 0) return ok(conceptList(ctx));
  // `explain shared kernel` means `explain shared-kernel`.
  const asked = words.join('-');
  const id = resolveConcept(asked);
  if (id) return ok(lesson(ctx, id));
  return failWithHint(ctx, `explain: unknown concept '${words.join(' ')}'`, 'concepts.label.unknown', { concepts: CONCEPT_IDS.join(', ') });
};
