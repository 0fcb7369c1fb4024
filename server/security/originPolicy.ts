// Which browser origins may call the server (CORS on the API and matchmaking routes,
// and the Origin check of WebSocket upgrades). An explicit allow-list, never "any origin":
// requests without an Origin (same-origin GETs, command-line tools, Node clients), the
// server's own localhost origins, the origins in CORS_ORIGINS, and, unless turned off,
// an Origin naming the same host the browser addressed (the page was served from here).
import type { IncomingHttpHeaders } from 'node:http';

export interface OriginPolicySettings {
  corsOrigins: readonly string[];
  corsAllowSameHost: boolean;
  production: boolean;
}

export interface OriginPolicy {
  /** Whether a request with these headers may be served cross-origin (true when there is no Origin). */
  allows(headers: IncomingHttpHeaders): boolean;
  /** The value for Access-Control-Allow-Origin, or null when none should be sent. */
  allowOriginHeader(headers: IncomingHttpHeaders): string | null;
}

/** Vite's dev server, whose pages call the game server on its own port during `npm run dev`. */
const DEV_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'];

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * @param currentPort the port actually listened on (known only after listen, e.g. with PORT=0)
 */
export function createOriginPolicy(settings: OriginPolicySettings, currentPort: () => number): OriginPolicy {
  const configured = new Set(settings.corsOrigins);
  if (!settings.production) for (const o of DEV_ORIGINS) configured.add(o);

  function ownOrigins(): string[] {
    const port = currentPort();
    return [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`];
  }

  function originAllowed(origin: string, host: string | undefined): boolean {
    if (configured.has(origin) || ownOrigins().includes(origin)) return true;
    if (!settings.corsAllowSameHost || !host) return false;
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return false;
    }
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === origin && parsed.host === host.toLowerCase();
  }

  return {
    allows(headers) {
      const origin = single(headers.origin);
      return origin === undefined || originAllowed(origin, single(headers.host));
    },
    allowOriginHeader(headers) {
      const origin = single(headers.origin);
      return origin !== undefined && originAllowed(origin, single(headers.host)) ? origin : null;
    },
  };
}
