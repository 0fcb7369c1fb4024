// The parts of the debrief screen: objectives, score breakdown (a table), the incident
// timeline (a table with time to detect and resolve and the root cause), the commands
// that changed the world, and the concepts with their lessons. Status is always a
// symbol plus a word, never colour alone.
import type { DebriefMessage } from '../../../../shared/protocol/messages.ts';
import { gameClock } from '../../state/selectors/format.ts';
import { conceptCard } from '../common/concepts.ts';
import { h } from '../common/dom.ts';
import { pick, type LiveText } from '../common/LiveText.ts';
import type { Localized } from '../../app/scenarioCatalog.ts';
import { objectiveStatus, pointsText, scoreRows, timelineRows } from './debriefModel.ts';

const STATUS_ICON = { met: '✓', failed: '✗', open: '○' } as const;
/** Commands listed before the rest goes behind "show all". */
const COMMANDS_SHOWN = 20;

function section(texts: LiveText, id: string, key: string, ...body: (HTMLElement | null)[]): HTMLElement {
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, texts.text(key)), ...body);
}

export function objectivesSection(texts: LiveText, d: DebriefMessage, titles: ReadonlyMap<string, Localized>): HTMLElement | null {
  if (d.objectives.length === 0) return null;
  const items = d.objectives.map((o) => {
    const status = objectiveStatus(o);
    return h(
      'li',
      { class: `objective is-${status}` },
      h('span', { class: 'icon', 'aria-hidden': 'true' }, STATUS_ICON[status]),
      h('span', { class: 'objective-status' }, texts.text(`debrief.objective.${status}`)),
      h('span', { class: 'objective-title' }, texts.fn(() => {
        const both = titles.get(o.id);
        return both ? pick(both) : o.title;
      })),
      o.progress ? h('span', { class: 'muted' }, ` (${o.progress})`) : null,
    );
  });
  return section(texts, 'debrief-objectives', 'debrief.objectives', h('ul', { class: 'objective-list' }, ...items));
}

export function scoreSection(texts: LiveText, d: DebriefMessage): HTMLElement {
  const rows = scoreRows(d).map((r) =>
    h(
      'tr',
      { class: `score-${r.kind}` },
      h('th', { scope: 'row' }, texts.text(r.label.key, r.label.params)),
      h('td', { class: 'num' }, r.kind === 'total' ? String(r.points) : pointsText(r.points)),
    ),
  );
  const table = h('table', { class: 'table' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, texts.text('debrief.score.part')), h('th', { scope: 'col', class: 'num' }, texts.text('debrief.score.points')))), h('tbody', {}, ...rows));
  return section(texts, 'debrief-score', 'debrief.score.heading', table);
}

export function timelineSection(texts: LiveText, d: DebriefMessage): HTMLElement {
  const rows = timelineRows(d);
  if (rows.length === 0) return section(texts, 'debrief-timeline', 'debrief.timeline.heading', h('p', { class: 'muted' }, texts.text('debrief.timeline.none')));
  const head = ['started', 'incident', 'detected', 'resolved', 'rootCause'].map((c) => h('th', { scope: 'col' }, texts.text(`debrief.timeline.${c}`)));
  const body = rows.map((r) =>
    h(
      'tr',
      {},
      h('td', { class: 'nowrap' }, texts.fn(() => gameClock(r.openedTick).text)),
      h('th', { scope: 'row' }, h('code', {}, r.kind), ' ', texts.text('debrief.timeline.on', { target: r.target })),
      h('td', {}, h('span', { class: 'nowrap' }, texts.text(r.detected.key, r.detected.params)), r.detectedBy ? h('span', { class: 'muted detected-by' }, texts.text('debrief.timeline.by', { who: r.detectedBy })) : null),
      h('td', { class: 'nowrap' }, texts.text(r.resolved.key, r.resolved.params)),
      h('td', {}, r.rootCause),
    ),
  );
  const table = h('table', { class: 'table timeline' }, h('thead', {}, h('tr', {}, ...head)), h('tbody', {}, ...body));
  return section(texts, 'debrief-timeline', 'debrief.timeline.heading', h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-labelledby': 'debrief-timeline' }, table));
}

function commandItem(texts: LiveText, c: DebriefMessage['commands'][number]): HTMLElement {
  return h('li', {}, h('span', { class: 'muted nowrap' }, texts.fn(() => gameClock(c.tick).time)), ' ', h('span', { class: 'actor' }, c.actor), h('code', {}, `$ ${c.line}`));
}

export function commandsSection(texts: LiveText, d: DebriefMessage): HTMLElement {
  if (d.commands.length === 0) return section(texts, 'debrief-commands', 'debrief.commands.heading', h('p', { class: 'muted' }, texts.text('debrief.commands.none')));
  const first = d.commands.slice(0, COMMANDS_SHOWN);
  const rest = d.commands.slice(COMMANDS_SHOWN);
  return section(
    texts,
    'debrief-commands',
    'debrief.commands.heading',
    h('ol', { class: 'command-list' }, ...first.map((c) => commandItem(texts, c))),
    rest.length ? h('details', {}, h('summary', {}, texts.text('debrief.commands.more', { count: rest.length })), h('ol', { class: 'command-list', start: COMMANDS_SHOWN + 1 }, ...rest.map((c) => commandItem(texts, c)))) : null,
  );
}

export function conceptsSection(texts: LiveText, d: DebriefMessage): HTMLElement | null {
  if (d.concepts.length === 0) return null;
  return section(texts, 'debrief-concepts', 'debrief.concepts', h('div', { class: 'concept-list' }, ...d.concepts.map((c) => conceptCard(texts, c.id))));
}
