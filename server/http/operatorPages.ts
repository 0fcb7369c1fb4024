// Colyseus' operator pages (/monitor, /playground), mounted only when MONITOR_USER and
// MONITOR_PASSWORD are set, behind Basic authentication, and only if their packages are
// installed (they are optional: the game does not depend on them).
import type express from 'express';
import type { Logger } from 'pino';
import { requireBasicAuth } from '../security/basicAuth.ts';

type RouterFactory = () => express.RequestHandler;

async function optionalFactory(pkg: string, exportName: string): Promise<RouterFactory | null> {
  try {
    // A computed specifier keeps TypeScript and bundlers from requiring the package.
    const mod = (await import(/* @vite-ignore */ pkg)) as Record<string, unknown>;
    const factory = mod[exportName] ?? (mod.default as Record<string, unknown> | undefined)?.[exportName];
    return typeof factory === 'function' ? (factory as RouterFactory) : null;
  } catch {
    return null;
  }
}

/** Returns the paths mounted (empty without credentials or packages). */
export async function mountOperatorPages(app: express.Express, monitor: { user: string; password: string } | undefined, logger: Logger): Promise<string[]> {
  if (!monitor) return [];
  const mounted: string[] = [];
  const auth = requireBasicAuth(monitor.user, monitor.password);
  for (const [path, pkg, exportName] of [['/monitor', '@colyseus/monitor', 'monitor'], ['/playground', '@colyseus/playground', 'playground']] as const) {
    const factory = await optionalFactory(pkg, exportName);
    if (factory === null) {
      logger.info({ pkg }, `${path} not mounted: ${pkg} is not installed`);
      continue;
    }
    app.use(path, auth, factory());
    mounted.push(path);
  }
  return mounted;
}
