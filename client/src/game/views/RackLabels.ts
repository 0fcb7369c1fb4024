// Rack frames (one flat rectangle each, under every picture, so racks stay visible
// when zoomed in) and rack names at a constant size on screen in each title band; a name
// hides when its rack is too narrow on screen to hold it, or off-screen. Rack ids are
// data (not translated), so all this changes only when racks come and go.
import Phaser from 'phaser';
import { intersects, type Rect } from '../geometry/rect.ts';
import type { RackBox } from '../geometry/worldLayout.ts';
import { FONT_FAMILY, FRAME, hex } from './palette.ts';

const SCREEN_PX = 13;
/** A label needs its rack this wide on screen. */
const MIN_RACK_SCREEN_WIDTH = 64;

export class RackLabels {
  private readonly texts = new Map<string, { text: Phaser.GameObjects.Text; rack: RackBox }>();
  private readonly frames: Phaser.GameObjects.Graphics;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly depth: number,
  ) {
    this.frames = scene.add.graphics().setDepth(-1);
  }

  setRacks(racks: readonly RackBox[]): void {
    this.frames.clear();
    for (const rack of racks) {
      const f = rack.frame;
      this.frames.fillStyle(hex(FRAME.rackEdge), 1).fillRect(f.x - 2, f.y - 2, f.w + 4, f.h + 4);
      this.frames.fillStyle(hex(FRAME.rack), 1).fillRect(f.x, f.y, f.w, f.h);
    }
    const keep = new Set(racks.map((r) => r.id));
    for (const [id, entry] of this.texts) {
      if (keep.has(id)) continue;
      entry.text.destroy();
      this.texts.delete(id);
    }
    for (const rack of racks) {
      let entry = this.texts.get(rack.id);
      if (!entry) {
        const text = this.scene.add.text(0, 0, rack.id, { fontFamily: FONT_FAMILY, fontSize: `${SCREEN_PX}px`, color: FRAME.rackTitle }).setDepth(this.depth);
        entry = { text, rack };
        this.texts.set(rack.id, entry);
      }
      entry.rack = rack;
      entry.text.setPosition(rack.frame.x + 10, rack.frame.y + 6);
    }
  }

  update(view: Rect, zoom: number): void {
    const wide = (rack: RackBox) => rack.frame.w * zoom >= MIN_RACK_SCREEN_WIDTH;
    for (const { text, rack } of this.texts.values()) {
      const visible = wide(rack) && intersects(rack.frame, view);
      text.setVisible(visible);
      if (visible) text.setScale(1 / zoom);
    }
  }

  destroy(): void {
    this.frames.destroy();
    for (const { text } of this.texts.values()) text.destroy();
    this.texts.clear();
  }
}
