// Every text the shell and the screens outside the game ask for exists as a string in
// both languages: the literal keys in their sources, and the families built from
// values (roles, routes, link problems, outcomes, settings).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOIN_ROLES } from '../../../client/src/app/gameOptions.ts';
import { MOTION_SETTINGS, TEXT_SIZES } from '../../../client/src/app/settings.ts';
import { en } from '../../../client/src/i18n/en.ts';
import { ko } from '../../../client/src/i18n/ko.ts';

function flatten(tree: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (tree !== null && typeof tree === 'object') {
    for (const [k, v] of Object.entries(tree as Record<string, unknown>)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, tree);
  }
  return out;
}

const EN = flatten(en);
const KO = flatten(ko);
const root = join(import.meta.dirname, '../../../client/src');
const DIRS = ['app', 'ui/common', 'ui/home', 'ui/briefing', 'ui/debrief'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const families: string[] = [
  ...['loading', 'home', 'join', 'host', 'lobby', 'briefing', 'connecting', 'game', 'debrief'].map((r) => `app.title.${r}`),
  ...['badScenario', 'badSeed', 'seedWithoutScenario', 'twoStarts', 'badLang'].map((p) => `app.link.${p}`),
  ...JOIN_ROLES.flatMap((r) => [`home.roles.${r}.name`, `home.roles.${r}.does`]),
  ...['won', 'lost', 'ended'].map((o) => `debrief.outcome.${o}`),
  ...['met', 'failed', 'open'].map((s) => `debrief.objective.${s}`),
  ...['started', 'incident', 'detected', 'resolved', 'rootCause'].map((c) => `debrief.timeline.${c}`),
  ...['label', ...MOTION_SETTINGS].map((m) => `app.settings.motion.${m}`),
  ...['label', ...TEXT_SIZES].map((s) => `app.settings.textSize.${s}`),
];

describe('texts of the screens outside the game', () => {
  it('exist as strings in English and Korean', () => {
    const used = new Set(families);
    for (const file of DIRS.flatMap((d) => sources(join(root, d)))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'((?:app|home|briefing|debrief)\.[\w.-]+)'/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(100);
    // A base a family is built from (`app.settings.motion` + `.label`) is not a text itself.
    const bases = [...used].filter((k) => families.some((f) => f.startsWith(`${k}.`)));
    const missing = [...used].filter((k) => !bases.includes(k) && (typeof EN.get(k) !== 'string' || typeof KO.get(k) !== 'string'));
    expect(missing).toEqual([]);
  });

  it('name the join roles the server accepts', () => {
    expect([...JOIN_ROLES].sort()).toEqual(['compute', 'network-storage', 'on-call', 'platform', 'player', 'spectator']);
  });
});
