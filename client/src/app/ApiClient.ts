// The HTTP side of the server for the screens outside the game: the scenario menu
// (GET /api/scenarios) and the local profile (POST /api/profile once, then GET with the
// token the browser keeps). The profile token shares its storage key with the game
// connection, which also stores the one a `welcome` brings.
import type { Lang } from '../i18n/index.ts';
import { browserStorage, STORAGE_KEYS, type KeyValueStorage } from '../net/storage.ts';
import { parseProgress, type ProgressEntry } from './campaign.ts';
import { parseScenarioList, type ScenarioInfo } from './scenarioCatalog.ts';

export interface Profile {
  nickname: string;
  progress: ProgressEntry[];
}

/** A failed request: `status` 0 when the server could not be reached or took too long. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

export interface ApiClientOptions {
  /** Prefix of the API, default `/api` (same origin). */
  base?: string;
  fetch?: typeof fetch;
  /** Holds the profile token (default: localStorage). */
  storage?: KeyValueStorage;
  timeoutMs?: number;
}

export class ApiClient {
  private readonly base: string;
  private readonly fetchFn: typeof fetch;
  private readonly storage: KeyValueStorage;
  private readonly timeoutMs: number;

  constructor(options: ApiClientOptions = {}) {
    this.base = options.base ?? '/api';
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.storage = options.storage ?? browserStorage('local');
    this.timeoutMs = options.timeoutMs ?? 8000;
  }

  async scenarios(): Promise<ScenarioInfo[]> {
    return parseScenarioList(await this.request('GET', '/scenarios'));
  }

  /** The profile of the stored token; a new one (kept) on the first visit or when the server forgot it. */
  async profile(lang: Lang): Promise<Profile> {
    const token = this.storage.getItem(STORAGE_KEYS.profile);
    if (token) {
      try {
        const body = (await this.request('GET', '/profile', { token, lang })) as { nickname?: unknown; progress?: unknown };
        return { nickname: typeof body.nickname === 'string' ? body.nickname : '', progress: parseProgress(body.progress) };
      } catch (err) {
        // 401/404: the token is not one the server knows (a new data directory): start afresh.
        if (!(err instanceof ApiRequestError) || (err.status !== 401 && err.status !== 404)) throw err;
      }
    }
    const created = (await this.request('POST', '/profile', { lang, body: { lang } })) as { token?: unknown; nickname?: unknown };
    if (typeof created.token !== 'string' || created.token === '') throw new ApiRequestError(500, 'POST /api/profile: no token in the answer');
    this.storage.setItem(STORAGE_KEYS.profile, created.token);
    return { nickname: typeof created.nickname === 'string' ? created.nickname : '', progress: [] };
  }

  private async request(method: 'GET' | 'POST', path: string, o: { token?: string; lang?: Lang; body?: unknown } = {}): Promise<unknown> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (o.lang) headers['Accept-Language'] = o.lang;
    if (o.token) headers.Authorization = `Bearer ${o.token}`;
    if (o.body !== undefined) headers['Content-Type'] = 'application/json';
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    let response: Response;
    try {
      response = await this.fetchFn(`${this.base}${path}`, { method, headers, signal: abort.signal, ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}) });
    } catch (err) {
      throw new ApiRequestError(0, err instanceof Error ? err.message : String(err));
    } finally {
      clearTimeout(timer);
    }
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    if (!response.ok) {
      const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
      throw new ApiRequestError(response.status, typeof message === 'string' ? message : `${method} ${this.base}${path}: HTTP ${response.status}`);
    }
    return body;
  }
}
