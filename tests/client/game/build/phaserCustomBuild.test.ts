// The custom Phaser build: Phaser's build-time flags are replaced as its own webpack
// build does (only the `typeof FLAG` tests), and every module the custom entry imports
// exists in the installed Phaser (a Phaser upgrade that moves one fails here, not in a
// browser).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PHASER_FLAGS, customPhaserSource, replacePhaserFlags } from '../../../../client/src/game/build/phaserCustomBuild.ts';

describe('custom Phaser build', () => {
  it('replaces the feature flags and nothing else', () => {
    const code = 'if (typeof WEBGL_RENDERER) a(); if (typeof FEATURE_SOUND) b(); if (typeof WEBGL_DEBUG) c(); var x = typeof window; var WEBGL_RENDERER_X = 1;';
    expect(replacePhaserFlags(code)).toBe('if (true) a(); if (false) b(); if (false) c(); var x = typeof window; var WEBGL_RENDERER_X = 1;');
    expect(PHASER_FLAGS.CANVAS_RENDERER).toBe('true');
  });

  it('imports only modules that exist in the installed Phaser', () => {
    const source = customPhaserSource();
    const paths = [...source.matchAll(/from "([^"]+)"|import "([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? '');
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) expect(existsSync(path), path).toBe(true);
    expect(source).toContain('renderer/index.js');
    expect(source.indexOf('renderer/index.js')).toBeLessThan(source.indexOf('core/Game.js'));
  });
});
