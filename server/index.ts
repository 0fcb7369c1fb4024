// Entry point of `npm start`: settings → logger → store → game server on one port (the
// client, the API, /health and the rooms). SIGTERM/SIGINT shut down gracefully: no new
// games, every room disposed (writing its pending commands and results), then the store
// closed, then exit 0.
import { pino } from 'pino';
import { ConfigError, loadConfig, type ServerConfig } from './config.ts';
import { createGameServer } from './http/createGameServer.ts';
import { StoreLockedError } from './storage/dirLock.ts';
import type { GameStore } from './storage/GameStore.ts';
import { openStore } from './storage/openStore.ts';

function readConfig(): ServerConfig {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`nines: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

const config = readConfig();
const logger = pino({ name: 'nines', level: config.logLevel });

let store: GameStore;
try {
  store = await openStore({
    dataDir: config.dataDir,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    ...(config.databaseSchema ? { schema: config.databaseSchema } : {}),
    logger: logger.child({ component: 'store' }),
  });
} catch (err) {
  if (err instanceof StoreLockedError) {
    logger.fatal(err.message);
    process.stderr.write(`nines: ${err.message}\n`);
    process.exit(1);
  }
  logger.fatal({ err }, 'cannot open the game store');
  process.exit(1);
}

const server = await createGameServer(config, { store, logger });
let port: number;
try {
  port = await server.listen();
} catch (err) {
  const inUse = (err as NodeJS.ErrnoException).code === 'EADDRINUSE';
  const message = inUse ? `port ${config.port} on ${config.host} is already in use: stop the other server or set PORT` : `cannot listen on ${config.host}:${config.port}`;
  logger.fatal({ err }, message);
  process.stderr.write(`nines: ${message}\n`);
  await store.close();
  process.exit(1);
}
const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
logger.info(`Nines is running: open http://${shown}:${port}/`);

/** How long rooms and the store get to finish their writes after SIGTERM/SIGINT. */
const SHUTDOWN_GRACE_MS = 30_000;
let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) {
    // A second signal while shutting down: the operator insists.
    logger.warn(`${signal} again: exiting without waiting`);
    process.exit(1);
  }
  stopping = true;
  logger.info(`${signal}: shutting down (finishing rooms' writes)`);
  // A store that never answers must not keep the process alive forever.
  setTimeout(() => {
    logger.error(`shutdown took longer than ${SHUTDOWN_GRACE_MS / 1000} s: exiting`);
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
  try {
    await server.shutdown();
    await store.close();
    logger.info('stopped');
    process.exit(0);
  } catch (err) {
    logger.error({ err }, 'error while shutting down');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));

// An exception escaping a room's handler must not take the other rooms down with it.
process.on('uncaughtException', (err) => logger.error({ err }, 'uncaught exception (contained)'));
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection (contained)'));
