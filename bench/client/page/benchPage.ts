// The client benchmark's page: the real world view (client/src/game) over a store fed
// by FakeConnection (worlds of a chosen size, live patches) or by the real server
// (ColyseusConnection). bench/client.ts drives it from headless Chromium through
// window.nines; every figure is measured here with performance.now() and rAF.
import { initI18n, setLanguage, type Lang } from '../../../client/src/i18n/index.ts';
import { ColyseusConnection } from '../../../client/src/net/ColyseusConnection.ts';
import { FakeConnection } from '../../../client/src/net/FakeConnection.ts';
import type { GameConnection } from '../../../client/src/net/GameConnection.ts';
import { memoryStorage } from '../../../client/src/net/storage.ts';
import { ClientStore } from '../../../client/src/state/ClientStore.ts';
import { startGame, type GameHandle, type WorldIntent, type WorldStats } from '../../../client/src/game/main.ts';
import { applyEntries, churn, churnEntries, fillWorld, type FakeWorld } from './fakeWorld.ts';

const parent = document.getElementById('world') as HTMLElement;
const intents: WorldIntent[] = [];
let handle: GameHandle | null = null;
let fake: FakeConnection | null = null;
let world: FakeWorld | null = null;
let live: ReturnType<typeof setInterval> | null = null;
let round = 0;

const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))]);
const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? 0;

async function waitFor(test: () => boolean, timeoutMs: number): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!test()) {
    if (performance.now() > end) throw new Error('timed out');
    await frame();
  }
}

function start(connection: GameConnection): GameHandle {
  stop();
  const store = new ClientStore(connection);
  const forced = new URLSearchParams(location.search).get('renderer');
  handle = startGame(parent, { store, onIntent: (i) => intents.push(i), renderer: forced === 'canvas' || forced === 'webgl' ? forced : 'auto' });
  return handle;
}

function stop(): void {
  if (live) clearInterval(live);
  live = null;
  handle?.destroy();
  handle = null;
}

/** Waits until the scene runs (fonts loaded, Datacenter created). */
async function sceneUp(h: GameHandle): Promise<void> {
  await waitFor(() => h.stats().renderer !== 'none', 20_000);
}

const api = {
  intents,
  lang(lang: Lang) {
    setLanguage(lang);
  },
  /** A FakeConnection world of `objects` drawn objects; resolves when it is fully drawn. */
  async fake(objects: number): Promise<WorldStats> {
    fake = new FakeConnection({ session: memoryStorage(), local: memoryStorage() });
    const h = start(fake);
    await fake.create({ mode: 'solo', scenario: 'bench' });
    world = fillWorld(fake, objects);
    await sceneUp(h);
    if (objects > 0) await within(h.firstStateFrame, 60_000, 'first frame');
    await waitFor(() => h.stats().dirty === 0, 30_000);
    return h.stats();
  },
  /** Live patches: `hz` per second, each changing `changed` containers (0 stops). */
  live(hz: number, changed: number) {
    if (live) clearInterval(live);
    live = null;
    if (hz <= 0 || !fake || !world) return;
    const f = fake;
    const w = world;
    live = setInterval(() => f.patch((p) => churn(p, w, ++round, changed)), 1000 / hz);
  },
  /** Frames per second over `ms`, from requestAnimationFrame. */
  async fps(ms: number): Promise<number> {
    await frame();
    const t0 = performance.now();
    let frames = 0;
    while (performance.now() - t0 < ms) {
      await frame();
      frames++;
    }
    return (frames * 1000) / (performance.now() - t0);
  },
  /**
   * Frame rate in `windows` windows of `ms` each: their median (the figure) and the best
   * (what the page does when other processes leave the CPU alone).
   */
  async fpsWindows(windows: number, ms: number): Promise<{ median: number; best: number }> {
    const all: number[] = [];
    for (let i = 0; i < windows; i++) all.push(await api.fps(ms));
    return { median: percentile(all, 50), best: Math.max(...all) };
  },
  /**
   * Applies `rounds` patches of `changed` containers each and times the store part
   * (synchronous, around the patch) and the view part (the renderer's applyChanges on the
   * next frame): their sum is one patch's cost up to dirty pictures, not their repaint.
   */
  async patchApply(changed: number, rounds: number): Promise<{ storeMsP95: number; viewMsP95: number; totalMsP50: number; totalMsP95: number }> {
    if (!fake || !world || !handle) throw new Error('no fake world');
    api.live(0, 0);
    const store: number[] = [];
    const view: number[] = [];
    const total: number[] = [];
    for (let r = 0; r < rounds; r++) {
      await frame();
      const entries = churnEntries(world, ++round, changed);
      const t0 = performance.now();
      fake.patch((p) => applyEntries(p, entries));
      const s = performance.now() - t0;
      await frame();
      const v = handle.stats().lastApplyMs;
      store.push(s);
      view.push(v);
      total.push(s + v);
    }
    return { storeMsP95: percentile(store, 95), viewMsP95: percentile(view, 95), totalMsP50: percentile(total, 50), totalMsP95: percentile(total, 95) };
  },
  /** The real server: time from create() to the first frame showing its state. */
  async join(endpoint: string, scenario: string): Promise<{ ms: number; objects: number; welcomeMs: number; laidOutMs: number }> {
    const connection = new ColyseusConnection({ endpoint, session: memoryStorage(), local: memoryStorage() });
    const h = start(connection);
    await sceneUp(h);
    const t0 = performance.now();
    let laidOut = 0;
    const watch = setInterval(() => {
      if (!laidOut && h.stats().objects > 0) laidOut = performance.now();
    }, 5);
    await within(connection.create({ mode: 'solo', scenario, seed: 1 }), 60_000, 'create');
    const welcomed = performance.now();
    const t1 = await within(h.firstStateFrame, 60_000, 'first frame');
    clearInterval(watch);
    const objects = h.stats().objects;
    await connection.leave();
    return { ms: t1 - t0, objects, welcomeMs: welcomed - t0, laidOutMs: (laidOut || t1) - t0 };
  },
  zoom(factor: number) {
    const el = parent.querySelector('.world-view') as HTMLElement;
    el.focus();
    const key = factor > 1 ? '+' : '-';
    for (let i = 0; i < Math.round(Math.abs(Math.log(factor) / Math.log(1.25))); i++) el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  },
  focus(type: 'host' | 'vm' | 'container', id: string) {
    handle?.focus({ type, id });
  },
  select(type: 'host' | 'vm' | 'container', id: string) {
    handle?.select({ type, id });
  },
  hitTest(x: number, y: number) {
    return handle?.hitTest(x, y) ?? null;
  },
  stats: () => handle?.stats() ?? null,
  settle: () => waitFor(() => (handle?.stats().dirty ?? 0) === 0, 30_000),
  stop,
};

initI18n(undefined, { storage: memoryStorage() });
(window as unknown as { nines: typeof api }).nines = api;
document.body.dataset.ready = 'true';
