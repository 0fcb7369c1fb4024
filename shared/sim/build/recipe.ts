// Reading a Dockerfile-like recipe: lines (real newlines or a literal `\n` typed inside
// one quoted word), `\` continuations, `#` comments, and the instructions the classic
// builder accepts, with its parse errors. Variable expansion (`$VAR`, `${VAR:-x}`) as
// the builder does it for ENV, COPY, WORKDIR and the other non-RUN instructions.

export interface Instruction {
  /** Line number of the instruction's first line (1-based), as parse errors cite it. */
  line: number;
  /** Upper-cased keyword: FROM, RUN, COPY, … */
  keyword: string;
  /** Everything after the keyword, trimmed. */
  args: string;
  /** The instruction as written, on one line (continuations joined). */
  original: string;
}

export type ParseResult = { ok: true; instructions: Instruction[] } | { ok: false; error: string };

const KNOWN = new Set([
  'FROM', 'RUN', 'COPY', 'ADD', 'ENV', 'WORKDIR', 'EXPOSE', 'CMD', 'ENTRYPOINT', 'LABEL', 'USER', 'ARG',
  'VOLUME', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL', 'ONBUILD', 'MAINTAINER',
]);

/** The recipe's physical lines: real newlines, and `\n` typed literally in an inline recipe. */
export function recipeLines(text: string): string[] {
  return text.replace(/\r/g, '').split(/\n|\\n/);
}

function argumentError(ins: Instruction): string | null {
  const words = ins.args.split(/\s+/).filter((w) => w !== '');
  switch (ins.keyword) {
    case 'FROM':
      return words.length === 1 || (words.length === 3 && words[1]?.toUpperCase() === 'AS') ? null : 'FROM requires either one or three arguments';
    case 'COPY':
    case 'ADD': {
      const paths = words.filter((w) => !w.startsWith('--'));
      if (ins.args.startsWith('[')) return null;
      return paths.length >= 2 ? null : `${ins.keyword} requires at least two arguments, but only one was provided. Destination could not be determined.`;
    }
    case 'WORKDIR':
    case 'USER':
    case 'ARG':
    case 'STOPSIGNAL':
      return words.length >= 1 ? null : `${ins.keyword} requires exactly one argument`;
    case 'CMD':
    case 'ENTRYPOINT':
    case 'SHELL':
    case 'HEALTHCHECK':
    case 'ONBUILD':
    case 'MAINTAINER':
      return null;
    case 'ENV':
      if (words.length === 0) return 'ENV requires at least one argument';
      return words[0]?.startsWith('=') ? 'ENV names can not be blank' : null;
    default:
      return words.length >= 1 ? null : `${ins.keyword} requires at least one argument`;
  }
}

/** Parses a recipe into instructions, or the classic builder's parse error (without the daemon prefix). */
export function parseDockerfile(text: string): ParseResult {
  const lines = recipeLines(text);
  const instructions: Instruction[] = [];
  let pending = '';
  let startLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] as string).trim();
    if (pending === '' && (raw === '' || raw.startsWith('#'))) continue;
    if (pending !== '' && raw.startsWith('#')) continue;
    if (pending === '') startLine = i + 1;
    if (raw.endsWith('\\')) {
      pending += `${raw.slice(0, -1).trim()} `;
      continue;
    }
    const joined = `${pending}${raw}`.trim();
    pending = '';
    if (joined === '') continue;
    const m = /^(\S+)\s*(.*)$/.exec(joined);
    const keyword = (m?.[1] ?? '').toUpperCase();
    if (!KNOWN.has(keyword)) return { ok: false, error: `dockerfile parse error line ${startLine}: unknown instruction: ${keyword}` };
    const ins: Instruction = { line: startLine, keyword, args: (m?.[2] ?? '').trim(), original: joined };
    const bad = argumentError(ins);
    if (bad) return { ok: false, error: `dockerfile parse error line ${startLine}: ${bad}` };
    instructions.push(ins);
  }
  if (pending.trim() !== '') return { ok: false, error: `dockerfile parse error line ${startLine}: unexpected end of file after a line continuation` };
  if (instructions.length === 0) return { ok: false, error: 'the Dockerfile (Dockerfile) cannot be empty' };
  const first = instructions.find((ins) => ins.keyword !== 'ARG');
  if (!first || first.keyword !== 'FROM') return { ok: false, error: 'No build stage in current context' };
  return { ok: true, instructions };
}

/** `["a", "b"]` → ['a', 'b']; null when the text is not a JSON array of strings (shell form). */
export function execForm(args: string): string[] | null {
  if (!args.startsWith('[')) return null;
  try {
    const v: unknown = JSON.parse(args);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {
    return null;
  }
  return null;
}

/** Expands `$VAR`, `${VAR}` and `${VAR:-default}` from `vars`; unknown names expand to ''. */
export function expand(text: string, vars: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, braced: string | undefined, dflt: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare ?? '';
    const v = vars.get(name);
    if (v !== undefined && v !== '') return v;
    return dflt ?? '';
  });
}

/**
 * `KEY=value KEY2="two words"` (or the old one-pair form `KEY value`) as ENV, LABEL and
 * ARG take them, in the order written.
 */
export function keyValues(args: string, allowBare = false): [string, string][] {
  const out: [string, string][] = [];
  const old = /^([^\s=]+)\s+(.+)$/.exec(args);
  if (old && !(old[1] as string).includes('=') && !/^\S+=/.test(args)) return [[old[1] as string, unquote((old[2] as string).trim())]];
  const re = /([^\s=]+)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(args)) !== null) {
    if (m[2] === undefined && !allowBare) continue;
    out.push([m[1] as string, unquote(m[2] ?? '')]);
  }
  return out;
}

function unquote(v: string): string {
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    return v.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return v;
}
