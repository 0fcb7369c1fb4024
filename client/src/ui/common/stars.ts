// Stars as text and symbols together (never a picture alone): ★★☆ with an accessible
// name such as "2 of 3 stars" / "별 3개 중 2개".
import { h } from './dom.ts';
import type { LiveText } from './LiveText.ts';

export const MAX_STARS = 3;

/** `★★☆` for 2 stars. */
export function starGlyphs(stars: number): string {
  const n = Math.max(0, Math.min(MAX_STARS, Math.floor(stars)));
  return '★'.repeat(n) + '☆'.repeat(MAX_STARS - n);
}

/** A span with the glyphs (hidden from screen readers) and the count as its label. */
export function starsElement(texts: LiveText, stars: () => number, size: 'small' | 'large' = 'small'): HTMLElement {
  const el = h('span', { class: `stars stars-${size}`, role: 'img' });
  texts.attr(el, 'aria-label', 'app.stars', () => ({ stars: stars(), max: MAX_STARS }));
  el.append(texts.fn(() => starGlyphs(stars())));
  return el;
}
