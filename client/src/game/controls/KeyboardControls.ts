// Keys on the focused map (its wrapper element, never the window, so typing in the
// console is left alone): arrows pan (Shift: further), + / − zoom, 0 fits everything,
// Enter or Space selects what is under the centre mark, Shift+F10 or the context-menu
// key opens its menu at the centre.
import type { WorldEntity, WorldIntent } from '../intents.ts';
import type { CameraController } from './CameraController.ts';

const PAN_PX = 80;

export class KeyboardControls {
  private readonly onKey = (e: KeyboardEvent) => this.key(e);

  constructor(
    private readonly element: HTMLElement,
    private readonly camera: CameraController,
    private readonly hitTest: (sx: number, sy: number) => WorldEntity | null,
    private readonly onIntent: (intent: WorldIntent) => void,
  ) {
    element.addEventListener('keydown', this.onKey);
  }

  destroy(): void {
    this.element.removeEventListener('keydown', this.onKey);
  }

  private key(e: KeyboardEvent): void {
    if (e.target !== this.element || e.altKey || e.ctrlKey || e.metaKey) return;
    const step = e.shiftKey ? PAN_PX * 3 : PAN_PX;
    const v = this.camera.viewport;
    const centre = { x: v.width / 2, y: v.height / 2 };
    switch (e.key) {
      case 'ArrowLeft':
        this.camera.panBy(step, 0);
        break;
      case 'ArrowRight':
        this.camera.panBy(-step, 0);
        break;
      case 'ArrowUp':
        this.camera.panBy(0, step);
        break;
      case 'ArrowDown':
        this.camera.panBy(0, -step);
        break;
      case '+':
      case '=':
        this.camera.zoomBy(1.25);
        break;
      case '-':
      case '_':
        this.camera.zoomBy(0.8);
        break;
      case '0':
        this.camera.fitAll();
        break;
      case 'Enter':
      case ' ':
        this.onIntent({ kind: 'select', entity: this.hitTest(centre.x, centre.y) });
        break;
      case 'ContextMenu':
      case 'F10': {
        if (e.key === 'F10' && !e.shiftKey) return;
        const entity = this.hitTest(centre.x, centre.y);
        const r = this.element.getBoundingClientRect();
        if (entity) this.onIntent({ kind: 'context', entity, screenX: r.left + centre.x, screenY: r.top + centre.y });
        break;
      }
      default:
        return;
    }
    e.preventDefault();
  }
}
