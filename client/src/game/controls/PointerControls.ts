// Mouse, pen and touch on the world view: drag to pan, wheel or pinch to zoom about the
// pointer, click or tap to select, right-click or long press for the entity's menu.
// Gestures become intents; the page decides what they do.
import Phaser from 'phaser';
import type { WorldEntity, WorldIntent } from '../intents.ts';
import type { CameraController } from './CameraController.ts';

/** Pointer travel (px) after which a press is a drag, not a click. */
const DRAG_PX = 5;
const LONG_PRESS_MS = 550;

export class PointerControls {
  private downAt: { x: number; y: number } | null = null;
  private last = { x: 0, y: 0 };
  private dragging = false;
  private pinch: number | null = null;
  private longPress: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly camera: CameraController,
    private readonly hitTest: (sx: number, sy: number) => WorldEntity | null,
    private readonly onIntent: (intent: WorldIntent) => void,
    private readonly onPress: () => void,
  ) {
    const input = scene.input;
    input.mouse?.disableContextMenu();
    input.addPointer(1);
    input.on(Phaser.Input.Events.POINTER_DOWN, this.down, this);
    input.on(Phaser.Input.Events.POINTER_MOVE, this.move, this);
    input.on(Phaser.Input.Events.POINTER_UP, this.up, this);
    input.on(Phaser.Input.Events.POINTER_WHEEL, this.wheel, this);
  }

  destroy(): void {
    this.cancelLongPress();
    const input = this.scene.input;
    input.off(Phaser.Input.Events.POINTER_DOWN, this.down, this);
    input.off(Phaser.Input.Events.POINTER_MOVE, this.move, this);
    input.off(Phaser.Input.Events.POINTER_UP, this.up, this);
    input.off(Phaser.Input.Events.POINTER_WHEEL, this.wheel, this);
  }

  private down(pointer: Phaser.Input.Pointer): void {
    this.onPress();
    if (pointer.rightButtonDown()) return this.context(pointer);
    this.downAt = { x: pointer.x, y: pointer.y };
    this.last = { x: pointer.x, y: pointer.y };
    this.dragging = false;
    if (pointer.wasTouch) {
      this.cancelLongPress();
      this.longPress = setTimeout(() => {
        this.longPress = null;
        if (!this.dragging && this.downAt) {
          this.downAt = null;
          this.context(pointer);
        }
      }, LONG_PRESS_MS);
    }
  }

  private move(pointer: Phaser.Input.Pointer): void {
    const [p1, p2] = [this.scene.input.pointer1, this.scene.input.pointer2];
    if (p1?.isDown && p2?.isDown) return this.pinchMove(p1, p2);
    this.pinch = null;
    if (!this.downAt || !pointer.isDown) return;
    if (!this.dragging && Math.hypot(pointer.x - this.downAt.x, pointer.y - this.downAt.y) < DRAG_PX) return;
    this.dragging = true;
    this.cancelLongPress();
    this.camera.panBy(pointer.x - this.last.x, pointer.y - this.last.y);
    this.last = { x: pointer.x, y: pointer.y };
  }

  private up(pointer: Phaser.Input.Pointer): void {
    this.cancelLongPress();
    const wasClick = this.downAt !== null && !this.dragging && this.pinch === null;
    this.downAt = null;
    this.dragging = false;
    if (wasClick && pointer.button === 0) this.onIntent({ kind: 'select', entity: this.hitTest(pointer.x, pointer.y) });
  }

  private wheel(pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number): void {
    this.camera.zoomBy(Math.exp(-dy * 0.0015), pointer.x, pointer.y);
  }

  private pinchMove(a: Phaser.Input.Pointer, b: Phaser.Input.Pointer): void {
    this.cancelLongPress();
    this.downAt = null;
    const dist = Math.hypot(a.x - b.x, a.y - b.y);
    if (this.pinch !== null && this.pinch > 0) this.camera.zoomBy(dist / this.pinch, (a.x + b.x) / 2, (a.y + b.y) / 2);
    this.pinch = dist;
  }

  private context(pointer: Phaser.Input.Pointer): void {
    const entity = this.hitTest(pointer.x, pointer.y);
    const event = pointer.event as MouseEvent | TouchEvent | undefined;
    const client = event && 'clientX' in event ? { x: event.clientX, y: event.clientY } : this.clientOf(pointer.x, pointer.y);
    if (entity) this.onIntent({ kind: 'context', entity, screenX: client.x, screenY: client.y });
  }

  private clientOf(sx: number, sy: number): { x: number; y: number } {
    const r = this.scene.game.canvas.getBoundingClientRect();
    return { x: r.left + sx, y: r.top + sy };
  }

  private cancelLongPress(): void {
    if (this.longPress) clearTimeout(this.longPress);
    this.longPress = null;
  }
}
