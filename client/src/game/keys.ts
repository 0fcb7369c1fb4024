// Scene and registry keys of the Phaser game, in one place (no string literals in
// scene.start), as in the Phaser template.

export const SceneKey = {
  Boot: 'Boot',
  Preloader: 'Preloader',
  Datacenter: 'Datacenter',
} as const;

export const RegistryKey = {
  /** The WorldBridge between the page and the scenes. */
  Bridge: 'worldBridge',
} as const;

/** Prefixes of the canvas textures the world view creates at run time. */
export const TexturePrefix = {
  Chunk: 'dc-chunk',
  Host: 'dc-host',
} as const;
