// shared/sim and shared/i18n must stay pure: scans every .ts file for clocks, ambient
// randomness, timers, Node/DOM APIs and impure imports (rules in purity.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSource, formatViolations, type Violation } from './purity.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const PURE_DIRS = ['shared/sim', 'shared/i18n'];

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(path));
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out.sort();
}

describe('the simulation is pure', () => {
  for (const dir of PURE_DIRS) {
    it(`${dir} uses no clock, ambient randomness, timer, Node/DOM API or impure import`, () => {
      const files = tsFiles(join(ROOT, dir));
      expect(files.length).toBeGreaterThan(0);
      const violations: Violation[] = files.flatMap((f) => checkSource(readFileSync(f, 'utf8'), f, ROOT));
      expect(violations, `impure code:\n${formatViolations(violations)}`).toEqual([]);
    });
  }
});
