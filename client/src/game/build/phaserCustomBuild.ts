// A Vite plugin (production builds only) that replaces `phaser` with a custom build of
// Phaser 4 holding just what the world view uses: the core, both renderers, cameras,
// input (mouse, touch), scale, textures, the clock, and the Image, Graphics and Text
// game objects (no loader, tweens, lights: the view loads nothing and animates by hand).
// The full dist bundles Matter and Arcade physics, tilemaps, particles, sound and more:
// about 355 KB gzip against about 200 KB for this. Phaser's sources are CommonJS and
// read build-time feature flags (`typeof WEBGL_RENDERER` …), which webpack's
// DefinePlugin replaces in Phaser's own build; this plugin does the same. The custom
// module is bundled by esbuild (Vite's own bundler for dependencies), whose handling of
// Phaser's circular requires matches webpack's; Rollup's CommonJS plugin breaks them.
// `vite dev` keeps the full dist (the plugin applies to builds only).
//
//   // vite.config.ts
//   plugins: [phaserCustomBuild()]
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const SRC = fileURLToPath(new URL('../../../../node_modules/phaser/src/', import.meta.url));
const VIRTUAL = '\0nines-phaser-custom';

/** Phaser's build flags: both renderers, no WebGL debugger, no sound, no Facebook plugin. */
export const PHASER_FLAGS: Readonly<Record<string, string>> = {
  WEBGL_RENDERER: 'true',
  CANVAS_RENDERER: 'true',
  WEBGL_DEBUG: 'false',
  FEATURE_SOUND: 'false',
  PLUGIN_FBINSTANT: 'false',
  PLUGIN_CAMERA3D: 'false',
};

/** Modules imported for their side effects: they register plugins and `this.add.*` factories. */
const REGISTER = [
  'polyfills/requestVideoFrame',
  // First, as in Phaser's own entry: the render nodes and their base class require each
  // other through renderer/index, and only this entry point resolves that cycle.
  'renderer/index',
  // Core scene plugins (the game refuses to boot without them).
  'events/EventEmitter',
  'cameras/2d/CameraManager',
  'gameobjects/GameObjectCreator',
  'gameobjects/GameObjectFactory',
  'scene/ScenePlugin',
  'gameobjects/DisplayList',
  'gameobjects/UpdateList',
  // Default scene plugins the view uses (the others are skipped when absent).
  'time/Clock',
  'input/InputPlugin',
  'input/mouse/index',
  'input/touch/index',
  // Game object factories: this.add.image / graphics / text.
  'gameobjects/image/ImageFactory',
  'gameobjects/graphics/GraphicsFactory',
  'gameobjects/text/TextFactory',
];

/** The namespaces the world view reads, by the path of the module behind each. */
const NAMESPACE = `{
  Cameras: { Scene2D: cameras2d },
  Core: { Events: coreEvents },
  Game,
  GameObjects: { Image, Graphics, Text },
  Input: { Events: inputEvents, Pointer },
  Renderer: { WebGL: { WebGLRenderer } },
  Scale,
  Scene,
  Scenes: { Events: sceneEvents },
}`;
const IMPORTS: Record<string, string> = {
  CONST: 'const',
  Extend: 'utils/object/Extend',
  cameras2d: 'cameras/2d/index',
  coreEvents: 'core/events/index',
  Game: 'core/Game',
  Image: 'gameobjects/image/Image',
  Graphics: 'gameobjects/graphics/Graphics',
  Text: 'gameobjects/text/Text',
  inputEvents: 'input/events/index',
  Pointer: 'input/Pointer',
  WebGLRenderer: 'renderer/webgl/WebGLRenderer',
  Scale: 'scale/index',
  Scene: 'scene/Scene',
  sceneEvents: 'scene/events/index',
};

/** The source of the custom `phaser` module (an ES module importing Phaser's CommonJS files). */
export function customPhaserSource(src = SRC): string {
  const path = (p: string) => JSON.stringify(`${src}${p}.js`);
  return [
    ...REGISTER.map((p) => `import ${path(p)};`),
    ...Object.entries(IMPORTS).map(([name, p]) => `import ${name} from ${path(p)};`),
    `const Phaser = Extend(false, ${NAMESPACE}, CONST);`,
    'export default Phaser;',
  ].join('\n');
}

const FLAG_PATTERN = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');

/** Replaces Phaser's `typeof FLAG` tests with their build-time values. */
export function replacePhaserFlags(code: string): string {
  return code.replace(FLAG_PATTERN, (_, flag: string) => PHASER_FLAGS[flag] as string);
}

/** The custom Phaser as one self-contained ES module (minified by Vite afterwards). */
export async function bundleCustomPhaser(src = SRC): Promise<string> {
  const result = await build({
    stdin: { contents: customPhaserSource(src), resolveDir: src, loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
    target: 'es2020',
    plugins: [
      {
        name: 'phaser-flags',
        setup(b) {
          b.onLoad({ filter: /[\\/]phaser[\\/]src[\\/].*\.js$/ }, async (args) => ({ contents: replacePhaserFlags(await readFile(args.path, 'utf8')), loader: 'js' }));
        },
      },
    ],
  });
  return result.outputFiles[0]?.text ?? '';
}

export function phaserCustomBuild(): Plugin {
  return {
    name: 'nines-phaser-custom-build',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id === 'phaser' ? VIRTUAL : null;
    },
    load(id) {
      return id === VIRTUAL ? bundleCustomPhaser() : null;
    },
  };
}
