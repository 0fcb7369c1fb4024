// The client's plain mirror of the room: the synced state (fed by a GameConnection as
// a StateSink), my seat, the connection status, commands waiting for their answer and
// the console transcript. No rules live here. Applying a patch is O(changed entities):
// containers are pooled slots on the server, so they are re-keyed by uid here (uid 0 =
// a free slot = absent), pods by name ('' = free), and an index of containers per
// kernel (target) is kept up to date for the layout.
//
//   new ClientStore(connection)                 attaches itself to the connection
//   store.root / game / log / hosts / vms / containers / pods / deployments / services /
//     alerts / incidents / transfers / players   plain read-only views
//   store.containersOn(target) → uids            containers sharing that kernel
//   store.version / structureVersion             bump per change / per layout change
//   store.me / status / pending / transcript / debrief
//   store.run(line, source?) → result | null     send a line, transcript + pending badge
//   store.subscribe(fn) → unsubscribe            after every version bump
//   store.track() → ChangeTracker                per-renderer dirty sets (drain())
import type { DebriefMessage, ResultMessage, WelcomeMessage } from '../../../shared/protocol/messages.ts';
import type { ConnectionStatus, GameConnection, StateSink } from '../net/GameConnection.ts';
import { ChangeTracker, type StoreKey } from './ChangeTracker.ts';
import { COLLECTIONS, EMPTY_GAME, EMPTY_ROOT, type CollectionName, type ContainerView, type EntityViews, type GameView, type LogEntryView, type PodView, type RootView } from './snapshot.ts';
import { Transcript, type TranscriptEntry } from './Transcript.ts';

export type { TranscriptEntry };
export type CommandSource = 'console' | 'gui';

export interface PendingCommand {
  readonly seq: number;
  readonly line: string;
  readonly source: CommandSource;
}

type Maps = { [K in CollectionName]: Map<StoreKey<K>, EntityViews[K]> };

export class ClientStore implements StateSink {
  private rootView: RootView = EMPTY_ROOT;
  private gameView: GameView = EMPTY_GAME;
  private logView: readonly LogEntryView[] = [];
  private readonly maps = Object.fromEntries(COLLECTIONS.map((c) => [c, new Map()])) as unknown as Maps;
  private readonly slotUid = new Map<string, number>();
  private readonly uidSlot = new Map<number, string>();
  private readonly slotPod = new Map<string, string>();
  private readonly podSlot = new Map<string, string>();
  private readonly byTarget = new Map<string, Set<number>>();
  private readonly trackers = new Set<ChangeTracker>();
  private readonly listeners = new Set<(store: ClientStore) => void>();
  private readonly pendingMap = new Map<number, PendingCommand>();
  private readonly lines: Transcript;
  private versionCount = 0;
  private structureCount = 0;
  private changedSinceCommit = false;
  private seq = 0;
  private meView: WelcomeMessage | null = null;
  private statusView: ConnectionStatus;
  private debriefView: DebriefMessage | null = null;

  constructor(
    private readonly connection: GameConnection,
    options: { transcriptLimit?: number } = {},
  ) {
    this.lines = new Transcript(options.transcriptLimit ?? 1000);
    this.statusView = connection.status;
    connection.attachState(this);
    connection.on('welcome', (w) => this.session(() => (this.meView = w)));
    connection.on('status', (s) => this.session(() => (this.statusView = s)));
    connection.on('notice', (n) => this.session(() => this.lines.notice(n.key, n.params ?? {})));
    connection.on('debrief', (d) => this.session(() => (this.debriefView = d)));
  }

  // ---- synced state (read-only views) ----
  get root(): RootView { return this.rootView; }
  get game(): GameView { return this.gameView; }
  get log(): readonly LogEntryView[] { return this.logView; }
  get hosts(): ReadonlyMap<string, EntityViews['hosts']> { return this.maps.hosts; }
  get vms(): ReadonlyMap<string, EntityViews['vms']> { return this.maps.vms; }
  /** By uid. */
  get containers(): ReadonlyMap<number, ContainerView> { return this.maps.containers; }
  /** By pod name. */
  get pods(): ReadonlyMap<string, PodView> { return this.maps.pods; }
  get deployments(): ReadonlyMap<string, EntityViews['deployments']> { return this.maps.deployments; }
  get services(): ReadonlyMap<string, EntityViews['services']> { return this.maps.services; }
  get alerts(): ReadonlyMap<string, EntityViews['alerts']> { return this.maps.alerts; }
  get incidents(): ReadonlyMap<string, EntityViews['incidents']> { return this.maps.incidents; }
  get transfers(): ReadonlyMap<string, EntityViews['transfers']> { return this.maps.transfers; }
  /** By seat. */
  get players(): ReadonlyMap<string, EntityViews['players']> { return this.maps.players; }

  /** Any collection by name (generic code: trackers, completion). */
  entities<K extends CollectionName>(collection: K): ReadonlyMap<StoreKey<K>, EntityViews[K]> {
    return this.maps[collection];
  }

  /** Uids of the containers whose engine is `target` (a host or VM id): one kernel's. */
  containersOn(target: string): ReadonlySet<number> {
    return this.byTarget.get(target) ?? EMPTY_SET;
  }

  /** Bumped on every published change. */
  get version(): number { return this.versionCount; }
  /** Bumped when the layout's shape changes: hosts/VMs added or moved, containers added, removed or moved. */
  get structureVersion(): number { return this.structureCount; }

  // ---- session ----
  get me(): WelcomeMessage | null { return this.meView; }
  get status(): ConnectionStatus { return this.statusView; }
  get pending(): ReadonlyMap<number, PendingCommand> { return this.pendingMap; }
  get transcript(): readonly TranscriptEntry[] { return this.lines.entries; }
  get debrief(): DebriefMessage | null { return this.debriefView; }

  /**
   * Sends a command line (from the console or a GUI gesture), shows it in the transcript
   * and as pending until its result arrives. Resolves with the result, or null when the
   * connection could not deliver one (the transcript then says why).
   */
  async run(line: string, source: CommandSource = 'console'): Promise<ResultMessage | null> {
    const text = line.trim();
    if (!text) return null;
    const seq = ++this.seq;
    this.session(() => {
      this.pendingMap.set(seq, { seq, line: text, source });
      this.lines.input(seq, text);
    });
    let result: ResultMessage | null = null;
    try {
      result = await this.connection.send(text);
    } catch (err) {
      const key = err instanceof Error && 'key' in err && typeof err.key === 'string' ? err.key : 'conn.error.disconnected';
      this.lines.failure(seq, key, { reason: err instanceof Error ? err.message : String(err) });
    }
    this.session(() => {
      this.pendingMap.delete(seq);
      if (result) this.lines.result(seq, result);
    });
    return result;
  }

  /** Calls `listener` after every change (state patch or session change). */
  subscribe(listener: (store: ClientStore) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** A reader of what changed since its last drain(); dispose() it when done. */
  track(): ChangeTracker {
    const tracker = new ChangeTracker((t) => this.trackers.delete(t));
    this.trackers.add(tracker);
    return tracker;
  }

  // ---- StateSink (the connection calls these) ----
  resetState(): void {
    for (const c of COLLECTIONS) this.maps[c].clear();
    this.slotUid.clear();
    this.uidSlot.clear();
    this.slotPod.clear();
    this.podSlot.clear();
    this.byTarget.clear();
    this.rootView = EMPTY_ROOT;
    this.gameView = EMPTY_GAME;
    this.logView = [];
    this.structureCount++;
    this.mark('reset');
  }

  setRoot(root: RootView): void {
    this.rootView = root;
    this.mark('root');
  }

  setGame(game: GameView): void {
    this.gameView = game;
    this.mark('game');
  }

  setLog(entries: readonly LogEntryView[]): void {
    this.logView = entries;
    this.mark('log');
  }

  setEntity<K extends CollectionName>(collection: K, key: string, value: EntityViews[K]): void {
    if (collection === 'containers') return this.setContainer(key, value as ContainerView);
    if (collection === 'pods') return this.setPod(key, value as PodView);
    const map = this.maps[collection] as Map<string, EntityViews[K]>;
    const prev = map.get(key) as Record<string, unknown> | undefined;
    map.set(key, value);
    const v = value as Record<string, unknown>;
    if (!prev ? collection === 'hosts' || collection === 'vms' : prev.rack !== v.rack || prev.role !== v.role || prev.host !== v.host) this.structureCount++;
    this.upserted(collection, key as StoreKey<K>);
  }

  removeEntity(collection: CollectionName, key: string): void {
    if (collection === 'containers') return this.freeSlot(key);
    if (collection === 'pods') return this.freePod(key);
    const map = this.maps[collection] as Map<string, unknown>;
    if (!map.delete(key)) return;
    if (collection === 'hosts' || collection === 'vms') this.structureCount++;
    this.removed(collection, key);
  }

  commit(): void {
    if (!this.changedSinceCommit) return;
    this.changedSinceCommit = false;
    this.publish();
  }

  // ---- internals ----
  private setContainer(slot: string, c: ContainerView): void {
    if (c.uid === 0) return this.freeSlot(slot);
    const held = this.slotUid.get(slot);
    if (held !== c.uid) {
      if (held !== undefined) this.freeSlot(slot);
      this.slotUid.set(slot, c.uid);
      this.uidSlot.set(c.uid, slot);
    }
    const prev = this.maps.containers.get(c.uid);
    if (!prev || prev.target !== c.target) {
      if (prev) this.byTarget.get(prev.target)?.delete(c.uid);
      let set = this.byTarget.get(c.target);
      if (!set) this.byTarget.set(c.target, (set = new Set()));
      set.add(c.uid);
      this.structureCount++;
    }
    this.maps.containers.set(c.uid, c);
    this.upserted('containers', c.uid);
  }

  /** The container in `slot` is gone, unless it moved to another slot meanwhile. */
  private freeSlot(slot: string): void {
    const uid = this.slotUid.get(slot);
    if (uid === undefined) return;
    this.slotUid.delete(slot);
    if (this.uidSlot.get(uid) !== slot) return;
    this.uidSlot.delete(uid);
    const prev = this.maps.containers.get(uid);
    if (!prev) return;
    this.byTarget.get(prev.target)?.delete(uid);
    this.maps.containers.delete(uid);
    this.structureCount++;
    this.removed('containers', uid);
  }

  private setPod(slot: string, pod: PodView): void {
    if (pod.name === '') return this.freePod(slot);
    const held = this.slotPod.get(slot);
    if (held !== pod.name) {
      if (held !== undefined) this.freePod(slot);
      this.slotPod.set(slot, pod.name);
      this.podSlot.set(pod.name, slot);
    }
    this.maps.pods.set(pod.name, pod);
    this.upserted('pods', pod.name);
  }

  private freePod(slot: string): void {
    const name = this.slotPod.get(slot);
    if (name === undefined) return;
    this.slotPod.delete(slot);
    if (this.podSlot.get(name) !== slot) return; // the pod moved to another slot meanwhile
    this.podSlot.delete(name);
    if (this.maps.pods.delete(name)) this.removed('pods', name);
  }

  private upserted<K extends CollectionName>(collection: K, key: StoreKey<K>): void {
    this.changedSinceCommit = true;
    for (const t of this.trackers) t.upserted(collection, key);
  }

  private removed<K extends CollectionName>(collection: K, key: StoreKey<K>): void {
    this.changedSinceCommit = true;
    for (const t of this.trackers) t.removed(collection, key);
  }

  private mark(flag: 'reset' | 'root' | 'game' | 'log' | 'session'): void {
    this.changedSinceCommit = true;
    for (const t of this.trackers) t.flag(flag);
  }

  /** A session change is published at once (it does not wait for a patch). */
  private session(change: () => void): void {
    change();
    for (const t of this.trackers) t.flag('session');
    this.publish();
  }

  private publish(): void {
    this.versionCount++;
    for (const listener of [...this.listeners]) listener(this);
  }
}

const EMPTY_SET: ReadonlySet<number> = new Set();
