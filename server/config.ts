// The server's settings, read once from environment variables and validated, so a typo
// in a deployment stops the process at start with a message naming the variable instead
// of failing later (or silently using a default) in the middle of a game.
import { z } from 'zod';
import { MAX_MESSAGE_BYTES } from '../shared/protocol/messages.ts';

export interface RateWindow {
  /** Attempts allowed per key (an IP address) within `windowMs`. */
  max: number;
  windowMs: number;
}

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** PostgreSQL schema for the tables (default: the connection's search path). */
  databaseSchema: string | undefined;
  redisUrl: string | undefined;
  nodeEnv: 'development' | 'production' | 'test';
  production: boolean;
  /** Origins allowed besides the server's own (`https://game.example.org`), without a trailing slash. */
  corsOrigins: string[];
  /** Also allow an Origin equal to the Host the browser addressed (LAN play: http://192.168.1.10:2567). */
  corsAllowSameHost: boolean;
  /** Credentials for /monitor and /playground; neither is mounted without them. */
  monitor: { user: string; password: string } | undefined;
  /** How long a dropped player's seat is kept for them. */
  reconnectSeconds: number;
  /** Wall milliseconds per game second at 1× (1000; lower for quick demos and browser tests). */
  gameSecondMs: number;
  /** Seats in one team session (facilitator, players and spectators). */
  maxTeamSeats: number;
  /** Per-client message token bucket: refill rate per second and bucket size. */
  messageRate: { perSecond: number; burst: number };
  /** Largest WebSocket frame read from a client. */
  maxMessageBytes: number;
  /** Largest HTTP request body (API and matchmaking routes). */
  httpBodyLimitBytes: number;
  /** Failed join attempts (wrong or missing code) per IP. */
  joinAttempts: RateWindow;
  /** Rooms created per IP. */
  roomCreates: RateWindow;
  /** Profiles created per IP. */
  profileCreates: RateWindow;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy you run). */
  trustProxy: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

/** A setting that cannot be used; the message starts with the variable's name. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const MINUTE_MS = 60_000;

/** Unset and empty variables both mean "use the default" (compose files often pass VAR=). */
const optionalText = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().optional());

function integer(min: number, max: number, fallback: number) {
  return optionalText.transform((v, ctx) => {
    if (v === undefined) return fallback;
    if (!/^[0-9]+$/.test(v)) {
      ctx.addIssue({ code: 'custom', message: `expected a whole number from ${min} to ${max}, got "${v}"` });
      return z.NEVER;
    }
    const n = Number(v);
    if (n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `expected a whole number from ${min} to ${max}, got ${v}` });
      return z.NEVER;
    }
    return n;
  });
}

/** A size in bytes, also accepted as `16kb` / `1mb`. */
function byteSize(min: number, max: number, fallback: number) {
  return optionalText.transform((v, ctx) => {
    if (v === undefined) return fallback;
    const m = /^([0-9]+)\s*(b|kb|mb)?$/i.exec(v);
    const n = m ? Number(m[1]) * ({ b: 1, kb: 1024, mb: 1024 * 1024 }[(m[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb']) : NaN;
    if (!Number.isFinite(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `expected a size from ${min} to ${max} bytes (e.g. 16384 or 16kb), got "${v}"` });
      return z.NEVER;
    }
    return n;
  });
}

function flag(fallback: boolean) {
  return optionalText.transform((v, ctx) => {
    if (v === undefined) return fallback;
    const s = v.toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(s)) return true;
    if (['0', 'false', 'no', 'off'].includes(s)) return false;
    ctx.addIssue({ code: 'custom', message: `expected true or false, got "${v}"` });
    return z.NEVER;
  });
}

function url(schemes: string[]) {
  return optionalText.refine((v) => {
    if (v === undefined) return true;
    try {
      return schemes.includes(new URL(v).protocol.replace(/:$/, ''));
    } catch {
      return false;
    }
  }, `expected a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}`);
}

/** `https://a.example, http://localhost:5173` → exact origins; `*` is refused on purpose. */
const originList = optionalText.transform((v, ctx) => {
  if (v === undefined) return [];
  const origins: string[] = [];
  for (const raw of v.split(',').map((s) => s.trim()).filter(Boolean)) {
    let origin: string | null = null;
    try {
      const u = new URL(raw);
      if ((u.protocol === 'http:' || u.protocol === 'https:') && (u.pathname === '/' || u.pathname === '') && !u.search && !u.hash && !u.username) origin = u.origin;
    } catch {
      origin = null;
    }
    if (!origin || raw === '*') {
      ctx.addIssue({ code: 'custom', message: `"${raw}" is not an origin; list origins like https://game.example.org (scheme, host and port only; no "*")` });
      return z.NEVER;
    }
    origins.push(origin);
  }
  return origins;
});

const envSchema = z.object({
  PORT: integer(0, 65535, 2567),
  HOST: optionalText.transform((v) => v ?? '0.0.0.0'),
  DATA_DIR: optionalText.transform((v) => v ?? './data'),
  DATABASE_URL: url(['postgres', 'postgresql']),
  DATABASE_SCHEMA: optionalText.refine((v) => v === undefined || /^[a-z_][a-z0-9_]{0,62}$/.test(v), 'expected a lower-case SQL identifier (letters, digits, _)'),
  REDIS_URL: url(['redis', 'rediss']),
  NODE_ENV: optionalText.pipe(z.enum(['development', 'production', 'test'], { message: 'expected development, production or test' }).optional()),
  CORS_ORIGINS: originList,
  CORS_ALLOW_SAME_HOST: flag(true),
  MONITOR_USER: optionalText,
  MONITOR_PASSWORD: optionalText,
  RECONNECT_SECONDS: integer(0, 3600, 60),
  GAME_SECOND_MS: integer(10, 60_000, 1000),
  MAX_TEAM_SEATS: integer(2, 2000, 40),
  MESSAGE_RATE: integer(1, 10_000, 20),
  MESSAGE_BURST: integer(1, 100_000, 40),
  MAX_MESSAGE_BYTES: byteSize(256, 1024 * 1024, MAX_MESSAGE_BYTES),
  HTTP_BODY_LIMIT: byteSize(256, 10 * 1024 * 1024, 16 * 1024),
  JOIN_ATTEMPTS_PER_MINUTE: integer(1, 100_000, 10),
  ROOM_CREATES_PER_MINUTE: integer(1, 100_000, 60),
  PROFILE_CREATES_PER_MINUTE: integer(1, 100_000, 60),
  TRUST_PROXY: flag(false),
  LOG_LEVEL: optionalText.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'expected fatal, error, warn, info, debug, trace or silent' }).optional()),
});

/**
 * The validated configuration. Throws a ConfigError listing every bad variable as
 * `NAME: problem`; `server/index.ts` prints it and exits.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(environment)'}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if ((e.MONITOR_USER === undefined) !== (e.MONITOR_PASSWORD === undefined)) {
    problems.push(`${e.MONITOR_USER === undefined ? 'MONITOR_USER' : 'MONITOR_PASSWORD'}: set both MONITOR_USER and MONITOR_PASSWORD, or neither`);
  }
  if (e.MESSAGE_BURST < e.MESSAGE_RATE) problems.push(`MESSAGE_BURST: must be at least MESSAGE_RATE (${e.MESSAGE_RATE}), got ${e.MESSAGE_BURST}`);
  if (problems.length) throw new ConfigError(problems);

  const nodeEnv = e.NODE_ENV ?? 'development';
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    databaseSchema: e.DATABASE_SCHEMA,
    redisUrl: e.REDIS_URL,
    nodeEnv,
    production: nodeEnv === 'production',
    corsOrigins: e.CORS_ORIGINS,
    corsAllowSameHost: e.CORS_ALLOW_SAME_HOST,
    monitor: e.MONITOR_USER !== undefined && e.MONITOR_PASSWORD !== undefined ? { user: e.MONITOR_USER, password: e.MONITOR_PASSWORD } : undefined,
    reconnectSeconds: e.RECONNECT_SECONDS,
    gameSecondMs: e.GAME_SECOND_MS,
    maxTeamSeats: e.MAX_TEAM_SEATS,
    messageRate: { perSecond: e.MESSAGE_RATE, burst: e.MESSAGE_BURST },
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    httpBodyLimitBytes: e.HTTP_BODY_LIMIT,
    joinAttempts: { max: e.JOIN_ATTEMPTS_PER_MINUTE, windowMs: MINUTE_MS },
    roomCreates: { max: e.ROOM_CREATES_PER_MINUTE, windowMs: MINUTE_MS },
    profileCreates: { max: e.PROFILE_CREATES_PER_MINUTE, windowMs: MINUTE_MS },
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info'),
  };
}
