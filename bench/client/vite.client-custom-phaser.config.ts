// The real client's Vite config plus the custom Phaser build (client/src/game/build),
// for the client bench to show what that plugin saves while client/vite.config.ts does
// not use it yet. Once it does, both bundle figures are the same.
import { mergeConfig } from 'vite';
import base from '../../client/vite.config.ts';
import { phaserCustomBuild } from '../../client/src/game/build/phaserCustomBuild.ts';

export default mergeConfig(base, { plugins: [phaserCustomBuild()] });
