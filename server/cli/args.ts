// Command-line options of the headless runner (`npm run sim -- …`). Parsing only:
// every mistake becomes a usage error the entry point prints before exiting with 2.
import type { Lang } from '../../shared/sim/commands/types.ts';

export const USAGE = `Usage: npm run sim -- --scenario <id|path> --script <file|-> [--seed <n>] [--json] [--lang en|ko] [--events]
       npm run sim -- --list

  --scenario <id|path>  a shipped scenario id (see --list) or a path to a scenario .json file
  --script <file|->     one command line per line; "#" starts a comment line; "wait <duration>"
                        (90s, 5m, 1h) advances game time; "-" reads the script from stdin
  --seed <n>            world seed, an integer from 0 to 4294967295 (default 1)
  --json                end with a one-line JSON summary (tick, gameSeconds, stateHash, counts;
                        a level adds won, score, stars and objectives)
  --lang en|ko          language of hints in command answers (default en)
  --events              also print what happened in the world (OOM kills, restarts, boots) as # lines
  --list                print the shipped scenario ids, one a line`;

export interface RunOptions {
  mode: 'run';
  scenario: string;
  script: string;
  seed: number;
  json: boolean;
  lang: Lang;
  events: boolean;
}

export type CliRequest = RunOptions | { mode: 'list' } | { mode: 'help' };

export type ArgsResult = { ok: true; request: CliRequest } | { ok: false; error: string };

const VALUE_FLAGS = new Set(['--scenario', '--script', '--seed', '--lang']);
const BOOL_FLAGS = new Set(['--json', '--list', '--events', '--help', '-h']);

/** A seed from its decimal text: an integer in the uint32 range, or null. */
export function parseSeed(text: string): number | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const n = Number(text);
  return n <= 0xffffffff ? n : null;
}

/** Reads `argv` (without node and the script path). */
export function parseArgs(argv: readonly string[]): ArgsResult {
  const values = new Map<string, string>();
  const bools = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_FLAGS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') return { ok: false, error: `option ${name} needs a value` };
      if (values.has(name)) return { ok: false, error: `option ${name} given twice` };
      values.set(name, value);
    } else if (BOOL_FLAGS.has(name) && eq < 0) {
      bools.add(name);
    } else if (BOOL_FLAGS.has(name)) {
      return { ok: false, error: `option ${name} takes no value` };
    } else if (arg.startsWith('-')) {
      return { ok: false, error: `unknown option "${arg}"` };
    } else {
      return { ok: false, error: `unexpected argument "${arg}" (options start with --)` };
    }
  }
  if (bools.has('--help') || bools.has('-h')) return { ok: true, request: { mode: 'help' } };
  if (bools.has('--list')) {
    if (values.size > 0 || bools.size > 1) return { ok: false, error: '--list takes no other options' };
    return { ok: true, request: { mode: 'list' } };
  }
  const scenario = values.get('--scenario');
  if (!scenario) return { ok: false, error: 'missing --scenario <id|path> (see --list for the ids)' };
  const script = values.get('--script');
  if (!script) return { ok: false, error: 'missing --script <file> (or --script - to read it from stdin)' };
  const seedText = values.get('--seed') ?? '1';
  const seed = parseSeed(seedText);
  if (seed === null) return { ok: false, error: `bad --seed "${seedText}": expected an integer from 0 to 4294967295` };
  const lang = values.get('--lang') ?? 'en';
  if (lang !== 'en' && lang !== 'ko') return { ok: false, error: `bad --lang "${lang}": expected en or ko` };
  return { ok: true, request: { mode: 'run', scenario, script, seed, json: bools.has('--json'), lang, events: bools.has('--events') } };
}
