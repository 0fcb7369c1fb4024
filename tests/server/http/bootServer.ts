// Boots createGameServer on a free port for a test file, and raw HTTP helpers that can
// send what fetch cannot (chunked bodies of a chosen size, any method).
import http from 'node:http';
import { pino } from 'pino';
import { loadConfig } from '../../../server/config.ts';
import { createGameServer, type GameServer, type GameServerDeps } from '../../../server/http/createGameServer.ts';

export interface TestServer {
  server: GameServer;
  port: number;
  base: string;
}

export async function bootTestServer(env: Record<string, string>, deps: Omit<GameServerDeps, 'logger'>): Promise<TestServer> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', ...env });
  const server = await createGameServer(config, { logger: pino({ level: 'silent' }), ...deps });
  const port = await server.listen();
  return { server, port, base: `http://127.0.0.1:${port}` };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Sends `chunks` chunks of `chunkBytes` bytes with chunked transfer encoding (no Content-Length). */
export function postChunked(port: number, path: string, chunks: number, chunkBytes: number, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', ...headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    let sent = 0;
    const pump = (): void => {
      while (sent < chunks) {
        sent++;
        if (!req.write('x'.repeat(chunkBytes))) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}
