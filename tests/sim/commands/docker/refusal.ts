// Test helper for the image subcommands' parser tests: a refused line must change nothing.
import { expect } from 'vitest';
import type { SimSession } from '../../../../shared/sim/session.ts';
import { simulationHash } from '../../../../shared/sim/stateHash.ts';

/** Runs `line`, expects a refusal whose first error line is `first`, and an unchanged world. */
export function refused(sh: SimSession, line: string, first: string | RegExp): { output: string; error: string } {
  const before = simulationHash(sh.world);
  const r = sh.exec(line);
  expect(r.ok, `${line} should be refused`).toBe(false);
  const head = r.error.split('\n')[0] ?? '';
  if (typeof first === 'string') expect(head).toBe(first);
  else expect(head).toMatch(first);
  expect(simulationHash(sh.world), `${line} changed the world`).toBe(before);
  return { output: r.output, error: r.error };
}
