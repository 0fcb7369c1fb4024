// The authoritative room: a thin adapter around the pure simulation (ARCHITECTURE B).
// It seats people with server-decided roles, gates and runs their command lines,
// advances the world in fixed ticks from a wall-clock accumulator, projects the world
// into the synced state, and writes the game behind itself so nothing is lost.
import { randomInt, randomUUID } from 'node:crypto';
import { matchMaker, Room, ServerError, type Client } from '@colyseus/core';
import { translate } from '../../shared/i18n/index.ts';
import { MSG, ROOM_NAME, parseCommandMessage, type ResultMessage, type WelcomeMessage } from '../../shared/protocol/messages.ts';
import { codeOf, ROLE } from '../../shared/schema/codes.ts';
import { DatacenterState, LogEntryState, PlayerState } from '../../shared/schema/DatacenterState.ts';
import type { Lang } from '../../shared/sim/commands/types.ts';
import { EventSink } from '../../shared/sim/events.ts';
import type { World } from '../../shared/sim/model.ts';
import { stateHash } from '../../shared/sim/stateHash.ts';
import { advance, runCommand } from '../../shared/sim/step.ts';
import { createWorld } from '../../shared/sim/world.ts';
import { loadScenario } from '../scenarios/loadScenario.ts';
import { SessionRecorder } from '../storage/SessionRecorder.ts';
import { InvalidRecordError, UnknownSessionError } from '../storage/records.ts';
import { createLogLimiter } from '../security/logLimiter.ts';
import { TokenBucket } from '../security/TokenBucket.ts';
import { createProjector, type Projector } from './projection/projectWorld.ts';
import { gateCommand } from './commandGate.ts';
import { FixedStepClock, type Speed } from './FixedStepClock.ts';
import { buildGameResult, debriefFor } from './gameResult.ts';
import { getRoomServices } from './roomServices.ts';
import { admitCreator, admitJoiner, normaliseJoinOptions, newUniqueJoinCode, type Admission } from './admission.ts';
import { replayCommands, simCommandId, type LoggedCommand } from './replayCommands.ts';
import { runSessionCommand, type SessionControl } from './sessionCommands.ts';
import { SeatTable, type Seat } from './SeatTable.ts';
import { createOptionsSchema, describeIssues } from './roomOptions.ts';

/** Wall milliseconds between checkpoint state hashes. */
const CHECKPOINT_HASH_EVERY_MS = 60_000;
/** Shared log entries kept in the synced state (the store keeps them all). */
const LOG_SYNCED = 100;

export class DatacenterRoom extends Room<DatacenterState> {
  override state = new DatacenterState();
  private readonly services = getRoomServices();
  private world!: World;
  private projector!: Projector;
  private recorder: SessionRecorder | null = null;
  private readonly seats = new SeatTable();
  private readonly stepClock = new FixedStepClock(this.services.settings.gameSecondMs);
  private readonly buckets = new Map<string, TokenBucket>();
  /** Pending answers (pulls, rollouts): sim command id → who asked, with their own id. */
  private readonly asked = new Map<string, { sessionId: string; clientId: string }>();
  private session = '';
  private entrySeq = 0;
  private paused = false;
  private speed: Speed = 1;
  private dirty = true;
  private ending = false;
  private creatorSeated = false;
  /** One "too many commands" answer per client per second. */
  private readonly floodNotices = createLogLimiter(1000);
  /** One log line per client per minute about dropped payloads, counting the rest. */
  private readonly dropLog = createLogLimiter(60_000);
  private hashedAt = 0;

  static override async onAuth(_token: string, options: unknown, context: { ip?: unknown }): Promise<{ ip: string }> {
    normaliseJoinOptions(options);
    return { ip: String(context?.ip ?? 'unknown') };
  }

  override async onCreate(raw: unknown): Promise<void> {
    const parsed = createOptionsSchema.safeParse(raw ?? {});
    if (!parsed.success) throw new ServerError(400, `create options: ${describeIssues(parsed.error)}`);
    const options = parsed.data;
    const { store, settings } = this.services;
    const scenario = loadScenario(options.scenario);
    let seed = options.seed ?? randomInt(0, 2 ** 31 - 1);
    if (options.resume) {
      const saved = store ? await store.loadSession(options.resume) : null;
      if (!store || !saved || saved.status !== 'running' || saved.scenario !== options.scenario || saved.mode !== options.mode) {
        throw new ServerError(404, translate(options.lang ?? 'en', 'room.join.resumeMissing'));
      }
      const owner = await store.sessionOwner(saved.id);
      const asker = options.profile ? await store.getProfile(options.profile) : null;
      if (owner === null || asker?.id !== owner) throw new ServerError(403, translate(options.lang ?? 'en', 'room.join.resumeDenied'));
      // Two rooms writing one stored log would interleave it: a game still running (its
      // players within their reconnection window) is rejoined, not resumed.
      const live = await matchMaker.query({ name: ROOM_NAME } as never);
      if (live.some((r) => (r.metadata as { session?: string } | undefined)?.session === saved.id)) {
        throw new ServerError(409, translate(options.lang ?? 'en', 'room.join.resumeRunning'));
      }
      seed = saved.seed;
      this.world = replayCommands(scenario, seed, saved.commands as LoggedCommand[], saved.lastTick);
      this.session = saved.id;
      this.entrySeq = saved.commands.reduce((m, c) => Math.max(m, c.seq + 1), 0);
      this.state.code = saved.code;
    } else {
      this.world = createWorld(scenario, seed);
      this.session = randomUUID();
      if (options.mode === 'team') this.state.code = await newUniqueJoinCode();
    }
    this.state.mode = options.mode;
    this.state.scenario = scenario.id;
    this.state.speed = this.speed;
    this.projector = createProjector(this.state);
    this.projector.project(this.world);
    // Matchmaking finds team sessions by code (filterBy(['code'])); solo games are never listed.
    const listing = this.listing as unknown as { code?: string; private?: boolean };
    listing.code = this.state.code;
    if (options.mode === 'solo') {
      listing.private = true;
      this.maxClients = 1;
    } else {
      this.maxClients = settings.maxTeamSeats;
    }
    if (store) {
      if (!options.resume) await store.createSession({ id: this.session, mode: options.mode, scenario: scenario.id, seed, code: this.state.code });
      this.recorder = new SessionRecorder(store, this.session, this.services.logger);
      this.clock.setInterval(() => void this.flush(), settings.flushMs);
    }
    await this.setMetadata({ scenario: scenario.id, mode: options.mode, session: this.session });
    // Five patches a second: smooth at 8× speed, and a fifth of the broadcasts of the default.
    this.setPatchRate(200);
    this.onMessage(MSG.COMMAND, (client, payload: unknown) => this.onCommand(client, payload));
    this.onMessage('*', (client, type) => this.dropPayload(client, `unknown message type ${String(type).slice(0, 40)}`));
    if (!(options.manualTicks && settings.allowManualTicks)) this.setSimulationInterval((dt) => this.onWallClock(dt), 100);
  }

  override async onJoin(client: Client, raw: unknown): Promise<void> {
    const first = !this.creatorSeated;
    const admission: Admission = first
      ? admitCreator(raw, this.state.mode as 'solo' | 'team')
      : admitJoiner(raw, { mode: this.state.mode as 'solo' | 'team', code: this.state.code });
    this.creatorSeated = true;
    let profileId: string | null = null;
    let profileToken = '';
    const store = this.services.store;
    if (store) {
      try {
        const profile = await store.ensureProfile(admission.profile, admission.name);
        profileId = profile.id;
        profileToken = profile.token;
      } catch (err) {
        // Playing matters more than the profile: the game goes on, unattributed.
        this.services.logger.warn({ err, room: this.roomId }, 'profile store unavailable');
      }
    }
    if (first && profileId && store) await store.setSessionOwner(this.session, profileId).catch(() => undefined);
    const seat = this.seats.add({ name: this.seats.uniqueName(admission.name), role: admission.role, teamRole: admission.teamRole, lang: admission.lang, profileId, sessionId: client.sessionId });
    const player = new PlayerState();
    player.seat = seat.id;
    player.name = seat.name;
    player.role = codeOf(ROLE, seat.role);
    player.teamRole = seat.teamRole;
    player.lang = seat.lang;
    this.state.players.set(seat.id, player);
    this.buckets.set(client.sessionId, this.newBucket());
    this.welcome(client, seat, profileToken);
    this.logSystem(seat, 'room.lifecycle.joined', { name: seat.name, role: seat.role });
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    const seat = this.seats.ofSession(client.sessionId);
    if (!seat) return;
    this.setConnected(seat, false);
    if (!consented && !this.ending) {
      const seconds = this.services.settings.reconnectSeconds;
      this.logSystem(seat, 'room.lifecycle.dropped', { name: seat.name, seconds });
      try {
        const back = await this.allowReconnection(client, seconds);
        this.setConnected(seat, true);
        this.welcome(back, seat, '');
        this.logSystem(seat, 'room.lifecycle.back', { name: seat.name });
        return;
      } catch {
        // The window passed: the seat is freed below; their log entries keep their name.
      }
    }
    this.seats.remove(seat.id);
    this.buckets.delete(client.sessionId);
    this.floodNotices.forget(client.sessionId);
    this.dropLog.forget(client.sessionId);
    this.state.players.delete(seat.id);
    this.logSystem(seat, 'room.lifecycle.left', { name: seat.name });
  }

  override async onDispose(): Promise<void> {
    if (this.recorder) {
      this.recorder.noteTick(this.world.tick, stateHash(this.world));
      await this.recorder.close();
    }
  }

  override onBeforePatch(): void {
    if (!this.dirty || !this.projector) return;
    this.dirty = false;
    try {
      this.projector.project(this.world);
    } catch (err) {
      // Runs in Colyseus' patch timer, outside its per-room guard: a projection bug must
      // cost this room one stale patch, not the process.
      this.onUncaughtException(err as Error, 'onBeforePatch');
    }
  }

  override onUncaughtException(err: Error, methodName: string): void {
    this.services.logger.error({ err, room: this.roomId, methodName }, 'room method failed; the room keeps running');
  }

  /** Runs `n` ticks now: the wall-clock loop calls it, and tests call it directly. */
  advanceTicks(n = 1): void {
    for (let i = 0; i < n && !this.ending; i++) {
      const sink = new EventSink();
      advance(this.world, sink);
      this.deliver(sink);
      if (this.world.level.ended) void this.endGame();
    }
    this.state.tick = this.world.tick;
    this.dirty = true;
  }

  /** The world, read-only, for tests and tools that check what the room holds. */
  get simulation(): Readonly<World> {
    return this.world;
  }

  get sessionRecordId(): string {
    return this.session;
  }

  /**
   * Writes what happened since the last flush (the room calls it every couple of seconds).
   * The checkpoint's state hash is taken at most once a minute (`always` at the end): at
   * 10,000 containers hashing the world takes a few hundred milliseconds, and resuming
   * only needs the tick, the hash being a check.
   */
  async flush(always = false): Promise<void> {
    if (!this.recorder) return;
    const now = Date.now();
    let hash = '';
    if (always || now - this.hashedAt >= CHECKPOINT_HASH_EVERY_MS) {
      hash = stateHash(this.world);
      this.hashedAt = now;
    }
    this.recorder.noteTick(this.world.tick, hash);
    await this.recorder.flush();
  }

  private onWallClock(elapsedMs: number): void {
    const due = this.stepClock.due(elapsedMs, this.speed, this.paused || this.ending);
    if (due > 0) this.advanceTicks(due);
  }

  private onCommand(client: Client, payload: unknown): void {
    const msg = parseCommandMessage(payload);
    if (!msg) return this.dropPayload(client, 'malformed command payload');
    const seat = this.seats.ofSession(client.sessionId);
    if (!seat) return;
    const bucket = this.buckets.get(client.sessionId);
    if (bucket && !bucket.tryTake(Date.now())) return this.refuseFlood(client, seat, msg.id);
    const reply = (r: Omit<ResultMessage, 'id'>): void => client.send(MSG.RESULT, { id: msg.id, ...r });
    if (this.ending) return reply({ ok: false, output: '', error: translate(seat.lang, 'room.denied.ended') });
    const gate = gateCommand(seat, msg.line, this.state.mode as 'solo' | 'team');
    if (gate.route === 'refused') return reply({ ok: false, output: '', error: gate.error });
    if (gate.route === 'session') {
      const r = runSessionCommand(gate.words, msg.line, seat, this.sessionControl());
      if (r.ok && gate.words[0] !== 'who') this.logEntry(seat, 'session', msg.line, true);
      return reply(r.ok ? { ok: true, output: r.output } : { ok: false, output: '', error: r.error });
    }
    // The sim command id is derived from the log position, so a replay of the stored log
    // hands the simulation the very same ids (jobs remember which command started them).
    const seq = this.entrySeq;
    const id = simCommandId(seq);
    this.asked.set(id, { sessionId: client.sessionId, clientId: msg.id });
    const sink = new EventSink();
    const tick = this.world.tick;
    const outcome = runCommand(this.world, { id, line: msg.line, actor: { id: seat.id, name: seat.name, role: seat.role, lang: seat.lang } }, sink);
    this.logEntry(seat, 'command', msg.line, 'pending' in outcome || outcome.ok, tick);
    this.deliver(sink);
    this.dirty = true;
    if (this.world.level.ended) void this.endGame();
  }

  /** Sends each finished command's answer to whoever asked. */
  private deliver(sink: EventSink): void {
    for (const e of sink.events) {
      if (e.kind !== 'result') continue;
      const asked = this.asked.get(e.commandId);
      if (!asked) continue;
      this.asked.delete(e.commandId);
      const client = this.clients.getById(asked.sessionId);
      const reply: ResultMessage = { id: asked.clientId, ok: e.ok, output: e.output, ...(e.error ? { error: e.error } : {}) };
      client?.send(MSG.RESULT, reply);
    }
  }

  /** Appends to the shared log (synced, bounded) and to the stored log (complete). */
  private logEntry(seat: Seat, kind: 'command' | 'session' | 'annotation' | 'system', line: string, ok: boolean, tick = this.world.tick): void {
    const seq = this.entrySeq++;
    const entry = new LogEntryState();
    entry.seq = seq;
    entry.tick = tick;
    entry.seat = seat.id;
    entry.actor = seat.name;
    entry.kind = kind;
    entry.line = line;
    entry.ok = ok;
    this.state.log.push(entry);
    if (this.state.log.length > LOG_SYNCED) this.state.log.shift();
    this.recorder?.record({ seq, tick, actorId: seat.id, actorName: seat.name, role: seat.role, lang: seat.lang, line, kind });
  }

  /** A join, a drop or a return: logged in English (the store's language); clients translate the notice. */
  private logSystem(seat: Seat, key: string, params: Record<string, string | number>): void {
    this.logEntry(seat, 'system', translate('en', key, params), true);
    this.broadcast(MSG.NOTICE, { key, params });
  }

  private sessionControl(): SessionControl {
    return {
      mode: this.state.mode as 'solo' | 'team',
      paused: this.paused,
      speed: this.speed,
      tick: this.world.tick,
      seats: () => this.seats.all(),
      setPaused: (paused) => {
        this.paused = paused;
        this.state.phase = paused ? 'paused' : 'running';
        this.stepClock.reset();
      },
      setSpeed: (speed) => {
        this.speed = speed;
        this.state.speed = speed;
      },
      annotate: (seat, text) => this.logEntry(seat, 'annotation', text, true),
      end: () => void this.endGame(),
    };
  }

  /** Stores the result, then (and only then) shows the game as over with each player's debrief. */
  private async endGame(): Promise<void> {
    if (this.ending) return;
    this.ending = true;
    const result = buildGameResult(this.world, this.seats.all());
    const store = this.services.store;
    if (store) {
      await this.flush(true);
      for (let attempt = 0; ; attempt++) {
        try {
          await store.recordResult(this.session, result);
          break;
        } catch (err) {
          this.services.logger.error({ err, session: this.session, attempt }, 'storing the result failed');
          // A result the store refuses as such will never be accepted; only outages are retried.
          if (err instanceof InvalidRecordError || err instanceof UnknownSessionError) break;
          this.broadcast(MSG.NOTICE, { key: 'room.lifecycle.saveFailed' });
          await new Promise<void>((resolve) => this.clock.setTimeout(resolve, Math.min(30_000, 1000 * 2 ** attempt)));
        }
      }
    }
    this.projector.project(this.world);
    this.projector.revealOutcome(this.world);
    this.state.phase = 'ended';
    for (const client of this.clients) {
      const seat = this.seats.ofSession(client.sessionId);
      client.send(MSG.DEBRIEF, debriefFor(this.world, seat?.lang ?? 'en', this.session, result.finalHash));
    }
  }

  private welcome(client: Client, seat: Seat, profile: string): void {
    const msg: WelcomeMessage = { seat: seat.id, name: seat.name, role: seat.role, teamRole: seat.teamRole, mode: this.state.mode as 'solo' | 'team', code: this.state.code, session: this.session, profile };
    client.send(MSG.WELCOME, msg);
  }

  private setConnected(seat: Seat, connected: boolean): void {
    seat.connected = connected;
    const p = this.state.players.get(seat.id);
    if (p) p.connected = connected;
  }

  private newBucket(): TokenBucket {
    const { messageRate, messageBurst } = this.services.settings;
    return new TokenBucket(messageRate, messageBurst, Date.now());
  }

  /** Over the rate: one answer per second says so; the rest are dropped unanswered. */
  private refuseFlood(client: Client, seat: Seat, id: string): void {
    if (!this.floodNotices.hit(client.sessionId, Date.now()).log) return;
    const error = translate(seat.lang as Lang, 'room.rateLimited', { rate: this.services.settings.messageRate });
    client.send(MSG.RESULT, { id, ok: false, output: '', error });
  }

  /** Payloads no well-behaved client sends: dropped, and logged at most once a minute per client. */
  private dropPayload(client: Client, why: string): void {
    const decision = this.dropLog.hit(client.sessionId, Date.now());
    if (!decision.log) return;
    this.services.logger.warn({ room: this.roomId, client: client.sessionId, why, alsoDropped: decision.suppressed }, 'dropped a malformed payload');
  }
}
