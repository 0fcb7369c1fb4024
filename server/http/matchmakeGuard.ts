// Hardening of Colyseus' matchmaking routes (`POST /matchmake/<method>/<room>`). Colyseus
// answers them in its own `request` listener, ahead of express, reading the whole body
// with no size limit and echoing any Origin in CORS. This guard sits in front of that
// listener: it refuses oversized bodies (413), other HTTP methods (405), disallowed
// origins (403), and addresses over their join or create allowance (429); and it wraps the
// matchmaking controller so only `create`, `join` (with a well-formed code), `joinById`
// and `reconnect` are offered.
import type { IncomingMessage, RequestListener, Server as HttpServer, ServerResponse } from 'node:http';
import { ErrorCode, ServerError, matchMaker } from '@colyseus/core';
import type { AttemptLimiter } from '../security/AttemptLimiter.ts';
import { clientAddress } from '../security/clientAddress.ts';
import type { OriginPolicy } from '../security/originPolicy.ts';
import { normaliseJoinCode } from '../sessions/joinCode.ts';
import { apiMessage, requestLang, type ApiErrorCode } from './apiMessages.ts';

export interface MatchmakeGuardOptions {
  bodyLimitBytes: number;
  origins: OriginPolicy;
  /** Failed joins (no session with that code, malformed code, unknown room id) per address. */
  joinLimiter: AttemptLimiter;
  /** Rooms created per address. */
  createLimiter: AttemptLimiter;
  trustProxy: boolean;
  now: () => number;
}

/** Matchmaking calls offered to clients; `joinOrCreate` is not (rooms are created, or joined by code). */
export const OFFERED_METHODS = ['create', 'join', 'joinById', 'reconnect'] as const;
const JOIN_METHODS = new Set(['join', 'joinById']);

type Controller = typeof matchMaker.controller;
type InvokeMethod = Controller['invokeMethod'];
const ORIGINAL_INVOKE = Symbol.for('nines.originalInvokeMethod');

function pathOf(url: string | undefined): string {
  const q = (url ?? '').indexOf('?');
  return q === -1 ? url ?? '' : (url ?? '').slice(0, q);
}

/** Colyseus treats every URL containing `/matchmake` as matchmaking; only real matchmaking paths go to it. */
function isMatchmakePath(url: string | undefined): boolean {
  return pathOf(url).startsWith(`/${matchMaker.controller.matchmakeRoute}/`);
}

function matchmakeMethodOf(url: string | undefined): string {
  return pathOf(url).split('/')[2] ?? '';
}

function refuse(req: IncomingMessage, res: ServerResponse, status: number, code: ApiErrorCode, params: Record<string, string | number> = {}, headers: Record<string, string> = {}): void {
  const lang = requestLang(req.headers['accept-language']);
  // Colyseus' client reads `error` as the message; `key` lets a client translate it.
  const body = JSON.stringify({ code: status, error: apiMessage(code, lang, params), key: code });
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Connection: 'close', ...headers });
  res.end(body);
}

function matchmakeError(code: ApiErrorCode, errorCode: number, authOptions: { headers?: IncomingMessage['headers'] } | undefined, params: Record<string, string | number> = {}): ServerError {
  return new ServerError(errorCode, apiMessage(code, requestLang(authOptions?.headers?.['accept-language']), params));
}

function isPlainOptions(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return !Object.prototype.hasOwnProperty.call(value, '__proto__') && !Object.prototype.hasOwnProperty.call(value, 'constructor');
}

/**
 * Narrows the (process-wide) matchmaking controller: the offered methods, CORS from the
 * allow-list, the join code check, and counting of failed joins. Safe to call again (tests
 * boot several servers in one process): it always wraps Colyseus' original method.
 */
function configureController(options: MatchmakeGuardOptions): void {
  const controller = matchMaker.controller as Controller & { [ORIGINAL_INVOKE]?: InvokeMethod };
  controller.exposedMethods = [...OFFERED_METHODS];
  const defaults = controller.DEFAULT_CORS_HEADERS as Record<string, string>;
  delete defaults['Access-Control-Allow-Origin'];
  defaults['Access-Control-Allow-Methods'] = 'OPTIONS, POST';
  controller.getCorsHeaders = (req: IncomingMessage): Record<string, string> => {
    const origin = options.origins.allowOriginHeader(req.headers);
    return origin ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : { Vary: 'Origin' };
  };
  const original = controller[ORIGINAL_INVOKE] ?? controller.invokeMethod;
  controller[ORIGINAL_INVOKE] = original;
  controller.invokeMethod = async function guardedInvoke(method, roomName, clientOptions = {}, authOptions) {
    if (!(OFFERED_METHODS as readonly string[]).includes(method)) {
      throw matchmakeError('server.matchmake.methodRefused', ErrorCode.MATCHMAKE_NO_HANDLER, authOptions);
    }
    if (!isPlainOptions(clientOptions)) {
      throw new ServerError(ErrorCode.INVALID_PAYLOAD, 'matchmaking options must be a JSON object');
    }
    const address = authOptions?.req ? clientAddress(authOptions.req as IncomingMessage, options.trustProxy) : 'unknown';
    const opts: Record<string, unknown> = { ...clientOptions };
    if (method === 'create') {
      // The room draws its own code; a creator cannot pick an easy one.
      delete opts.code;
    } else if (method === 'join') {
      const code = normaliseJoinCode(opts.code);
      if (code === null) {
        options.joinLimiter.record(address, options.now());
        throw matchmakeError('server.matchmake.badCode', ErrorCode.MATCHMAKE_INVALID_CRITERIA, authOptions);
      }
      opts.code = code;
    }
    // Rooms' onAuth sees the same address the limits use, not a client-written X-Forwarded-For.
    const auth = authOptions ? { ...authOptions, ip: address } : authOptions;
    try {
      return await original.call(this, method, roomName, opts, auth);
    } catch (err) {
      if (JOIN_METHODS.has(method)) {
        options.joinLimiter.record(address, options.now());
        if (method === 'join' && (err as ServerError).code === ErrorCode.MATCHMAKE_INVALID_CRITERIA) {
          throw matchmakeError('server.matchmake.badCode', ErrorCode.MATCHMAKE_INVALID_CRITERIA, authOptions);
        }
      }
      throw err;
    }
  };
}

/** Checks a matchmaking request before Colyseus sees it; false when it was answered (refused). */
function admit(req: IncomingMessage, res: ServerResponse, options: MatchmakeGuardOptions): boolean {
  if (req.method === 'OPTIONS') return true; // Colyseus answers the preflight with the CORS headers above
  if (req.method !== 'POST') {
    refuse(req, res, 405, 'server.http.methodNotAllowed', {}, { Allow: 'POST, OPTIONS' });
    return false;
  }
  if (!options.origins.allows(req.headers)) {
    refuse(req, res, 403, 'server.http.originNotAllowed');
    return false;
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (!Number.isFinite(declared) || declared > options.bodyLimitBytes) {
    refuse(req, res, 413, 'server.http.bodyTooLarge');
    res.once('finish', () => req.destroy());
    return false;
  }
  const method = matchmakeMethodOf(req.url);
  const address = clientAddress(req, options.trustProxy);
  const now = options.now();
  const verdict = method === 'create' ? options.createLimiter.tryAttempt(address, now) : JOIN_METHODS.has(method) ? options.joinLimiter.check(address, now) : null;
  if (verdict && !verdict.allowed) {
    const seconds = Math.ceil(verdict.retryAfterMs / 1000);
    refuse(req, res, 429, method === 'create' ? 'server.matchmake.tooManyRooms' : 'server.matchmake.tooManyJoins', { seconds }, { 'Retry-After': String(seconds) });
    return false;
  }
  // A chunked body has no Content-Length: count what arrives and stop at the limit.
  let received = 0;
  const count = (chunk: Buffer) => {
    received += chunk.length;
    if (received <= options.bodyLimitBytes) return;
    // Colyseus must not see the end of this body (it would answer a second time).
    req.pause();
    req.removeAllListeners('data');
    req.removeAllListeners('end');
    refuse(req, res, 413, 'server.http.bodyTooLarge');
    res.once('finish', () => req.destroy());
  };
  req.on('data', count);
  return true;
}

/**
 * Puts the guard in front of the matchmaking listener Colyseus installed on `httpServer`
 * (call after `new Server({ transport })`). Requests that are not matchmaking go straight
 * to `app`.
 */
export function installMatchmakeGuard(httpServer: HttpServer, app: RequestListener, options: MatchmakeGuardOptions): void {
  configureController(options);
  const colyseusListeners = httpServer.listeners('request') as RequestListener[];
  httpServer.removeAllListeners('request');
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!isMatchmakePath(req.url)) {
      app(req, res);
      return;
    }
    if (!admit(req, res, options)) return;
    for (const listener of colyseusListeners) listener.call(httpServer, req, res);
  });
}
