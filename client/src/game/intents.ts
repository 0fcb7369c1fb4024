// What the world view tells the page (intents) and what the page can ask of it (the
// handle startGame returns). Entities are named as the DOM names them
// (client/src/ui/game/entities.ts EntityRef): a host or VM id, a container uid as text.
// The view never runs commands: the page turns intents into command lines.

export type WorldEntityType = 'host' | 'vm' | 'container';

export interface WorldEntity {
  type: WorldEntityType;
  /** Host or VM id; for a container, its uid as text. */
  id: string;
}

export type WorldIntent =
  /** A click or tap: on an entity, or on empty space (null: clear the selection). */
  | { kind: 'select'; entity: WorldEntity | null }
  /** A right-click (or long press) on an entity, at viewport (client) coordinates. */
  | { kind: 'context'; entity: WorldEntity; screenX: number; screenY: number };

export interface GameHandle {
  /** Stops the game and removes its canvas. */
  destroy(): void;
  /** Redraws every label in the current language (the view also follows onLanguageChange). */
  setLanguage(): void;
  /** Pans and zooms to show an entity (an alert's subject, a search result…). */
  focus(entity: WorldEntity): void;
  /** Shows which entity is selected (null: none), e.g. when chosen in a DOM list. */
  select(entity: WorldEntity | null): void;
  /** Outlines a drop target while something is dragged over the view (null: none). */
  highlight(entity: WorldEntity | null): void;
  /** The host, VM or container at viewport (client) coordinates, e.g. where an image chip was dropped. */
  hitTest(screenX: number, screenY: number): WorldEntity | null;
  /** Resolves with performance.now() of the first frame that showed a non-empty datacenter. */
  readonly firstStateFrame: Promise<number>;
  /** Numbers for the benchmark and tests. */
  stats(): WorldStats;
}

export interface WorldStats {
  renderer: 'webgl' | 'canvas' | 'none';
  tier: string;
  zoom: number;
  /** Hosts + VMs + containers in the drawn layout. */
  objects: number;
  /** Game objects on the display list that are visible this frame. */
  visiblePictures: number;
  /** Pictures waiting to be redrawn. */
  dirty: number;
  /** performance.now() spent in the last applyChanges (store changes into the views). */
  lastApplyMs: number;
  frames: number;
}
