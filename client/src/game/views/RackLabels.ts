// Rack names at a constant size on screen, in each rack's title band; hidden when the
// racks are too narrow on screen to hold them, or off-screen. Rack ids are data (not
// translated), so the texts change only when racks come and go.
import Phaser from 'phaser';
import { intersects, type Rect } from '../geometry/rect.ts';
import type { RackBox } from '../geometry/worldLayout.ts';
import { FONT_FAMILY, FRAME } from './palette.ts';

const SCREEN_PX = 13;
/** A label needs its rack this wide on screen. */
const MIN_RACK_SCREEN_WIDTH = 64;

export class RackLabels {
  private readonly texts = new Map<string, { text: Phaser.GameObjects.Text; rack: RackBox }>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly depth: number,
  ) {}

  setRacks(racks: readonly RackBox[]): void {
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
    for (const { text } of this.texts.values()) text.destroy();
    this.texts.clear();
  }
}
