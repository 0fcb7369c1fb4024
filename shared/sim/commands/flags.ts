// Docker/kubectl-style flag parsing: `--name web`, `--name=web`, `-p 80:80`, grouped
// short booleans (`-it`), repeatable flags (`-e A=1 -e B=2`), and an optional stop at
// the first positional (docker run: everything after the image is the command).

export interface FlagSpec {
  /** Canonical name first (`memory`), then the spellings accepted (`-m`, `--memory`). */
  name: string;
  spellings: string[];
  takesValue: boolean;
}

export interface ParsedFlags {
  values: Map<string, string[]>;
  positionals: string[];
}

export type FlagResult = { ok: true; parsed: ParsedFlags } | { ok: false; error: string };

export function parseFlags(words: readonly string[], specs: readonly FlagSpec[], stopAtFirstPositional = false): FlagResult {
  const bySpelling = new Map<string, FlagSpec>();
  for (const s of specs) for (const sp of s.spellings) bySpelling.set(sp, s);
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  const put = (spec: FlagSpec, v: string) => {
    const list = values.get(spec.name) ?? [];
    list.push(v);
    values.set(spec.name, list);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '--') {
      positionals.push(...words.slice(i + 1));
      break;
    }
    if (!w.startsWith('-') || w === '-') {
      positionals.push(w);
      if (stopAtFirstPositional) {
        positionals.push(...words.slice(i + 1));
        break;
      }
      continue;
    }
    const eq = w.indexOf('=');
    const spelling = w.startsWith('--') && eq > 0 ? w.slice(0, eq) : w;
    const spec = bySpelling.get(spelling);
    if (spec) {
      if (!spec.takesValue) {
        if (eq > 0 && w.startsWith('--')) {
          const v = w.slice(eq + 1);
          if (v !== 'true' && v !== 'false') return { ok: false, error: `invalid argument "${v}" for "${spelling}" flag: expected true or false` };
          if (v === 'true') put(spec, 'true');
        } else {
          put(spec, 'true');
        }
        continue;
      }
      if (eq > 0 && w.startsWith('--')) {
        put(spec, w.slice(eq + 1));
        continue;
      }
      const next = words[i + 1];
      if (next === undefined) return { ok: false, error: `flag needs an argument: ${spelling}` };
      put(spec, next);
      i++;
      continue;
    }
    // Grouped short flags: -it, -dp 80:80 (only the last may take a value).
    if (/^-[a-zA-Z]{2,}$/.test(w)) {
      const letters = w.slice(1).split('');
      let consumedNext = false;
      for (let k = 0; k < letters.length; k++) {
        const s = bySpelling.get(`-${letters[k]}`);
        if (!s) return { ok: false, error: `unknown shorthand flag: '${letters[k]}' in ${w}` };
        if (s.takesValue) {
          if (k !== letters.length - 1) {
            put(s, w.slice(k + 2));
            break;
          }
          const next = words[i + 1];
          if (next === undefined) return { ok: false, error: `flag needs an argument: '${letters[k]}' in ${w}` };
          put(s, next);
          consumedNext = true;
        } else {
          put(s, 'true');
        }
      }
      if (consumedNext) i++;
      continue;
    }
    return { ok: false, error: w.startsWith('--') ? `unknown flag: ${spelling}` : `unknown shorthand flag: '${w.slice(1, 2)}' in ${w}` };
  }
  return { ok: true, parsed: { values, positionals } };
}

/** Last value given for a flag (later flags win, as in the real CLIs). */
export function flag(p: ParsedFlags, name: string): string | undefined {
  const v = p.values.get(name);
  return v ? v[v.length - 1] : undefined;
}

export function flagAll(p: ParsedFlags, name: string): string[] {
  return p.values.get(name) ?? [];
}

export function hasFlag(p: ParsedFlags, name: string): boolean {
  return p.values.has(name);
}

export const f = (name: string, spellings: string[], takesValue = true): FlagSpec => ({ name, spellings, takesValue });
