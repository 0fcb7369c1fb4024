// The level's objectives with their status (a word and an icon) and progress.
import { t } from '../../../i18n/index.ts';
import type { ClientStore } from '../../../state/ClientStore.ts';
import { selectObjectives, type ObjectiveVM } from '../../../state/selectors/hud.ts';
import { el, setText, syncList } from '../dom.ts';
import { Panel } from '../Panel.ts';

const icon = (o: ObjectiveVM) => (o.failed ? '✖' : o.met ? '✔' : '…');

export class ObjectivesPanel {
  readonly panel = new Panel('objectives', 'hud.objectives');
  private readonly list = el('ul', { class: 'hud-list' });

  constructor(private readonly store: ClientStore) {
    this.panel.body.append(this.list);
  }

  render(): void {
    this.panel.relabel();
    const objectives = selectObjectives(this.store);
    this.panel.hidden = objectives.length === 0;
    const met = objectives.filter((o) => o.met).length;
    this.panel.setBadge(objectives.length ? `${met}/${objectives.length}` : '', t('hud.objectivesMet', { met, total: objectives.length }));
    syncList(
      this.list,
      objectives,
      (o) => o.id,
      () => el('li', {}, el('span', { class: 'status-icon', 'aria-hidden': 'true' }), ' ', el('span', { class: 'obj-title' }), el('span', { class: 'obj-state' }), el('span', { class: 'obj-progress' })),
      (node, o) => {
        node.className = `objective ${o.failed ? 'tone-bad' : o.met ? 'tone-ok' : 'tone-idle'}`;
        const [mark, , title, state, progress] = [...node.childNodes] as HTMLElement[];
        if (mark) setText(mark, icon(o));
        if (title) setText(title, o.title);
        if (state) setText(state, ` (${o.statusLabel})`);
        if (progress) setText(progress, o.progress ? ` ${o.progress}` : '');
      },
    );
  }
}
