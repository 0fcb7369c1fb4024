// A tiny SVG line chart of a metric's recent readings for the inspector. It is an image
// with a text alternative (now, lowest, highest), so the numbers are there without it.
import { cpusText, permilleText, sizeText } from '../../state/selectors/format.ts';
import { t } from '../../i18n/index.ts';
import type { Series } from './MetricHistory.ts';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 120;
const HEIGHT = 28;

/** A reading as people read it: `45 %`, `0.25` CPUs, `512MiB`, `120 req/s`, `3`. */
export function valueText(series: Pick<Series, 'unit'>, value: number): string {
  switch (series.unit) {
    case 'permille': return permilleText(value);
    case 'millicores': return t('inspector.cpus', { value: cpusText(value) });
    case 'mib': return sizeText(value);
    case 'rps': return t('inspector.rps', { value });
    case 'count': return String(value);
  }
}

/** Points of the polyline for `values` scaled to `max` (the newest reading at the right edge). */
export function sparkPoints(values: readonly number[], max: number, width = WIDTH, height = HEIGHT): string {
  if (values.length === 0) return '';
  const scale = max > 0 ? max : 1;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values
    .map((v, i) => {
      const x = values.length > 1 ? i * step : width;
      const y = height - (Math.min(scale, Math.max(0, v)) / scale) * (height - 2) - 1;
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/** The chart element, labelled `label` (the series' name). */
export function sparkline(series: Series, label: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', `spark spark-${series.key}`);
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute('width', String(WIDTH));
  svg.setAttribute('height', String(HEIGHT));
  svg.setAttribute('role', 'img');
  const values = series.values;
  const now = values[values.length - 1] ?? 0;
  const text = t('inspector.chartAlt', { name: label, count: values.length, now: valueText(series, now), min: valueText(series, Math.min(...values, now)), max: valueText(series, Math.max(...values, now)) });
  svg.setAttribute('aria-label', text);
  const frame = document.createElementNS(SVG, 'rect');
  frame.setAttribute('class', 'spark-frame');
  frame.setAttribute('x', '0');
  frame.setAttribute('y', '0');
  frame.setAttribute('width', String(WIDTH));
  frame.setAttribute('height', String(HEIGHT));
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('class', 'spark-line');
  line.setAttribute('fill', 'none');
  line.setAttribute('points', sparkPoints(values, series.max));
  svg.append(frame, line);
  return svg;
}
