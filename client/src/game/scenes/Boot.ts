// First scene (Phaser template shape): nothing to load from the network — glyphs and
// pictures are drawn in code — so it only sets the background and hands over to the
// Preloader, which waits for the font.
import Phaser from 'phaser';
import { SceneKey } from '../keys.ts';
import { FRAME } from '../views/palette.ts';

export class Boot extends Phaser.Scene {
  constructor() {
    super(SceneKey.Boot);
  }

  create(): void {
    this.cameras.main.setBackgroundColor(FRAME.background);
    this.scene.start(SceneKey.Preloader);
  }
}
