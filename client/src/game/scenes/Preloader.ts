// Waits for the self-hosted font to have the glyphs the view writes (Latin, and the
// current language's labels: Hangul in Korean) before any text is drawn, showing a
// progress bar meanwhile (a bar, not text: text would need the font). Characters that
// appear later (a switch to Korean, a new name) are loaded on demand by views/fonts.ts.
import Phaser from 'phaser';
import { en } from '../../i18n/en.ts';
import { getLanguage } from '../../i18n/index.ts';
import { ko } from '../../i18n/ko.ts';
import { SceneKey } from '../keys.ts';
import { loadFonts } from '../views/fonts.ts';
import { FRAME, TONE, hex } from '../views/palette.ts';

const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

function texts(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (node && typeof node === 'object') for (const v of Object.values(node)) texts(v, out);
  return out;
}

/** Every character the world view may write in `lang` (its own labels and the state labels). */
export function fontSample(lang: 'en' | 'ko'): string {
  const table = lang === 'ko' ? ko : en;
  return [...new Set(`${ASCII}·…×−${texts([table.world, table.label]).join('')}`)].join('');
}

export class Preloader extends Phaser.Scene {
  constructor() {
    super(SceneKey.Preloader);
  }

  create(): void {
    const { width, height } = this.scale;
    const bar = this.add.graphics();
    const started = this.time.now;
    const draw = () => {
      const t = Math.min(1, (this.time.now - started) / 1500);
      bar.clear();
      bar.fillStyle(hex(FRAME.hostEdge), 1).fillRect(width / 2 - 120, height / 2 - 3, 240, 6);
      bar.fillStyle(hex(TONE.busy), 1).fillRect(width / 2 - 120, height / 2 - 3, 240 * t, 6);
    };
    const timer = this.time.addEvent({ delay: 50, loop: true, callback: draw });
    draw();
    void loadFonts(fontSample(getLanguage())).then(() => {
      timer.remove();
      this.scene.start(SceneKey.Datacenter);
    });
  }
}
