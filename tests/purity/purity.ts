// The purity rules for shared/sim and shared/i18n: no clock, no ambient randomness,
// no timers, no Node, DOM or network API, and imports only of pure modules inside
// shared/ or of allow-listed pure packages. The simulation must give the same result
// in the server, a browser and a test, so anything environment-dependent is refused.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { stripSource } from './lexer.ts';

export interface Violation {
  file: string;
  line: number;
  what: string;
}

interface Rule {
  re: RegExp;
  what: string;
  /** A property of some object (`x.process`) is not the global, so it passes. */
  globalOnly: boolean;
}

const RULES: Rule[] = [
  { re: /\bDate\b/g, what: 'Date (wall-clock time; use world.tick)', globalOnly: true },
  { re: /\bMath\s*\.\s*random\b/g, what: 'Math.random (use shared/sim/rng.ts with the world\'s seed)', globalOnly: false },
  { re: /\bperformance\b/g, what: 'performance (wall-clock time)', globalOnly: true },
  { re: /\b(?:setTimeout|setInterval|setImmediate|queueMicrotask|clearTimeout|clearInterval|requestAnimationFrame)\b/g, what: 'a timer (time advances only by ticks)', globalOnly: true },
  { re: /\bprocess\b/g, what: 'process (Node API)', globalOnly: true },
  { re: /\brequire\s*\(/g, what: 'require( (CommonJS loading)', globalOnly: true },
  { re: /\b(?:window|document|globalThis|fetch|navigator|localStorage|XMLHttpRequest|WebSocket)\b/g, what: 'a browser or global API', globalOnly: true },
  { re: /\bimport\s*\.\s*meta\b/g, what: 'import.meta (depends on how the module was loaded)', globalOnly: false },
  { re: /\bimport\s*\(/g, what: 'dynamic import() (asynchronous loading)', globalOnly: false },
  { re: /\b(?:Intl|toLocaleString|toLocaleDateString|toLocaleTimeString|localeCompare)\b/g, what: 'locale-dependent formatting or ordering (differs between machines)', globalOnly: false },
];

/** Third-party packages known to be pure (no I/O, no clock, deterministic). */
export const PURE_PACKAGES = new Set(['zod', 'i18next', 'yaml']);

const NAMED_BANS: Record<string, string> = {
  colyseus: 'the game server framework',
  'colyseus.js': 'the network client',
  phaser: 'the rendering engine',
};

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

/** Why importing `spec` from `file` breaks purity, or null when it is fine. */
export function importProblem(spec: string, file: string, repoRoot: string): string | null {
  if (spec.startsWith('node:')) return `import of "${spec}" (Node API)`;
  if (spec.startsWith('.') || spec.startsWith('/')) {
    const target = resolve(dirname(file), spec);
    const rel = relative(repoRoot, target).split(sep).join('/');
    if (rel.startsWith('server/') || rel.startsWith('client/')) return `import of "${spec}" (${rel.split('/')[0]} code)`;
    if (!rel.startsWith('shared/')) return `import of "${spec}" (outside shared/)`;
    return null;
  }
  const name = packageName(spec);
  if (builtinModules.includes(name)) return `import of "${spec}" (Node API)`;
  if (name.startsWith('@colyseus/') || NAMED_BANS[name]) return `import of "${spec}" (${NAMED_BANS[name] ?? 'the game server framework'})`;
  if (!PURE_PACKAGES.has(name)) return `import of "${spec}" (package not on the pure allow-list in tests/purity/purity.ts)`;
  return null;
}

/** Every purity violation in one source file; `file` is its absolute path. */
export function checkSource(src: string, file: string, repoRoot: string): Violation[] {
  const { code, specifiers } = stripSource(src);
  const shown = relative(repoRoot, file).split(sep).join('/');
  const found: Violation[] = [];
  code.split('\n').forEach((text, i) => {
    for (const rule of RULES) {
      for (const m of text.matchAll(rule.re)) {
        const before = text.slice(0, m.index).trimEnd();
        if (rule.globalOnly && (before.endsWith('.') || before.endsWith('?.'))) continue;
        found.push({ file: shown, line: i + 1, what: rule.what });
      }
    }
  });
  for (const s of specifiers) {
    const problem = importProblem(s.spec, file, repoRoot);
    if (problem) found.push({ file: shown, line: s.line, what: problem });
  }
  return found.sort((a, b) => a.line - b.line);
}

/** `file:line: what`, one violation a line. */
export function formatViolations(list: readonly Violation[]): string {
  return list.map((v) => `${v.file}:${v.line}: ${v.what}`).join('\n');
}
