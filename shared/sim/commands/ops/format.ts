// Shared formatting of the operations commands: compact durations (`45s`, `2m05s`,
// `1h02m`) and the permission a command needs to see hidden facts.
import type { CommandContext } from '../types.ts';

/** `45s`, `2m05s`, `1h02m`: short enough for a table column. */
export function shortDuration(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}m`;
}

/** Facilitators see what players must find out: open incidents, kinds, root causes. */
export function isFacilitator(ctx: CommandContext): boolean {
  return ctx.actor.role === 'facilitator';
}
