// The scenario menu served by GET /api/scenarios: the shipped scenarios' ids, titles and
// level facts, read and validated once (the files ship with the server and do not change
// while it runs). A file that fails validation is left out and logged, not served.
import type { Logger } from 'pino';
import { listScenarioIds, readScenario } from '../scenarios/catalog.ts';

export interface ScenarioSummary {
  id: string;
  title: { en: string; ko: string };
  description: { en: string; ko: string } | null;
  /** Whether it is a campaign level (with objectives and stars). */
  isLevel: boolean;
  /** The level's number in the campaign, null for other scenarios. */
  level: number | null;
  /** Concept ids the level teaches (GAME_DESIGN §1), empty for other scenarios. */
  concepts: string[];
  /** What the level asks, for the briefing before it starts (null for other scenarios). */
  briefing: { en: string; ko: string } | null;
  objectives: { id: string; title: { en: string; ko: string } }[];
  /** Game seconds the level lasts (null for other scenarios). */
  durationSeconds: number | null;
}

function summarise(id: string, logger: Logger): ScenarioSummary | null {
  const loaded = readScenario(id);
  if (!loaded.ok) {
    logger.warn({ scenario: id, errors: loaded.errors }, 'scenario left out of the menu');
    return null;
  }
  const s = loaded.scenario;
  const level = s.level ?? null;
  return {
    id: s.id,
    title: { en: s.title.en, ko: s.title.ko },
    description: s.description ? { en: s.description.en, ko: s.description.ko } : null,
    isLevel: level !== null,
    level: level?.number ?? null,
    concepts: level ? [...level.concepts] : [],
    briefing: level ? { en: level.briefing.en, ko: level.briefing.ko } : null,
    objectives: level ? level.objectives.map((o) => ({ id: o.id, title: { en: o.title.en, ko: o.title.ko } })) : [],
    durationSeconds: level ? level.duration : null,
  };
}

/** A loader that reads the catalogue on first use and answers from memory afterwards. */
export function createScenarioList(logger: Logger): () => readonly ScenarioSummary[] {
  let cached: readonly ScenarioSummary[] | null = null;
  return () => {
    cached ??= Object.freeze(listScenarioIds().flatMap((id) => summarise(id, logger) ?? []));
    return cached;
  };
}
