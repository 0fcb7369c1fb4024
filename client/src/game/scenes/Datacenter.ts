// The world view scene: wires the store (through the WorldBridge) to the renderer,
// the camera and the pointer/keyboard controls, and forwards lifecycle events. Each
// frame: apply the store's changes, then cull, paint and mark, and draw the frame only
// when it shows something new. No rules here.
import Phaser from 'phaser';
import { onLanguageChange, t } from '../../i18n/index.ts';
import { CameraController } from '../controls/CameraController.ts';
import { KeyboardControls } from '../controls/KeyboardControls.ts';
import { PointerControls } from '../controls/PointerControls.ts';
import type { WorldEntity, WorldIntent, WorldStats } from '../intents.ts';
import { RegistryKey, SceneKey } from '../keys.ts';
import { OnDemandGame } from '../OnDemandGame.ts';
import type { WorldBridge } from '../WorldBridge.ts';
import { onFontsLoaded } from '../views/fonts.ts';
import { FONT_FAMILY, FRAME } from '../views/palette.ts';
import { WorldRenderer } from '../views/WorldRenderer.ts';

/** Least time between two frames drawn for changes of content alone (ms). */
export const CONTENT_FRAME_MS = 150;

export class Datacenter extends Phaser.Scene {
  private bridge!: WorldBridge;
  private world!: WorldRenderer;
  private cameraCtl!: CameraController;
  private empty!: Phaser.GameObjects.Text;
  private readonly cleanups: (() => void)[] = [];
  private reducedMotion = false;
  private keyboardFocus = false;
  private drawnOnce = false;
  private frames = 0;
  /** The viewport of the last frame drawn ('' = draw the next one), when it was drawn, and whether content changed since. */
  private drawnView = '';
  private drawnAt = -Infinity;
  private contentChanged = true;

  constructor() {
    super(SceneKey.Datacenter);
  }

  create(): void {
    this.bridge = this.registry.get(RegistryKey.Bridge) as WorldBridge;
    const { element, deps } = this.bridge;
    this.cameras.main.setBackgroundColor(FRAME.background);
    this.world = new WorldRenderer(this, deps.store);
    this.cameraCtl = new CameraController(this.cameras.main);
    this.empty = this.add.text(0, 0, '', { fontFamily: FONT_FAMILY, fontSize: '16px', color: FRAME.textDim }).setOrigin(0.5).setDepth(10);
    const hit = (sx: number, sy: number) => {
      const p = this.cameraCtl.toWorld(sx, sy);
      return this.world.hitTest(p.x, p.y);
    };
    // A click shows its selection at once; the page may still choose another with select().
    const onIntent = (intent: WorldIntent) => {
      if (intent.kind === 'select') this.bridge.select(intent.entity);
      deps.onIntent(intent);
    };
    const pointer = new PointerControls(this, this.cameraCtl, hit, onIntent, () => element.focus({ preventScroll: true }));
    const keys = new KeyboardControls(element, this.cameraCtl, hit, onIntent);
    const resize = (size: Phaser.Structs.Size) => this.cameraCtl.resize(size.width, size.height);
    this.scale.on(Phaser.Scale.Events.RESIZE, resize);
    const motion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
    const onMotion = () => {
      this.reducedMotion = motion?.matches ?? false;
      this.world.redrawAll();
    };
    onMotion();
    motion?.addEventListener('change', onMotion);
    const onFocus = () => (this.keyboardFocus = element.matches(':focus-visible'));
    const onBlur = () => (this.keyboardFocus = false);
    element.addEventListener('focus', onFocus);
    element.addEventListener('blur', onBlur);
    this.cleanups.push(
      () => pointer.destroy(),
      () => keys.destroy(),
      () => this.scale.off(Phaser.Scale.Events.RESIZE, resize),
      () => motion?.removeEventListener('change', onMotion),
      () => element.removeEventListener('focus', onFocus),
      () => element.removeEventListener('blur', onBlur),
      onLanguageChange(() => this.world.redrawAll()),
      onFontsLoaded(() => this.world.redrawAll()),
    );
    this.bridge.attach({
      focus: (entity) => this.focusOn(entity),
      select: (entity) => this.world.select(entity),
      highlight: (entity) => this.world.highlight(entity),
      hitTest: (clientX, clientY) => {
        const r = this.game.canvas.getBoundingClientRect();
        return hit(clientX - r.left, clientY - r.top);
      },
      redrawLabels: () => this.world.redrawAll(),
      stats: () => this.stats(),
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.teardown());
  }

  override update(time: number): void {
    if (this.world.applyChanges()) {
      const g = this.world.geometry;
      if (g && g.racks.length > 0) this.cameraCtl.setWorld(g.bounds);
    }
    const v = this.cameraCtl.viewport;
    this.world.setCrosshair(this.keyboardFocus ? { x: v.cx, y: v.cy } : null);
    this.world.frame(v, time, this.reducedMotion);
    const racks = this.world.geometry?.racks.length ?? 0;
    this.empty.setVisible(racks === 0);
    if (racks === 0) this.empty.setText(t('world.empty')).setPosition(v.cx, v.cy).setScale(1 / v.zoom);
    const changed = this.world.takeChanged();
    if (changed !== 'none') this.contentChanged = true;
    let now = changed === 'now';
    if (!this.drawnOnce && racks > 0 && this.world.pending === 0) {
      this.drawnOnce = true;
      now = true;
      this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.bridge.stateDrawn(performance.now()));
    }
    // Frames that would look like the last one drawn are skipped (see OnDemandGame); the
    // view's own movement and the user's marks are drawn at once, the world's changes at
    // most every CONTENT_FRAME_MS (live patches and the alert pulse need no more).
    const view = `${v.cx},${v.cy},${v.zoom},${v.width},${v.height}`;
    if (view !== this.drawnView) now = true;
    if (this.contentChanged && time - this.drawnAt >= CONTENT_FRAME_MS) now = true;
    if (now) {
      this.drawnView = view;
      this.drawnAt = time;
      this.contentChanged = false;
    } else if (this.game instanceof OnDemandGame) this.game.renderWanted = false;
    this.frames++;
  }

  private focusOn(entity: WorldEntity): void {
    const rect = this.world.rectOf(entity);
    if (rect) this.cameraCtl.focus(rect);
  }

  private stats(): WorldStats {
    const g = this.world.geometry;
    const renderer = this.game.renderer;
    return {
      renderer: renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer ? 'webgl' : renderer ? 'canvas' : 'none',
      tier: this.world.detail.tier,
      zoom: this.cameraCtl.viewport.zoom,
      objects: g ? g.hosts.size + g.vms.size + g.cells.size : 0,
      visiblePictures: this.world.pictures,
      dirty: this.world.pending,
      lastApplyMs: this.world.lastApplyMs,
      frames: this.frames,
    };
  }

  private teardown(): void {
    this.bridge.detach();
    for (const fn of this.cleanups.splice(0)) fn();
    this.world.destroy();
  }
}
