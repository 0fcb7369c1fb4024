// `npm run bench -- client`: the browser client in headless Chromium (Debian's, with
// SwiftShader's software GL, the flags of the browser tests). The benchmark page
// (bench/client/page, built with Vite like the client) runs the real world view over a
// FakeConnection world of a chosen size, with live patches, for frame rates and patch
// cost; then over the real server for the time from create() to the first frame that
// shows the state. The bundle is the real client's production build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { measureBundle } from './client/bundle.ts';
import { startRealServer } from './client/realServer.ts';
import { serveStatic } from './client/staticServer.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const VIEWPORT = { width: 1280, height: 720 };

/** Live patches while frame rates are measured: 4 a second, each changing 5 % of the containers. */
const PATCH_HZ = 4;
/** Frame rates: the median of 5 windows of 1.5 s (other processes on a shared machine disturb single windows). */
const FPS_WINDOWS = 5;
const FPS_WINDOW_MS = 1500;

export interface ClientBench {
  viewport: string;
  renderer: string;
  /** Medians of 5 windows; *Best: the best window. */
  emptySceneFps: number;
  emptySceneFpsBest: number;
  fpsAt2k: number;
  fpsAt2kBest: number;
  objectsAt2k: number;
  fpsAt11k: number;
  fpsAt11kBest: number;
  objectsAt11k: number;
  /** The 11k world zoomed in to container names (per-host pictures at 2× resolution). */
  fpsAt11kZoomedIn: number;
  /** Time to fully draw the 11k world the first time (all pictures painted). */
  firstDrawAt11kMs: number;
  patchApplyMsP50: number;
  patchApplyMsP95: number;
  patchApplyStoreMsP95: number;
  patchApplyViewMsP95: number;
  joinToFirstFrameMs: number;
  joinScenario: string;
  joinObjects: number;
  joinToFirstFrameMsAt10k: number;
  /** Of which: until create() resolved (room made, state received and decoded). */
  joinWelcomeMsAt10k: number;
  joinObjectsAt10k: number;
  bundleGzipBytes: number;
  bundleRawBytes: number;
  bundleIncludesPhaser: boolean;
  /** The same client built with client/src/game/build/phaserCustomBuild.ts (the full Phaser dist is ~355 KB gzip). */
  bundleGzipBytesWithCustomPhaser: number;
  bundleFiles: { name: string; gzipBytes: number }[];
  chromium: string;
}

type Nines = Record<string, (...args: never[]) => unknown>;
const call = <T>(page: Page, name: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(([n, a]) => ((window as unknown as { nines: Nines }).nines[n as string] as (...x: unknown[]) => unknown)(...(a as unknown[])), [name, args] as const) as Promise<T>;

const round1 = (x: number) => Math.round(x * 10) / 10;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

type Fps = { median: number; best: number };
const fpsOf = (page: Page) => call<Fps>(page, 'fpsWindows', FPS_WINDOWS, FPS_WINDOW_MS);

async function fakeFps(page: Page, objects: number, log: (l: string) => void): Promise<{ fps: Fps; objects: number; drawMs: number; renderer: string }> {
  const t0 = Date.now();
  const stats = await call<{ objects: number; renderer: string }>(page, 'fake', objects);
  const drawMs = Date.now() - t0;
  await call(page, 'live', PATCH_HZ, Math.max(1, Math.round(objects * 0.05)));
  const fps = await fpsOf(page);
  log(`${stats.objects} objects: ${round1(fps.median)} fps (best window ${round1(fps.best)}; ${stats.renderer}), first full draw ${drawMs} ms`);
  return { fps, objects: stats.objects, drawMs, renderer: stats.renderer };
}

export async function benchClient(log: (line: string) => void = () => {}): Promise<ClientBench> {
  log('building the client bundle…');
  const bundle = measureBundle();
  log(`bundle: ${(bundle.gzipBytes / 1024).toFixed(1)} KB gzip (${bundle.files.length} files, Phaser ${bundle.includesPhaser ? 'in' : 'NOT in'} it)`);
  const custom = measureBundle('bench/client/vite.client-custom-phaser.config.ts');
  log(`bundle with the custom Phaser build: ${(custom.gzipBytes / 1024).toFixed(1)} KB gzip`);
  const pageDir = mkdtempSync(join(tmpdir(), 'nines-bench-page-'));
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'bench/client/vite.config.ts', '--outDir', pageDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const site = await serveStatic(pageDir);
  const server = await startRealServer(site.url);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const errors: string[] = [];
    const open = async () => {
      const p = await browser.newPage({ viewport: VIEWPORT });
      p.on('pageerror', (e) => errors.push(e.message));
      p.on('crash', () => errors.push('the page crashed'));
      await p.goto(`${site.url}/index.html`);
      await p.waitForSelector('body[data-ready]');
      return p;
    };
    let page = await open();

    await call(page, 'fake', 0);
    const empty = await fpsOf(page);
    log(`empty scene: ${round1(empty.median)} fps (best window ${round1(empty.best)})`);
    const at2k = await fakeFps(page, 2000, log);
    const at11k = await fakeFps(page, 11_000, log);
    await call(page, 'live', 0, 0);
    await call(page, 'zoom', 30);
    await call(page, 'settle');
    await call(page, 'live', PATCH_HZ, 550);
    const zoomedIn = await fpsOf(page);
    log(`11k zoomed in to names: ${round1(zoomedIn.median)} fps (best window ${round1(zoomedIn.best)})`);
    const patch = await call<{ storeMsP95: number; viewMsP95: number; totalMsP50: number; totalMsP95: number }>(page, 'patchApply', 1000, 60);
    log(`patch of 1,000 containers into store + views: p50 ${round3(patch.totalMsP50)} ms, p95 ${round3(patch.totalMsP95)} ms`);
    await page.close();

    // A fresh page for the real server, as a player's browser would be.
    page = await open();
    type Join = { ms: number; objects: number; welcomeMs: number; laidOutMs: number };
    const join = await call<Join>(page, 'join', server.endpoint, 'sandbox');
    log(`join sandbox → first frame: ${Math.round(join.ms)} ms (${join.objects} objects; welcome after ${Math.round(join.welcomeMs)} ms)`);
    const join10k = await call<Join>(page, 'join', server.endpoint, 'bench-10k');
    log(`join bench-10k → first frame: ${Math.round(join10k.ms)} ms (${join10k.objects} objects; welcome and state after ${Math.round(join10k.welcomeMs)} ms)`);
    await call(page, 'stop');
    if (errors.length) log(`page errors: ${errors.join(' | ')}`);
    return {
      viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
      renderer: at11k.renderer,
      emptySceneFps: round1(empty.median),
      emptySceneFpsBest: round1(empty.best),
      fpsAt2k: round1(at2k.fps.median),
      fpsAt2kBest: round1(at2k.fps.best),
      objectsAt2k: at2k.objects,
      fpsAt11k: round1(at11k.fps.median),
      fpsAt11kBest: round1(at11k.fps.best),
      objectsAt11k: at11k.objects,
      fpsAt11kZoomedIn: round1(zoomedIn.median),
      firstDrawAt11kMs: at11k.drawMs,
      patchApplyMsP50: round3(patch.totalMsP50),
      patchApplyMsP95: round3(patch.totalMsP95),
      patchApplyStoreMsP95: round3(patch.storeMsP95),
      patchApplyViewMsP95: round3(patch.viewMsP95),
      joinToFirstFrameMs: Math.round(join.ms),
      joinScenario: 'sandbox',
      joinObjects: join.objects,
      joinToFirstFrameMsAt10k: Math.round(join10k.ms),
      joinWelcomeMsAt10k: Math.round(join10k.welcomeMs),
      joinObjectsAt10k: join10k.objects,
      bundleGzipBytes: bundle.gzipBytes,
      bundleRawBytes: bundle.rawBytes,
      bundleIncludesPhaser: bundle.includesPhaser,
      bundleGzipBytesWithCustomPhaser: custom.gzipBytes,
      bundleFiles: bundle.files,
      chromium: browser.version(),
    };
  } finally {
    await browser.close();
    await server.stop();
    await site.close();
    rmSync(pageDir, { recursive: true, force: true });
  }
}
