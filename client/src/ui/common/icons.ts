// Small inline SVG icons (no emoji font is needed to draw them); always decorative,
// so hidden from screen readers: the text beside them says the same thing.

const SVG_NS = 'http://www.w3.org/2000/svg';

function icon(paths: readonly string[], className: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `svg-icon ${className}`);
  for (const d of paths) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    svg.appendChild(path);
  }
  return svg;
}

/** A padlock. */
export function lockIcon(): SVGSVGElement {
  return icon(['M7 10V7a5 5 0 0 1 10 0v3', 'M5 10h14v11H5z', 'M12 14v3'], 'icon-lock');
}

/** A light bulb (tips). */
export function tipIcon(): SVGSVGElement {
  return icon(['M9 18h6', 'M10 21h4', 'M12 3a6 6 0 0 0-4 10.5c.8.8 1 1.5 1 2.5h6c0-1 .2-1.7 1-2.5A6 6 0 0 0 12 3z'], 'icon-tip');
}
