// Scenario fields for customer-facing services and their traffic, and the builder that fills world.services
// from them. Every field is optional with a default, so scenarios without this part still load.
import type { World } from '../model.ts';
import type { ScenarioFile } from './schema.ts';

export const servicesFields = {};

/** Fills the world's services part from the scenario; pushes `path: message` problems. */
export function buildServices(_world: World, _scenario: ScenarioFile, _problems: string[]): void {}
