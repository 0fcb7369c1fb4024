// The debrief after a game (the room's `debrief` message): the outcome with stars and
// score, the level's lesson, then objectives, score breakdown, incident timeline,
// commands and concepts; and the ways on: next level, play again, Home.
import type { DebriefMessage } from '../../../../shared/protocol/messages.ts';
import type { Localized } from '../../app/scenarioCatalog.ts';
import { h } from '../common/dom.ts';
import { LiveText } from '../common/LiveText.ts';
import type { Screen } from '../common/screen.ts';
import { starsElement } from '../common/stars.ts';
import { lessonOf, outcomeOf } from './debriefModel.ts';
import { commandsSection, conceptsSection, objectivesSection, scoreSection, timelineSection } from './debriefSections.ts';

export interface DebriefContext {
  /** The scenario's title, when known. */
  title: Localized | null;
  /** Campaign number, null for other scenarios. */
  level: number | null;
  /** Objective titles in both languages by id (from the menu), so they follow a language switch. */
  objectiveTitles: ReadonlyMap<string, Localized>;
}

export interface DebriefActions {
  /** Absent when there is no next level (or it is still locked). */
  next?: () => void;
  /** Absent where playing again makes no sense (a joined team session). */
  retry?: () => void;
  home(): void;
}

export function createDebriefScreen(d: DebriefMessage, context: DebriefContext, actions: DebriefActions): Screen {
  const texts = new LiveText();
  const outcome = outcomeOf(d);
  const lesson = lessonOf(d);
  const buttons = [
    actions.next ? h('button', { type: 'button', class: 'btn btn-primary btn-large', onclick: actions.next }, texts.text('debrief.next')) : null,
    actions.retry ? h('button', { type: 'button', class: `btn ${actions.next ? '' : 'btn-primary'} btn-large`, onclick: actions.retry }, texts.text('debrief.retry')) : null,
    h('button', { type: 'button', class: 'btn btn-large', onclick: () => actions.home() }, texts.text('debrief.home')),
  ];
  const headline = h(
    'header',
    { class: `debrief-header is-${outcome}` },
    h('p', { class: 'eyebrow' }, context.level !== null ? texts.text('debrief.eyebrow', { number: context.level }) : texts.text('debrief.eyebrowFree')),
    h('h1', { tabindex: -1 }, context.title ? texts.local(context.title) : texts.text('debrief.heading')),
    h(
      'div',
      { class: 'debrief-result' },
      h('span', { class: `outcome outcome-${outcome}` }, h('span', { 'aria-hidden': 'true' }, outcome === 'won' ? '✓ ' : outcome === 'lost' ? '✗ ' : ''), texts.text(`debrief.outcome.${outcome}`)),
      d.objectives.length ? starsElement(texts, () => d.stars, 'large') : null,
      d.objectives.length ? h('span', { class: 'score' }, texts.text('debrief.scoreLine', { score: d.score })) : null,
    ),
    d.endReason ? h('p', { class: 'muted' }, texts.text(`level.end.reason.${d.endReason}`)) : null,
  );
  const element = h(
    'div',
    { class: 'screen debrief' },
    headline,
    h('div', { class: 'actions debrief-actions' }, ...buttons),
    lesson ? h('section', { class: 'card lesson-card', 'aria-labelledby': 'debrief-lesson' }, h('h2', { id: 'debrief-lesson' }, texts.text('debrief.lesson')), ...lesson.split('\n').map((p) => h('p', {}, p))) : null,
    objectivesSection(texts, d, context.objectiveTitles),
    d.objectives.length ? scoreSection(texts, d) : null,
    timelineSection(texts, d),
    commandsSection(texts, d),
    conceptsSection(texts, d),
    h('details', { class: 'card' }, h('summary', {}, texts.text('debrief.asText')), h('pre', { class: 'debrief-text' }, d.text)),
  );
  return { element, refresh: () => texts.refresh(), destroy() {} };
}
