// What the docker CLI (cobra) prints around a subcommand: `--help` text, the errors for
// a wrong number of arguments or a bad flag (each followed by `See 'docker X --help'.`),
// and flag parsing on top of flags.ts with those messages.
import { f, parseFlags, type FlagSpec, type ParsedFlags } from '../flags.ts';
import type { Outcome } from '../types.ts';
import { fail, ok } from '../types.ts';

export interface DockerOption {
  spec: FlagSpec;
  /** Value type shown in the help (`string`, `bytes`, `decimal`, `list`); '' for a boolean. */
  type: string;
  help: string;
}

/** An option of a docker subcommand: name, spellings (`-m`, `--memory`), value type, help text. */
export function opt(name: string, spellings: string[], type: string, help: string): DockerOption {
  return { spec: f(name, spellings, type !== ''), type, help };
}

export interface CommandUsage {
  /** `docker run` (the command path). */
  path: string;
  /** `docker run [OPTIONS] IMAGE [COMMAND] [ARG...]` */
  use: string;
  short: string;
  options: DockerOption[];
}

/** `-m, --memory` as cobra names a flag in its errors. */
export function flagTitle(o: DockerOption): string {
  const short = o.spec.spellings.find((s) => /^-[a-zA-Z]$/.test(s));
  const long = o.spec.spellings.find((s) => s.startsWith('--'));
  return [short, long].filter(Boolean).join(', ');
}

/** `--help` output: usage line, description, aligned options. */
export function helpText(u: CommandUsage): string {
  const rows = u.options.map((o) => {
    const short = o.spec.spellings.find((s) => /^-[a-zA-Z]$/.test(s));
    const long = o.spec.spellings.find((s) => s.startsWith('--')) ?? '';
    return [`${short ? `${short}, ` : '    '}${long}${o.type ? ` ${o.type}` : ''}`, o.help] as const;
  });
  const width = Math.max(0, ...rows.map(([l]) => l.length)) + 3;
  const lines = [`Usage:  ${u.use}`, '', u.short];
  if (rows.length) lines.push('', 'Options:', ...rows.map(([l, h]) => `  ${l.padEnd(width)}${h}`));
  return lines.join('\n');
}

/** A flag error as the CLI prints it: the error, then where to read the usage. */
export function flagError(u: CommandUsage, error: string): Outcome {
  return fail(`${error}\nSee '${u.path} --help'.`);
}

/** Cobra's argument-count errors (`requires at least 1 argument`, `accepts no arguments`). */
export function argsError(u: CommandUsage, kind: 'at least' | 'exactly' | 'none', n = 1): Outcome {
  const what = kind === 'none' ? 'accepts no arguments.' : `requires ${kind} ${n} argument${n === 1 ? '' : 's'}.`;
  return fail(`"${u.path}" ${what}\nSee '${u.path} --help'.\n\nUsage:  ${u.use}\n\n${u.short}`);
}

/** An invalid value for a flag: `invalid argument "12x" for "-m, --memory" flag: invalid size: '12x'`. */
export function badValue(u: CommandUsage, name: string, value: string, why: string): Outcome {
  const o = u.options.find((x) => x.spec.name === name);
  return flagError(u, `invalid argument "${value}" for "${o ? flagTitle(o) : `--${name}`}" flag: ${why}`);
}

export type ArgsResult = { ok: true; parsed: ParsedFlags } | { ok: false; outcome: Outcome };

/**
 * Parses a subcommand's words against its options. `--help` (before the first
 * positional when positionals end the options) answers with the help text.
 */
export function parseArgs(u: CommandUsage, words: readonly string[], stopAtFirstPositional = false): ArgsResult {
  const withHelp = [...u.options.map((o) => o.spec), f('help', ['--help'], false)];
  const r = parseFlags(words, withHelp, stopAtFirstPositional);
  if (!r.ok) return { ok: false, outcome: flagError(u, r.error) };
  if (r.parsed.values.has('help')) return { ok: false, outcome: ok(helpText(u)) };
  return r;
}
