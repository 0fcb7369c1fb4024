// A small TypeScript lexer for the purity check: blanks out comments, string and
// template text and regex literals (keeping every offset and line break), so the rules
// match real code only, and collects module specifiers (import/export/require) with
// their line numbers.

export interface Specifier {
  spec: string;
  line: number;
}

export interface Stripped {
  /** The source with comments, string contents and regex literals replaced by spaces. */
  code: string;
  specifiers: Specifier[];
}

const REGEX_AFTER_CHARS = new Set('(,=:[!&|?{};+-*%<>~^'.split(''));
const REGEX_AFTER_WORDS = /\b(?:return|typeof|instanceof|case|in|of|delete|void|throw|new|else|do|yield|await)$/;
const SPECIFIER_BEFORE = /(?:\bfrom|\bimport|\bimport\s*\(|\brequire\s*\()\s*$/;

/** Comments, strings and regex literals blanked out; module specifiers listed. */
export function stripSource(src: string): Stripped {
  const out: string[] = [];
  const specifiers: Specifier[] = [];
  // One entry per open template literal `${`: the brace depth inside its expression.
  const templates: number[] = [];
  let line = 1;
  let i = 0;
  const blank = (ch: string): string => (ch === '\n' ? '\n' : ' ');
  const emitBlank = (from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      const ch = src[k] as string;
      if (ch === '\n') line++;
      out.push(blank(ch));
    }
  };
  const lastCode = (): string => {
    for (let k = out.length - 1; k >= 0; k--) if (!/\s/.test(out[k] as string)) return out.slice(Math.max(0, k - 20), k + 1).join('');
    return '';
  };
  const readTemplateText = (): void => {
    // From just after a backtick or a closing `}`: text up to the closing backtick or `${`.
    while (i < src.length) {
      const ch = src[i] as string;
      if (ch === '\\') {
        emitBlank(i, Math.min(i + 2, src.length));
        i += 2;
      } else if (ch === '`') {
        out.push('`');
        i++;
        return;
      } else if (ch === '$' && src[i + 1] === '{') {
        out.push('${');
        i += 2;
        templates.push(0);
        return;
      } else {
        emitBlank(i, i + 1);
        i++;
      }
    }
  };
  while (i < src.length) {
    const ch = src[i] as string;
    const next = src[i + 1];
    if (ch === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? src.length : end;
      emitBlank(i, stop);
      i = stop;
    } else if (ch === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      emitBlank(i, stop);
      i = stop;
    } else if (ch === '"' || ch === "'") {
      const startLine = line;
      const before = lastCode();
      let k = i + 1;
      while (k < src.length && src[k] !== ch && src[k] !== '\n') k += src[k] === '\\' ? 2 : 1;
      const value = src.slice(i + 1, k);
      out.push(ch);
      emitBlank(i + 1, k);
      if (k < src.length && src[k] === ch) out.push(ch);
      i = k + (src[k] === ch ? 1 : 0);
      if (SPECIFIER_BEFORE.test(before)) specifiers.push({ spec: value, line: startLine });
    } else if (ch === '`') {
      out.push('`');
      i++;
      readTemplateText();
    } else if (ch === '/' && (() => {
      const before = lastCode();
      const last = before[before.length - 1];
      return last === undefined || REGEX_AFTER_CHARS.has(last) || REGEX_AFTER_WORDS.test(before);
    })()) {
      let k = i + 1;
      let inClass = false;
      while (k < src.length && src[k] !== '\n') {
        const c = src[k];
        if (c === '\\') k++;
        else if (c === '[') inClass = true;
        else if (c === ']') inClass = false;
        else if (c === '/' && !inClass) break;
        k++;
      }
      k++;
      while (k < src.length && /[a-z]/i.test(src[k] as string)) k++;
      emitBlank(i, k);
      i = k;
    } else if (templates.length > 0 && (ch === '{' || ch === '}')) {
      const depth = templates[templates.length - 1] as number;
      if (ch === '}' && depth === 0) {
        templates.pop();
        out.push('}');
        i++;
        readTemplateText();
      } else {
        templates[templates.length - 1] = depth + (ch === '{' ? 1 : -1);
        out.push(ch);
        i++;
      }
    } else {
      if (ch === '\n') line++;
      out.push(ch);
      i++;
    }
  }
  return { code: out.join(''), specifiers };
}
