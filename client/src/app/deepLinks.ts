// The addresses that open the client somewhere other than Home (issue 5 §1):
//   /?scenario=<id>&seed=<n>   start a solo game on that scenario at once
//   /?join=<CODE>              the join screen with the code filled in
//   /?lang=ko|en               the language (i18n/index.ts reads it too)
// Parsing is pure and strict: a link with a bad part starts nothing and says why.
import { isLang, type Lang } from '../i18n/index.ts';
import { normaliseJoinCode } from './joinCode.ts';

/** Largest seed the server accepts (2³¹ − 1). */
export const MAX_SEED = 2_147_483_647;

/** Scenario ids are file names: lower-case letters, digits and dashes. */
const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export type DeepLinkStart =
  | { kind: 'solo'; scenario: string; seed: number | null }
  | { kind: 'join'; code: string };

/** Why a link starts nothing; the i18n key is `app.link.<problem>`. */
export type DeepLinkProblem = 'badScenario' | 'badSeed' | 'seedWithoutScenario' | 'twoStarts' | 'badLang';

export interface DeepLink {
  lang: Lang | null;
  start: DeepLinkStart | null;
  problems: DeepLinkProblem[];
}

/** A seed as typed: digits only, 0 … 2³¹ − 1; null when it is not one. */
export function parseSeed(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,10}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= MAX_SEED ? value : null;
}

/** What `location.search` asks for. */
export function parseDeepLink(search: string): DeepLink {
  const params = new URLSearchParams(search);
  const problems: DeepLinkProblem[] = [];
  const langParam = params.get('lang');
  const lang = isLang(langParam) ? langParam : null;
  if (langParam !== null && lang === null) problems.push('badLang');

  const scenario = params.get('scenario');
  const seedText = params.get('seed');
  const join = params.get('join');
  let solo: DeepLinkStart | null = null;
  if (scenario !== null) {
    const seed = seedText === null ? null : parseSeed(seedText);
    if (!SCENARIO_ID.test(scenario)) problems.push('badScenario');
    else if (seedText !== null && seed === null) problems.push('badSeed');
    else solo = { kind: 'solo', scenario, seed };
  } else if (seedText !== null) {
    problems.push('seedWithoutScenario');
  }
  const joining: DeepLinkStart | null = join === null ? null : { kind: 'join', code: normaliseJoinCode(join) };

  if (scenario !== null && join !== null) {
    problems.push('twoStarts');
    return { lang, start: null, problems };
  }
  return { lang, start: solo ?? joining, problems };
}

/**
 * The search string without the parameters that start something, so that a reload
 * resumes the game (or shows Home) instead of starting a second one. `lang` stays.
 */
export function withoutStartParams(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of ['scenario', 'seed', 'join']) params.delete(name);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}
