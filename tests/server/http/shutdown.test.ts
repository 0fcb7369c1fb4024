// Graceful shutdown: shutdown() resolves only after every room's onDispose has finished
// (index.ts closes the store after it). Colyseus itself resumes as soon as its room count
// reaches zero, which happens while a room disposed earlier is still in its onDispose.
import { once } from 'node:events';
import { Room, matchMaker } from '@colyseus/core';
import { Client } from 'colyseus.js';
import { describe, expect, it } from 'vitest';
import { fakeStore } from './fakeStore.ts';
import { bootTestServer } from './bootServer.ts';

/** A room whose onDispose (when `slow`) waits until released, like a room finishing its writes. */
class SlowDisposeRoom extends Room {
  static release: Promise<void> = new Promise(() => {});
  static log: string[] = [];
  private slow = false;

  override onCreate(options: { slow?: boolean }): void {
    this.slow = options.slow === true;
    this.autoDispose = false;
  }

  override onJoin(): void {}

  override async onDispose(): Promise<void> {
    if (this.slow) await SlowDisposeRoom.release;
    SlowDisposeRoom.log.push(this.slow ? 'slow room disposed' : 'fast room disposed');
  }
}

describe('GameServer.shutdown', () => {
  it('waits for every room to finish disposing', async () => {
    const t = await bootTestServer({}, { store: fakeStore(), roomClass: SlowDisposeRoom });
    // The slow room has no client, so shutdown disposes it at once; the fast one ends after its client leaves.
    await matchMaker.createRoom('datacenter', { slow: true });
    const client = new Client(t.base);
    await client.create('datacenter', { slow: false });

    // Release the slow room only once the HTTP server has closed, on a later turn of the loop:
    // a shutdown that does not wait for it would already have resolved by then.
    SlowDisposeRoom.release = once(t.server.httpServer, 'close').then(() => new Promise<void>((resolve) => setImmediate(resolve)));
    await t.server.shutdown();
    SlowDisposeRoom.log.push('shutdown resolved');

    expect(SlowDisposeRoom.log).toEqual(['fast room disposed', 'slow room disposed', 'shutdown resolved']);
    expect(t.server.httpServer.listening).toBe(false);
    await t.server.shutdown(); // a second call is harmless
  });
});
