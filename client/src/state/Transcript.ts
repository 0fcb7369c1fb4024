// The console transcript: what was typed (or built by a gesture), what came back, and
// notices from the room, in arrival order and bounded (the oldest entries go first).
// Texts from the server are kept verbatim; client-side messages and notices are kept
// as i18n keys with parameters, so they render in whatever language is current.
import type { ResultMessage } from '../../../shared/protocol/messages.ts';

export interface TranscriptEntry {
  /** Increasing; stable across trimming (a key for list rendering). */
  readonly id: number;
  /** `input` a command line, `output`/`error` its answer, `notice` a room notice. */
  readonly kind: 'input' | 'output' | 'error' | 'notice';
  /** The line, or the server's text; '' when `key` says it. */
  readonly text: string;
  /** The command this entry belongs to (input/output/error). */
  readonly seq?: number;
  /** An i18n key to render with t(key, params) instead of `text`. */
  readonly key?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export class Transcript {
  private list: TranscriptEntry[] = [];
  private nextId = 1;

  constructor(private readonly limit: number) {}

  get entries(): readonly TranscriptEntry[] {
    return this.list;
  }

  input(seq: number, line: string): void {
    this.push({ kind: 'input', text: line, seq });
  }

  /** A command's answer: its output (if any), then its error (if refused). */
  result(seq: number, result: ResultMessage): void {
    if (result.output) this.push({ kind: 'output', text: result.output, seq });
    if (!result.ok) this.push({ kind: 'error', text: result.error ?? '', seq });
  }

  /** A command that got no answer (not connected, connection dropped). */
  failure(seq: number, key: string, params: Record<string, string | number>): void {
    this.push({ kind: 'error', text: '', seq, key, params });
  }

  notice(key: string, params: Readonly<Record<string, string | number>>): void {
    this.push({ kind: 'notice', text: '', key, params });
  }

  private push(entry: Omit<TranscriptEntry, 'id'>): void {
    // A new array each time: views can tell a changed transcript by reference.
    const next = this.list.length >= this.limit ? this.list.slice(this.list.length - this.limit + 1) : this.list.slice();
    next.push({ id: this.nextId++, ...entry });
    this.list = next;
  }
}
