// `help [command]`: the list of command families and commands with a one-line summary
// each, or one command's usage, flags and an example. Syntax is printed literally; the
// descriptions come in the player's language.
import { failWithHint, say } from './hint.ts';
import { type CommandHelp, type FamilyHelp, HELP_CATALOG, findCommandHelp, helpKey } from './helpCatalog.ts';
import type { CommandContext, Handler } from './types.ts';
import { ok } from './types.ts';

/** Families a scenario cannot lock (they teach and change nothing). */
const ALWAYS = new Set(['help', 'explain', 'status', 'objectives', 'hint']);

function locked(ctx: CommandContext, family: string): boolean {
  const u = ctx.world.scenario.unlocked;
  return !ALWAYS.has(family) && !u.includes('*') && !u.includes(family);
}

function summaryLines(ctx: CommandContext, commands: readonly CommandHelp[]): string[] {
  const width = Math.max(...commands.map((c) => c.path.length)) + 3;
  return commands.map((c) => `  ${c.path.padEnd(width)}${say(ctx, `help.cmd.${helpKey(c.path)}`)}`);
}

function familyTitle(ctx: CommandContext, fam: FamilyHelp): string {
  const lock = locked(ctx, fam.name) ? ` (${say(ctx, 'help.label.locked')})` : '';
  return `${fam.name} — ${say(ctx, `help.family.${fam.name}`)}${lock}`;
}

function overview(ctx: CommandContext): string {
  const out = [say(ctx, 'help.label.intro'), ''];
  for (const fam of HELP_CATALOG) out.push(familyTitle(ctx, fam), ...summaryLines(ctx, fam.commands), '');
  out.push(say(ctx, 'help.label.footer'));
  return out.join('\n');
}

function commandPage(ctx: CommandContext, c: CommandHelp): string {
  const key = helpKey(c.path);
  const out = [`${say(ctx, 'help.label.usage')}  ${c.usage}`, '', say(ctx, `help.cmd.${key}`)];
  if (c.flags.length) {
    const width = Math.max(...c.flags.map((fl) => fl.spelling.length)) + 3;
    out.push('', say(ctx, 'help.label.options'), ...c.flags.map((fl) => `  ${fl.spelling.padEnd(width)}${say(ctx, `help.flag.${key}.${fl.key}`)}`));
  }
  if (c.example) out.push('', say(ctx, 'help.label.example'), `  ${c.example}`);
  return out.join('\n');
}

/** Help text for the command or family these words name, or null when there is none. */
export function helpFor(ctx: CommandContext, words: readonly string[]): string | null {
  const fam = words.length === 1 ? HELP_CATALOG.find((f) => f.name === words[0]) : undefined;
  if (fam) {
    const only = fam.commands.length === 1 ? fam.commands[0] : undefined;
    if (only && only.path === fam.name) return commandPage(ctx, only);
    return [familyTitle(ctx, fam), '', ...summaryLines(ctx, fam.commands), '', say(ctx, 'help.label.more', { family: fam.name })].join('\n');
  }
  const c = findCommandHelp(words);
  return c ? commandPage(ctx, c) : null;
}

export const helpCommand: Handler = (ctx, words) => {
  if (words.length === 0) return ok(overview(ctx));
  const text = helpFor(ctx, words);
  if (text !== null) return ok(text);
  return failWithHint(ctx, `help: no help topics match '${words.join(' ')}'.`, 'help.label.unknown', { families: HELP_CATALOG.map((f) => f.name).join(', ') });
};
