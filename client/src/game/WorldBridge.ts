// The link between the page (startGame's caller) and the running scenes: the page's
// store and intent callback go in, the Datacenter scene plugs its API in once created.
// Calls made before that (a selection restored from the URL, a focus) are kept and
// replayed, so the page never has to wait for Phaser to boot.
import type { ClientStore } from '../state/ClientStore.ts';
import type { WorldEntity, WorldIntent, WorldStats } from './intents.ts';

export interface WorldDeps {
  store: ClientStore;
  onIntent(intent: WorldIntent): void;
  /** 'auto' (default): WebGL, Canvas where WebGL is missing; 'webgl' / 'canvas' to force one. */
  renderer?: 'auto' | 'webgl' | 'canvas';
}

/** What the Datacenter scene offers once it runs. */
export interface WorldApi {
  focus(entity: WorldEntity): void;
  select(entity: WorldEntity | null): void;
  highlight(entity: WorldEntity | null): void;
  hitTest(clientX: number, clientY: number): WorldEntity | null;
  redrawLabels(): void;
  stats(): WorldStats;
}

export class WorldBridge {
  private api: WorldApi | null = null;
  private selected: WorldEntity | null = null;
  private focused: WorldEntity | null = null;
  private resolveFirst: (at: number) => void = () => {};
  readonly firstStateFrame: Promise<number>;

  constructor(
    readonly deps: WorldDeps,
    readonly element: HTMLElement,
  ) {
    this.firstStateFrame = new Promise((resolve) => (this.resolveFirst = resolve));
  }

  attach(api: WorldApi): void {
    this.api = api;
    api.select(this.selected);
    if (this.focused) api.focus(this.focused);
    this.focused = null;
  }

  detach(): void {
    this.api = null;
  }

  get world(): WorldApi | null {
    return this.api;
  }

  select(entity: WorldEntity | null): void {
    this.selected = entity;
    this.api?.select(entity);
  }

  focus(entity: WorldEntity): void {
    if (this.api) this.api.focus(entity);
    else this.focused = entity;
  }

  /** The scene drew the datacenter for the first time. */
  stateDrawn(at: number): void {
    this.resolveFirst(at);
  }
}
