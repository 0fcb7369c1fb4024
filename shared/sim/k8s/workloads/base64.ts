// Base64 and UTF-8 for secrets, written out so the simulation needs no platform API:
// a Secret's `data` is base64 (encoding, not encryption: anyone who can read the object
// can decode it), and `describe secret` shows each value's size in bytes.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** UTF-8 bytes of a string. */
export function utf8Bytes(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

/** Decodes UTF-8 bytes (invalid sequences become U+FFFD, as Go's string conversion shows them). */
function fromUtf8(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
    let valid = need >= 0 && i + need < bytes.length;
    for (let k = 1; valid && k <= need; k++) valid = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (!valid) {
      out += '\ufffd';
      i++;
      continue;
    }
    let cp = need === 0 ? b : b & (0x3f >> need);
    for (let k = 1; k <= need; k++) cp = (cp << 6) | ((bytes[i + k] as number) & 63);
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

/** Standard base64 (with padding) of a string's UTF-8 bytes. */
export function base64Encode(text: string): string {
  const bytes = utf8Bytes(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] as string;
    out += ALPHABET[(n >> 12) & 63] as string;
    out += i + 1 < bytes.length ? (ALPHABET[(n >> 6) & 63] as string) : '=';
    out += i + 2 < bytes.length ? (ALPHABET[n & 63] as string) : '=';
  }
  return out;
}

/** Decodes standard base64 strictly; on bad input gives Go's `illegal base64 data at input byte N`. */
export function base64Decode(text: string): { ok: true; value: string } | { ok: false; error: string } {
  const bytes: number[] = [];
  let bits = 0;
  let acc = 0;
  let pad = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\n' || ch === '\r') continue;
    if (ch === '=') {
      pad++;
      continue;
    }
    const v = ALPHABET.indexOf(ch);
    if (v < 0 || pad > 0) return { ok: false, error: `illegal base64 data at input byte ${i}` };
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  const len = text.replace(/[\r\n]/g, '').length;
  if (len % 4 !== 0 || pad > 2) return { ok: false, error: `illegal base64 data at input byte ${Math.max(0, len - (len % 4 || 4))}` };
  return { ok: true, value: fromUtf8(bytes) };
}
