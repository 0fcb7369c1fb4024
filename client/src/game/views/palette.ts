// Colours of the world view. Tones come from the selectors (ok, busy, warn, bad, idle)
// and are always paired with a glyph or a label; the hues are told apart by people with
// the common colour-vision deficiencies (blue/orange/vermilion, after Okabe & Ito) and
// keep contrast on the dark frames.
import type { Tone } from '../../state/selectors/format.ts';

export const TONE: Record<Tone, string> = {
  ok: '#2f9e6e',
  busy: '#3d8bd4',
  warn: '#e6a023',
  bad: '#e0523c',
  idle: '#6f7a89',
};

/** Glyph ink on a tone fill. */
export const INK: Record<Tone, string> = { ok: '#0b1a12', busy: '#06121f', warn: '#1f1402', bad: '#ffffff', idle: '#f2f4f7' };

export const FRAME = {
  background: '#0f1318',
  rack: '#171c23',
  rackEdge: '#2a323d',
  rackTitle: '#9aa6b5',
  host: '#222a35',
  hostEdge: '#3b4656',
  hostDown: '#3a1f1f',
  vm: '#2b3543',
  vmEdge: '#4c5a6d',
  kernel: '#1a2029',
  /** The kernel boundary: drawn dashed, in a hue used for nothing else. */
  kernelEdge: '#b48ce6',
  text: '#e8edf3',
  textDim: '#a9b4c2',
  barTrack: '#11161c',
  emptySlot: '#2a313b',
} as const;

/** Phaser colours (0xRRGGBB) for overlays drawn with Graphics. */
export const hex = (css: string): number => Number.parseInt(css.slice(1), 16);

export const MARKER = {
  critical: '#ff5a3c',
  warning: '#ffb020',
  selected: '#ffffff',
  highlight: '#5ac8fa',
} as const;

export const FONT_FAMILY = '"Noto Sans KR", "Noto Sans CJK KR", sans-serif';
