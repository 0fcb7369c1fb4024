// The datacenter on screen. Each frame it applies only what changed in the store (a
// ChangeTracker drain → signatures → dirty hosts and chunks), rebuilds the geometry only
// when the nesting changed, culls to the view, and repaints dirty pictures within a
// time budget: rack chunks when zoomed out, one picture per visible host when zoomed in
// (the chunk pictures stay beneath as placeholders). Alerts, selection and rack names
// are drawn over the pictures.
import Phaser from 'phaser';
import type { ChangeTracker } from '../../state/ChangeTracker.ts';
import type { ClientStore } from '../../state/ClientStore.ts';
import { selectAlertSubjects, selectLayout, selectTransfersByTarget, type TransferTile } from '../../state/selectors/layout.ts';
import { buildChunks, chunkIndexByHost, type Chunk } from '../geometry/chunks.ts';
import { visibleChunks, visibleHosts } from '../geometry/culling.ts';
import { hitTestWorld } from '../geometry/hitTest.ts';
import { chooseDetail, farResolution, type Detail } from '../geometry/lod.ts';
import type { Rect } from '../geometry/rect.ts';
import { entityRect, subjectEntity } from '../geometry/subjects.ts';
import { visibleRect, type Viewport } from '../geometry/viewport.ts';
import { WorldDiff, diffGeometry } from '../geometry/worldDiff.ts';
import { buildWorldGeometry, type HostBox, type WorldGeometry } from '../geometry/worldLayout.ts';
import type { WorldEntity } from '../intents.ts';
import { TexturePrefix } from '../keys.ts';
import { drawChunk } from './drawChunk.ts';
import { drawHost, type DrawSource } from './drawHost.ts';
import { MarkerLayer, type AlertMark } from './MarkerLayer.ts';
import { PictureLayer } from './PictureLayer.ts';
import { PicturePool } from './PicturePool.ts';
import { RackLabels } from './RackLabels.ts';

/** Milliseconds per frame spent redrawing pictures, at most (one picture at least). */
export const PAINT_BUDGET_MS = 6;
/** For places on screen with no picture at all yet (first view of the world, a jump). */
export const FIRST_PAINT_BUDGET_MS = 80;

interface HostItem {
  key: string;
  frame: Rect;
  box: HostBox;
}

export class WorldRenderer {
  private geometryView: WorldGeometry | null = null;
  private builtVersion = -1;
  private chunks: Chunk[] = [];
  private chunkOfHost = new Map<string, Chunk>();
  private hostItems = new Map<string, HostItem>();
  private readonly tracker: ChangeTracker;
  private readonly diff: WorldDiff;
  private readonly pools: PicturePool[];
  private readonly far: PictureLayer<Chunk>;
  private readonly near: PictureLayer<HostItem>;
  private readonly markers: MarkerLayer;
  private readonly labels: RackLabels;
  private detailView: Detail = chooseDetail(1);
  private transfers: ReadonlyMap<string, readonly TransferTile[]> | null = null;
  private alertsDirty = true;
  private selected: WorldEntity | null = null;
  private target: WorldEntity | null = null;
  /** Something on screen may look different since takeChanged() last ran; urgent: the user's own doing. */
  private changed = true;
  private urgent = false;
  lastApplyMs = 0;

  constructor(
    scene: Phaser.Scene,
    private readonly store: ClientStore,
  ) {
    this.tracker = store.track();
    this.diff = new WorldDiff(store);
    const farPool = new PicturePool(scene, TexturePrefix.Chunk, 0);
    const nearPool = new PicturePool(scene, TexturePrefix.Host, 1);
    this.pools = [farPool, nearPool];
    this.far = new PictureLayer(farPool, (ctx, chunk, res) => drawChunk(ctx, chunk, this.source(), res));
    this.near = new PictureLayer(nearPool, (ctx, item) => drawHost(ctx, item.box, this.source(), this.detailView));
    this.markers = new MarkerLayer(scene, 5);
    this.labels = new RackLabels(scene, 4);
  }

  get geometry(): WorldGeometry | null {
    return this.geometryView;
  }

  get detail(): Detail {
    return this.detailView;
  }

  /** Applies the store's changes since the last call; true when the geometry was rebuilt. */
  applyChanges(): boolean {
    const t0 = performance.now();
    const changes = this.tracker.drain();
    const rebuild = this.builtVersion !== this.store.structureVersion;
    if (!changes.any && !rebuild) return false;
    this.changed = true;
    if (!this.geometryView) this.diff.seed();
    const d = this.diff.collect(changes, this.geometryView, rebuild);
    if (d.structure) {
      const next = buildWorldGeometry(selectLayout(this.store));
      for (const id of diffGeometry(this.geometryView, next)) {
        d.hosts.add(id);
        d.farHosts.add(id);
      }
      this.geometryView = next;
      this.builtVersion = this.store.structureVersion;
      this.chunks = buildChunks(next);
      this.chunkOfHost = chunkIndexByHost(this.chunks);
      this.hostItems = new Map([...next.hosts.values()].map((box) => [box.id, { key: box.id, frame: box.frame, box }]));
      this.labels.setRacks(next.racks);
      this.alertsDirty = true;
      this.refreshFocusMarks();
    }
    if (d.reset) this.redrawAll();
    for (const id of d.hosts) this.near.markDirty(id);
    for (const id of d.farHosts) {
      const chunk = this.chunkOfHost.get(id);
      if (chunk) this.far.markDirty(chunk.key);
    }
    if (d.alerts) this.alertsDirty = true;
    this.lastApplyMs = performance.now() - t0;
    return d.structure;
  }

  /** Culls, picks the level of detail, repaints within budget and updates the marks. */
  frame(v: Viewport, time: number, reducedMotion: boolean): void {
    this.transfers = null;
    this.detailView = chooseDetail(v.zoom, this.detailView.tier);
    const g = this.geometryView;
    if (!g) return;
    const view = visibleRect(v);
    const margin = 64 / v.zoom;
    const near = this.detailView.tier !== 'far';
    this.far.show(visibleChunks(this.chunks, view, margin), near ? Math.min(farResolution(v.zoom), 1 / 8) : farResolution(v.zoom), v.cx, v.cy, near);
    if (near) {
      const items = visibleHosts(g, view, margin).map((h) => this.hostItems.get(h.id) as HostItem);
      this.near.show(items, this.detailView.resolution, v.cx, v.cy);
    } else this.near.clear();
    const now = performance.now();
    const deadline = now + PAINT_BUDGET_MS;
    const firstDeadline = now + FIRST_PAINT_BUDGET_MS;
    let changed = false;
    if (near) {
      changed = this.near.paint(deadline, firstDeadline) > 0;
      // Chunk pictures (as last painted) stand in for hosts not painted yet, and hide
      // once all are: their magnified edges would blur around the host pictures.
      changed = this.far.setVisible(this.near.pending() > 0) || changed;
    } else {
      changed = this.far.setVisible(true);
      changed = this.far.paint(deadline, firstDeadline) > 0 || changed;
    }
    if (this.alertsDirty) {
      this.alertsDirty = false;
      this.markers.setAlerts(this.alertMarks(g));
    }
    changed = this.markers.update(v.zoom, time, reducedMotion) || changed;
    if (changed) this.changed = true;
    this.labels.update(view, v.zoom);
  }

  hitTest(x: number, y: number): WorldEntity | null {
    return this.geometryView ? hitTestWorld(this.geometryView, x, y) : null;
  }

  rectOf(entity: WorldEntity): Rect | null {
    return this.geometryView ? entityRect(this.geometryView, entity) : null;
  }

  select(entity: WorldEntity | null): void {
    this.selected = entity;
    this.urgent = true;
    this.refreshFocusMarks();
  }

  highlight(entity: WorldEntity | null): void {
    this.target = entity;
    this.urgent = true;
    this.refreshFocusMarks();
  }

  setCrosshair(point: { x: number; y: number } | null): void {
    if (this.markers.setCrosshair(point)) this.urgent = true;
  }

  /**
   * Whether anything drawn may look different since the last call (the view's own
   * movement aside: the scene compares viewports itself): 'now' for the user's own marks
   * (selection, drop target, crosshair), 'later' for the world's changes. The scene
   * skips frames that show nothing new.
   */
  takeChanged(): 'none' | 'later' | 'now' {
    const out = this.urgent ? 'now' : this.changed ? 'later' : 'none';
    this.changed = false;
    this.urgent = false;
    return out;
  }

  /** Every picture is drawn again (language switch, fonts arrived, reduced motion). */
  redrawAll(): void {
    this.changed = true;
    this.near.markAll();
    this.far.markAll();
    this.markers.invalidate();
  }

  get pictures(): number {
    return this.far.shown + this.near.shown;
  }

  /** Pictures on screen still to be painted (near zoom: host pictures; chunks are only stand-ins there). */
  get pending(): number {
    return this.detailView.tier === 'far' ? this.far.pending() : this.near.pending();
  }

  destroy(): void {
    this.tracker.dispose();
    this.far.clear();
    this.near.clear();
    for (const pool of this.pools) pool.destroyAll();
    this.markers.destroy();
    this.labels.destroy();
  }

  private source(): DrawSource {
    this.transfers ??= selectTransfersByTarget(this.store);
    return { store: this.store, transfers: this.transfers };
  }

  private refreshFocusMarks(): void {
    this.markers.setSelected(this.selected ? this.rectOf(this.selected) : null);
    this.markers.setTarget(this.target ? this.rectOf(this.target) : null);
  }

  private alertMarks(g: WorldGeometry): AlertMark[] {
    const out: AlertMark[] = [];
    for (const [subject, severity] of selectAlertSubjects(this.store)) {
      const entity = subjectEntity(this.store, subject);
      const rect = entity ? entityRect(g, entity) : null;
      if (rect) out.push({ rect, severity });
    }
    return out;
  }
}
