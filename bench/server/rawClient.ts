// A bare Colyseus 0.16 client for the server bench: matchmaking over HTTP, then the room
// protocol over a `ws` WebSocket without decoding the state. Hundreds of colyseus.js
// clients would each decode and keep a 10,000-container state; these only count what
// arrives (bytes read from the socket, patches, the first full state) and answer the
// handshake, so one bot process can hold hundreds of seats without being the bottleneck.
//
// The wire (colyseus.js 0.16 `Room.onMessageCallback` / `Room.send`, @colyseus/core 0.16
// `Room._onMessage`): every message starts with a protocol byte. JOIN_ROOM (10) from the
// server is answered with a lone JOIN_ROOM byte, after which the server sends the full
// state (ROOM_STATE, 14) and then patches (ROOM_STATE_PATCH, 15). ROOM_DATA (13) is the
// byte, the message type as a schema string, and a msgpack payload, both ways.
import { connect, type NetConnectOpts, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Packr, unpack } from '@colyseus/msgpackr';
import { decode, encode } from '@colyseus/schema';
import WebSocket from 'ws';

export const PROTOCOL = { JOIN_ROOM: 10, ERROR: 11, LEAVE_ROOM: 12, ROOM_DATA: 13, ROOM_STATE: 14, ROOM_STATE_PATCH: 15 } as const;

const packr = new Packr({ useRecords: false });
const sendBuffer = Buffer.alloc(16 * 1024);

/** A ROOM_DATA frame as colyseus.js's `room.send(type, message)` builds it. */
export function encodeRoomData(type: string, message: unknown): Buffer {
  const it = { offset: 1 };
  sendBuffer[0] = PROTOCOL.ROOM_DATA;
  encode.string(sendBuffer, type, it);
  const body = packr.pack(message);
  return Buffer.concat([sendBuffer.subarray(0, it.offset), body]);
}

/** Type and payload of a ROOM_DATA frame from the server. */
export function decodeRoomData(data: Uint8Array): { type: string | number; message: unknown } {
  const it = { offset: 1 };
  const frame = data as unknown as Buffer<ArrayBuffer>;
  const type = decode.stringCheck(frame, it) ? decode.string(frame, it) : decode.number(frame, it);
  const message = frame.byteLength > it.offset ? unpack(frame.subarray(it.offset)) : undefined;
  return { type, message };
}

/** What one bot received; the bench reads differences of these between two moments. */
export interface BotCounters {
  /** Bytes read from the TCP socket (WebSocket frames with their headers; the HTTP upgrade too). */
  socketBytes: number;
  patches: number;
  patchBytes: number;
  /** ROOM_DATA messages (results, notices, welcome) and their bytes. */
  messages: number;
  messageBytes: number;
  resultsOk: number;
  resultsFailed: number;
}

interface SeatReservation {
  room?: { roomId: string; processId: string };
  sessionId?: string;
  error?: string;
  code?: number;
}

export class RawBot {
  /** Matchmake + connect + first full state, ms (set once joined). */
  joinMs = 0;
  /** Size of the first full state (the ROOM_STATE message), bytes. */
  fullStateBytes = 0;
  readonly counters: BotCounters = { socketBytes: 0, patches: 0, patchBytes: 0, messages: 0, messageBytes: 0, resultsOk: 0, resultsFailed: 0 };
  /** Error text of failed commands, the first few, to tell the bench why. */
  readonly failures: string[] = [];
  /** Called after each frame from the server has been counted, with its protocol byte. */
  onFrame: ((code: number) => void) | null = null;
  private ws: WebSocket | null = null;
  private socket: Socket | null = null;
  private seq = 0;

  constructor(readonly label: string) {}

  /** Joins the team session with `code` on the server at `baseUrl` (http://host:port). */
  async join(baseUrl: string, options: Record<string, unknown>): Promise<void> {
    const t0 = performance.now();
    const res = await fetch(`${baseUrl}/matchmake/join/datacenter`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(options),
    });
    const seat = (await res.json()) as SeatReservation;
    if (!res.ok || seat.error || !seat.room || !seat.sessionId) throw new Error(`${this.label}: join refused (${res.status}): ${seat.error ?? 'no seat'}`);
    const url = new URL(baseUrl);
    const wsUrl = `ws://${url.host}/${seat.room.processId}/${seat.room.roomId}?sessionId=${encodeURIComponent(seat.sessionId)}`;
    await new Promise<void>((resolve, reject) => {
      const ws = new WebSocket(wsUrl, {
        perMessageDeflate: false,
        // Keeps the TCP socket so the bytes read can be counted exactly.
        createConnection: ((opts: NetConnectOpts) => (this.socket = connect(opts))) as typeof connect,
      });
      this.ws = ws;
      ws.binaryType = 'nodebuffer';
      ws.on('message', (data: Buffer) => {
        const code = data[0];
        if (code === PROTOCOL.ROOM_STATE_PATCH) {
          this.counters.patches++;
          this.counters.patchBytes += data.length;
        } else if (code === PROTOCOL.ROOM_DATA) {
          this.counters.messages++;
          this.counters.messageBytes += data.length;
          this.onData(data);
        } else if (code === PROTOCOL.JOIN_ROOM) {
          ws.send(Buffer.from([PROTOCOL.JOIN_ROOM]));
        } else if (code === PROTOCOL.ROOM_STATE) {
          if (this.fullStateBytes === 0) {
            this.fullStateBytes = data.length;
            this.joinMs = performance.now() - t0;
            resolve();
          }
        } else if (code === PROTOCOL.ERROR) {
          reject(new Error(`${this.label}: room error ${String(decodeRoomData(data).type)}`));
        }
        this.onFrame?.(code as number);
      });
      ws.once('error', reject);
      ws.once('close', (closeCode) => reject(new Error(`${this.label}: closed (${closeCode}) before the first state`)));
    });
  }

  /** Runs a command line (the `command` message); its result is counted when it comes. */
  command(line: string): void {
    if (this.ws?.readyState !== WebSocket.OPEN) return;
    this.ws.send(encodeRoomData('command', { id: `${this.label}-${++this.seq}`, line }));
  }

  /** The counters now, with the bytes read from the socket so far. */
  snapshot(): BotCounters {
    return { ...this.counters, socketBytes: this.socket?.bytesRead ?? 0 };
  }

  /** A consented leave, as colyseus.js `room.leave()` sends it. */
  close(): void {
    const ws = this.ws;
    if (!ws) return;
    if (ws.readyState === WebSocket.OPEN) ws.send(Buffer.from([PROTOCOL.LEAVE_ROOM]));
    ws.close(1000);
  }

  private onData(data: Buffer): void {
    // Only results are read (to know whether the churn's commands worked); notices and
    // the welcome are counted, not decoded.
    if (data[1] !== 0xa6 || data.toString('latin1', 2, 8) !== 'result') return;
    const msg = decodeRoomData(data).message as { ok?: boolean; error?: string } | undefined;
    if (msg?.ok) this.counters.resultsOk++;
    else {
      this.counters.resultsFailed++;
      if (this.failures.length < 5) this.failures.push(String(msg?.error ?? '?').slice(0, 200));
    }
  }
}
