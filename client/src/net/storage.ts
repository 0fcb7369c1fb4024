// Where the browser client keeps small tokens between page loads: the reconnection
// token (sessionStorage: this tab only), the profile token and the language
// (localStorage). Behind an interface so tests and Node run with an in-memory copy,
// and so a browser that refuses storage (private mode throws) still plays.

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The one key of each token. */
export const STORAGE_KEYS = {
  /** `room.reconnectionToken` of the game this tab is in (sessionStorage). */
  reconnect: 'nines.reconnect',
  /** Profile token the server gave us (localStorage). */
  profile: 'nines.profile',
  /** Chosen language, `en` or `ko` (localStorage). */
  lang: 'nines.lang',
} as const;

/** A storage that lives as long as the page (tests, Node, storage-less browsers). */
export function memoryStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** The browser's session or local storage, or memory where there is none or it throws. */
export function browserStorage(kind: 'session' | 'local'): KeyValueStorage {
  const fallback = memoryStorage();
  let real: Storage | undefined;
  try {
    real = kind === 'session' ? globalThis.sessionStorage : globalThis.localStorage;
  } catch {
    real = undefined;
  }
  if (!real) return fallback;
  const store = real;
  const guard = <T>(fn: () => T, orElse: () => T): T => {
    try {
      return fn();
    } catch {
      return orElse();
    }
  };
  return {
    getItem: (key) => guard(() => store.getItem(key), () => fallback.getItem(key)),
    setItem: (key, value) => guard(() => store.setItem(key, value), () => fallback.setItem(key, value)),
    removeItem: (key) => guard(() => store.removeItem(key), () => fallback.removeItem(key)),
  };
}
