// Who is in the room: name (and which one is me), role and team role, and whether each
// is connected, as words beside the icons.
import { t } from '../../../i18n/index.ts';
import type { ClientStore } from '../../../state/ClientStore.ts';
import { selectPlayers, type PlayerVM } from '../../../state/selectors/hud.ts';
import { el, setText, syncList } from '../dom.ts';
import { Panel } from '../Panel.ts';

export class PlayersPanel {
  readonly panel = new Panel('players', 'hud.players');
  private readonly list = el('ul', { class: 'hud-list' });

  constructor(private readonly store: ClientStore) {
    this.panel.body.append(this.list);
  }

  render(): void {
    this.panel.relabel();
    const players = selectPlayers(this.store);
    const online = players.filter((p) => p.connected).length;
    this.panel.setBadge(players.length ? `${online}/${players.length}` : '', t('hud.playersOnline', { online, total: players.length }));
    syncList(this.list, players, (p) => p.seat, () => el('li', {}), (node, p) => this.update(node, p));
  }

  private update(node: HTMLElement, p: PlayerVM): void {
    node.className = `player${p.connected ? ' tone-ok' : ' tone-idle'}${p.isMe ? ' is-me' : ''}`;
    const role = p.teamRole ? `${p.roleLabel}, ${p.teamRole}` : p.roleLabel;
    setText(node, `${p.connected ? '●' : '○'} ${p.name}${p.isMe ? ` (${t('hud.you')})` : ''} · ${role} · ${p.connectionLabel}`);
  }
}
