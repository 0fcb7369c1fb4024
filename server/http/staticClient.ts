// Serves the built browser client (dist/client, made by `npm run build`) and falls back
// to its index.html for page addresses, so reloading the game at any URL works. Before a
// build there is a short page saying how to make one, in English and Korean.
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLIENT_DIST = fileURLToPath(new URL('../../dist/client', import.meta.url));

const NOT_BUILT = `<!doctype html><html><head><meta charset="utf-8"><title>Nines</title></head><body>
<p>The game client is not built yet: run <code>npm run build</code> (or <code>npm start</code>, which builds it).</p>
<p lang="ko">게임 클라이언트가 아직 빌드되지 않았습니다. <code>npm run build</code>를 실행하세요 (<code>npm start</code>는 빌드부터 합니다).</p>
</body></html>`;

/** Routes the server itself answers; the page fallback never hides them. */
const SERVER_PREFIXES = ['/api/', '/matchmake/', '/health'];

function wantsPage(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (SERVER_PREFIXES.some((p) => req.path === p.replace(/\/$/, '') || req.path.startsWith(p))) return false;
  // Paths with a file extension are assets: a missing one is a 404, not the page.
  if (/\.[a-z0-9]+$/i.test(req.path)) return false;
  return req.accepts(['html', 'json']) === 'html';
}

export function createStaticClient(dir: string = CLIENT_DIST): express.Router {
  const router = express.Router();
  const index = join(dir, 'index.html');
  router.use(express.static(dir, { index: 'index.html', fallthrough: true, maxAge: '1h', setHeaders: (res, path) => {
    // index.html names the hashed bundles: never cache it, or a new build would not be picked up.
    if (path.endsWith('index.html')) res.setHeader('Cache-Control', 'no-cache');
  } }));
  router.use((req: Request, res: Response, next: NextFunction) => {
    if (!wantsPage(req)) {
      next();
      return;
    }
    if (existsSync(index)) {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    } else {
      res.status(503).type('html').send(NOT_BUILT);
    }
  });
  return router;
}
