// The self-hosted Noto Sans KR (imported in main.ts: @fontsource woff2 subsets split by
// unicode-range, so a page only downloads the ranges it shows). Canvas text does not
// wait for web fonts the way DOM text swaps in, so before Phaser draws anything the
// Latin and Hangul subsets are loaded explicitly.

export const UI_FONT_FAMILY = 'Noto Sans KR';
/** Samples that pull in the subsets a screen needs: Latin, digits and common Hangul. */
const SAMPLES = ['Nines 0123456789 ABC abc', '한국어 명령 컨테이너 호스트 서버 레벨'];
const WEIGHTS = [400];

let loading: Promise<boolean> | null = null;

/**
 * Loads the UI font's Latin and Hangul faces; resolves true when they are ready, false
 * when the browser has no Font Loading API or it took longer than `timeoutMs` (text is
 * then drawn in the fallback font rather than not at all).
 */
export function loadUiFonts(timeoutMs = 4000): Promise<boolean> {
  if (loading) return loading;
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!fonts) return Promise.resolve(false);
  const all = Promise.all(WEIGHTS.flatMap((w) => SAMPLES.map((s) => fonts.load(`${w} 16px "${UI_FONT_FAMILY}"`, s)))).then(
    (faces) => faces.every((f) => f.length > 0),
    () => false,
  );
  loading = Promise.race([all, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs))]);
  return loading;
}
