// The client's one door to a game, as an interface (boardgame.io's Transport shape):
// ColyseusConnection talks to the real room, FakeConnection plays one in memory for
// tests and an offline demo. Scenes and screens depend on this file only.
//
//   create(options) / join(options) → WelcomeMessage   seat, role, profile (kept for you)
//   resume() → WelcomeMessage | null     reconnect this tab's dropped seat (sessionStorage)
//   send(line) → ResultMessage            one command line; resolves with its `result`
//   leave()                               consented leave; the seat is not kept
//   on('status' | 'welcome' | 'notice' | 'debrief', fn) → unsubscribe
//   attachState(sink)                     where state deltas go (ClientStore does this)
import type { CreateOptions, DebriefMessage, JoinOptions, NoticeMessage, ResultMessage, WelcomeMessage } from '../../../shared/protocol/messages.ts';
import type { CollectionName, EntityViews, GameView, LogEntryView, RootView } from '../state/snapshot.ts';

export type { CreateOptions, DebriefMessage, JoinOptions, NoticeMessage, ResultMessage, WelcomeMessage };

/** `connecting` (create/join/resume under way), `open`, `reconnecting` (after a drop), `closed`. */
export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface ConnectionEvents {
  status: ConnectionStatus;
  welcome: WelcomeMessage;
  notice: NoticeMessage;
  debrief: DebriefMessage;
}

/** Why a call failed; `key` is the i18n key of the text to show (conn.error.*). */
export type ConnectionErrorReason = 'notConnected' | 'disconnected' | 'noWelcome' | 'refused';

export class ConnectionError extends Error {
  constructor(
    readonly reason: ConnectionErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'ConnectionError';
  }

  get key(): string {
    return `conn.error.${this.reason}`;
  }
}

/**
 * Receiver of the synced state, fed by a connection. Entity keys are the server's map
 * keys (container and pod keys are slot numbers). Calls between two commit()s are one
 * patch; the receiver publishes them together.
 */
export interface StateSink {
  /** A new state starts (join, reconnection): forget the old one. */
  resetState(): void;
  setRoot(root: RootView): void;
  setGame(game: GameView): void;
  setEntity<K extends CollectionName>(collection: K, key: string, value: EntityViews[K]): void;
  removeEntity(collection: CollectionName, key: string): void;
  setLog(entries: readonly LogEntryView[]): void;
  /** One patch has been applied. */
  commit(): void;
}

export interface GameConnection {
  readonly status: ConnectionStatus;
  /** Creates a game (solo or team); `profile` defaults to the stored token. */
  create(options: CreateOptions): Promise<WelcomeMessage>;
  /** Joins a team session by code. */
  join(options: JoinOptions): Promise<WelcomeMessage>;
  /** Tries once to get back this tab's seat; null when there is none or it was refused. */
  resume(): Promise<WelcomeMessage | null>;
  /** Runs a command line; rejects with ConnectionError when not connected or on a drop. */
  send(line: string): Promise<ResultMessage>;
  leave(): Promise<void>;
  on<E extends keyof ConnectionEvents>(event: E, listener: (payload: ConnectionEvents[E]) => void): () => void;
  attachState(sink: StateSink): void;
}
