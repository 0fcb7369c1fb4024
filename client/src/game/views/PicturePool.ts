// Canvas-backed pictures (a CanvasTexture shown by an Image) that are reused by size:
// a host or chunk scrolling out of view gives its canvas back, one scrolling in takes a
// canvas of the same size, so panning creates almost no textures. The GPU sees one
// textured quad per picture, whatever it shows.
import Phaser from 'phaser';

export interface Picture {
  readonly texture: Phaser.Textures.CanvasTexture;
  readonly image: Phaser.GameObjects.Image;
  readonly ctx: CanvasRenderingContext2D;
  readonly w: number;
  readonly h: number;
}

/** Free canvases kept per pool beyond those in use. */
const SPARE_LIMIT = 48;

export class PicturePool {
  private readonly spare = new Map<string, Picture[]>();
  private spareCount = 0;
  private serial = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly prefix: string,
    private readonly depth: number,
  ) {}

  /** A visible picture of w × h texture pixels (content undefined: draw it). */
  acquire(w: number, h: number): Picture {
    const reused = this.spare.get(`${w}x${h}`)?.pop();
    if (reused) {
      this.spareCount--;
      reused.image.setVisible(true);
      return reused;
    }
    const key = `${this.prefix}-${++this.serial}`;
    const texture = this.scene.textures.createCanvas(key, w, h);
    if (!texture) throw new Error(`cannot create canvas texture ${key}`);
    const image = this.scene.add.image(0, 0, key).setOrigin(0, 0).setDepth(this.depth);
    return { texture, image, ctx: texture.context, w, h };
  }

  release(p: Picture): void {
    if (this.spareCount >= SPARE_LIMIT) return this.destroy(p);
    p.image.setVisible(false);
    const key = `${p.w}x${p.h}`;
    const list = this.spare.get(key);
    if (list) list.push(p);
    else this.spare.set(key, [p]);
    this.spareCount++;
  }

  destroy(p: Picture): void {
    p.image.destroy();
    p.texture.destroy();
  }

  destroyAll(): void {
    for (const list of this.spare.values()) for (const p of list) this.destroy(p);
    this.spare.clear();
    this.spareCount = 0;
  }
}
