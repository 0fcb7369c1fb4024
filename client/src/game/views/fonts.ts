// The self-hosted Korean-capable font (Noto Sans KR, from @fontsource: woff2 subsets
// split by unicode-range) must be loaded before canvas text is drawn: a canvas draws
// with a fallback font and never redraws itself when the real one arrives. The
// preloader waits for Latin and Hangul samples; afterwards textReady() checks the
// characters of any new string, starts loading the missing subsets, and the listener
// (the world renderer) redraws once they are there.
import '@fontsource/noto-sans-kr/400.css';
import { FONT_FAMILY } from './palette.ts';

const FONT = `400 16px ${FONT_FAMILY}`;
const known = new Set<string>();
const loading = new Set<string>();
const listeners = new Set<() => void>();

function fontSet(): FontFaceSet | null {
  return typeof document !== 'undefined' && 'fonts' in document ? document.fonts : null;
}

/** Loads the faces covering `sample`; resolves false after `timeoutMs` or without a font API. */
export async function loadFonts(sample: string, timeoutMs = 6000): Promise<boolean> {
  const fonts = fontSet();
  if (!fonts) return false;
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  const loaded = fonts.load(FONT, sample).then(
    () => true,
    () => false,
  );
  const ok = await Promise.race([loaded, timeout]);
  if (ok) for (const ch of sample) known.add(ch);
  return ok;
}

/** True when every character of `text` can be drawn in the font now; else loads it and returns false. */
export function textReady(text: string): boolean {
  const fonts = fontSet();
  if (!fonts) return true;
  let missing = '';
  for (const ch of text) if (!known.has(ch) && ch.charCodeAt(0) > 0x20) missing += ch;
  if (!missing) return true;
  if (fonts.check(FONT, missing)) {
    for (const ch of missing) known.add(ch);
    return true;
  }
  if (!loading.has(missing)) {
    loading.add(missing);
    void fonts.load(FONT, missing).then(() => {
      loading.delete(missing);
      for (const ch of missing) known.add(ch);
      for (const fn of [...listeners]) fn();
    });
  }
  return false;
}

/** Called when characters that were missing have loaded (redraw the labels). */
export function onFontsLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The canvas font string for a size in texture pixels. */
export function canvasFont(px: number): string {
  return `400 ${Math.round(px * 10) / 10}px ${FONT_FAMILY}`;
}
