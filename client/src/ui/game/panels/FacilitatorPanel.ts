// The facilitator's controls: an incident injection menu (kind from the simulation's
// list, target picked from what the state shows or typed, e.g. a registry) building
// `inject <kind> <target>`, and annotations for the shared log (`annotate <text>`).
// Both show the line they will run and send it through the console's path.
import * as cmd from '../../../input/commandBuilders.ts';
import { t } from '../../../i18n/index.ts';
import type { ClientStore } from '../../../state/ClientStore.ts';
import { INCIDENT_KINDS } from '../../../../../shared/sim/ops/model.ts';
import type { CommandRunner } from '../CommandRunner.ts';
import { el, setText } from '../dom.ts';
import { displayName, type EntityRef } from '../entities.ts';
import { Panel } from '../Panel.ts';

/** Suggestions kept short: a datalist of thousands helps nobody (any target can be typed). */
const MAX_TARGETS = 400;

/** Things an incident may be aimed at, as `inject` names them. */
export function injectTargets(store: ClientStore, images: readonly string[] = []): string[] {
  const racks = new Set([...store.hosts.values()].map((h) => h.rack).filter(Boolean));
  const containers: string[] = [];
  for (const c of store.containers.values()) {
    if (containers.length >= MAX_TARGETS) break;
    containers.push(`${c.target}/${c.name}`);
  }
  const vms = [...store.vms.values()].slice(0, MAX_TARGETS).map((v) => v.name || v.id);
  return [...racks, ...store.services.keys(), ...store.deployments.keys(), ...[...store.hosts.keys()].slice(0, MAX_TARGETS), ...vms, ...containers, ...images].slice(0, MAX_TARGETS * 3);
}

export class FacilitatorPanel {
  readonly panel = new Panel('facilitator', 'hud.facilitator');
  private readonly kind = el('select', { id: 'game-inject-kind' });
  private readonly target = el('input', { id: 'game-inject-target', list: 'game-inject-targets', autocomplete: 'off', spellcheck: 'false' });
  private readonly targets = el('datalist', { id: 'game-inject-targets' });
  private readonly injectPreview = el('code', { class: 'action-line' });
  private readonly injectButton = el('button', { type: 'submit', class: 'action-button' });
  private readonly note = el('input', { id: 'game-annotate', autocomplete: 'off' });
  private readonly notePreview = el('code', { class: 'action-line' });
  private readonly noteButton = el('button', { type: 'submit', class: 'action-button' });
  private readonly labels = { kind: el('label', { for: 'game-inject-kind' }), target: el('label', { for: 'game-inject-target' }), note: el('label', { for: 'game-annotate' }), inject: el('h3', {}), annotate: el('h3', {}) };
  private targetsStamp = '';

  constructor(
    private readonly store: ClientStore,
    private readonly runner: CommandRunner,
    private readonly images: () => readonly string[],
  ) {
    for (const k of INCIDENT_KINDS) this.kind.append(el('option', { value: k }, k));
    const injectForm = el('form', { class: 'fac-form' }, this.labels.inject, this.labels.kind, this.kind, this.labels.target, this.target, this.targets, this.injectButton, this.injectPreview);
    const noteForm = el('form', { class: 'fac-form' }, this.labels.annotate, this.labels.note, this.note, this.noteButton, this.notePreview);
    injectForm.addEventListener('submit', (e) => {
      e.preventDefault();
      const line = this.injectLine();
      if (line) void this.runner.runGui(line);
    });
    noteForm.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = this.note.value.trim();
      if (!text) return;
      void this.runner.runGui(cmd.annotate(text));
      this.note.value = '';
      this.preview();
    });
    for (const input of [this.kind, this.target, this.note]) input.addEventListener('input', () => this.preview());
    this.kind.addEventListener('change', () => this.preview());
    this.panel.body.append(injectForm, noteForm);
    this.relabel();
  }

  /** Offers the selected entity as the injection target. */
  suggest(ref: EntityRef | null): void {
    if (!ref || this.target.value.trim() !== '') return;
    if (ref.type === 'container') {
      const c = this.store.containers.get(Number(ref.id));
      if (c) this.target.value = `${c.target}/${c.name}`;
    } else if (ref.type !== 'pod') {
      this.target.value = displayName(this.store, ref);
    }
    this.preview();
  }

  relabel(): void {
    this.panel.relabel();
    setText(this.labels.inject, t('hud.injectTitle'));
    setText(this.labels.kind, t('hud.injectKind'));
    setText(this.labels.target, t('hud.injectTarget'));
    setText(this.injectButton, t('hud.inject'));
    setText(this.labels.annotate, t('hud.annotateTitle'));
    setText(this.labels.note, t('hud.annotateText'));
    setText(this.noteButton, t('hud.annotate'));
    this.preview();
  }

  render(visible: boolean): void {
    this.panel.hidden = !visible;
    if (!visible) return;
    const stamp = `${this.store.structureVersion}|${this.store.services.size}|${this.store.deployments.size}`;
    if (stamp === this.targetsStamp) return;
    this.targetsStamp = stamp;
    this.targets.replaceChildren(...injectTargets(this.store, this.images()).map((v) => el('option', { value: v })));
  }

  private injectLine(): string {
    const target = this.target.value.trim();
    return target ? cmd.inject({ kind: this.kind.value, target }) : '';
  }

  private preview(): void {
    const inject = this.injectLine();
    setText(this.injectPreview, inject || t('hud.injectNeedsTarget'));
    this.injectButton.disabled = inject === '';
    const text = this.note.value.trim();
    setText(this.notePreview, text ? cmd.annotate(text) : '');
    this.noteButton.disabled = text === '';
  }
}
