// One headless run of a script against a world, the way `npm run sim` plays it: for a
// level, the briefing first; then the script's transcript; then, if the level is still
// running, the rest of its time played out with nobody at the keyboard; and the debrief.
// In-process, so tests (the campaign) run levels without spawning the CLI.
import type { Lang } from '../../shared/sim/commands/types.ts';
import { buildDebrief } from '../../shared/sim/level/debrief.ts';
import type { World } from '../../shared/sim/model.ts';
import { SimSession } from '../../shared/sim/session.ts';
import { clock } from '../../shared/sim/units.ts';
import { translate } from '../../shared/i18n/index.ts';
import { printHappenings, runScript, type ScriptCounts } from './script.ts';

export interface PlayOptions {
  lang: Lang;
  /** Print every happening as a `#` line (the level's end and failed objectives always show). */
  events: boolean;
}

function printBriefing(world: World, lang: Lang, out: (line: string) => void): void {
  const spec = world.level.spec;
  if (!spec) return;
  out(`== ${translate(lang, 'level.label.briefing')} ==`);
  out(translate(lang, 'level.label.level', { number: spec.number, title: world.scenario.title[lang] }));
  for (const line of spec.briefing[lang].split('\n')) out(line);
  out('');
}

/**
 * Runs `script` on `world` as the console player, writing transcript lines to `out`.
 * Returns how many script lines succeeded and failed.
 */
export function play(world: World, script: string, opts: PlayOptions, out: (line: string) => void): ScriptCounts {
  const session = new SimSession(world, { id: 'console', name: 'console', role: 'player', lang: opts.lang });
  printBriefing(world, opts.lang, out);
  const counts = runScript(session, script, { events: opts.events }, out);
  const level = world.level;
  if (level.isLevel && !level.ended) {
    const left = Math.max(0, level.durationTicks - world.tick);
    out(`# (the script is over: the level plays on for ${clock(left)})`);
    session.wait(left);
    printHappenings(session, { events: opts.events }, out);
  }
  if (level.spec) {
    out('');
    for (const line of buildDebrief(world, opts.lang).text.split('\n')) out(line);
  }
  return counts;
}
