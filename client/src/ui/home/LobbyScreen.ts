// A team session was created: its code, big and copyable, and a join link; who has
// joined so far (live from the synced state); and Start, which resumes the clock the
// session was paused with and opens the game. Copy results are announced.
import type { ClientStore } from '../../state/ClientStore.ts';
import { valueLabel } from '../../state/selectors/format.ts';
import { ROLE, labelOf } from '../../../../shared/schema/codes.ts';
import { t } from '../../i18n/index.ts';
import { announce } from '../common/announcer.ts';
import { h } from '../common/dom.ts';
import { LiveText } from '../common/LiveText.ts';
import type { Screen } from '../common/screen.ts';

export interface LobbyActions {
  start(): void;
  close(): void;
}

/** The address that opens the join screen with this code. */
export function joinLink(origin: string, code: string): string {
  return `${origin}/?join=${encodeURIComponent(code)}`;
}

async function copy(text: string, doneKey: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(t(doneKey));
  } catch {
    announce(t('home.lobby.copyFailed'));
  }
}

export function createLobbyScreen(store: ClientStore, code: string, actions: LobbyActions): Screen {
  const texts = new LiveText();
  const link = joinLink(location.origin, code);
  const codeId = 'lobby-code';
  const codeBox = h('output', { id: codeId, class: 'join-code', 'aria-live': 'off' }, ...[...code].map((c) => h('span', {}, c)));
  texts.attr(codeBox, 'aria-label', 'home.lobby.codeSpoken', { code: [...code].join(' ') });
  const copyCode = h('button', { type: 'button', class: 'btn', onclick: () => void copy(code, 'home.lobby.copiedCode') }, texts.text('home.lobby.copyCode'));
  const copyLink = h('button', { type: 'button', class: 'btn', onclick: () => void copy(link, 'home.lobby.copiedLink') }, texts.text('home.lobby.copyLink'));
  const players = h('ul', { class: 'player-list' });
  const playersHeading = h('h2', {});
  const start = h('button', { type: 'button', class: 'btn btn-primary btn-large', onclick: () => actions.start() }, texts.text('home.lobby.start'));
  const close = h('button', { type: 'button', class: 'btn', onclick: () => actions.close() }, texts.text('home.lobby.close'));

  let shown = '';
  const renderPlayers = () => {
    const list = [...store.players.values()];
    const key = `${list.map((p) => `${p.seat}|${p.name}|${p.role}|${p.teamRole}|${p.connected}`).join(';')}`;
    playersHeading.textContent = t('home.lobby.players', { count: list.length });
    if (key === shown) return;
    shown = key;
    players.replaceChildren(
      ...list.map((p) => {
        const role = valueLabel('role', labelOf(ROLE, p.role));
        const team = p.teamRole ? ` · ${t(`home.roles.${p.teamRole}.name`)}` : '';
        return h('li', {}, h('strong', {}, p.name), ` — ${role}${team}`, p.connected ? '' : ` (${t('hud.away')})`);
      }),
    );
  };
  texts.bind(() => {
    shown = '';
    renderPlayers();
  });
  const stop = store.subscribe(renderPlayers);

  const element = h(
    'div',
    { class: 'screen narrow lobby' },
    h('header', { class: 'screen-header' }, h('h1', { tabindex: -1 }, texts.text('home.lobby.heading')), h('p', { class: 'lead' }, texts.text('home.lobby.share'))),
    h('div', { class: 'code-panel' }, h('p', { class: 'code-label' }, texts.text('home.lobby.codeLabel')), codeBox, h('p', { class: 'join-link' }, h('a', { href: link }, link)), h('div', { class: 'actions' }, copyCode, copyLink)),
    h('p', { class: 'muted' }, texts.text('home.lobby.paused')),
    h('section', { class: 'card' }, playersHeading, players),
    h('div', { class: 'actions' }, start, close),
  );
  return { element, refresh: () => texts.refresh(), destroy: stop };
}
