// Every campaign level is played through the headless runner's code path (in-process):
// a script that applies the level's concept wins (at least one star, every objective
// met), and a naive one that ignores it loses (no star). Each shipped level must have both.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { play } from '../../server/cli/play.ts';
import { summarize } from '../../server/cli/summary.ts';
import { listScenarioIds } from '../../server/scenarios/catalog.ts';
import { loadScenario } from '../../server/scenarios/loadScenario.ts';
import { createWorld } from '../../shared/sim/world.ts';

const DIR = new URL('./', import.meta.url);
const LEVELS = listScenarioIds().filter((id) => /^level-\d\d-/.test(id));
const SCRIPTS = readdirSync(DIR).filter((f) => /^level-\d\d\.(win|lose)\.script$/.test(f));

/** `level-01.win.script` → `level-01-bare-metal`. */
function levelOf(script: string): string {
  const prefix = `${script.slice(0, 'level-NN'.length)}-`;
  const id = LEVELS.find((l) => l.startsWith(prefix));
  if (!id) throw new Error(`${script}: no shipped scenario starts with ${prefix}`);
  return id;
}

function playScript(file: string) {
  const world = createWorld(loadScenario(levelOf(file)), 1);
  const lines: string[] = [];
  const counts = play(world, readFileSync(new URL(file, DIR), 'utf8'), { lang: 'en', events: false }, (l) => lines.push(l));
  return { summary: summarize(world, counts), transcript: lines.join('\n') };
}

describe('campaign', () => {
  it('has levels, each with a winning and a losing script', () => {
    expect(LEVELS.length).toBeGreaterThan(0);
    for (const id of LEVELS) {
      const n = id.slice(0, 'level-NN'.length);
      expect(SCRIPTS, id).toContain(`${n}.win.script`);
      expect(SCRIPTS, id).toContain(`${n}.lose.script`);
    }
  });

  it.each(SCRIPTS.filter((f) => f.endsWith('.win.script')))('%s wins: at least one star, every objective met', (file) => {
    const { summary, transcript } = playScript(file);
    expect(summary.commands.failed, transcript).toBe(0);
    expect(summary.won, transcript).toBe(true);
    expect(summary.stars).toBeGreaterThanOrEqual(1);
    expect(summary.objectives?.filter((o) => !o.met)).toEqual([]);
  });

  it.each(SCRIPTS.filter((f) => f.endsWith('.lose.script')))('%s loses: no star', (file) => {
    const { summary } = playScript(file);
    expect(summary.won).toBe(false);
    expect(summary.stars).toBe(0);
  });
});
