// The game screen: the world view's area (Phaser, started by the caller's startWorld, so
// the screen also runs without it in tests), the HUD (top bar and side panels), the
// console and the inspector, as DOM overlays. It wires the world's intents (select,
// context menu) and image drops to the same command path the console uses, re-renders
// what changed once per animation frame, and re-labels everything on a language switch.
//
//   const screen = mountGameScreen(root, { store, connection, startWorld });
//   screen.showCommand('docker -H host-1 ps');   // puts a line in the console input
//   screen.destroy();
import type { GameConnection } from '../../net/GameConnection.ts';
import { onLanguageChange, t } from '../../i18n/index.ts';
import type { ClientStore } from '../../state/ClientStore.ts';
import { selectPermissions } from '../../state/selectors/permissions.ts';
import { Announcer } from './Announcer.ts';
import { CommandRunner } from './CommandRunner.ts';
import { ConsoleView } from './Console.ts';
import { ContextMenu } from './ContextMenu.ts';
import { el, isTyping, setText } from './dom.ts';
import { announce } from '../common/announcer.ts';
import { languageSwitch } from '../common/LanguageSwitch.ts';
import { LiveText } from '../common/LiveText.ts';
import { onReducedMotionChange, prefersReducedMotion } from '../common/motion.ts';
import { displayName, exists, normalise, refKey, worldRef, type EntityRef, type StartWorld, type WorldHandle, type WorldIntent } from './entities.ts';
import { entityActions } from './entityActions.ts';
import { ImageCatalog } from './ImageCatalog.ts';
import { listenForImageDrops } from './imageDrop.ts';
import { ImagePalette } from './ImagePalette.ts';
import { InspectorPanel } from './Inspector.ts';
import { MetricHistory, sampleEntity } from './MetricHistory.ts';
import { AlertsPanel } from './panels/AlertsPanel.ts';
import { EventLogPanel } from './panels/EventLogPanel.ts';
import { ExplorerPanel } from './panels/ExplorerPanel.ts';
import { FacilitatorPanel } from './panels/FacilitatorPanel.ts';
import { HintsPanel } from './panels/HintsPanel.ts';
import { ObjectivesPanel } from './panels/ObjectivesPanel.ts';
import { PlayersPanel } from './panels/PlayersPanel.ts';
import { ServicesPanel } from './panels/ServicesPanel.ts';
import { TopBar } from './TopBar.ts';
import './gameScreen.css';

export type { EntityRef, StartWorld, WorldHandle, WorldIntent };

export interface GameScreenDeps {
  store: ClientStore;
  connection: GameConnection;
  startWorld?: StartWorld;
  /** Shows a "Leave game" button that calls this (the shell leaves the room). */
  onLeave?: () => void;
  /** When to re-render after a change (default: the next animation frame; tests pass `(fn) => fn()`). */
  schedule?: (render: () => void) => void;
}

export interface GameScreen {
  destroy(): void;
  /** Puts `line` in the console input (focused, not run), for the player to run or edit. */
  showCommand(line: string): void;
}

function nextFrame(render: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => render());
  else setTimeout(render, 16);
}

export function mountGameScreen(root: HTMLElement, deps: GameScreenDeps): GameScreen {
  const { store, connection } = deps;
  const schedule = deps.schedule ?? nextFrame;
  const runner = new CommandRunner(store);
  const history = new MetricHistory();
  const catalog = new ImageCatalog(store);
  const announcer = new Announcer(store);
  const texts = new LiveText();
  const language = languageSwitch(texts);
  const may = () => selectPermissions(store);

  const screen = el('div', { class: 'game-screen' });
  screen.classList.toggle('reduced-motion', prefersReducedMotion());
  const stopMotion = onReducedMotionChange((reduced) => screen.classList.toggle('reduced-motion', reduced));
  const menu = new ContextMenu(screen);
  let selected: EntityRef | null = null;
  let selectedFrom: HTMLElement | null = null;

  const select = (ref: EntityRef | null, options: { focus?: boolean; from?: HTMLElement | null } = {}) => {
    const next = ref ? normalise(store, ref) : null;
    selected = next && exists(store, next) ? next : null;
    if (options.from !== undefined) selectedFrom = options.from;
    if (selected) recordSample(selected);
    inspector.setSelection(selected);
    explorer.setSelection(selected);
    facilitator.suggest(selected);
    palette.render();
    world?.select?.(worldRef(selected));
    if (options.focus && selected) inspector.focus();
  };
  /** A choice in a DOM list: the inspector takes focus and the world view shows it. */
  const selectFromList = (ref: EntityRef) => {
    const from = root.ownerDocument.activeElement instanceof HTMLElement ? root.ownerDocument.activeElement : null;
    select(ref, { focus: true, from });
    const shown = worldRef(selected);
    if (shown) world?.focus?.(shown);
  };
  const recordSample = (ref: EntityRef) => {
    const samples = sampleEntity(store, ref);
    if (samples) history.record(refKey(ref), store.root.tick, samples);
  };

  const consoleView = new ConsoleView(store, runner);
  const palette = new ImagePalette(store, runner, catalog, menu, () => selected);
  const inspector = new InspectorPanel(store, runner, history, { select: (r) => (r ? selectFromList(r) : select(null)), pickImage: (target, anchor) => palette.pickImageFor(target, anchor), canCommand: () => may().canCommand });
  const leave = deps.onLeave ? el('button', { type: 'button', class: 'hud-button hud-leave' }) : null;
  if (leave && deps.onLeave) leave.addEventListener('click', deps.onLeave);
  const topBar = new TopBar(store, runner, el('div', { class: 'hud-extra' }, language.element, leave));
  const services = new ServicesPanel(store, selectFromList);
  const objectives = new ObjectivesPanel(store);
  const alerts = new AlertsPanel(store, runner, selectFromList, () => may().canCommand);
  const log = new EventLogPanel(store);
  const players = new PlayersPanel(store);
  const hints = new HintsPanel(store, runner);
  const facilitator = new FacilitatorPanel(store, runner, () => catalog.refs());

  const openMenu = (ref: EntityRef, x: number, y: number, from: HTMLElement | null) => {
    const target = normalise(store, ref);
    if (!exists(store, target)) return;
    const details = { label: t('menu.details'), run: () => select(target, { focus: true, from }) };
    const actions = may().canCommand
      ? entityActions(store, target).map((a) => ({
          label: a.label,
          ...(a.line ? { detail: a.line } : {}),
          ...(a.danger ? { danger: true } : {}),
          run: () => (a.id === 'runImage' ? palette.pickImageFor(target.id, from ?? worldArea) : void runner.runGui(a.line)),
        }))
      : [];
    menu.open(t('menu.title', { kind: t(`inspector.kind.${target.type}`), name: displayName(store, target) }), [details, ...actions], x, y, from);
  };
  const explorer = new ExplorerPanel(store, { select: selectFromList, menu: (ref, x, y, from) => openMenu(ref, x, y, from) });

  // ---- layout ----
  const worldLabel = el('p', { class: 'world-placeholder' });
  const worldArea = el('div', { class: 'game-world', role: 'region', tabindex: -1 }, worldLabel);
  const left = el('div', { class: 'game-column game-left' }, objectives.panel.root, alerts.panel.root, alerts.incidentsPanel.root, services.panel.root, explorer.panel.root, palette.panel.root, hints.panel.root);
  const center = el('div', { class: 'game-center' }, worldArea, consoleView.root);
  const right = el('div', { class: 'game-column game-right' }, inspector.root, facilitator.panel.root, players.panel.root, log.panel.root);
  screen.append(topBar.root, el('div', { class: 'game-main' }, left, center, right));
  root.append(screen);

  let world: WorldHandle | null = null;
  const onIntent = (intent: WorldIntent) => {
    if (intent.kind === 'select') select(intent.entity);
    else if (intent.kind === 'context') openMenu(intent.entity, intent.screenX, intent.screenY, worldArea);
  };
  if (deps.startWorld) {
    worldLabel.remove();
    world = deps.startWorld(worldArea, onIntent);
  }
  const stopDrops = listenForImageDrops(screen, worldArea, () => world, store, (image, target, pull) => palette.place(image, target, pull));

  // ---- rendering ----
  const tracker = store.track();
  let scheduled = false;
  let destroyed = false;
  let lastTick = -1;
  let lastStructure = -1;

  const relabel = () => {
    setText(worldLabel, t('hud.noWorld'));
    worldArea.setAttribute('aria-label', t('hud.world'));
    consoleView.relabel();
    facilitator.relabel();
    texts.refresh();
    if (leave) setText(leave, t('hud.leave'));
  };

  const render = (force: boolean) => {
    const changes = tracker.drain();
    if (changes.reset && selected && !exists(store, selected)) select(null);
    if (selected && (store.root.tick !== lastTick || force)) recordSample(selected);
    lastTick = store.root.tick;
    const perms = may();
    topBar.render();
    if (force || changes.session) consoleView.render(force);
    // The palette reads every container: only when the set of containers or images may have changed.
    if (catalog.update() || force || store.structureVersion !== lastStructure || changes.collections.deployments.upserted.size || changes.collections.transfers.upserted.size) palette.render(force);
    lastStructure = store.structureVersion;
    objectives.render();
    services.render();
    alerts.render();
    log.render(force);
    players.render();
    players.panel.hidden = store.root.mode !== 'team' && store.players.size <= 1;
    hints.render(force);
    explorer.render(changes, force);
    facilitator.render(perms.facilitatorControls);
    inspector.render();
    if (force || changes.collections.alerts.upserted.size || changes.reset || changes.session) announcer.checkAlerts();
  };

  const frame = () => {
    scheduled = false;
    if (!destroyed) render(false);
  };
  const invalidate = () => {
    if (scheduled || destroyed) return;
    scheduled = true;
    schedule(frame);
  };
  const unsubscribe = store.subscribe(invalidate);
  const stopLang = onLanguageChange(() => {
    relabel();
    render(true);
  });
  const stopNotice = connection.on('notice', (n) => announce(t(n.key, n.params ?? {})));

  // ---- keyboard ----
  const onKey = (e: KeyboardEvent) => {
    if ((e.key === '/' && !isTyping(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey) || (e.key === '`' && e.ctrlKey)) {
      e.preventDefault();
      consoleView.focus();
    } else if (e.key === 'Escape' && !menu.isOpen && e.target instanceof Node && inspector.root.contains(e.target)) {
      e.preventDefault();
      (selectedFrom?.isConnected ? selectedFrom : consoleView.input).focus();
    }
  };
  root.ownerDocument.addEventListener('keydown', onKey);

  relabel();
  render(true);

  return {
    showCommand: (line) => consoleView.show(line),
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      unsubscribe();
      stopLang();
      stopNotice();
      stopDrops();
      tracker.dispose();
      runner.dispose();
      consoleView.dispose();
      menu.close(false);
      root.ownerDocument.removeEventListener('keydown', onKey);
      stopMotion();
      language.destroy();
      world?.destroy();
      screen.remove();
    },
  };
}
