// The purity checker itself: it must catch each banned API and import (with the right
// line), and must not be fooled by comments, strings, templates or regex literals.
import { describe, expect, it } from 'vitest';
import { checkSource } from './purity.ts';
import { stripSource } from './lexer.ts';

const ROOT = '/repo';
const FILE = '/repo/shared/sim/systems/fake.ts';

const lines = (src: string): number[] => checkSource(src, FILE, ROOT).map((v) => v.line);

describe('purity checker', () => {
  it('catches every banned API, naming file and line', () => {
    const bad = [
      'const t = Date.now();',
      'const r = Math.random();',
      'setTimeout(() => tick(), 5);',
      'const home = process.env.HOME;',
      'const fs = require("fs");',
      'const w = window.innerWidth;',
      'const g = globalThis.structuredClone;',
      'void fetch(url);',
      'const p = performance.now();',
      'queueMicrotask(run);',
      'const u = import.meta.url;',
      'const m = await import("./other.ts");',
      'const s = n.toLocaleString();',
      'document.title = "x";',
    ].join('\n');
    const found = checkSource(bad, FILE, ROOT);
    expect([...new Set(found.map((v) => v.line))]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    // require("fs") is wrong twice: CommonJS loading, and a Node built-in.
    expect(found.filter((v) => v.line === 5).map((v) => v.what)).toEqual([expect.stringContaining('require('), expect.stringContaining('"fs" (Node API)')]);
    expect(found[0]).toEqual({ file: 'shared/sim/systems/fake.ts', line: 1, what: expect.stringContaining('Date') });
    expect(found[1]?.what).toContain('Math.random');
  });

  it('catches impure imports: Node built-ins, server/client code, game frameworks, unknown packages', () => {
    const bad = [
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "import { randomBytes } from 'crypto';",
      "export { readFile } from 'fs/promises';",
      "import { Room } from '@colyseus/core';",
      "import { Client } from 'colyseus.js';",
      "import Phaser from 'phaser';",
      "import { TICK_MS } from '../../../server/rooms/DatacenterRoom.ts';",
      "import '../../../client/src/main.ts';",
      "import left from 'left-pad';",
      "import type { Stats } from 'node:fs';",
    ].join('\n');
    const found = checkSource(bad, FILE, ROOT);
    expect(found.map((v) => v.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(found[7]?.what).toContain('server code');
    expect(found[8]?.what).toContain('client code');
    expect(found[9]?.what).toContain('allow-list');
  });

  it('ignores the words in comments, strings, template text and regex literals', () => {
    const good = [
      '// Date.now() and Math.random() are banned; the process table is simulated.',
      '/* setTimeout, window, document,',
      '   fetch and require( in a block comment */',
      "const a = 'the main process exited';",
      'const b = "Date: today";',
      'const c = `process ${name} killed at ${clock(tick)}; see document`;',
      'const d = /Date|process|window/.test(line);',
      'const e = c.profile.process + row.document;',
      "import { z } from 'zod';",
      "import { clock } from '../units.ts';",
      'const f = total / 2 / count;',
      'const g = `outer ${`inner ${x}`} done`;',
    ].join('\n');
    expect(checkSource(good, FILE, ROOT)).toEqual([]);
  });

  it('still checks code inside template expressions, on the right line', () => {
    const src = ['const ok = 1;', 'const s = `started ${', '  Date.now()', '} ms`;'].join('\n');
    expect(lines(src)).toEqual([3]);
  });

  it('keeps offsets and lines when blanking', () => {
    const src = "const a = 'x';\n/* two\nlines */ const b = /re/g; // end\nconst c = `t${d}`;";
    const { code } = stripSource(src);
    expect(code.length).toBe(src.length);
    expect(code.split('\n')).toHaveLength(src.split('\n').length);
    expect(code).toContain('const b =');
    expect(code).toContain('${d}');
    expect(code).not.toContain('re');
  });
});
