// Home: the solo campaign (level select with stars and locks), the sandbox, and the two
// ways into a team session. The level data arrives after the screen is up (and again
// after a game): update() redraws the lists and puts focus back on the same level.
import type { CampaignLevel } from '../../app/campaign.ts';
import type { ScenarioInfo } from '../../app/scenarioCatalog.ts';
import { h } from '../common/dom.ts';
import { LiveText } from '../common/LiveText.ts';
import { NoticeSlot, type Notice } from '../common/notice.ts';
import type { Screen } from '../common/screen.ts';
import { levelGrid } from './LevelSelect.ts';

export interface HomeData {
  status: 'loading' | 'ready' | 'failed';
  /** Why loading failed (the server's words or the network error). */
  error: string;
  campaign: readonly CampaignLevel[];
  sandboxes: readonly ScenarioInfo[];
  nickname: string;
}

export interface HomeActions {
  openLevel(level: CampaignLevel): void;
  playSandbox(scenario: ScenarioInfo): void;
  join(): void;
  host(): void;
  retry(): void;
}

export interface HomeScreen extends Screen {
  update(data: HomeData): void;
  showNotice(notice: Notice | null): void;
}

function section(texts: LiveText, id: string, headingKey: string, introKey: string, ...body: HTMLElement[]): HTMLElement {
  return h('section', { class: 'home-section', 'aria-labelledby': id }, h('h2', { id }, texts.text(headingKey)), h('p', { class: 'muted' }, texts.text(introKey)), ...body);
}

export function createHomeScreen(initial: HomeData, actions: HomeActions): HomeScreen {
  const texts = new LiveText();
  const notices = new NoticeSlot(texts);
  let data = initial;
  let lockedSlot = new NoticeSlot(texts);

  const playingAs = h('p', { class: 'playing-as' });
  const campaignBody = h('div', { class: 'campaign-body' });
  const sandboxBody = h('div', { class: 'card-row' });

  const teamCards = h(
    'div',
    { class: 'card-row' },
    h('div', { class: 'card' }, h('h3', {}, texts.text('home.team.join')), h('p', { class: 'muted' }, texts.text('home.team.joinHint')), h('button', { type: 'button', class: 'btn btn-primary', onclick: () => actions.join() }, texts.text('home.team.join'))),
    h('div', { class: 'card' }, h('h3', {}, texts.text('home.team.host')), h('p', { class: 'muted' }, texts.text('home.team.hostHint')), h('button', { type: 'button', class: 'btn', onclick: () => actions.host() }, texts.text('home.team.host'))),
  );

  const element = h(
    'div',
    { class: 'screen home' },
    h('header', { class: 'home-hero' }, h('h1', { tabindex: -1 }, texts.text('home.heading')), h('p', { class: 'lead' }, texts.text('home.intro')), playingAs),
    notices.element,
    section(texts, 'home-campaign', 'home.campaign.heading', 'home.campaign.intro', campaignBody),
    h('div', { class: 'home-columns' }, section(texts, 'home-sandbox', 'home.sandbox.heading', 'home.sandbox.intro', sandboxBody), section(texts, 'home-team', 'home.team.heading', 'home.team.intro', teamCards)),
  );

  // Texts of the rebuilt parts live in their own LiveText, replaced on each redraw.
  let dynamicTexts = new LiveText();

  function render(): void {
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
    dynamicTexts = new LiveText();
    lockedSlot = new NoticeSlot(dynamicTexts);
    playingAs.replaceChildren(...(data.nickname ? [dynamicTexts.text('home.playingAs', { name: data.nickname })] : []));
    if (data.status === 'loading') {
      campaignBody.replaceChildren(h('p', { class: 'muted', role: 'status' }, dynamicTexts.text('home.campaign.loading')));
    } else if (data.status === 'failed') {
      campaignBody.replaceChildren(
        h('p', { class: 'notice notice-error', role: 'alert' }, dynamicTexts.text('home.campaign.failed', { reason: data.error })),
        h('button', { type: 'button', class: 'btn', 'data-focus-key': 'retry', onclick: () => actions.retry() }, dynamicTexts.text('home.campaign.retry')),
      );
    } else {
      const grid = levelGrid(dynamicTexts, data.campaign, {
        open: (level) => actions.openLevel(level),
        locked: (level) => lockedSlot.show({ key: 'home.campaign.lockedNotice', params: { number: level.number, previous: level.requires?.level ?? level.number - 1 }, tone: 'info' }),
      });
      campaignBody.replaceChildren(grid, lockedSlot.element);
    }
    sandboxBody.replaceChildren(
      ...data.sandboxes.map((s) =>
        h(
          'div',
          { class: 'card' },
          h('h3', {}, dynamicTexts.local(s.title)),
          s.description ? h('p', { class: 'muted' }, dynamicTexts.local(s.description)) : null,
          h('button', { type: 'button', class: 'btn btn-primary', 'data-focus-key': `sandbox:${s.id}`, onclick: () => actions.playSandbox(s) }, dynamicTexts.text('home.sandbox.play')),
        ),
      ),
    );
    if (focusKey) element.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
  }
  render();

  return {
    element,
    refresh() {
      texts.refresh();
      dynamicTexts.refresh();
    },
    destroy() {},
    update(next) {
      data = next;
      render();
    },
    showNotice(notice) {
      notices.show(notice);
    },
  };
}
