// The scenario menu as the client reads it from GET /api/scenarios (server/http/
// scenarioList.ts), checked field by field: a malformed entry is left out rather than
// breaking Home. `briefing`, `objectives` and `duration` are read when the server sends
// them (older servers do not) and are null / empty otherwise.
import type { Lang } from '../i18n/index.ts';

export type Localized = Readonly<Record<Lang, string>>;

export interface ObjectiveSummary {
  id: string;
  title: Localized;
}

export interface ScenarioInfo {
  id: string;
  title: Localized;
  description: Localized | null;
  isLevel: boolean;
  /** Campaign number, null for scenarios that are not levels. */
  level: number | null;
  /** Concept ids (`cgroups`, `shared-kernel`…); their texts are `concepts.<id>.*`. */
  concepts: readonly string[];
  /** What the player is asked to do, before the level starts. */
  briefing: Localized | null;
  objectives: readonly ObjectiveSummary[];
  /** Length of the level in game seconds; null when unknown or not a level. */
  durationSeconds: number | null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function localized(v: unknown): Localized | null {
  if (!isObject(v) || typeof v.en !== 'string' || typeof v.ko !== 'string') return null;
  return { en: v.en, ko: v.ko };
}

function objectives(v: unknown): ObjectiveSummary[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((o) => {
    if (!isObject(o) || typeof o.id !== 'string') return [];
    const title = localized(o.title);
    return title ? [{ id: o.id, title }] : [];
  });
}

function duration(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null;
}

/** One entry of the menu, or null when it lacks what the screens need. */
export function parseScenario(v: unknown): ScenarioInfo | null {
  if (!isObject(v) || typeof v.id !== 'string' || v.id === '') return null;
  const title = localized(v.title);
  if (!title) return null;
  const level = typeof v.level === 'number' && Number.isInteger(v.level) && v.level > 0 ? v.level : null;
  return {
    id: v.id,
    title,
    description: localized(v.description),
    isLevel: v.isLevel === true && level !== null,
    level,
    concepts: Array.isArray(v.concepts) ? v.concepts.filter((c): c is string => typeof c === 'string') : [],
    briefing: localized(v.briefing),
    objectives: objectives(v.objectives),
    durationSeconds: duration(v.durationSeconds),
  };
}

/** The body of GET /api/scenarios; throws when it is not a menu at all. */
export function parseScenarioList(body: unknown): ScenarioInfo[] {
  if (!isObject(body) || !Array.isArray(body.scenarios)) throw new Error('GET /api/scenarios: no "scenarios" list in the answer');
  return body.scenarios.flatMap((s) => parseScenario(s) ?? []);
}
