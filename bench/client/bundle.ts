// Builds the real client (client/vite.config.ts) into a throw-away directory and sums
// the gzip sizes of what a browser downloads before the game runs: the JS and CSS
// bundles (fonts are fetched later, by unicode-range, only for the glyphs shown).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BundleSize {
  gzipBytes: number;
  rawBytes: number;
  files: { name: string; gzipBytes: number }[];
  /** Whether Phaser is in the bundle (the page starts the world view). */
  includesPhaser: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Runs `vite build` for `config` into a temporary directory and measures it. */
export function measureBundle(config = 'client/vite.config.ts'): BundleSize {
  const out = mkdtempSync(join(tmpdir(), 'nines-bundle-'));
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', config, '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const files = walk(out).filter((f) => /\.(js|css)$/.test(f));
    const measured = files.map((f) => {
      const body = readFileSync(f);
      return { name: f.slice(out.length + 1), raw: body.length, gzipBytes: gzipSync(body).length, phaser: body.includes('Phaser v') || body.includes('phaser.io') };
    });
    return {
      gzipBytes: measured.reduce((a, f) => a + f.gzipBytes, 0),
      rawBytes: measured.reduce((a, f) => a + f.raw, 0),
      files: measured.map(({ name, gzipBytes }) => ({ name, gzipBytes })).sort((a, b) => b.gzipBytes - a.gzipBytes),
      includesPhaser: measured.some((f) => f.phaser),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
