// Vite builds the browser client into dist/client, which the server serves on its port.
// In `vite` dev mode the page comes from Vite and everything else goes to the game
// server (SERVER_PORT, else PORT, else 2567): the HTTP API, matchmaking, the health
// check, and the room WebSockets, which Colyseus opens at /<processId>/<roomId>?sessionId=….
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { phaserCustomBuild } from './src/game/build/phaserCustomBuild.ts';

const serverPort = Number(process.env.SERVER_PORT ?? process.env.PORT ?? 2567);
const server = `http://localhost:${serverPort}`;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: fileURLToPath(new URL('../assets', import.meta.url)),
  // Only the parts of Phaser the world view uses (builds only; dev keeps the full dist).
  plugins: [phaserCustomBuild()],
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    // Font subsets stay files: inlined, every page would carry every subset it may never show.
    assetsInlineLimit: (file: string) => (/\.woff2?$/.test(file) ? false : undefined),
  },
  server: {
    proxy: {
      '/api': server,
      '/matchmake': server,
      '/health': server,
      // A room's socket; Vite's own HMR socket (at / with ?token=) does not match.
      '^/[\\w-]+/[\\w-]+\\?sessionId=': { target: server, ws: true },
    },
  },
});
