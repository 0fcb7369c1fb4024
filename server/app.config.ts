// The server's composition: the `datacenter` room, the health check, and the built
// browser client served from the same port.
import config from '@colyseus/tools';
import express from 'express';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ROOM_NAME } from '../shared/protocol/messages.ts';
import { DatacenterRoom } from './rooms/DatacenterRoom.ts';

const clientDist = fileURLToPath(new URL('../dist/client', import.meta.url));

export default config({
  initializeGameServer: (gameServer) => {
    gameServer.define(ROOM_NAME, DatacenterRoom);
  },
  initializeExpress: (app) => {
    app.get('/health', (_req, res) => {
      res.json({ ok: true });
    });
    if (existsSync(clientDist)) app.use(express.static(clientDist));
  },
});
