// The one path every command line takes from the game screen, typed or built by a
// gesture: ClientStore.run (which sends it through the GameConnection and writes the
// transcript). It remembers which transcript commands came from the GUI, so the console
// can mark them, and lets panels that want a command's output (logs, hints) have it.
import type { ResultMessage } from '../../../../shared/protocol/messages.ts';
import type { ClientStore, CommandSource } from '../../state/ClientStore.ts';

export class CommandRunner {
  private readonly gui = new Set<number>();
  private readonly unsubscribe: () => void;
  private readonly listeners = new Set<(line: string, source: CommandSource) => void>();

  constructor(private readonly store: ClientStore) {
    // The store publishes the pending command synchronously inside run(), before sending.
    this.unsubscribe = store.subscribe(() => this.notePending());
  }

  /** Runs a line as if typed; resolves with its result (null when the connection gave none). */
  run(line: string, source: CommandSource = 'console'): Promise<ResultMessage | null> {
    for (const listener of [...this.listeners]) listener(line, source);
    return this.store.run(line, source);
  }

  /** Runs a line built by a button, menu or drag: shown in the console, marked as from the GUI. */
  runGui(line: string): Promise<ResultMessage | null> {
    return this.run(line, 'gui');
  }

  /** Whether transcript command `seq` came from a gesture. */
  isGui(seq: number | undefined): boolean {
    return seq !== undefined && this.gui.has(seq);
  }

  /** Told of every line before it is sent (the console records GUI lines in its history). */
  onRun(listener: (line: string, source: CommandSource) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  dispose(): void {
    this.unsubscribe();
    this.listeners.clear();
  }

  private notePending(): void {
    for (const p of this.store.pending.values()) if (p.source === 'gui') this.gui.add(p.seq);
    // Forget marks of commands no longer in the transcript (it is bounded).
    if (this.gui.size > 2000) {
      const first = this.store.transcript[0]?.seq ?? 0;
      for (const seq of this.gui) if (seq < first) this.gui.delete(seq);
    }
  }
}
