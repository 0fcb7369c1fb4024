// The GameConnection to a real datacenter room, and the ONLY file that imports
// colyseus.js (0.16 API). Each attempt (create, join, reconnect) gets its own Client
// whose createRoom hook puts every handler on the Room before it connects, so a
// `welcome` sent while joining is never missed, and a generation number set when the
// attempt starts makes a superseded attempt's late callbacks harmless. The state is
// decoded by reflection (no Schema classes in the bundle) and mirrored into the sink by
// bindState. The reconnection token lives in sessionStorage under one key: saved on
// every (re)join, tried once by resume(), retried for a while after a drop, and cleared
// when refused, on leave() and once the game has ended.
import { Client, getStateCallbacks, type Room } from 'colyseus.js';
import { MSG, ROOM_NAME, type CreateOptions, type DebriefMessage, type JoinOptions, type NoticeMessage, type ResultMessage, type WelcomeMessage } from '../../../shared/protocol/messages.ts';
import type { DatacenterState } from '../../../shared/schema/DatacenterState.ts';
import { bindState, type StateBinding } from './bindState.ts';
import { Emitter } from './Emitter.ts';
import { ConnectionError, type ConnectionEvents, type ConnectionStatus, type GameConnection, type StateSink } from './GameConnection.ts';
import { ResultWaiters } from './ResultWaiters.ts';
import { browserStorage, STORAGE_KEYS, type KeyValueStorage } from './storage.ts';

export interface ColyseusConnectionOptions {
  /** `ws://host:port` of the game server (default: the page's own origin). */
  endpoint?: string;
  /** Holds the reconnection token (default: sessionStorage). */
  session?: KeyValueStorage;
  /** Holds the profile token (default: localStorage). */
  local?: KeyValueStorage;
  /** How long to wait for `welcome` after joining, ms (default 10 s). */
  welcomeTimeoutMs?: number;
  /** After a drop: how long the server keeps the seat, ms (default 60 s, RECONNECT_SECONDS). */
  reconnectWindowMs?: number;
  /** Waits before each reconnection attempt, ms; the last one repeats. */
  reconnectDelaysMs?: readonly number[];
}

/** Close codes after which the seat is not kept: consented leave, normal close by the server. */
const FINAL_CLOSE_CODES = new Set([1000, 4000]);

/** A Client that lets us put handlers on each Room before it connects. */
class HookedClient extends Client {
  onRoomCreated: ((room: Room) => void) | null = null;

  protected override createRoom<T = unknown>(roomName: string, rootSchema?: never): Room<T> {
    const room = super.createRoom<T>(roomName, rootSchema);
    this.onRoomCreated?.(room as Room);
    return room;
  }
}

function defaultEndpoint(): string {
  const loc = (globalThis as { location?: { protocol: string; host: string } }).location;
  if (!loc) return 'ws://localhost:2567';
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}`;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class ColyseusConnection implements GameConnection {
  private readonly endpoint: string;
  private readonly events = new Emitter<ConnectionEvents>();
  private readonly waiters = new ResultWaiters();
  private readonly session: KeyValueStorage;
  private readonly local: KeyValueStorage;
  private readonly welcomeTimeoutMs: number;
  private readonly reconnectWindowMs: number;
  private readonly reconnectDelaysMs: readonly number[];
  private sink: StateSink | null = null;
  private room: Room<DatacenterState> | null = null;
  /** Bumped by every attempt, leave and drop: callbacks of an older room are ignored. */
  private generation = 0;
  private ended = false;
  private current: ConnectionStatus = 'closed';

  constructor(options: ColyseusConnectionOptions = {}) {
    this.endpoint = options.endpoint ?? defaultEndpoint();
    this.session = options.session ?? browserStorage('session');
    this.local = options.local ?? browserStorage('local');
    this.welcomeTimeoutMs = options.welcomeTimeoutMs ?? 10_000;
    this.reconnectWindowMs = options.reconnectWindowMs ?? 60_000;
    this.reconnectDelaysMs = options.reconnectDelaysMs?.length ? options.reconnectDelaysMs : [250, 1000, 2000, 4000, 8000];
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
    return this.enter((client) => client.create<DatacenterState>(ROOM_NAME, this.withProfile(options)));
  }

  join(options: JoinOptions): Promise<WelcomeMessage> {
    return this.enter((client) => client.join<DatacenterState>(ROOM_NAME, this.withProfile(options)));
  }

  async resume(): Promise<WelcomeMessage | null> {
    const token = this.session.getItem(STORAGE_KEYS.reconnect);
    if (!token) return null;
    try {
      return await this.enter((client) => client.reconnect<DatacenterState>(token));
    } catch {
      this.session.removeItem(STORAGE_KEYS.reconnect);
      return null;
    }
  }

  send(line: string): Promise<ResultMessage> {
    const room = this.room;
    if (!room || this.current !== 'open') return Promise.reject(new ConnectionError('notConnected', 'not connected'));
    const { id, result } = this.waiters.next();
    try {
      room.send(MSG.COMMAND, { id, line });
    } catch (err) {
      this.waiters.fail(id, new ConnectionError('notConnected', err instanceof Error ? err.message : String(err)));
    }
    return result;
  }

  async leave(): Promise<void> {
    const room = this.room;
    this.forget(new ConnectionError('disconnected', 'left the game'));
    this.session.removeItem(STORAGE_KEYS.reconnect);
    this.setStatus('closed');
    if (room) await Promise.race([room.leave(true), sleep(2000)]);
  }

  /** Leaves whatever came before, then joins through `open` and waits for the seat's `welcome`. */
  private async enter(open: (client: HookedClient) => Promise<Room<DatacenterState>>): Promise<WelcomeMessage> {
    const previous = this.room;
    this.forget(new ConnectionError('disconnected', 'joined another game'));
    if (previous) void previous.leave(true).catch(() => undefined);
    this.ended = false;
    this.setStatus('connecting');
    let outcome: { welcome: WelcomeMessage | null; generation: number };
    try {
      outcome = await this.attempt(open);
    } catch (err) {
      if (this.current === 'connecting') this.setStatus('closed');
      throw new ConnectionError('refused', err instanceof Error ? err.message : String(err));
    }
    if (outcome.generation !== this.generation) throw new ConnectionError('refused', 'superseded by another join');
    if (!outcome.welcome) {
      this.dropRoom();
      this.setStatus('closed');
      throw new ConnectionError('noWelcome', 'the server did not send welcome');
    }
    this.setStatus('open');
    return outcome.welcome;
  }

  /**
   * One join attempt on a fresh Client: handlers go on before the socket opens, the room
   * becomes current if no later attempt started meanwhile, and its welcome is awaited.
   */
  private async attempt(open: (client: HookedClient) => Promise<Room<DatacenterState>>): Promise<{ welcome: WelcomeMessage | null; generation: number }> {
    const generation = ++this.generation;
    const client = new HookedClient(this.endpoint);
    let welcome: Promise<WelcomeMessage | null> | null = null;
    client.onRoomCreated = (room) => (welcome = this.prepare(room as Room<DatacenterState>, generation));
    const room = await open(client);
    if (generation !== this.generation) {
      void room.leave(true).catch(() => undefined);
      return { welcome: null, generation };
    }
    this.room = room;
    const arrived = welcome ? await this.withTimeout(welcome) : null;
    if (arrived && generation === this.generation) this.session.setItem(STORAGE_KEYS.reconnect, room.reconnectionToken);
    return { welcome: arrived, generation };
  }

  private async withTimeout(welcome: Promise<WelcomeMessage | null>): Promise<WelcomeMessage | null> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), this.welcomeTimeoutMs)));
    try {
      return await Promise.race([welcome, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Puts every handler on a room before it connects; resolves with its welcome (null if it closed first). */
  private prepare(room: Room<DatacenterState>, generation: number): Promise<WelcomeMessage | null> {
    const live = () => generation === this.generation;
    let resolveWelcome: (w: WelcomeMessage | null) => void = () => undefined;
    const welcome = new Promise<WelcomeMessage | null>((resolve) => (resolveWelcome = resolve));
    let binding: StateBinding | null = null;

    room.onMessage(MSG.RESULT, (r: ResultMessage) => void (live() && this.waiters.settle(r)));
    room.onMessage(MSG.WELCOME, (w: WelcomeMessage) => {
      if (!live()) return;
      if (w.profile) this.local.setItem(STORAGE_KEYS.profile, w.profile);
      resolveWelcome(w);
      this.events.emit('welcome', w);
    });
    room.onMessage(MSG.NOTICE, (n: NoticeMessage) => void (live() && this.events.emit('notice', n)));
    room.onMessage(MSG.DEBRIEF, (d: DebriefMessage) => {
      if (!live()) return;
      this.ended = true;
      this.session.removeItem(STORAGE_KEYS.reconnect);
      this.events.emit('debrief', d);
    });
    room.onStateChange(() => {
      if (!live() || !this.sink) return;
      if (!binding) {
        this.sink.resetState();
        binding = bindState(getStateCallbacks(room), room.state, this.sink);
      }
      binding.flush();
    });
    room.onLeave((code: number) => {
      if (!live()) return;
      resolveWelcome(null); // closed while joining: the attempt ends without a seat
      if (this.current === 'open' && room === this.room) this.dropped(code);
    });
    return welcome;
  }

  /** The open room closed: the game is over or left for good, or the network dropped. */
  private dropped(code: number): void {
    this.forget(new ConnectionError('disconnected', `connection closed (${code})`));
    if (this.ended || FINAL_CLOSE_CODES.has(code)) {
      this.session.removeItem(STORAGE_KEYS.reconnect);
      this.setStatus('closed');
      return;
    }
    void this.reconnect();
  }

  /** Tries to get the seat back until the server's window closes. */
  private async reconnect(): Promise<void> {
    const token = this.session.getItem(STORAGE_KEYS.reconnect);
    if (!token) return this.setStatus('closed');
    this.setStatus('reconnecting');
    const deadline = Date.now() + this.reconnectWindowMs;
    for (let attempt = 0; Date.now() < deadline; attempt++) {
      await sleep(this.reconnectDelaysMs[Math.min(attempt, this.reconnectDelaysMs.length - 1)] ?? 1000);
      if (this.current !== 'reconnecting') return; // left, or joined something else meanwhile
      try {
        const outcome = await this.attempt((client) => client.reconnect<DatacenterState>(token));
        if (this.current !== 'reconnecting' || outcome.generation !== this.generation) return;
        if (outcome.welcome) return this.setStatus('open');
        this.dropRoom();
      } catch {
        // Refused or unreachable: the server may not have noticed the drop yet; try again.
      }
    }
    if (this.current !== 'reconnecting') return;
    this.session.removeItem(STORAGE_KEYS.reconnect);
    this.setStatus('closed');
  }

  /** Leaves the current room quietly (it answered nothing useful). */
  private dropRoom(): void {
    const room = this.room;
    this.forget(new ConnectionError('noWelcome', 'no welcome'));
    if (room) void room.leave(true).catch(() => undefined);
  }

  /** Detaches the current room: its late callbacks are ignored and waiting commands fail. */
  private forget(reason: ConnectionError): void {
    this.generation++;
    this.room = null;
    this.waiters.failAll(reason);
  }

  private withProfile<T extends { profile?: string }>(options: T): T {
    if (options.profile) return options;
    const stored = this.local.getItem(STORAGE_KEYS.profile);
    return stored ? { ...options, profile: stored } : options;
  }

  private setStatus(status: ConnectionStatus): void {
    if (status === this.current) return;
    this.current = status;
    this.events.emit('status', status);
  }
}
