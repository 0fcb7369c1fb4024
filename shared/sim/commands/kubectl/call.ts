// What every kubectl verb receives, and the shapes of kubectl's usage errors.
import { parseFlags, type FlagSpec, type ParsedFlags } from '../flags.ts';
import type { CommandContext, Outcome } from '../types.ts';
import { fail } from '../types.ts';

export interface KubectlCall {
  ctx: CommandContext;
  /** The words after the verb, without the global flags (`-n`). */
  args: string[];
  /** `-n/--namespace` (default `default`). */
  namespace: string;
}

export type KubectlVerb = (call: KubectlCall) => Outcome;

/** kubectl's answer to a flag it does not know or a flag without its value. */
export function flagError(verb: string, error: string): Outcome {
  return fail(`error: ${error}\nSee 'kubectl ${verb} --help' for usage.`);
}

/** Parses a verb's flags; a bad flag gives kubectl's refusal. */
export function parseVerbFlags(verb: string, args: readonly string[], specs: readonly FlagSpec[]): { ok: true; parsed: ParsedFlags } | { ok: false; outcome: Outcome } {
  const r = parseFlags(args, specs);
  return r.ok ? { ok: true, parsed: r.parsed } : { ok: false, outcome: flagError(verb, r.error) };
}

/** `error: <what>` followed by kubectl's pointer to the help. */
export function usageError(verb: string, what: string): Outcome {
  return fail(`error: ${what}\nSee 'kubectl ${verb} -h' for help and examples`);
}
