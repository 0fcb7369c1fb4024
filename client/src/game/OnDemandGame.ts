// A Phaser game that renders only the frames that would look different from the last
// one. The world view is mostly still (a few pictures change a few times a second),
// and on a software GL even a still frame costs the GPU as much as a changed one, so
// skipping still frames keeps the page (and the rest of the browser) responsive. The
// scenes still update every frame; a scene that knows its frame is unchanged clears
// `renderWanted` during its update (it is set again at the start of every step).
import Phaser from 'phaser';

/** The parts of Phaser.Game's step that its typings leave out. */
interface GameInternals {
  pendingDestroy: boolean;
  scene: { update(time: number, delta: number): void; render(renderer: Phaser.Renderer.Canvas.CanvasRenderer | Phaser.Renderer.WebGL.WebGLRenderer): void };
}

export class OnDemandGame extends Phaser.Game {
  /** Whether this step's frame is drawn; scenes may clear it in their update. */
  renderWanted = true;

  override step(time: number, delta: number): void {
    const self = this as unknown as GameInternals;
    const renderer = this.renderer;
    if (self.pendingDestroy || this.isPaused || !renderer) {
      super.step(time, delta);
      return;
    }
    // Phaser.Game#step, with the render part made conditional.
    this.renderWanted = true;
    this.events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    this.events.emit(Phaser.Core.Events.STEP, time, delta);
    self.scene.update(time, delta);
    this.events.emit(Phaser.Core.Events.POST_STEP, time, delta);
    if (!this.renderWanted) return;
    renderer.preRender();
    this.events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    self.scene.render(renderer);
    renderer.postRender();
    this.events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  }
}
