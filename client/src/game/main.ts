// The Phaser game of the world view (Phaser template shape: GameConfig + scene list).
// startGame puts a focusable map element into `parent`, runs Boot → Preloader →
// Datacenter in it (WebGL, Canvas when WebGL is missing) and returns a handle; the page
// keeps its DOM (menus, inspector, console) and hears gestures as intents.
//
//   const world = startGame(el, { store, onIntent: (i) => … });
//   world.select({ type: 'host', id: 'host-1' }); world.focus(…); world.hitTest(x, y);
//   world.destroy();
import Phaser from 'phaser';
import { onLanguageChange, t } from '../i18n/index.ts';
import type { GameHandle, WorldEntity } from './intents.ts';
import { RegistryKey } from './keys.ts';
import { Boot } from './scenes/Boot.ts';
import { OnDemandGame } from './OnDemandGame.ts';
import { Datacenter } from './scenes/Datacenter.ts';
import { Preloader } from './scenes/Preloader.ts';
import { FRAME } from './views/palette.ts';
import { WorldBridge, type WorldDeps } from './WorldBridge.ts';

export type { GameHandle, WorldEntity, WorldIntent, WorldStats } from './intents.ts';
export type { WorldDeps } from './WorldBridge.ts';

function labelMap(element: HTMLElement): void {
  element.setAttribute('aria-label', t('world.label'));
  element.setAttribute('aria-roledescription', t('world.roleDescription'));
  element.title = t('world.keys');
}

/** Starts the world view in `parent` (which should have a size: the canvas fills it). */
export function startGame(parent: HTMLElement, deps: WorldDeps): GameHandle {
  const element = document.createElement('div');
  element.className = 'world-view';
  element.tabIndex = 0;
  element.setAttribute('role', 'application');
  element.style.cssText = 'position:relative;width:100%;height:100%;overflow:hidden;outline-offset:-3px;touch-action:none';
  labelMap(element);
  parent.append(element);
  const offLanguage = onLanguageChange(() => labelMap(element));
  const bridge = new WorldBridge(deps, element);
  const game = new OnDemandGame({
    type: deps.renderer === 'canvas' ? Phaser.CANVAS : deps.renderer === 'webgl' ? Phaser.WEBGL : Phaser.AUTO,
    parent: element,
    width: Math.max(1, element.clientWidth || parent.clientWidth || 800),
    height: Math.max(1, element.clientHeight || parent.clientHeight || 600),
    backgroundColor: FRAME.background,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, gamepad: false },
    scale: { mode: Phaser.Scale.RESIZE },
    // No MSAA (the pictures are smooth already) and one texture per batch: the view draws
    // few textured quads, and the single-sampler shader is much cheaper on a software GL.
    render: { antialias: true, antialiasGL: false, roundPixels: false, maxTextures: 1 },
    callbacks: { preBoot: (g) => g.registry.set(RegistryKey.Bridge, bridge) },
    scene: [Boot, Preloader, Datacenter],
  });
  let destroyed = false;
  return {
    destroy() {
      if (destroyed) return;
      destroyed = true;
      offLanguage();
      game.destroy(true);
      element.remove();
    },
    setLanguage() {
      labelMap(element);
      bridge.world?.redrawLabels();
    },
    focus: (entity) => bridge.focus(entity),
    select: (entity) => bridge.select(entity),
    highlight: (entity) => bridge.world?.highlight(entity),
    hitTest: (x, y) => bridge.world?.hitTest(x, y) ?? null,
    firstStateFrame: bridge.firstStateFrame,
    stats: () => bridge.world?.stats() ?? { renderer: 'none', tier: 'far', zoom: 1, objects: 0, visiblePictures: 0, dirty: 0, lastApplyMs: 0, frames: 0 },
  };
}
