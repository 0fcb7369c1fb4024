// Builds the client benchmark's page (bench/client/page) like the real client is built
// (same Vite, same sources), into a directory bench/client.ts chooses.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { phaserCustomBuild } from '../../client/src/game/build/phaserCustomBuild.ts';

export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  publicDir: false,
  plugins: [phaserCustomBuild()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/bench-client', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
  },
});
