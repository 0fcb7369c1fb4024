// The command grammar for tab completion, derived from the help catalogue (the same
// data `help` prints) instead of written a second time: each command's words, its flags
// (spellings, and the value each takes) and its positional arguments, read from the
// catalogue's usage lines such as
//   docker [-H <host-or-vm>] rm [-f] <container>...
//   kubectl get pods|nodes|events|<type> [<name>...] [-o wide|name]
//   kubectl scale deployment/<name> --replicas=<n>
import { HELP_CATALOG, type CommandHelp } from '../../../shared/sim/commands/helpCatalog.ts';

/** What may stand in one place: literal words, `<placeholders>`, and a fixed prefix (`deployment/`). */
export interface ArgSpec {
  literals: readonly string[];
  placeholders: readonly string[];
  prefix: string;
  /** `<container>...`: this argument repeats. */
  repeats: boolean;
}

export interface FlagSpec {
  spellings: readonly string[];
  /** The value the flag takes, or null for a switch. */
  value: ArgSpec | null;
}

export interface CommandSpec {
  /** `['docker', 'run']`. */
  path: readonly string[];
  flags: readonly FlagSpec[];
  /** One list per form of the command (`docker network create …` | `docker network ls`). */
  forms: readonly (readonly ArgSpec[])[];
}

/** `<a>|b|<c>` → literals and placeholders; `deployment/<name>` → prefix + placeholder. */
export function parseArg(token: string): ArgSpec {
  let text = token;
  const repeats = text.endsWith('...');
  if (repeats) text = text.slice(0, -3);
  const lt = text.indexOf('<');
  const prefix = lt > 0 && text.slice(0, lt).endsWith('/') ? text.slice(0, lt) : '';
  if (prefix) text = text.slice(prefix.length);
  const literals: string[] = [];
  const placeholders: string[] = [];
  for (const part of text.split('|')) {
    if (/^<[^>]+>$/.test(part)) placeholders.push(part.slice(1, -1));
    else if (part) literals.push(part);
  }
  return { literals, placeholders, prefix, repeats };
}

/** Top-level tokens of a usage line; a `[…]` group stays one token. */
function usageTokens(usage: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let word = '';
  for (const ch of usage) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === ' ' && depth === 0) {
      if (word) out.push(word);
      word = '';
    } else {
      word += ch;
    }
  }
  if (word) out.push(word);
  return out;
}

/** Flags from the catalogue's flag list: `-m, --memory <size>` → spellings and value. */
function listedFlags(help: CommandHelp): FlagSpec[] {
  return help.flags.map((f) => {
    const [names = '', ...rest] = f.spelling.split(/\s+(?=[^-,])/);
    const spellings = names.split(/,\s*/).map((s) => s.split('=')[0] ?? s);
    const valueText = rest.join(' ') || (names.includes('=') ? (names.split('=')[1] ?? '') : '');
    return { spellings, value: valueText ? parseArg(valueText) : null };
  });
}

/** Reads one form of a usage line (after the command's words): flags met on the way, positionals in order. */
function readForm(tokens: readonly string[], flags: FlagSpec[]): ArgSpec[] {
  const positionals: ArgSpec[] = [];
  const known = (spelling: string) => flags.find((f) => f.spellings.includes(spelling));
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i] as string;
    const optional = raw.startsWith('[') && raw.endsWith(']');
    const inner = optional ? raw.slice(1, -1) : raw;
    if (!inner.startsWith('-')) {
      positionals.push(parseArg(inner));
      continue;
    }
    // A flag: `--name <name>`, `-m|--memory <size>`, `--replicas=<n>`, `--watch=false`, `-d`.
    const [head = '', ...tail] = inner.split(' ');
    const eq = head.indexOf('=');
    const spellings = (eq > 0 ? head.slice(0, eq) : head).split('|').filter((s) => s.startsWith('-'));
    let valueText = eq > 0 ? head.slice(eq + 1) : tail.join(' ');
    if (!optional && !valueText && /^<[^>]+>$/.test(tokens[i + 1] ?? '') && known(spellings[0] ?? '')?.value) valueText = tokens[++i] as string;
    const value = valueText ? parseArg(valueText) : null;
    const existing = spellings.map(known).find(Boolean);
    if (existing) {
      // The usage line may name the values the flag list only hints at (`--restart no|always|…`).
      if (value && existing.value && value.literals.length > existing.value.literals.length) Object.assign(existing, { value });
    } else if (spellings.length) {
      flags.push({ spellings, value });
    }
  }
  return positionals;
}

function specOf(help: CommandHelp): CommandSpec {
  const path = help.path.split(' ');
  const flags = listedFlags(help);
  const forms = help.usage.split(' | ').map((form) => {
    const tokens = usageTokens(form.replace('[-H <host-or-vm>] ', ''));
    return readForm(tokens.slice(path.length), flags);
  });
  if (path[0] === 'docker') flags.push({ spellings: ['-H', '--host'], value: parseArg('<host-or-vm>') });
  return { path, flags, forms };
}

let cached: readonly CommandSpec[] | null = null;

/** Every command of the catalogue, parsed once. */
export function commandSpecs(): readonly CommandSpec[] {
  cached ??= HELP_CATALOG.flatMap((family) => family.commands.map(specOf));
  return cached;
}

/** The catalogue's families (`docker`, `host`, …) in its order. */
export function familyNames(): readonly string[] {
  return HELP_CATALOG.map((f) => f.name);
}
