// Content hashing without Node's crypto (the simulation must run anywhere): a 64-bit
// FNV-1a over two 32-bit lanes. Used for layer digests and for the world's state hash;
// it is a fingerprint for replays and caches, not a security boundary.

/** 16 hex characters fingerprinting `text`. */
export function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** A 64-hex digest in the shape of sha256 (four chained fingerprints). */
export function digestOf(text: string): string {
  const a = fingerprint(text);
  const b = fingerprint(a + text);
  const c = fingerprint(b + text);
  const d = fingerprint(c + text);
  return a + b + c + d;
}

/** Incremental FNV-1a for hashing large structures without building one big string. */
export class StateHasher {
  private h1 = 0x811c9dc5;
  private h2 = 0xcbf29ce4;

  add(value: string | number | boolean | null | undefined): void {
    const text = value === null || value === undefined ? '\u0000' : String(value);
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193) >>> 0;
    }
    // A separator so that ("ab","c") and ("a","bc") differ.
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ 0x1f, 0x01000193) >>> 0;
    this.h1 = h1;
    this.h2 = h2;
  }

  digest(): string {
    return this.h1.toString(16).padStart(8, '0') + this.h2.toString(16).padStart(8, '0');
  }
}
