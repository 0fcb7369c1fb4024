// Test helpers for levels: the sandbox turned into a level with the objectives a test
// needs (and, when asked, the shop-web service behind the label app=shop-web), plus the
// shorthands the level tests share.
import type { World } from '../../../shared/sim/model.ts';
import type { SimSession } from '../../../shared/sim/session.ts';
import { sandboxWith } from '../../helpers/sim.ts';

export const TITLE = { en: 'an objective', ko: '목표 하나' };

/** The shop-web service: 100 req/s at 10 millicore-seconds each, SLO 99 %. */
export const SHOP_WEB = {
  name: 'shop-web',
  entry: { labels: { app: 'shop-web' } },
  port: 8000,
  traffic: { baseRps: 100 },
  cpuPerRequestMilli: 10,
  baseLatencyMs: 50,
  slo: { availability: 99, latencyMs: 300 },
  revenuePerThousand: 1,
};

export interface LevelOptions {
  objectives: Record<string, unknown>[];
  duration?: string;
  endWhenMet?: boolean;
  stars?: { one: number; two: number; three: number };
  hints?: Record<string, unknown>[];
  services?: Record<string, unknown>[];
  budget?: number;
  patch?: (json: Record<string, unknown>) => void;
}

/** An objective of `kind` with id `id` and the given parameters. */
export function obj(id: string, kind: string, params: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, title: TITLE, kind, ...params };
}

/** The sandbox as a level. */
export function levelWorld(o: LevelOptions, seed = 1): { world: World; sh: SimSession } {
  return sandboxWith((json) => {
    json.services = o.services ?? [];
    json.economy = { budget: o.budget ?? 1000 };
    json.level = {
      number: 7,
      concepts: ['cgroups'],
      briefing: { en: 'Do the thing.', ko: '그 일을 하세요.' },
      debrief: { en: 'You did the thing.', ko: '그 일을 했습니다.' },
      duration: o.duration ?? '10m',
      endWhenMet: o.endWhenMet ?? false,
      objectives: o.objectives,
      stars: o.stars ?? { one: 0, two: 500, three: 1000 },
      hints: o.hints ?? [],
    };
    o.patch?.(json);
  }, seed);
}

/** The objective state with this id. */
export function state(world: World, id: string): { met: boolean; failed: boolean; progress: string } {
  const s = world.level.objectives.find((x) => x.id === id);
  if (!s) throw new Error(`no objective ${id}`);
  return s;
}

/** Runs `line` and fails the test with the tool's error if it is refused. */
export function run(sh: SimSession, line: string): string {
  const r = sh.exec(line);
  if (!r.ok) throw new Error(`${line}: ${r.error}`);
  return r.output;
}
