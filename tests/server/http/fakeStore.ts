// An in-memory stand-in for the game store with the calls the HTTP layer makes, for tests
// that exercise matchmaking and do not need a database.
import { randomBytes } from 'node:crypto';
import type { GameStore } from '../../../server/storage/GameStore.ts';

export function fakeStore(): GameStore {
  const profiles = new Map<string, { id: string; nickname: string }>();
  const store = {
    kind: 'memory',
    async ensureProfile(token: string | undefined, nickname: string) {
      const found = token === undefined ? undefined : profiles.get(token);
      if (token !== undefined && found) return { id: found.id, token, nickname: found.nickname, created: false };
      const fresh = randomBytes(32).toString('base64url');
      const id = `p${profiles.size + 1}`;
      profiles.set(fresh, { id, nickname });
      return { id, token: fresh, nickname, created: true };
    },
    async getProfile(token: string) {
      return profiles.get(token) ?? null;
    },
    async getProgress() {
      return [];
    },
    async close() {},
  };
  // GameStore is a class with private fields; the HTTP layer only uses the members above.
  return store as unknown as GameStore;
}
