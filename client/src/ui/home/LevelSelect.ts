// The campaign's level grid: one button per level with its number, title, concepts,
// best stars and lock. A locked level stays focusable (aria-disabled) so keyboard and
// screen-reader users find it and hear why it is locked, instead of it vanishing from
// the tab order.
import type { CampaignLevel } from '../../app/campaign.ts';
import { conceptTitle } from '../common/concepts.ts';
import { h } from '../common/dom.ts';
import { lockIcon } from '../common/icons.ts';
import type { LiveText } from '../common/LiveText.ts';
import { starsElement } from '../common/stars.ts';

export interface LevelSelectActions {
  open(level: CampaignLevel): void;
  locked(level: CampaignLevel): void;
}

function conceptList(texts: LiveText, ids: readonly string[]): HTMLElement {
  return h('span', { class: 'chips' }, ...ids.map((id) => h('span', { class: 'chip' }, texts.fn(() => conceptTitle(id)))));
}

function statusLine(texts: LiveText, level: CampaignLevel): HTMLElement {
  if (!level.unlocked) {
    const previous = level.requires?.level ?? level.number - 1;
    return h('span', { class: 'level-status is-locked' }, lockIcon(), texts.text('home.campaign.locked', { number: previous }));
  }
  if (level.plays === 0 && level.bestStars === 0) return h('span', { class: 'level-status' }, texts.text('home.campaign.notPlayed'));
  return h('span', { class: 'level-status' }, texts.text('home.campaign.best'), ' ', starsElement(texts, () => level.bestStars));
}

function levelCard(texts: LiveText, level: CampaignLevel, actions: LevelSelectActions): HTMLElement {
  const state = !level.unlocked ? 'locked' : level.bestStars > 0 ? 'done' : 'open';
  const button = h(
    'button',
    {
      type: 'button',
      class: 'level-button',
      'data-focus-key': `level:${level.scenario.id}`,
      'aria-disabled': level.unlocked ? null : 'true',
      onclick: () => (level.unlocked ? actions.open(level) : actions.locked(level)),
    },
    h('span', { class: 'level-number' }, texts.text('home.campaign.level', { number: level.number })),
    h('span', { class: 'level-title' }, texts.local(level.scenario.title)),
    conceptList(texts, level.scenario.concepts),
    statusLine(texts, level),
  );
  return h('li', { class: `level-card is-${state}` }, button);
}

/** The grid (an ordered list: the campaign's order matters). */
export function levelGrid(texts: LiveText, campaign: readonly CampaignLevel[], actions: LevelSelectActions): HTMLElement {
  if (campaign.length === 0) return h('p', { class: 'muted' }, texts.text('home.campaign.empty'));
  const grid = h('ol', { class: 'level-grid' }, ...campaign.map((level) => levelCard(texts, level, actions)));
  return texts.attr(grid, 'aria-label', 'home.campaign.heading');
}
