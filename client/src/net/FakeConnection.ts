// A GameConnection that plays a room in memory, for tests and an offline demo. It keeps
// a plain copy of the "server" state, which the test (or demo) changes with patch();
// each patch reaches the attached store exactly as a decoded Colyseus patch would
// (setEntity/removeEntity by server key, then one commit). Commands are answered by a
// `respond` function, at once or later with answer().
//
//   const fake = new FakeConnection({ respond: (line) => ({ ok: true, output: '' }) });
//   fake.patch((p) => p.set('containers', '0', fakeEntity('containers', { uid: 1, name: 'web' })));
//   fake.notify({ key: 'room.lifecycle.joined', params: { name: 'Ann', role: 'player' } }); fake.drop(); fake.restore();
import type { CreateOptions, DebriefMessage, JoinOptions, NoticeMessage, ResultMessage, WelcomeMessage } from '../../../shared/protocol/messages.ts';
import { COLLECTIONS, type CollectionName, type EntityViews, type GameView, type LogEntryView, type RootView } from '../state/snapshot.ts';
import { Emitter } from './Emitter.ts';
import { fakeGame, fakeRoot } from './fakeEntities.ts';
import { ConnectionError, type ConnectionEvents, type ConnectionStatus, type GameConnection, type StateSink } from './GameConnection.ts';
import { ResultWaiters } from './ResultWaiters.ts';
import { memoryStorage, STORAGE_KEYS, type KeyValueStorage } from './storage.ts';

/** What a command gets back: a result now, a promise of one, or undefined to answer later. */
export type FakeResponder = (line: string, id: string) => Omit<ResultMessage, 'id'> | Promise<Omit<ResultMessage, 'id'>> | undefined;

export interface FakePatch {
  root(fields: Partial<RootView>): void;
  game(fields: Partial<GameView>): void;
  set<K extends CollectionName>(collection: K, key: string, value: EntityViews[K]): void;
  remove(collection: CollectionName, key: string): void;
  log(entries: readonly LogEntryView[]): void;
}

export interface FakeConnectionOptions {
  respond?: FakeResponder;
  /** Fields of every welcome (seat, name, role…); the rest comes from the options. */
  welcome?: Partial<WelcomeMessage>;
  /** Refuse create/join with this message (a bad code, a full room…). */
  refuse?: string;
  session?: KeyValueStorage;
  local?: KeyValueStorage;
}

export class FakeConnection implements GameConnection {
  /** Every command line sent, in order, with its id. */
  readonly sent: { id: string; line: string }[] = [];
  private readonly events = new Emitter<ConnectionEvents>();
  private readonly waiters = new ResultWaiters('f');
  private readonly session: KeyValueStorage;
  private readonly local: KeyValueStorage;
  private sink: StateSink | null = null;
  private current: ConnectionStatus = 'closed';
  private lastWelcome: WelcomeMessage | null = null;
  private root: RootView = fakeRoot();
  private game: GameView = fakeGame();
  private entries: readonly LogEntryView[] = [];
  private readonly maps = new Map<CollectionName, Map<string, unknown>>(COLLECTIONS.map((c) => [c, new Map()]));

  constructor(private readonly options: FakeConnectionOptions = {}) {
    this.session = options.session ?? memoryStorage();
    this.local = options.local ?? memoryStorage();
  }

  get status(): ConnectionStatus {
    return this.current;
  }

  attachState(sink: StateSink): void {
    this.sink = sink;
  }

  on<E extends keyof ConnectionEvents>(event: E, listener: (payload: ConnectionEvents[E]) => void): () => void {
    return this.events.on(event, listener);
  }

  create(options: CreateOptions): Promise<WelcomeMessage> {
    const role = options.mode === 'team' ? 'facilitator' : 'player';
    this.root = { ...this.root, mode: options.mode, scenario: options.scenario, code: options.mode === 'team' ? 'K7M2QX' : '' };
    return this.enter({ name: options.name ?? 'Player', role, mode: options.mode, code: this.root.code, profile: options.profile ?? this.local.getItem(STORAGE_KEYS.profile) ?? 'fake-profile' });
  }

  join(options: JoinOptions): Promise<WelcomeMessage> {
    const role = options.role === 'spectator' ? 'spectator' : 'player';
    const teamRole = options.role && options.role !== 'player' && options.role !== 'spectator' ? options.role : '';
    this.root = { ...this.root, mode: 'team', code: options.code };
    return this.enter({ name: options.name ?? 'Player', role, teamRole, mode: 'team', code: options.code, profile: options.profile ?? this.local.getItem(STORAGE_KEYS.profile) ?? 'fake-profile' });
  }

  async resume(): Promise<WelcomeMessage | null> {
    const token = this.session.getItem(STORAGE_KEYS.reconnect);
    if (!token || !this.lastWelcome) {
      this.session.removeItem(STORAGE_KEYS.reconnect);
      return null;
    }
    return this.enter({ ...this.lastWelcome, profile: '' });
  }

  send(line: string): Promise<ResultMessage> {
    if (this.current !== 'open') return Promise.reject(new ConnectionError('notConnected', 'not connected'));
    const { id, result } = this.waiters.next();
    this.sent.push({ id, line });
    const answer = (this.options.respond ?? (() => ({ ok: true, output: '' })))(line, id);
    if (answer) void Promise.resolve(answer).then((r) => this.answer(id, r));
    return result;
  }

  async leave(): Promise<void> {
    this.waiters.failAll(new ConnectionError('disconnected', 'left the game'));
    this.session.removeItem(STORAGE_KEYS.reconnect);
    this.setStatus('closed');
  }

  // ---- controls for tests and the demo ----

  /** Delivers the result of command `id` (for responders that answer later). */
  answer(id: string, result: Omit<ResultMessage, 'id'>): boolean {
    return this.waiters.settle({ ...result, id });
  }

  /** Changes the state; the attached store sees one patch. */
  patch(change: (p: FakePatch) => void): void {
    const sink = this.sink;
    change({
      root: (fields) => {
        this.root = { ...this.root, ...fields };
        sink?.setRoot(this.root);
      },
      game: (fields) => {
        this.game = { ...this.game, ...fields };
        sink?.setGame(this.game);
      },
      set: (collection, key, value) => {
        this.maps.get(collection)?.set(key, value);
        sink?.setEntity(collection, key, value);
      },
      remove: (collection, key) => {
        this.maps.get(collection)?.delete(key);
        sink?.removeEntity(collection, key);
      },
      log: (entries) => {
        this.entries = entries;
        sink?.setLog(entries);
      },
    });
    sink?.commit();
  }

  notify(notice: NoticeMessage): void {
    this.events.emit('notice', notice);
  }

  /** The game ended: the debrief arrives and the seat is no longer resumable. */
  end(debrief: DebriefMessage): void {
    this.session.removeItem(STORAGE_KEYS.reconnect);
    this.patch((p) => p.root({ phase: 'ended' }));
    this.events.emit('debrief', debrief);
  }

  /** The network dropped: waiting commands fail and the connection tries to come back. */
  drop(): void {
    this.waiters.failAll(new ConnectionError('disconnected', 'connection lost'));
    this.setStatus('reconnecting');
  }

  /** The seat came back: the full state is sent again, as after a real reconnection. */
  restore(): void {
    if (!this.lastWelcome) return;
    this.sendFullState();
    this.setStatus('open');
    this.events.emit('welcome', { ...this.lastWelcome, profile: '' });
  }

  private async enter(fields: Partial<WelcomeMessage>): Promise<WelcomeMessage> {
    this.waiters.failAll(new ConnectionError('disconnected', 'joined another game'));
    this.setStatus('connecting');
    await Promise.resolve();
    if (this.options.refuse) {
      this.setStatus('closed');
      throw new ConnectionError('refused', this.options.refuse);
    }
    const welcome: WelcomeMessage = { seat: 's1', name: 'Player', role: 'player', teamRole: '', mode: 'solo', code: '', session: 'fake-session', profile: '', ...fields, ...this.options.welcome };
    this.lastWelcome = welcome;
    if (welcome.profile) this.local.setItem(STORAGE_KEYS.profile, welcome.profile);
    this.session.setItem(STORAGE_KEYS.reconnect, `fake:${welcome.seat}`);
    this.sendFullState();
    this.setStatus('open');
    this.events.emit('welcome', welcome);
    return welcome;
  }

  private sendFullState(): void {
    const sink = this.sink;
    if (!sink) return;
    sink.resetState();
    sink.setRoot(this.root);
    sink.setGame(this.game);
    sink.setLog(this.entries);
    for (const [collection, map] of this.maps) {
      for (const [key, value] of map) sink.setEntity(collection, key, value as EntityViews[typeof collection]);
    }
    sink.commit();
  }

  private setStatus(status: ConnectionStatus): void {
    if (status === this.current) return;
    this.current = status;
    this.events.emit('status', status);
  }
}
