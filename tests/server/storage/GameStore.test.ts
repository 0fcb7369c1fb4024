// The store's behaviour suite on PGlite (always) and on PostgreSQL (when DATABASE_URL is set).
import { afterAll, beforeAll, describe } from 'vitest';
import type { GameStore } from '../../../server/storage/GameStore.ts';
import { defineStoreBehaviour } from './storeBehaviour.ts';
import { DATABASE_URL, openPgliteStore, openPostgresStore, type OpenedStore } from './storeFixtures.ts';

function storeFrom(opened: () => OpenedStore | undefined): () => GameStore {
  return () => {
    const o = opened();
    if (o === undefined) throw new Error('store not opened');
    return o.store;
  };
}

describe('GameStore on PGlite', () => {
  let opened: OpenedStore | undefined;
  beforeAll(async () => {
    opened = await openPgliteStore();
  });
  afterAll(async () => {
    await opened?.cleanup();
  });
  defineStoreBehaviour(storeFrom(() => opened));
});

describe.skipIf(DATABASE_URL === undefined)('GameStore on PostgreSQL', () => {
  let opened: OpenedStore | undefined;
  beforeAll(async () => {
    opened = await openPostgresStore(DATABASE_URL as string);
  });
  afterAll(async () => {
    await opened?.cleanup();
  });
  defineStoreBehaviour(storeFrom(() => opened));
});
