// Console history as shells keep it: up/down walk through the lines run, newest first;
// the line being typed is kept and comes back when walking past the newest; a line
// equal to the one before it is stored once; the oldest lines go when it is full.

export class CommandHistory {
  private readonly lines: string[] = [];
  /** Index of the entry shown while browsing; lines.length when not browsing. */
  private cursor = 0;
  private draft = '';

  constructor(private readonly limit = 200) {}

  /** Lines run, oldest first. */
  get entries(): readonly string[] {
    return this.lines;
  }

  /** Records a line that was run (blank lines and repeats of the last are skipped) and stops browsing. */
  push(line: string): void {
    const text = line.trim();
    if (text && this.lines[this.lines.length - 1] !== text) {
      this.lines.push(text);
      if (this.lines.length > this.limit) this.lines.splice(0, this.lines.length - this.limit);
    }
    this.reset();
  }

  /** The previous (older) line; `current` is the input's text, kept when browsing starts. Null at the oldest. */
  up(current: string): string | null {
    if (this.cursor === this.lines.length) this.draft = current;
    if (this.cursor === 0) return null;
    this.cursor--;
    return this.lines[this.cursor] ?? null;
  }

  /** The next (newer) line, then the kept draft; null when not browsing. */
  down(): string | null {
    if (this.cursor >= this.lines.length) return null;
    this.cursor++;
    return this.cursor === this.lines.length ? this.draft : (this.lines[this.cursor] ?? null);
  }

  /** Stops browsing (the user typed something else). */
  reset(): void {
    this.cursor = this.lines.length;
    this.draft = '';
  }
}
