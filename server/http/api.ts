// The HTTP API beside the game server: the scenario menu and local profiles (a token
// the browser keeps; no names or emails). Every input is validated, bodies are capped,
// and every error is JSON `{ error: { code, message } }` with an i18n key as the code.
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { AttemptLimiter } from '../security/AttemptLimiter.ts';
import { clientAddress } from '../security/clientAddress.ts';
import type { OriginPolicy } from '../security/originPolicy.ts';
import { checkNickname, generateNickname } from '../sessions/nicknames.ts';
import { apiMessage, requestLang, type ApiErrorCode } from './apiMessages.ts';
import type { ScenarioSummary } from './scenarioList.ts';

/** What the API needs from the game store (GameStore satisfies it). */
export interface ProfileStore {
  ensureProfile(token: string | undefined, nickname: string): Promise<{ token: string; nickname: string }>;
  getProfile(token: string): Promise<{ nickname: string } | null>;
  getProgress(token: string): Promise<readonly unknown[]>;
}

export interface ApiDeps {
  store: ProfileStore;
  logger: Logger;
  origins: OriginPolicy;
  scenarios: () => readonly ScenarioSummary[];
  profileLimiter: AttemptLimiter;
  bodyLimitBytes: number;
  trustProxy: boolean;
  now: () => number;
}

/** An error answered as JSON with its HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }
}

export function sendError(req: Request, res: Response, err: ApiError): void {
  res.set(err.headers).status(err.status).json({ error: { code: err.code, message: apiMessage(err.code, requestLang(req.headers['accept-language']), err.params) } });
}

const createProfileBody = z.strictObject({
  nickname: z.unknown().optional(),
  lang: z.enum(['en', 'ko']).optional(),
});

/** RFC 6750 b64token; the store's tokens are 43 base64url characters. */
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]{16,256}=*)$/i;

function bearerToken(req: Request): string {
  const match = BEARER.exec(req.headers.authorization ?? '');
  if (!match?.[1]) throw new ApiError(401, 'server.profile.needToken', {}, { 'WWW-Authenticate': 'Bearer' });
  return match[1];
}

/** Express 4 does not catch rejected promises of handlers; this forwards them to the error handler. */
function handle(fn: (req: Request, res: Response) => Promise<void> | void) {
  return (req: Request, res: Response, next: NextFunction) => {
    Promise.resolve().then(() => fn(req, res)).catch(next);
  };
}

function methodNotAllowed(allow: string) {
  return (_req: Request, _res: Response, next: NextFunction) => next(new ApiError(405, 'server.http.methodNotAllowed', {}, { Allow: allow }));
}

function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/** Maps body-parser's failures and unexpected errors to API errors. */
function toApiError(err: unknown): ApiError | null {
  if (err instanceof ApiError) return err;
  const type = (err as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') return new ApiError(413, 'server.http.bodyTooLarge');
  if (type === 'entity.parse.failed') return new ApiError(400, 'server.http.badJson');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return new ApiError(415, 'server.http.needJson');
  if (type === 'request.aborted' || type === 'request.size.invalid') return new ApiError(400, 'server.http.badRequest', { detail: String(type) });
  return null;
}

export function createApiRouter(deps: ApiDeps): express.Router {
  const router = express.Router();

  router.use(
    cors((req, callback) => {
      callback(null, { origin: deps.origins.allowOriginHeader(req.headers) ?? false, methods: ['GET', 'POST'], allowedHeaders: ['Content-Type', 'Authorization'], maxAge: 600 });
    }),
  );
  // CORS only hides answers from other sites; a write from a site not on the list is refused outright.
  router.use((req, _res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS' && !deps.origins.allows(req.headers)) {
      next(new ApiError(403, 'server.http.originNotAllowed'));
      return;
    }
    next();
  });
  router.use(express.json({ limit: deps.bodyLimitBytes, strict: true, type: 'application/json' }));

  router.get('/scenarios', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json({ scenarios: deps.scenarios() });
  });
  router.all('/scenarios', methodNotAllowed('GET'));

  router.post(
    '/profile',
    handle(async (req, res) => {
      if (hasBody(req) && !req.is('application/json')) throw new ApiError(415, 'server.http.needJson');
      const parsed = createProfileBody.safeParse(req.body ?? {});
      if (!parsed.success) {
        throw new ApiError(400, 'server.http.badRequest', { detail: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') });
      }
      let nickname: string;
      if (parsed.data.nickname === undefined) {
        nickname = generateNickname(parsed.data.lang ?? requestLang(req.headers['accept-language']));
      } else {
        const checked = checkNickname(parsed.data.nickname);
        if (!checked.ok) throw new ApiError(400, checked.reason);
        nickname = checked.name;
      }
      const verdict = deps.profileLimiter.tryAttempt(clientAddress(req, deps.trustProxy), deps.now());
      if (!verdict.allowed) {
        const seconds = Math.ceil(verdict.retryAfterMs / 1000);
        throw new ApiError(429, 'server.http.tooManyRequests', { seconds }, { 'Retry-After': String(seconds) });
      }
      const profile = await deps.store.ensureProfile(undefined, nickname);
      res.status(201).set('Cache-Control', 'no-store').json({ token: profile.token, nickname: profile.nickname });
    }),
  );
  router.get(
    '/profile',
    handle(async (req, res) => {
      const token = bearerToken(req);
      const profile = await deps.store.getProfile(token);
      if (profile === null) throw new ApiError(404, 'server.profile.notFound');
      const progress = await deps.store.getProgress(token);
      res.set('Cache-Control', 'no-store').json({ nickname: profile.nickname, progress });
    }),
  );
  router.all('/profile', methodNotAllowed('GET, POST'));

  router.use((_req, _res, next) => next(new ApiError(404, 'server.http.notFound')));

  router.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const known = toApiError(err);
    if (known === null) deps.logger.error({ err, path: req.path }, 'API request failed');
    if (res.headersSent) {
      res.end();
      return;
    }
    sendError(req, res, known ?? new ApiError(500, 'server.http.internal'));
  });

  return router;
}
