// Splits a command line into words the way a POSIX shell does for the cases players
// type: single and double quotes, backslash escapes, and `\n` inside quotes kept literal.

export type TokenizeResult = { ok: true; words: string[] } | { ok: false; error: string };

export function tokenize(line: string): TokenizeResult {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote) {
      if (ch === quote) {
        quote = null;
      } else if (ch === '\\' && quote === '"' && i + 1 < line.length && '"\\$`'.includes(line[i + 1] as string)) {
        current += line[++i];
      } else {
        current += ch;
      }
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      current += line[++i];
      inWord = true;
    } else if (ch === ' ' || ch === '\t') {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quote) return { ok: false, error: `unexpected end of line: unterminated ${quote === '"' ? 'double' : 'single'} quote` };
  if (inWord) words.push(current);
  return { ok: true, words };
}
