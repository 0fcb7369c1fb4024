// Scenario fields for money: budget, costs, buyable hardware, and the builder that fills world.economy
// from them. Every field is optional with a default, so scenarios without this part still load.
// docs/scenarios/economy.md documents the fields with an example.
import { z } from 'zod';
import { DEFAULT_DELIVERY_TICKS, DEFAULT_EGRESS_CENTS_PER_GIB } from '../economy/calibration.ts';
import type { World } from '../model.ts';
import { parseDurationSeconds } from '../units.ts';
import type { ScenarioFile } from './schema.ts';
import { dollars } from './servicesSchema.ts';

const duration = z.union([z.number().int().min(0), z.string()]).transform((v, ctx) => {
  const s = typeof v === 'number' ? v : parseDurationSeconds(v);
  if (s === null) {
    ctx.addIssue({ code: 'custom', message: `expected a duration such as 90s, 10m or 2h (or a number of seconds), got "${String(v)}"` });
    return z.NEVER;
  }
  return s;
});

const economy = z.strictObject({
  /** Money at the start, game dollars. */
  budget: dollars.default(0),
  /** Time from `host buy` to a racked, booted host. */
  deliveryTime: duration.default(DEFAULT_DELIVERY_TICKS),
  /** Host types (keys of hostTypes) players may buy; none when empty. */
  buyable: z.array(z.string().min(1)).default([]),
  /** Game dollars per GiB of responses sent out. */
  egressPerGiB: dollars.default(DEFAULT_EGRESS_CENTS_PER_GIB / 100),
});

export const economyFields = {
  /** Money: the starting budget, hardware players may buy, and the price of bandwidth. */
  economy: economy.optional(),
};

/** Fills the world's economy part from the scenario; pushes `path: message` problems. */
export function buildEconomy(world: World, scenario: ScenarioFile, problems: string[]): void {
  const spec = scenario.economy;
  if (!spec) return;
  const known = Object.keys(world.hostTypes);
  const seen = new Set<string>();
  spec.buyable.forEach((t, i) => {
    if (!Object.hasOwn(world.hostTypes, t)) problems.push(`economy.buyable[${i}]: unknown host type "${t}" (known: ${known.join(', ')})`);
    else if (seen.has(t)) problems.push(`economy.buyable[${i}]: "${t}" is listed twice`);
    seen.add(t);
  });
  const e = world.economy;
  e.startCents = spec.budget;
  e.balanceCents = spec.budget;
  e.lowestBalanceCents = spec.budget;
  e.deliveryTicks = spec.deliveryTime;
  e.buyable = [...spec.buyable];
  e.egressCentsPerGiB = spec.egressPerGiB;
}
