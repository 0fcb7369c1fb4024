// Scenario fields for money: budget, costs, buyable hardware, and the builder that fills world.economy
// from them. Every field is optional with a default, so scenarios without this part still load.
import type { World } from '../model.ts';
import type { ScenarioFile } from './schema.ts';

export const economyFields = {};

/** Fills the world's economy part from the scenario; pushes `path: message` problems. */
export function buildEconomy(_world: World, _scenario: ScenarioFile, _problems: string[]): void {}
