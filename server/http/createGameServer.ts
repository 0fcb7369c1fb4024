// Builds the whole server on one port: express (health, API, the built client), the
// Colyseus game server over WebSockets on the same HTTP server, the matchmaking guard in
// front of Colyseus' own routes, and the `datacenter` room with the store reachable by
// rooms. Built by hand rather than with @colyseus/tools, whose `listen` allows every
// origin in CORS.
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Server, matchMaker, type Room } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import express from 'express';
import type { Logger } from 'pino';
import { ROOM_NAME } from '../../shared/protocol/messages.ts';
import type { ServerConfig } from '../config.ts';
import { setRoomServices, type RoomSettings } from '../rooms/roomServices.ts';
import { AttemptLimiter } from '../security/AttemptLimiter.ts';
import { createOriginPolicy } from '../security/originPolicy.ts';
import type { GameStore } from '../storage/GameStore.ts';
import { createApiRouter } from './api.ts';
import { installMatchmakeGuard } from './matchmakeGuard.ts';
import { mountOperatorPages } from './operatorPages.ts';
import { createScenarioList } from './scenarioList.ts';
import { createStaticClient } from './staticClient.ts';

export interface GameServerDeps {
  store: GameStore;
  logger: Logger;
  /** Room settings beyond those taken from the config (tests: `allowManualTicks`). */
  roomSettings?: Partial<RoomSettings>;
  /** The room class defined as `datacenter`; default DatacenterRoom (tests of the HTTP layer may pass a stand-in). */
  roomClass?: new (...args: never[]) => Room;
  /** Folder of the built client (default dist/client). */
  clientDir?: string;
  /** Milliseconds for the per-address limits (tests pass a fake). */
  now?: () => number;
}

export interface GameServer {
  gameServer: Server;
  httpServer: http.Server;
  app: express.Express;
  /** Listens on config.port (0: any free port) and config.host; resolves with the actual port. */
  listen(): Promise<number>;
  /** Disposes every room (they finish their writes), then closes the transport and HTTP server. Safe to call twice. */
  shutdown(): Promise<void>;
}

function securityHeaders(_req: express.Request, res: express.Response, next: express.NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  next();
}

export async function createGameServer(config: ServerConfig, deps: GameServerDeps): Promise<GameServer> {
  const { store, logger } = deps;
  const now = deps.now ?? Date.now;
  let port = config.port;
  const origins = createOriginPolicy(config, () => port);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy ? 1 : false);
  app.use(securityHeaders);
  app.get('/health', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ ok: true, uptime: Math.round(process.uptime()), rooms: matchMaker.stats.local.roomCount, storage: store.kind });
  });
  app.use(
    '/api',
    createApiRouter({
      store,
      logger: logger.child({ component: 'api' }),
      origins,
      scenarios: createScenarioList(logger),
      profileLimiter: new AttemptLimiter(config.profileCreates),
      bodyLimitBytes: config.httpBodyLimitBytes,
      trustProxy: config.trustProxy,
      now,
    }),
  );
  const operatorPages = await mountOperatorPages(app, config.monitor, logger);
  app.use(createStaticClient(deps.clientDir));
  app.use((_req, res) => {
    res.status(404).type('text').send('not found');
  });

  const httpServer = http.createServer(app);
  // Slow-body and slow-header clients may not hold sockets open for minutes.
  httpServer.requestTimeout = 30_000;
  httpServer.headersTimeout = 20_000;

  const transport = new WebSocketTransport({
    server: httpServer,
    maxPayload: config.maxMessageBytes,
    // Browsers always send Origin on a WebSocket handshake; pages of other sites may not open one.
    verifyClient: (info: { req: http.IncomingMessage }) => origins.allows(info.req.headers),
  });
  const gameServer = new Server({
    transport,
    ...(config.redisUrl ? { presence: new RedisPresence(config.redisUrl), driver: new RedisDriver(config.redisUrl) } : {}),
    gracefullyShutdown: false,
    greet: false,
    logger: logger.child({ component: 'colyseus' }),
  });
  installMatchmakeGuard(httpServer, app, {
    bodyLimitBytes: config.httpBodyLimitBytes,
    origins,
    joinLimiter: new AttemptLimiter(config.joinAttempts),
    createLimiter: new AttemptLimiter(config.roomCreates),
    trustProxy: config.trustProxy,
    now,
  });

  setRoomServices({
    store,
    logger: logger.child({ component: 'room' }),
    settings: {
      reconnectSeconds: config.reconnectSeconds,
      gameSecondMs: config.gameSecondMs,
      maxTeamSeats: config.maxTeamSeats,
      messageRate: config.messageRate.perSecond,
      messageBurst: config.messageRate.burst,
      joinAttemptsPerMinute: config.joinAttempts.max,
      ...deps.roomSettings,
    },
  });
  // Loaded here rather than imported at the top so the HTTP layer can be built and tested with a stand-in room.
  const roomClass = deps.roomClass ?? (await import('../rooms/DatacenterRoom.ts')).DatacenterRoom;
  const handler = gameServer.define(ROOM_NAME, roomClass as new () => Room).filterBy(['code']);

  // Colyseus' shutdown resumes once the room count reaches zero, which can happen while an
  // earlier room's onDispose is still writing; shutdown() waits for every room's own end.
  const roomsEnded = new Map<Room, Promise<void>>();
  handler.on('create', (room: Room) => {
    const events = (room as unknown as { _events: NodeJS.EventEmitter })._events;
    roomsEnded.set(room, new Promise<void>((resolve) => events.once('disconnect', () => {
      roomsEnded.delete(room);
      resolve();
    })));
  });

  let shuttingDown: Promise<void> | null = null;

  return {
    gameServer,
    httpServer,
    app,
    async listen() {
      // Colyseus registers this process for discovery on 'listening' with its `port`; with
      // port 0 that must already be the real one, so this listener goes first.
      httpServer.prependOnceListener('listening', () => {
        port = (httpServer.address() as AddressInfo).port;
        (gameServer as unknown as { port: number }).port = port;
      });
      await gameServer.listen(config.port, config.host);
      port = (httpServer.address() as AddressInfo).port;
      (gameServer as unknown as { port: number }).port = port;
      logger.info({ port, host: config.host, storage: store.kind, redis: Boolean(config.redisUrl), operatorPages }, 'listening');
      return port;
    },
    shutdown() {
      shuttingDown ??= (async () => {
        const closed = httpServer.listening ? once(httpServer, 'close') : Promise.resolve();
        // Disposes every room (each one's onDispose finishes its pending writes), then closes the transport.
        await gameServer.gracefullyShutdown(false);
        // No more requests: the transport is closed; idle keep-alive sockets would hold the server open.
        if (httpServer.listening) httpServer.close();
        httpServer.closeAllConnections();
        await Promise.all(roomsEnded.values());
        await closed;
      })();
      return shuttingDown;
    },
  };
}
