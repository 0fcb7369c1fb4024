// The image palette: a chip per known image. A chip can be dragged onto a host or VM (in
// the world view or the datacenter list) to run it there; from the keyboard, Enter on a
// chip opens a "Run on…" menu of hosts and VMs (and "Pull to…"). Every choice builds
// `docker -H <target> run -d <image>` (or pull) and runs it like a typed line.
import * as cmd from '../../input/commandBuilders.ts';
import { t } from '../../i18n/index.ts';
import type { ClientStore } from '../../state/ClientStore.ts';
import type { CommandRunner } from './CommandRunner.ts';
import type { ContextMenu, MenuItem } from './ContextMenu.ts';
import { el, setText, syncList } from './dom.ts';
import { dockerTargets, type EntityRef } from './entities.ts';
import type { ImageCatalog } from './ImageCatalog.ts';
import { Panel } from './Panel.ts';

/** The drag data type of an image chip. */
export const IMAGE_MIME = 'application/x-nines-image';

export class ImagePalette {
  readonly panel = new Panel('images', 'hud.images');
  private readonly chips = el('ul', { class: 'chip-list' });
  private readonly empty = el('p', { class: 'hud-empty' });
  private readonly listButton = el('button', { type: 'button', class: 'action-button' });
  private readonly help = el('p', { class: 'hud-note', id: 'game-palette-help' });
  private drawn = '';

  constructor(
    private readonly store: ClientStore,
    private readonly runner: CommandRunner,
    private readonly catalog: ImageCatalog,
    private readonly menu: ContextMenu,
    private readonly selection: () => EntityRef | null,
  ) {
    this.listButton.addEventListener('click', () => {
      const target = this.listTarget();
      if (target) void runner.runGui(cmd.dockerImages(target));
    });
    this.panel.body.append(this.help, this.chips, this.empty, this.listButton);
  }

  /** Runs (or pulls) `image` on `target`, as a drop or a menu choice does. */
  place(image: string, target: string, pull = false): void {
    void this.runner.runGui(pull ? cmd.dockerPull(target, image) : cmd.dockerRun({ target, image }));
  }

  /** The "Run … on <target>" menu for a host or VM: one item per known image. */
  pickImageFor(target: string, anchor: HTMLElement): void {
    const items: MenuItem[] = this.catalog.refs().map((image) => {
      const line = cmd.dockerRun({ target, image });
      return { label: image, detail: line, run: () => void this.runner.runGui(line) };
    });
    const box = anchor.getBoundingClientRect();
    this.menu.open(t('menu.runImageOn', { target }), items, box.left, box.bottom, anchor);
  }

  render(force = false): void {
    const images = this.catalog.refs();
    const target = this.listTarget();
    const stamp = `${images.join(' ')}|${target}`;
    if (!force && stamp === this.drawn) return;
    this.drawn = stamp;
    this.panel.relabel();
    setText(this.help, t('hud.paletteHelp'));
    setText(this.empty, t('hud.noImages'));
    this.empty.hidden = images.length > 0;
    this.listButton.hidden = target === '';
    this.listButton.replaceChildren(t('hud.listImages'), el('code', { class: 'action-line' }, target ? cmd.dockerImages(target) : ''));
    syncList(this.chips, images, (i) => i, (i) => this.chip(i), (node, i) => {
      const b = node.firstElementChild as HTMLElement;
      b.setAttribute('aria-label', t('hud.imageChip', { image: i }));
    });
  }

  private chip(image: string): HTMLElement {
    const b = el('button', { type: 'button', class: 'chip', draggable: 'true', 'aria-haspopup': 'menu', 'aria-describedby': 'game-palette-help', 'data-focus-key': `img:${image}` }, el('span', { 'aria-hidden': 'true' }, '▣ '), image);
    b.addEventListener('dragstart', (e) => {
      e.dataTransfer?.setData(IMAGE_MIME, image);
      e.dataTransfer?.setData('text/plain', image);
      if (e.dataTransfer) e.dataTransfer.effectAllowed = 'copy';
    });
    b.addEventListener('click', () => this.openRunOn(image, b));
    return el('li', {}, b);
  }

  private openRunOn(image: string, anchor: HTMLElement): void {
    const targets = dockerTargets(this.store);
    const items: MenuItem[] = [
      ...targets.map((target) => ({ label: t('menu.runOn', { target }), detail: cmd.dockerRun({ target, image }), run: () => this.place(image, target) })),
      ...targets.map((target) => ({ label: t('menu.pullTo', { target }), detail: cmd.dockerPull(target, image), run: () => this.place(image, target, true) })),
    ];
    const box = anchor.getBoundingClientRect();
    this.menu.open(t('menu.runImage', { image }), items, box.left, box.bottom, anchor);
  }

  /** Where `docker images` is asked: the selected host or VM, else the first engine. */
  private listTarget(): string {
    const sel = this.selection();
    if (sel && (sel.type === 'vm' || (sel.type === 'host' && this.store.hosts.get(sel.id)?.role === 'container-host'))) return sel.id;
    return dockerTargets(this.store)[0] ?? '';
  }
}
