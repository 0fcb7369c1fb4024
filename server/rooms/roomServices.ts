// What rooms need from the process: the game store, the settings and the logger.
// Colyseus builds rooms itself (no constructor arguments), so the server sets these
// once before it listens and every room reads them here.
import type { Logger } from 'pino';
import { pino } from 'pino';
import type { GameStore } from '../storage/GameStore.ts';

export interface RoomSettings {
  /** Seconds a dropped player's seat is kept for them. */
  reconnectSeconds: number;
  /** Wall milliseconds per game second at 1× speed. */
  gameSecondMs: number;
  /** Commands per second a client may send, and the burst allowed above that. */
  messageRate: number;
  messageBurst: number;
  /** Join-code attempts allowed per address per minute. */
  joinAttemptsPerMinute: number;
  /** Wall milliseconds between write-behind flushes of a running game. */
  flushMs: number;
  /** Let `manualTicks` in create options stop the wall clock (tests only). */
  allowManualTicks: boolean;
  maxTeamSeats: number;
}

export interface RoomServices {
  store: GameStore | null;
  settings: RoomSettings;
  logger: Logger;
}

export const DEFAULT_ROOM_SETTINGS: RoomSettings = {
  reconnectSeconds: 60,
  gameSecondMs: 1000,
  messageRate: 20,
  messageBurst: 40,
  joinAttemptsPerMinute: 10,
  flushMs: 2000,
  allowManualTicks: false,
  maxTeamSeats: 40,
};

let services: RoomServices = { store: null, settings: DEFAULT_ROOM_SETTINGS, logger: pino({ level: 'silent' }) };

export function setRoomServices(next: { store: GameStore | null; settings?: Partial<RoomSettings>; logger?: Logger }): void {
  services = { store: next.store, settings: { ...DEFAULT_ROOM_SETTINGS, ...next.settings }, logger: next.logger ?? services.logger };
}

export function getRoomServices(): RoomServices {
  return services;
}
