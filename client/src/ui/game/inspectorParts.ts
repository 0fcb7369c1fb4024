// Building blocks of the inspector panel: status with an icon and a word (never colour
// alone), usage bars, labelled facts, "why" hints, history charts, lists of things
// inside, and the recent events that concern the selected entity.
import { t } from '../../i18n/index.ts';
import type { ClientStore } from '../../state/ClientStore.ts';
import { gameClock, type Bar, type Tone } from '../../state/selectors/format.ts';
import type { Fact } from '../../state/selectors/inspectors.ts';
import type { WhyHint } from '../../state/selectors/why.ts';
import { selectAlerts } from '../../state/selectors/hud.ts';
import { el, type Child } from './dom.ts';
import type { EntityRef } from './entities.ts';
import type { Series } from './MetricHistory.ts';
import { sparkline, valueText } from './sparkline.ts';

/** The icon that goes with a tone; the word beside it says the status. */
export const TONE_ICON: Record<Tone, string> = { ok: '●', busy: '◐', warn: '▲', bad: '✖', idle: '○' };

export function statusBadge(tone: Tone, label: string): HTMLElement {
  return el('span', { class: `status tone-${tone}` }, el('span', { class: 'status-icon', 'aria-hidden': 'true' }, TONE_ICON[tone]), ' ', label);
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return el('section', { class: 'insp-section' }, el('h3', { class: 'insp-heading' }, title), ...children);
}

export function bars(list: readonly Bar[]): HTMLElement {
  return el(
    'ul',
    { class: 'insp-bars' },
    ...list.map((b) =>
      el(
        'li',
        { class: `insp-bar tone-${b.tone}` },
        el('span', { class: 'insp-bar-label' }, b.label),
        el('span', { class: 'insp-bar-track', 'aria-hidden': 'true' }, barFill(b.ratio)),
        el('span', { class: 'insp-bar-text' }, b.tone === 'ok' ? b.text : `${TONE_ICON[b.tone]} ${b.text}`),
      ),
    ),
  );
}

function barFill(ratio: number): HTMLElement {
  const fill = el('span', { class: 'insp-bar-fill' });
  fill.style.width = `${Math.round(ratio * 100)}%`;
  return fill;
}

export function facts(list: readonly Fact[]): HTMLElement {
  return el('dl', { class: 'insp-facts' }, ...list.flatMap((f) => [el('dt', {}, f.label), el('dd', {}, f.value)]));
}

export function whyList(hints: readonly WhyHint[]): HTMLElement | null {
  if (hints.length === 0) return null;
  return section(t('inspector.why'), el('ul', { class: 'insp-why' }, ...hints.map((h) => el('li', { class: `tone-${h.tone}` }, el('span', { class: 'status-icon', 'aria-hidden': 'true' }, TONE_ICON[h.tone]), ' ', h.text))));
}

const SERIES_LABEL: Record<Series['key'], string> = { cpu: 'inspector.cpu', memory: 'inspector.memory', served: 'inspector.served', errors: 'inspector.errors', ready: 'inspector.ready' };

export function charts(list: readonly Series[]): HTMLElement | null {
  if (list.length === 0) return null;
  return section(
    t('inspector.history'),
    el(
      'ul',
      { class: 'insp-charts' },
      ...list.map((s) => {
        const label = t(SERIES_LABEL[s.key]);
        const now = s.values[s.values.length - 1] ?? 0;
        return el('li', {}, el('span', { class: 'insp-chart-label' }, label), sparkline(s, label), el('span', { class: 'insp-chart-now' }, valueText(s, now)));
      }),
    ),
  );
}

export interface ListEntry {
  ref: EntityRef;
  name: string;
  tone: Tone;
  status: string;
}

/** Buttons that select the things inside (VMs, containers, pods), at most `cap` of them. */
export function entityList(title: string, entries: readonly ListEntry[], select: (ref: EntityRef) => void, cap = 60): HTMLElement | null {
  if (entries.length === 0) return null;
  const shown = entries.slice(0, cap);
  return section(
    title,
    el(
      'ul',
      { class: 'insp-list' },
      ...shown.map((e) => {
        const button = el('button', { type: 'button', class: 'link-button', 'data-focus-key': `sel:${e.ref.type}:${e.ref.id}` }, e.name);
        button.addEventListener('click', () => select(e.ref));
        return el('li', {}, button, ' ', statusBadge(e.tone, e.status));
      }),
    ),
    entries.length > shown.length ? el('p', { class: 'insp-more' }, t('inspector.more', { count: entries.length - shown.length })) : null,
  );
}

/** The alert subjects that concern an entity (see selectAlertSubjects for their form). */
export function subjectsOf(store: ClientStore, ref: EntityRef, name: string): string[] {
  if (ref.type === 'container') {
    const c = store.containers.get(Number(ref.id));
    return c ? [`${c.target}/${c.name}`, ...(c.pod ? [`pod/${c.pod}`] : [])] : [];
  }
  if (ref.type === 'pod') return [`pod/${ref.id}`];
  return [ref.id, name];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alerts about the entity, then the shared log's lines that name it (newest first). */
export function events(store: ClientStore, ref: EntityRef, name: string, limit = 8): HTMLElement | null {
  const subjects = new Set(subjectsOf(store, ref, name));
  const alerts = selectAlerts(store).filter((a) => subjects.has(a.subject));
  const word = new RegExp(`(^|[\\s/=])${escapeRe(name)}($|[\\s/:,])`);
  const lines = store.log.filter((e) => word.test(e.line)).slice(-limit).reverse();
  if (alerts.length === 0 && lines.length === 0) return null;
  return section(
    t('inspector.events'),
    el(
      'ul',
      { class: 'insp-events' },
      ...alerts.map((a) => el('li', { class: `sev-${a.severity}` }, el('span', { class: 'status-icon', 'aria-hidden': 'true' }, a.severity === 'critical' ? '✖' : '▲'), ` ${a.severityLabel}: ${a.summary} (${a.since}${a.stateText ? `, ${a.stateText}` : ''})`)),
      ...lines.map((e) => el('li', {}, el('span', { class: 'insp-time' }, gameClock(e.tick).time), ` ${e.actor ? `${e.actor}: ` : ''}`, el('code', {}, e.line), e.ok ? '' : ` (${t('inspector.failed')})`)),
    ),
  );
}
